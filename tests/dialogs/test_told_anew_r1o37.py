"""Round 37 (r1o37): a short message just after a signpost telling that the harm happened again.

Just after a signpost a short follow-up is read by the cues alone ("and if shes 16?" is no new
disclosure, and the learnt model learnt from first messages). One that tells the harm happened
again, asking nothing ("he has done it again"), is read by the model too
(`dialogs.risk_reading.RiskReading.remark`, the risk pack's `told-anew` marker).
"""

from __future__ import annotations

import pytest

from dialogs.remark_readings import tells_anew
from tests.support.core import Chat

MINDEE = (
    "hi all childminder here, 1 of my mindees (4) has had 3 burns on her hand this month, mum "
    "says its the radiator. do i need mums consent to ring the MASH?"
)
QUESTION_WORDS = frozenset({"what", "can", "and"})
AGAIN = frozenset({"again"})


@pytest.mark.parametrize(
    "follow_up",
    ["he has done it again", "it happened again last night", "he's done it again tonight"],
)
def test_the_harm_told_again_after_a_signpost_is_signposted(chat: Chat, follow_up: str) -> None:
    assert chat.send(MINDEE)[0].risk_of_harm
    assert chat.send(follow_up)[0].risk_of_harm


@pytest.mark.parametrize(
    "follow_up",
    [
        "and if shes 16?",
        "what about the police?",
        "she said no",
        "the mum said no",
        "thanks again",
        "can you say that again",
        "I rang them again",
        "and if he does it again?",
        "what if it happens again",
    ],
)
def test_a_follow_up_question_or_remark_stays_quiet(chat: Chat, follow_up: str) -> None:
    assert chat.send(MINDEE)[0].risk_of_harm
    assert not chat.send(follow_up)[0].risk_of_harm


@pytest.mark.parametrize(
    ("text", "anew"),
    [
        ("he has done it again", True),
        ("he has done it again.", True),
        ("has he done it again?", False),
        ("what if he does it again", False),
        ("and if he does it again", False),
        ("he has done it", False),
    ],
)
def test_what_tells_anew(text: str, anew: bool) -> None:
    assert tells_anew(text, QUESTION_WORDS, AGAIN) is anew


@pytest.mark.parametrize(
    ("text", "anew"),
    [
        ("what's he done again", False),
        ("he did it again\u2014last night", True),
        ("and if/when he does it again", False),
    ],
)
def test_tells_anew_reads_words_as_the_matcher_does(text: str, anew: bool) -> None:
    # tidy38: `knowledge.matching.text.words`, not its own split ("what's" is the pack's "whats").
    assert tells_anew(text, QUESTION_WORDS | {"whats"}, AGAIN) is anew
