"""Round 48 (lines136): mends from a trial of people typing as practitioners and the public.

1. An older man's cold, hoarded flat: the signpost says what to do now (999 or NHS 111 if he is
   unwell, adult social care today as self-neglect, consent and capacity; the about pack's
   `cold_home`, `dialogs.told_notes`).
2. "should i tell her mum what she told me?" just after the signpost of harm at home with a
   parent named: after "speak to your lead first", not yourself, not yet, and why
   (`parent_harmed_too`, `dialogs.parent_harmed_too`). A teenager's boyfriend is no harm at
   home: the reply it had.
3. A registered sex offender's new partner with young children: signposted, and not the
   practitioner's to tell; the police (MAPPA, the Child Sex Offender Disclosure Scheme), the
   lead and social care (`offender_partner`, `dialogs.told_notes`).
4. One harmed or threatened, afraid telling brings the police on them: plain words after the
   signpost (`grown_in_trouble`, `dialogs.grown_not_in_trouble`).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

ABOUT = builtin_knowledge().about


def _opening(text: str) -> str:
    """The bold first sentence of a pack text, as a reply shows it."""
    return text.split("**")[1]


COLD = [
    # the trial's line
    "visited an older man today, his flat is full to the ceiling with rubbish, no heating and "
    "it's freezing, he says he's fine",
    "elderly man living alone, house has no heating and it's freezing, he seems confused",
    "went to see an old lady, her house is filthy and she refuses any help, its so cold in there",
]


@pytest.mark.parametrize("message", COLD)
def test_a_cold_home_beside_an_adults_neglect_says_what_to_do_now(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    contacts = first.text.index("Adult social care at your local council")
    cold = first.text.index(_opening(ABOUT.cold_home))
    assert contacts < cold  # the signpost and its contacts first
    assert "NHS 111" in first.text[cold:]
    assert "self-neglect" in first.text[cold:]


@pytest.mark.parametrize(
    "message",
    [
        "visited an older man, his flat is full to the ceiling with rubbish, he says he's fine",
        "a 6 year old told me there is no heating at home and she is always freezing",
    ],
)
def test_no_cold_told_or_a_childs_cold_home_has_no_cold_line(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert replies[0].risk_of_harm
    assert _opening(ABOUT.cold_home) not in texts(replies)


@pytest.mark.parametrize(
    ("story", "question"),
    [
        # the trial's case: a girl and her mum both hit by mum's partner
        (
            "a girl in year 8 told me her mum's partner hits her and hits her mum too",
            "should i tell her mum what she told me?",
        ),
        ("a boy told me his dad hits his mum", "do we ring his mum?"),
        ("a pupil said her stepdad hits her", "can i let her mum know"),
    ],
)
def test_telling_a_parent_after_harm_at_home_waits_for_the_lead(
    chat: Chat, story: str, question: str
) -> None:
    assert chat.send(story)[0].risk_of_harm
    reply = chat.send(question)[0]
    lead, why, *_ = reply.text.split("\n\n")
    assert "speak to your designated safeguarding lead first" in lead, reply.text
    assert why.startswith(f"**{_opening(ABOUT.parent_harmed_too)}**"), reply.text
    assert "key question 4" in why
    assert reply.choices  # the consent check is still offered


def test_a_teenagers_boyfriend_is_no_harm_at_home(chat: Chat) -> None:
    chat.send("a 15 year old told me her boyfriend hits her")
    replies = chat.send("should i tell her mum?")
    assert _opening(ABOUT.parent_harmed_too) not in texts(replies)
    assert "speak to your designated safeguarding lead first" in texts(replies)


@pytest.mark.parametrize(
    "message",
    [
        # the trial's line: one of a group named by where it meets
        "a man in our group is on the sex offenders register and has a new girlfriend with two "
        "young kids, can i tell her?",
        "he is a registered sex offender and has moved in with a single mum, should i tell her",
    ],
)
def test_a_registered_sex_offenders_new_partner_is_for_the_police_to_tell(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    contacts = first.text.index("children's social care front door")
    note = first.text.index(_opening(ABOUT.offender_partner))
    assert contacts < note
    assert "Sarah's Law" in first.text[note:]
    assert "MAPPA" in first.text[note:]


def test_the_register_asked_of_in_general_is_not_signposted(chat: Chat) -> None:
    replies = chat.send("what happens if someone is on the sex offenders register?")
    assert not any(r.risk_of_harm for r in replies)
    assert _opening(ABOUT.offender_partner) not in texts(replies)


THREAT = "my ex keeps texting that he'll kill himself if i don't go back"


@pytest.mark.parametrize(
    "said",
    [
        [f"{THREAT}, if i tell someone will they call the police on me?"],
        [THREAT, "if i tell someone will they call the police on me?"],
        [THREAT, "will i get in trouble"],
        ["my partner hits me", "will they call the police on me?"],
    ],
)
def test_one_afraid_telling_brings_the_police_is_answered_plainly(
    chat: Chat, said: list[str]
) -> None:
    first = chat.send(said[0])
    assert first[0].risk_of_harm
    replies = first if len(said) == 1 else chat.send(said[1])
    assert _opening(ABOUT.grown_in_trouble) in texts(replies)
    assert "999" in texts(replies)
    assert _opening(ABOUT.to_the_writer.own_in_trouble) not in texts(replies)


def test_a_young_persons_fear_of_trouble_keeps_its_own_words(chat: Chat) -> None:
    chat.send("im 14 and older lads make me carry drugs for them")
    replies = chat.send("will i get in trouble")
    assert _opening(ABOUT.grown_in_trouble) not in texts(replies)
