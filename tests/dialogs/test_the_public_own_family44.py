"""Round 44 (public52; tryout45 #6): members of the public telling of harm in their own family
("my little brother … my step mum locks him in", "my ex has the kids", "my daughter is 14 and her
boyfriend is 19", "i care for my dad") got a practitioner's signpost ("follow your procedures …
your designated safeguarding lead, MASH"), and then the safeguarding lead's text for their
follow-ups; an adult harmed ("she bit me", "he kicked the door in when i said no", "my carer takes
money from my purse, she says its for shopping") the same. Their signpost and follow-ups are now
theirs: whom anyone can tell (999, 101, social care, Childline under 19), "will they take him
away", and "i dont want him arrested" (advice first). Near cases written at work keep the
practitioner's text."""

from __future__ import annotations

import pytest

from bot.app import Core
from dialogs.doers_words import reports_telling
from dialogs.own_voice import voice_of
from dialogs.typed import simplify
from tests.support.core import Chat, texts
from tests.support.packs import friend_voice

_FAMILY = "**If you're worried about someone you know:**"
_OWN = "**If this is happening to you"
_PRACTITIONER = "**What you've described may mean"
_LEAD = "safeguarding lead"
_CHILDLINE = "0800 1111"
_ADVICE_FIRST = "**You can ask for advice first"

SISTER = "my little sister is 7 and my stepdad shuts her in the garden shed when mum is at work"
EX = "my ex picked up our son today and he was drunk, he keeps messaging saying i wont get him back"
DAUGHTER = "my daughter is 13 and a 20 year old man keeps messaging her and buying her things"
CARER_OF_MUM = (
    "i look after my mum who has dementia and tonight i shoved her when she wouldnt take her "
    "tablets"
)
BITTEN = "my husband bit me and throws plates at me, i feel stupid telling anyone"
PENSION = "im 79 and my grandson keeps taking money out of my pension, he shouted when i said no"
PURSE = "my carer takes 10 pound out of my purse every week, she says she needs it for the bus"


def _signposted(chat: Chat, message: str) -> str:
    first = chat.send(message)[0]
    assert first.risk_of_harm, first.text
    return first.text


@pytest.mark.parametrize("message", [SISTER])
def test_harm_in_the_writers_own_family_gets_the_text_for_the_public(
    chat: Chat, message: str
) -> None:
    assert _signposted(chat, message).startswith(_FAMILY)
    assert chat.state.writer == "family"


# Round 45 (carer91): a parent of their own child harmed by someone else gets a parent's text
# (voice own_child), and a carer who shoved the mum they look after their own (voice carer).
@pytest.mark.parametrize(
    ("message", "writer", "lead"),
    [
        (EX, "own_child", "**You've done the right thing telling someone"),
        (DAUGHTER, "own_child", "**You've done the right thing telling someone"),
        (CARER_OF_MUM, "carer", "**Telling someone is a good first step"),
    ],
)
def test_harm_to_ones_own_child_or_by_oneself_gets_a_text_of_its_own(
    chat: Chat, message: str, writer: str, lead: str
) -> None:
    assert _signposted(chat, message).startswith(lead)
    assert chat.state.writer == writer


@pytest.mark.parametrize("message", [BITTEN, PENSION, PURSE])
def test_an_adult_harmed_gets_their_own_text(chat: Chat, message: str) -> None:
    assert _signposted(chat, message).startswith(_OWN)


@pytest.mark.parametrize(
    "message",
    [
        "my client says her son takes her pension and he pushed her last week",
        "a mum at our nursery told me her ex hits her and the kids see it",
        "one of my pupils said her step mum locks her in her room",
        "im a teacher and one of my kids in year 3 said his dad hit him with a belt",
    ],
)
def test_a_practitioners_disclosure_keeps_its_signpost(chat: Chat, message: str) -> None:
    assert _signposted(chat, message).startswith(_PRACTITIONER)
    assert chat.state.writer is None


def test_a_young_person_about_a_sibling_is_told_whom_to_tell(chat: Chat) -> None:
    _signposted(chat, SISTER)
    steps = texts(chat.send("im 15 what should i do"))
    assert _CHILDLINE in steps and "children's social care" in steps, steps
    assert _LEAD not in steps
    taken = texts(chat.send("will they take her away if i tell"))
    assert "Social care works with families" in taken, taken


def test_a_parent_telling_where_the_children_are_now_is_told_999_in_their_words(
    chat: Chat,
) -> None:
    _signposted(chat, EX)
    now = chat.send("hes with him now")[0].text
    assert now.startswith("**If you think anyone is in danger right now, call 999"), now
    assert "supervisor" not in now and _LEAD not in now


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (DAUGHTER, "who should i speak to"),
        (EX, "can i ring the police about it"),
    ],
)
def test_one_of_the_public_asking_whom_to_tell_is_told_anyone_can(
    chat: Chat, message: str, asked: str
) -> None:
    _signposted(chat, message)
    steps = chat.send(asked)[0].text
    # round 45 (follow80): asked of the police, "Yes, you can go to the police yourself" leads
    assert "anyone can pass on a worry" in steps[:80].casefold(), steps
    assert "101" in steps and _LEAD not in steps


def test_an_adult_harmed_asking_whom_to_talk_to_gets_the_helplines(chat: Chat) -> None:
    _signposted(chat, BITTEN)
    steps = chat.send("who can i talk to")[0].text
    assert "Men's Advice Line" in steps and "adult social care" in steps.lower(), steps
    assert _LEAD not in steps


@pytest.mark.parametrize(
    ("message", "worry"),
    [(PENSION, "i dont want him arrested"), (PURSE, "i dont want to get her into trouble")],
)
def test_an_adult_not_wanting_anyone_in_trouble_may_ask_advice_first(
    chat: Chat, message: str, worry: str
) -> None:
    _signposted(chat, message)
    said = chat.send(worry)[0].text
    assert said.startswith(_ADVICE_FIRST), said
    assert "sell drugs" not in said and _LEAD not in said


def test_a_young_persons_own_trouble_is_answered_as_before(chat: Chat) -> None:
    _signposted(chat, "im 14 and my dad hits me")
    said = chat.send("i dont want to get my dad in trouble")[0].text
    assert said.startswith("**You're not in trouble for telling"), said


def test_a_practitioner_asking_whom_to_tell_still_gets_their_lead(chat: Chat) -> None:
    _signposted(chat, "a mum at our nursery told me her ex hits her and the kids see it")
    assert _LEAD in chat.send("who do i talk to")[0].text


@pytest.mark.parametrize(
    ("message", "voice"),
    [
        (SISTER, "family"),
        ("my wife threw a plate at me and bit me", "adult"),
        (PENSION, "adult"),
        (PURSE, "self"),
        ("my mum hits me", "self"),
        ("my ex is going to kill me tonight", "self"),
        ("my mate is 14 and her stepdad hits her, shell kill me if she knows i told", "friend"),
        ("he said if i tell anyone hell hurt my mum", None),
        ("my client says her son takes her money", None),
        ("one of my kids in class said his dad hit him", None),
    ],
)
def test_who_wrote_it_is_read(core: Core, message: str, voice: str | None) -> None:
    friend = friend_voice(core.knowledge)
    assert voice_of(simplify(message), friend) == voice


def test_the_writers_own_words_report_nobody() -> None:
    def harmed(words: list[str]) -> bool:
        return "me" in words

    telling, writer = {"said", "told"}, friend_voice().own_harm.said_by_writer
    said_no = simplify("he shouted when i said no").split()
    assert not reports_telling(said_no, telling, harmed, writer)
    told = simplify("i told her mum and she said he hits her").split()
    assert reports_telling(told, telling, harmed, writer)
