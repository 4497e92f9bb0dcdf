"""Why the guidance was introduced is why it was needed: entry 2 (docs/matcher.md, round 31,
quote31b).

Entry 2 says why there is a need for guidance on information sharing (practitioners held back
by uncertainty about the law); entry 6 why the 2006 guidance was updated. "Why was this guidance
implemented?" (dev-questions4, entries 2 or 7) was offered 6, 10 and 7: "implemented",
"introduced" and "brought in" were words of no entry, so "why was … guidance" matched entry 6's
own question best, and entry 6 was held back for want of any word of updating. The lexicon now
reads "implemented" and guidance "brought in" as introduced, and entry 2 has an alternate that
asks why the guidance was introduced.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each offered, not quoted, before but the second and third (entry 2 already)
        "Why was the guidance introduced?",
        "Why was the information sharing guidance implemented?",
        "Why has the government implemented guidance on sharing information?",
        "Why were the information sharing guidelines introduced?",
        "Why was this guidance brought in?",
        "Why were the guidelines brought in?",
    ],
)
def test_why_the_guidance_was_brought_in_is_entry_2(
    built_in_matcher: Matcher, message: str
) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == 2


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Why was the guidance updated?", 6),
        ("Why was the existing guidance revised?", 6),
        ("What is the purpose of the information sharing guidance?", 7),
    ],
)
def test_why_it_was_updated_and_its_purpose_are_unchanged(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == entry


@pytest.mark.parametrize(
    "message",
    [
        "How do we implement an information sharing protocol?",
        "FY1 here: a police officer asks how the patient he brought in is doing. can I say?",
    ],
)
def test_implementing_or_bringing_in_something_else_is_not_entry_2(
    built_in_matcher: Matcher, message: str
) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is None or answer.number != 2
