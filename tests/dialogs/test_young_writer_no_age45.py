"""Round 45 (young79, issue 11): a young person telling of harm to themselves who gives no age
of their own. A girl whose boyfriend of 24 holds her pictures over her, saying nobody may know
about them, got the no-age text and an adult practitioner's procedures; a child whose older
brother of 17 comes into her room got the no-age text. Their reply is a young person's own (not
their fault, a trusted adult, Childline; for pictures, Report Remove). A practitioner telling of
a teenager, a mother of her own, and a grown woman keep their present texts."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_YOUNG = "**If this is happening to you, you've done the right thing telling someone"
_NO_AGE = "**If this is happening to you, you don't have to deal with it on your own.**"
_PRACTITIONER = "**What you've described may mean"
_PROCEDURES = "protection procedures"
_REPORT_REMOVE = "Report Remove"


def _first(chat: Chat, message: str) -> str:
    first = chat.send(message)[0]
    assert first.risk_of_harm, first.text
    return first.text


@pytest.mark.parametrize(
    "message",
    [
        "my bf is 22 and he said no one can know about us or hell send my nudes to everyone",
        "my boyfriend is 19 and says if i tell my parents about us he will share my pics",
        "my boyfriend is 24 and keeps saying our relationship is a secret, he has photos of me",
    ],
)
def test_an_older_partner_kept_secret_gets_the_young_text_and_report_remove(
    chat: Chat, message: str
) -> None:
    first = _first(chat, message)
    assert first.startswith(_YOUNG), first
    assert _REPORT_REMOVE in first and _PROCEDURES not in first, first
    law = texts(chat.send("is that even illegal"))
    assert "crime" in law and "101" in law, law


@pytest.mark.parametrize(
    "message",
    [
        "my older sister is 16 and she keeps hitting me when mum is at work",
        "my big bro (15) punches me every day and im scared of him",
        "my mum says im lying but my uncle touches me when he babysits",
    ],
)
def test_a_young_life_told_of_gets_the_young_text(chat: Chat, message: str) -> None:
    first = _first(chat, message)
    assert first.startswith(_YOUNG) and _PROCEDURES not in first, first
    assert _REPORT_REMOVE not in first, first  # pictures are not part of it
    assert chat.state.writer == "child"


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        # a practitioner telling of a 15-year-old
        ("a 15 year old told me her big brother is 17 and hits her", _PRACTITIONER),
        ("student says her big brother is 17 and comes into her room at night", _PRACTITIONER),
        # a mum telling of her own teenager: a parent's text (round 45, carer91)
        (
            "my daughter is 15 and her boyfriend is 24, he has pics of her",
            "**You've done the right thing telling someone: keeping your child safe",
        ),
        # grown-ups harmed: a partner's age alone, or a grown-up's life beside a youth cue
        ("my boyfriend is 30 and he hits me", _NO_AGE),
        ("my mum says i should leave him, he hits me", _NO_AGE),
        (
            "my gf is 25 and she says nobody can know about us, she hits me when im home from work",
            _NO_AGE,
        ),
        ("my older brother is 25 and he takes my money", _NO_AGE),
    ],
)
def test_look_alikes_keep_their_text(chat: Chat, message: str, lead: str) -> None:
    first = _first(chat, message)
    assert first.startswith(lead), first
