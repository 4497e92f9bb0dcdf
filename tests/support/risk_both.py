"""One message judged twice: by the cues alone and by the real core (the learnt model beside)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from knowledge.risk import RiskDetector
from tests.support.core import Chat


def quiet_in_both(detector: RiskDetector, chat: Chat, message: str) -> None:
    """Assert neither the cues nor the assistant signpost `message`."""
    assert detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


def signposted_in_both(
    detector: RiskDetector,
    chat: Chat,
    message: str,
    concerns: str | None = None,
    contacts: AbstractSet[str] = frozenset(),
) -> None:
    """Assert the cues find a risk in `message` (for `concerns`, when given: child, adult or
    either; naming at least `contacts`) and the assistant signposts it."""
    finding = detector.detect(message)
    assert finding is not None
    assert concerns is None or finding.concerns == concerns, finding
    assert contacts <= set(finding.contacts), finding
    assert chat.send(message)[0].risk_of_harm
