""" "What do you think about information sharing?" asks the view of the one addressed, which no
published answer reports (docs/matcher.md, round 29, quote29).

Entry 5 reports what children, young people and families think. "You" as the holder was read
past so that "do you think young people mind…?" stays entry 5; when no clause after the verb
names another's view, the question asks the assistant's own opinion, and entry 5 is offered,
not quoted.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.text import words
from knowledge.matching.view_holders import ViewHolders
from knowledge.qa_pack import QAEntry


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 5 before
        "What do you think about information sharing?",
        "How do you feel about info sharing between agencies?",
        "what do u reckon about sharing information",
        "And what do you think of information sharing?",
        "What would you say about information sharing?",
        "What's your opinion on information sharing?",
    ],
)
def test_the_assistants_own_view_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    assert 5 in [s.number for s in result.suggestions], result


@pytest.mark.parametrize(
    "message",
    [
        "Do you think young people mind us sharing their information?",
        "What do you think families feel about information sharing?",
        "What do children think about information sharing?",
        "In your view, do young people mind us sharing their information?",
        "What is your view on what young people think about sharing?",
        "What are young people's views on information sharing?",
    ],
)
def test_anothers_view_asked_of_you_is_still_entry_5(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 5, result


def test_a_clause_after_the_verb_names_whose_view() -> None:
    entry = QAEntry(
        number=7,
        question="What do tenants think about repairs?",
        answer="They want them done.",
    )
    holders = ViewHolders([entry])
    assert holders.asks_anothers_view(7, words("what do you think about repairs"), [])
    assert holders.asks_anothers_view(7, words("what do you reckon"), [])
    assert not holders.asks_anothers_view(7, words("do you think tenants mind repairs"), [])


def test_your_view_named_as_a_noun_is_yours() -> None:
    entry = QAEntry(number=7, question="What do tenants think about repairs?", answer="Fine.")
    holders = ViewHolders([entry])
    assert holders.asks_anothers_view(7, words("what is your opinion on repairs"), [])
    assert holders.asks_anothers_view(7, words("ur thoughts"), [])
    assert not holders.asks_anothers_view(7, words("in your view do tenants mind repairs"), [])
    assert not holders.asks_anothers_view(7, words("your view on what tenants think"), [])
