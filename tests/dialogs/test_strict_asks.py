"""A question plainly asking why, what others think, whether something is needed or covered… is
quoted only an entry whose published answer answers that kind of ask (`strict_asks`).

Each message in the first list was quoted an entry before (round 10's probes).
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.matching import NotCoveredPack
from tests.support.core import Chat, quoted
from tests.support.packs import builtin_knowledge


@pytest.mark.parametrize(
    "message",
    [
        "what do adults at risk think about information being shared?",
        "why is it important to get consent?",
        "why was the data protection act updated?",
        "does the DPA apply to children?",
        "what laws cover information sharing?",
        # what good something does asks why it matters: the ISP definition says not
        "What are the benefits of a data sharing agreement?",
    ],
)
def test_an_entry_not_answering_the_kind_of_ask_is_not_quoted(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    ("message", "number"),
    [
        # entry 5 (what people feel) gives way to entry 2, which answers why
        ("why do practitioners feel unable to share?", 2),
        ("Why is information sharing important?", 1),
        ("What do young people think about their information being shared?", 5),
        ("Is the DPA a barrier to sharing?", 3),
        ("What are the benefits of sharing information?", 1),
    ],
)
def test_the_entry_answering_the_kind_of_ask_is_quoted(
    chat: Chat, message: str, number: int
) -> None:
    entry = builtin_knowledge().entry(number)
    assert entry is not None
    assert quoted(chat.send(message)) == [entry.question]


def test_a_strict_kind_the_asks_do_not_list_is_refused() -> None:
    with pytest.raises(ValidationError, match="strict_asks names kinds"):
        NotCoveredPack.model_validate(
            {"kind": "not-covered", "asks": {"reason": ["why"]}, "strict_asks": ["recipe"]}
        )


def test_what_a_thing_is_is_quoted_only_a_definition(chat: Chat) -> None:
    # entry 14 speaks of an information governance framework but says not what one is
    assert quoted(chat.send("what is information governance?")) == []
    isp = builtin_knowledge().entry(12)
    assert isp is not None
    assert quoted(chat.send("what is an ISP?")) == [isp.question]


@pytest.mark.parametrize(
    "message",
    [
        "who keeps the ISP?",
        "who made the decision to update the guidance?",
        "who is responsible for information governance in a school?",
    ],
)
def test_who_holds_or_answers_for_something_is_quoted_nothing(chat: Chat, message: str) -> None:
    # no published answer names who keeps, owns, decides or answers for anything
    assert quoted(chat.send(message)) == []
