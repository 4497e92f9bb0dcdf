"""An entry's anchors are found in the short forms the lexicon spells out (tryout45 #10).

Anchors are searched in the words as typed, before the lexicon rewrites "info" as
"information", so "does the guidance apply to all info sharing or just safeguarding" (entry 10's
own question, in everyday words) missed the anchor "all information sharing" and was offered
entry 10 only as related. Each anchor is now also found with a word the lexicon abbreviates in
its short form.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.phrases import with_short_forms


def test_an_anchor_gets_each_short_form_of_its_words() -> None:
    shorts = {"info": "information", "infos": "information", "org": "organisation"}
    found = with_short_forms(frozenset({"all information sharing", "own organisation"}), shorts)
    assert found == {
        "all information sharing",
        "all info sharing",
        "all infos sharing",
        "own organisation",
        "own org",
    }


def test_no_short_form_leaves_the_anchors_as_they_are() -> None:
    anchors = frozenset({"bulk", "all sharing"})
    assert with_short_forms(anchors, {"info": "information"}) == anchors


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("does the guidance apply to all info sharing or just safeguarding", 10),
        ("does the guidance apply to all info sharing?", 10),
        ("is all info sharing covered by the guidance?", 10),
    ],
)
def test_entry_named_in_short_forms_is_quoted(
    built_in_matcher: Matcher, message: str, number: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == number


@pytest.mark.parametrize(
    "message",
    [
        # one case: a recipient named
        "can I share all info with the police?",
        "does the guidance cover sharing info with a journalist?",
        "is all info sharing with the press allowed?",
        # another nation's guidance
        "does the guidance apply to all info sharing in Scotland?",
        # another act than sharing
        "what info should all staff be given?",
    ],
)
def test_near_questions_are_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None
