""" "Will the Government publish new guidance on information sharing?" asks what a government will
do, which no published answer says (docs/matcher.md, round 30, quote30).

Parliamentary questions asking a government's plans, assessments and acts ("What steps is the
Government taking…", "what assessment they have made…", "Will the Minister publish…") hold the
`government` kind of ask, which no entry answers, so none is quoted. Only its acts: "Will the
Minister explain why information sharing is important?" asks what entry 1 answers, and "will the
government's guidance apply to volunteers?" whom the guidance is for.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each quoted before (entries 2, 1, 6 and 2)
        "Will the Government publish new guidance on information sharing?",
        "What is the Government doing to explain why information sharing is important?",
        "Will the government update the guidance on information sharing to cover adults?",
        "To ask His Majesty's Government what assessment they have made of the need for guidance"
        " on information sharing.",
    ],
)
def test_what_a_government_will_do_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Will the government's guidance apply to volunteers?", 9),
        ("Will the Minister explain why information sharing is important?", 1),
        ("To ask the Minister why information sharing between agencies is important.", 1),
        ("Why did the government think practitioners needed guidance on sharing information?", 2),
        ("Why did the government broaden the guidance?", 6),
    ],
)
def test_what_the_governments_guidance_says_is_still_quoted(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == entry
