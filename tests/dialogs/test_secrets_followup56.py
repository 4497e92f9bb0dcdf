"""Round 56 (secret221, issue 11 rule one): a follow-up about telling keeps the signpost.

Round 55's secret218 read "if i tell my mum…" with nothing after the telling that falls on anyone
as an ordinary secret, no threat. A young person's follow-up to their own signpost, "am i going to
be in trouble if i tell my mum", had been signposted again only because that older cue rang
'threats' on the follow-up itself; read as ordinary, it was answered of being in trouble alone.
The person at risk speaking of their own telling (`dialogs.own_telling`, the risk pack's
`own-telling` and `own-teller` markers) is now told again where they can get help, first, then
answered; a worry that speaks of no telling is answered alone, as before; and the ordinary
secrets themselves, sent with no disclosure before them, stay quiet.
"""

from __future__ import annotations

import pytest

from dialogs.own_telling import OwnTelling
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

_YOUNG = "**If this is happening to you, you've done the right thing telling someone"
_GROWN = "**If this is happening to you, you don't have to deal with it on your own."
_NOT_IN_TROUBLE = "**You're not in trouble for telling"
_GROWN_NOT_IN_TROUBLE = "**Telling someone won't get you into trouble"
_SOMEONE_YOU_KNOW = "If you're worried about someone you know"
_DSL = "designated safeguarding lead"

_DISCLOSURES = [
    ("im 15 and my stepdad keeps coming into my room at night and touching me", _YOUNG),
    ("im 13 and my dad hits me with his belt when hes drunk", _YOUNG),
    ("im 12 my uncle makes me do stuff to him and says its our secret", _YOUNG),
    ("im 29 and my husband punches me when he gets angry", _GROWN),
    ("my boyfriend keeps hitting me and took my phone", _GROWN),
]

_ABOUT_TELLING = [
    "am i going to be in trouble if i tell my mum",
    "will i get in trouble if i talk to my teacher",
    "what if my nan doesnt believe me when i tell her",
    "im scared to tell my form tutor, will i get told off",
]


@pytest.mark.parametrize(("told", "signpost"), _DISCLOSURES)
@pytest.mark.parametrize("follow_up", _ABOUT_TELLING)
def test_a_follow_up_about_their_own_telling_keeps_the_signpost(
    chat: Chat, told: str, signpost: str, follow_up: str
) -> None:
    assert chat.send(told)[0].risk_of_harm
    said = texts(chat.send(follow_up))
    assert said.startswith(signpost)
    assert _SOMEONE_YOU_KNOW not in said
    assert _DSL not in said


@pytest.mark.parametrize(
    ("told", "answer"),
    [
        (_DISCLOSURES[0][0], _NOT_IN_TROUBLE),
        (_DISCLOSURES[1][0], _NOT_IN_TROUBLE),
        (_DISCLOSURES[3][0], _GROWN_NOT_IN_TROUBLE),
    ],
)
def test_the_worry_is_still_answered_after_the_signpost(chat: Chat, told: str, answer: str) -> None:
    chat.send(told)
    said = texts(chat.send("am i going to be in trouble if i tell my mum"))
    assert answer in said
    assert said.index(answer) > 0  # the signpost first


@pytest.mark.parametrize(("told", "signpost"), _DISCLOSURES[:1] + _DISCLOSURES[3:4])
def test_a_worry_that_tells_no_telling_is_answered_alone(
    chat: Chat, told: str, signpost: str
) -> None:
    chat.send(told)
    said = texts(chat.send("will i get in trouble"))
    assert signpost not in said
    assert "in trouble" in said or "into trouble" in said


@pytest.mark.parametrize(
    "secret",
    [
        "am i going to be in trouble if i tell my mum",
        "am i going to be in trouble if i tell my mum i broke the vase",
        "if i tell my teacher i forgot my homework will i get a detention",
        "what if i tell my dad i failed my driving test",
        "should i tell my teacher im moving schools",
        "will my nan be upset if i tell her im not coming at christmas",
        "if i tell my mum ive quit football she'll be annoyed",
        "dont tell anyone but i like someone in my class",
    ],
)
def test_ordinary_secrets_alone_stay_quiet(chat: Chat, secret: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(secret))


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("am i going to be in trouble if i tell my mum", True),
        ("im too scared to tell my teacher", True),
        ("do i have to tell anyone", True),
        ("I'm going to talk to my nan tonight", True),
        ("will u tell my mum", False),
        ("dont tell my dad", False),
        ("will i get in trouble", False),
        ("she told me to keep quiet", False),
    ],
)
def test_own_telling_reads_the_writer_before_the_telling(text: str, told: bool) -> None:
    assert OwnTelling(builtin_knowledge().risk.markers).told(text) is told
