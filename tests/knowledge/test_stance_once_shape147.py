"""Round 49 (shape147): the stance of a message (`knowledge.risk_stance.quiet_stance`) is read
once. The detector reads it before judging and gives it beside its finding
(`RiskDetector.detected`); `explained`, asked when the learnt model fires on a message the cues
found nothing in, is given it instead of reading it again, and answers as it did reading it."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

QUIET = [  # told in general; looked back on (round 48's, tests/dialogs/test_stance_r48.py)
    "Signs of neglect include hunger, poor hygiene, untreated injuries and missed health "
    "appointments. Families under pressure may struggle for many reasons, and most parents want "
    "help. Practitioners should read the local guidance and follow the procedures of their "
    "safeguarding partners before they decide to share information about any family.",
    "when i was a social worker in the 90s we had a case of a boy being starved, it still haunts "
    "me",
    "when I was a newly qualified teacher back in the 80s a pupil came in covered in bruises. I "
    "still remember it",
]
RINGS = [
    "Young people who self-harm often hide it, and signs may include long sleeves in summer. Many "
    "parents never know, and research says most do not ask for help. She showed me cuts on her "
    "arms and said she wants to die.",
    "when i was a social worker in the 90s we had a case of a boy being starved, and now his "
    "little sister is being starved too",
    "the bruise on his knee was from netball",
    "what is the weather",
]
_MESSAGES = [*QUIET, *RINGS]


@pytest.mark.parametrize("message", _MESSAGES)
def test_the_stance_given_to_explained_is_the_one_it_would_read(message: str) -> None:
    detector = builtin_knowledge().risk_detector
    found, quiet = detector.detected(message)
    assert found == detector.detect(message)
    assert found is None or (quiet is not None and not quiet.quiet)  # never of a quieted one
    if quiet is not None:
        assert detector.explained(message, quiet=quiet) is detector.explained(message)


@pytest.mark.parametrize("message", QUIET)
def test_a_message_told_in_general_or_looked_back_on_is_quieted_by_its_stance(message: str) -> None:
    found, quiet = builtin_knowledge().risk_detector.detected(message)
    assert found is None and quiet is not None and quiet.quiet
