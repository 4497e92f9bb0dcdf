""" "Can I be disciplined for not sharing?" asks what befalls one who did not share: entry 14
speaks of support for those who "shared information professionally", never of that
(docs/matcher.md, round 31, quote31).

Trouble at work *for sharing* is entry 14's backing ask; trouble *for not sharing* (or for
failing to, or "if I don't share") is a consequence no published answer gives, so the entry is
offered as related, not quoted.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # the trial's line and our own wordings; the first three quoted entry 14 before
        "can I be disciplined for not sharing?",
        "Could we be disciplined for not passing on a concern?",
        "can my manager discipline me for not telling social care?",
        "would I be blamed for not sharing if something happened?",
        "can I lose my job for not sharing information?",
    ],
)
def test_trouble_for_not_sharing_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None


@pytest.mark.parametrize(
    "message",
    [
        "Could I be disciplined for sharing information?",
        "could I get into trouble at work for sharing in good faith?",
        "Will my organisation back me up if I share information?",
    ],
)
def test_trouble_for_sharing_is_still_entry_14(built_in_matcher: Matcher, message: str) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == 14
