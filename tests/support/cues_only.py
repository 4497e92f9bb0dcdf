"""`cues_only`: the risk model kept silent, so that only the packs' cues can ring.

A test that proves a cue (not the learnt model) brings the signpost, or that the cues leave a
twin quiet, asks for this fixture; the model still loads, it only never fires.
"""

from __future__ import annotations

import pytest

from knowledge.risk_model import RiskModel


@pytest.fixture
def cues_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """For the test's length, `RiskModel.fires` says no to every text."""
    monkeypatch.setattr(RiskModel, "fires", lambda self, text: False)
