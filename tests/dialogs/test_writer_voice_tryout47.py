"""Round 44 (voice68; tryout47 #6, #8): who wrote a message telling of harm, and which follow-up a
line reaches. A young person asked online for pictures of themselves, and a daughter whose old mum
is controlled by her new husband, got a practitioner's procedures and safeguarding lead; a woman
whose sister says "not to interfere" got a child's "help goes to the family"; a son whose dad's
care home "wont tell me how it happened" was told he may pass it on though asked not to tell.
Near cases written at work keep the practitioner's text."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_OWN = "**If this is happening to you"
_FAMILY = "**If you're worried about someone you know:**"
_PRACTITIONER = "**What you've described may mean"
_LEAD = "safeguarding lead"
_CHILDLINE = "0800 1111"

ASKED_FOR_PICS = (
    "this lad i met on a game keeps asking me for nudes and says hell block me if i dont, he "
    "says hes 15"
)
MUM = (
    "since mum moved in with her new fella hes taken her bank cards and she's 81, she seems scared"
)
SISTER = "my sisters husband reads all her messages and last month he pushed her down the stairs"
DAD = (
    "my dad is in a care home and has a black eye and a cut lip, staff wont tell me how it happened"
)


def _first(chat: Chat, message: str) -> str:
    first = chat.send(message)[0]
    assert first.risk_of_harm, first.text
    return first.text


def test_a_young_person_asked_for_pictures_gets_their_own_text(chat: Chat) -> None:
    assert _first(chat, ASKED_FOR_PICS).startswith(_OWN)
    trouble = texts(chat.send("will i get in trouble for it"))
    assert "not in trouble" in trouble and "isn't your fault" in trouble, trouble
    talk = texts(chat.send("who can i talk to"))
    assert _CHILDLINE in talk and _LEAD not in talk, talk


@pytest.mark.parametrize(
    "message",
    [
        "my online friend keeps asking me for pics and says hell stop talking to me if i dont",
        "my friend says hes 17 and wants me to send him pics, hes getting angry",
    ],
)
def test_pictures_asked_of_the_writer_are_their_own_harm(chat: Chat, message: str) -> None:
    assert _first(chat, message).startswith(_OWN)
    assert chat.state.writer == "self"


@pytest.mark.parametrize(
    "message",
    [
        "one of my pupils says her online friend asks for pics",
        "a student told me a man online keeps asking her for pics of herself",
        "a yr 8 girl said some lad on snapchat keeps asking for nudes",
    ],
)
def test_a_practitioner_told_of_pictures_asked_keeps_their_text(chat: Chat, message: str) -> None:
    assert _first(chat, message).startswith(_PRACTITIONER)
    assert chat.state.writer is None


def test_an_older_mum_named_bare_is_the_writers_own(chat: Chat) -> None:
    first = _first(chat, MUM)
    assert first.startswith(_FAMILY), first
    steps = texts(chat.send("who do i ring"))
    assert "adult social care" in steps and "101" in steps and _LEAD not in steps, steps


def test_a_childs_mum_named_at_work_keeps_the_practitioners_text(chat: Chat) -> None:
    message = "since mum's new partner moved in the kids come in hungry and dirty, she's 29"
    assert _first(chat, message).startswith(_PRACTITIONER)


def test_a_sister_saying_not_to_interfere_is_an_adults_choice(chat: Chat) -> None:
    assert _first(chat, SISTER).startswith(_FAMILY)
    said = texts(chat.send("she told me its nothing and not to interfere"))
    assert "capacity" in said and "0808 2000 247" in said and "999" in said, said
    assert "a child stays at home" not in said


def test_staff_not_telling_the_writer_is_no_secret_asked_of_them(chat: Chat) -> None:
    said = texts(chat.send(DAD))
    assert said.startswith(_FAMILY), said
    assert "asked not to tell" not in said


def test_a_promise_not_to_tell_is_still_read(chat: Chat) -> None:
    _first(chat, DAD)
    said = texts(chat.send("he made me swear i wont tell anyone"))
    assert "You can still pass on a worry" in said, said
