"""tryout38 #11: "why is it important to tell the person before i share", "…to be honest with
the person", "…to share only what's needed" quoted entry 1, "Why is information sharing
important?", which says why sharing matters, not why a golden rule does. Entry 1 is quoted only
when the question asks why sharing itself matters."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted, texts


@pytest.mark.parametrize(
    "question",
    [
        "why is it important to tell the person before i share",
        "why is it important to be honest with the person about sharing",
        "why is it important to share only what's needed",
        "why is it so important to only share the minimum",
        "why is it vital to tell parents before sharing",
        "why is it important to be open with families about sharing",
        "why is it important to share just what is necessary",
        "why is it important to keep a record of what i shared",
        "why does it matter if i share only what is needed",
    ],
)
def test_why_a_golden_rule_matters_is_not_why_sharing_does(chat: Chat, question: str) -> None:
    assert not quoted(chat.send(question))


@pytest.mark.parametrize(
    "question",
    [
        "why is information sharing important",
        "why is it important to share information",
        "Why is it important to share information about children?",
        "why is it important for practitioners to share information",
        "why is it so important to share info with other agencies",
        "why is it important to tell other agencies about concerns",
    ],
)
def test_why_sharing_itself_matters_is_still_quoted(chat: Chat, question: str) -> None:
    assert quoted(chat.send(question)) == [published_question(1)]


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("why is it important to tell the person before i share", "Be open and honest"),
        ("why is it important to be honest with the person about sharing", "Be open and honest"),
        ("why is it vital to let the client know i'm sharing", "Be open and honest"),
        ("why does it matter that i tell the person first", "Be open and honest"),
        ("why is it important to share only what's needed", "Share only what the purpose needs"),
        ("why is it so important to only share the minimum", "Share only what the purpose needs"),
        ("why is it important to record why i shared", "Keep a record"),
        ("why is it essential to keep a record of what i shared", "Keep a record"),
    ],
)
def test_it_gets_the_golden_rule_it_touches(chat: Chat, question: str, rule: str) -> None:
    assert rule in texts(chat.send(question))
