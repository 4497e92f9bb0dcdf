"""Round 51 (voice169, issue 11): the signpost speaks to the one the harm is done to.

The risk check already reads a harm as the writer's own ("i'm being abused", "i feel like
ending it", "i get hit with a belt", "i took some pills last night"): its finding now carries
the mark "writer-harmed" (`knowledge.risk_writer_harmed`), and the reply is the writer's own
("If this is happening to you…", then "If you're asking as a practitioner:"), not the
practitioner's "Follow your child or adult protection procedures…". A practitioner telling of
someone they work with keeps the practitioner's reply; a parent telling of their own child
keeps the parent's; one of the public telling of someone they know keeps theirs.
"""

from __future__ import annotations

import pytest

from bot.app import Core
from tests.support.core import Chat

OWN = "If this is happening to you"
PRACTITIONER = "What you've described may mean"
OWN_CHILD = "keeping your child safe comes first"
SMACKED = "asking for help is how you keep your child safe"
KNOWN = "If you're worried about someone you know"
MARK = "writer-harmed"

WRITER_HARMED = [
    "i'm being abused",
    "im being abused",
    "i was sexually assaulted",
    "i was sexualy assaulted last year",
    "i'm not safe at home",
    "im not safe at home",
    "i dont feel safe at home anymore",
    "i feel like ending it",
    "i feel like ending it all tbh",
    "i just want to end it",
    "i want to go to sleep and never wake up",
    "i'd be better off dead",
    "i think about dying all the time",
    "i get hit with a belt",
    "i get hit with a belt when i get bad grades",
    "i get the belt if i talk back",
    "i get locked in my room all weekend",
    "i get sent to bed with no food",
    "i took some pills last night",
    "i took a load of pills",
    "ive been cutting again",
    "i've been burning myself with a lighter",
    "i've been stockpiling my tablets",
    "i've written goodbye letters",
    "i think im being groomed",
    "i think i'm being abused",
    "i'm being hurt at home",
    "im scared to go home tonight",
    "i'm scared to go home because of what dad will do",
    "im scared of my carer",
    "i was raped",
    "i got raped at a party",
    "i was made to stay in the garden all night as punishment",
    "my dad rapes me",
    "my stepdad makes me watch porn with him",
    "i'm being abused by my mum",
    "i got beaten up by my dad",
    "my dad whips me",
    "nobody cares if i live or die",
    "thinking of ending it",
    "whats the point anymore",
    "i cant do this anymore",
    "i hate my life and want to disappear",
    "i have to sleep in the shed",
    "i got kicked out and have nowhere to sleep tonight",
    "i'm not allowed to eat until my chores are done",
    "i keep a knife because i'm scared",
    "i made myself sick again and i cant stop",
    "i think im being abused by my husband",
    "my husband wont let me have my own bank card",
    "i've been raped by my husband",
    "i'm 84 and my carer is rough with me",
    "im 79 and my grandson takes my pension",
    "my grandson moved in and now i can't go in my own kitchen",
    "im being abused at home",
    "i get hurt at home",
    "i'm 9 and home alone every night",
    "i was touched by my uncle when i was little and hes still around",
    "is it normal for my dad to check my body",
    "my boyfriend checks my phone and wont let me see my friends",
]


@pytest.mark.parametrize("message", WRITER_HARMED)
def test_the_writers_own_harm_gets_their_own_signpost(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert OWN in first.text
    assert PRACTITIONER not in first.text


PRACTITIONERS = [
    "my pupil says her dad hits her",
    "my client is being abused",
    "a mum told me she's being hit",
    "a pupil told me she's being abused",
    "my client was sexually assaulted",
    "a resident was sexually assaulted last night",
    "a pupil says she's not safe at home",
    "my student doesn't feel safe at home",
    "a young person i work with said she feels like ending it",
    "my client keeps saying she wants to end it",
    "a patient took some pills last night",
    "one of my service users has been cutting again",
    "a pupil said she gets hit with a belt",
    "a child in my class gets locked in his room all weekend",
    "my client's carer is rough with her",
    "a resident told me her grandson takes her pension",
    "my client is scared to go home tonight",
    "a 15 year old i support thinks she's being groomed",
    "the girl i mentor says her stepdad makes her watch porn",
    "one of our residents says her son hits her",
    "my service user says her husband wont let her have her own bank card",
    "a pupil disclosed that her uncle touched her",
    "a mum at the school gate told me her partner hits her",
    "my colleague told me a child said she's being hurt at home",
    "my pupil is being abused",
    "a client of mine was raped",
    "a teenager in our hostel says she was sexually assaulted",
    "my patient says her carer is rough with her",
]


@pytest.mark.parametrize("message", PRACTITIONERS)
def test_a_practitioner_telling_of_someone_keeps_their_reply(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert PRACTITIONER in first.text
    assert OWN not in first.text


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("someone has been hurting my daughter", OWN_CHILD),
        ("someone touched my son", OWN_CHILD),
        ("we found a knife in my 14 year old's school bag", OWN_CHILD),
        ("my son said his coach makes him sit on his lap", OWN_CHILD),
        ("i think my son is being groomed", OWN_CHILD),
        ("my ex hits our son when he has him", OWN_CHILD),
        ("i smacked my 4 year old", SMACKED),
        ("my daughter's boyfriend hits her", KNOWN),
    ],
)
def test_a_parent_telling_of_their_child_keeps_theirs(chat: Chat, message: str, said: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert said in first.text
    assert OWN not in first.text


def test_a_parent_of_a_bullied_son_gets_no_writers_signpost(chat: Chat) -> None:
    assert OWN not in chat.send("my son is being bullied")[0].text


def _marks(core: Core, text: str) -> tuple[str, ...]:
    finding = core.assistant._risk.detect(text)
    assert finding is not None, text
    return finding.marks


@pytest.mark.parametrize("text", WRITER_HARMED[:12])
def test_the_finding_marks_the_writer_harmed(core: Core, text: str) -> None:
    assert MARK in _marks(core, text)


@pytest.mark.parametrize("text", PRACTITIONERS[:12])
def test_no_mark_for_someone_elses_harm(core: Core, text: str) -> None:
    assert MARK not in _marks(core, text)
