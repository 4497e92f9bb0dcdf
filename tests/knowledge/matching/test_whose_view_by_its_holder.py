"""Whose view is asked is read from the question's grammar and the entry's own holders, not
from a list of staff (docs/matcher.md, round 28, quote28b).

Entry 5 reports what children, young people and families think. "What do teachers think…?"
asks a profession no list of staff named; the holder, between "do" and "think", is compared with
the holders entry 5 names in its own phrasings and anchors.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.text import words
from knowledge.matching.view_holders import ViewHolders, holder
from knowledge.qa_pack import QAEntry


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 5 before: a profession or body the staff and role lists lack
        "What do nurses think about information sharing?",
        "What do midwives feel about sharing information?",
        "What do employers think about information sharing?",
        "what do dentists reckon about info sharing",
        "What do teachers and parents think about information sharing?",
    ],
)
def test_anothers_view_is_not_quoted_entry_5(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result


@pytest.mark.parametrize(
    "message",
    [
        "What do young carers think about information sharing?",
        "what do famlies think about info sharing",
        "what do children in care actually think about professionals sharing info about them?",
        "what do pupils and their parents generally think about information being shared?",
        "What does the public think about information sharing?",
        "What do adults with learning disabilities think about information sharing?",
        "Do you think young people mind us sharing their information?",
        "What do the studies say young people think about information sharing?",
    ],
)
def test_the_views_entry_5_reports_are_still_quoted(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 5, result


def test_the_holder_is_read_between_the_auxiliary_and_the_verb() -> None:
    assert holder(words("what do front line staff think about it")) == ["front", "line", "staff"]
    assert holder(words("what does research say")) == ["research"]
    assert holder(words("why is sharing important")) is None


def test_an_entrys_holders_come_from_its_own_words() -> None:
    entry = QAEntry(
        number=7,
        question="What do tenants think about repairs?",
        answer="They want them done.",
        alternates=("How do landlords feel about repairs?",),
        anchors=("residents say",),
    )
    holders = ViewHolders([entry], emphasis=("actually",))
    ask = words
    assert not holders.asks_anothers_view(7, ask("what do tenants actually think"), [])
    assert not holders.asks_anothers_view(7, ask("what do our residents say"), [])
    assert not holders.asks_anothers_view(7, ask("what do landlords of flats think"), [])
    assert holders.asks_anothers_view(7, ask("what do surveyors think"), [])
