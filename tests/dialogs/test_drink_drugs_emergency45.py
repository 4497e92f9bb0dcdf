"""Round 45 (drugs86, issue 11): a drug or drink emergency told now.

- "lad in the crowd says he took 2 pills his mates gave him and now hes shaking…" led with an
  ambulance, then the child's door alone ("lad" gives no age) and the self-harm lines (the
  cue "took * pills" read two pills from mates as an overdose meant): now both doors, no
  self-harm lines.
- Drink or drugs taken and someone collapsed, unconscious or fitting now ("shes passed out
  drunk at the party and we cant wake her") got the general signpost (or an abuse's): now it
  leads with ring 999 for an ambulance, stay with them; the child's door alone for a child.
- Kept: an overdose meant to harm keeps the self-harm lines; a 14 year old's pills at a party
  the child's door; a festival's drugs policy and a headache's paracetamol stay quiet.

Every conversation runs through the core the terminal door runs (`bot.app.build_core`).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

AMBULANCE = "**Ring 999 now and ask for an ambulance"
STAY = "Stay with them"
STAY_NOTE = "Stay with them until help comes"
MASH = "children's social care front door (MASH)"
ADULTS = "Adult social care at your local council"
SELF_HARM = "option 2, for mental health"


@pytest.mark.parametrize(
    "told",
    [
        "lad in the crowd says he took 2 pills his mates gave him and now hes shaking and hot and "
        "cant talk properly",
        "a lad at the festival dropped a couple of pills someone sold him and now hes fitting",
        "she's passed out drunk at the party and we cant wake her",
        "someone in the crowd has taken ket and is unresponsive",
        "we think he was spiked, hes collapsed in the club toilets and wont respond",
        "mate passed out after drinking and hes choking on his sick",
        "my friend drank way too much at the party and is passed out and breathing funny",
        "my mate took two ecstasy tabs and hes burning up and not making sense",
        "someone at the gig dropped a pill an hour ago and now hes fitting on the floor",
    ],
)
def test_drink_or_drugs_and_collapsed_now_leads_with_an_ambulance_and_both_doors(
    chat: Chat, told: str
) -> None:
    replies = chat.send(told)
    first = replies[0]
    assert first.risk_of_harm
    assert first.text.startswith(AMBULANCE)
    assert STAY in first.text
    assert MASH in first.text and ADULTS in first.text  # no age: anyone's doors
    assert SELF_HARM not in texts(replies)
    assert STAY_NOTE in first.text  # the emergency's own kind of harm, not an abuse's alone


@pytest.mark.parametrize(
    "told",
    [
        "hes 15 and drank half a bottle of vodka and is being sick and floppy",
        "a year 9 pupil drank vodka at lunch and is now barely conscious",
        "a kid at the park has drunk loads of cider and is unconscious",
    ],
)
def test_a_child_who_drank_and_collapsed_gets_an_ambulance_and_the_childs_door(
    chat: Chat, told: str
) -> None:
    first = chat.send(told)[0]
    assert first.text.startswith(AMBULANCE)
    assert MASH in first.text
    assert ADULTS not in first.text


def test_an_overdose_meant_to_harm_keeps_the_self_harm_lines(chat: Chat) -> None:
    replies = chat.send("she took 30 paracetamol because she wants to die")
    assert replies[0].risk_of_harm
    assert SELF_HARM in texts(replies)


def test_a_childs_pills_at_a_party_keep_the_childs_door(chat: Chat) -> None:
    first = chat.send("my 14 year old took some pills at a party")[0]
    assert first.risk_of_harm
    assert MASH in first.text
    assert ADULTS not in first.text


def test_a_lad_in_year_10_is_still_a_child(chat: Chat) -> None:
    first = chat.send("a lad in year 10 took ketamine at lunch and now hes unresponsive")[0]
    assert first.text.startswith(AMBULANCE)
    assert ADULTS not in first.text


@pytest.mark.parametrize(
    "told",
    [
        "what's our policy on drugs at the festival",
        "took 2 paracetamol for a headache",
        "what should stewards do if someone at the festival has taken too much ket",
    ],
)
def test_look_alikes_stay_quiet(chat: Chat, told: str) -> None:
    assert not chat.send(told)[0].risk_of_harm


def test_drunk_and_shouting_is_no_ambulance(chat: Chat) -> None:
    first = chat.send("her partner is drunk and now hes shouting at the kids")[0]
    assert not first.text.startswith(AMBULANCE)


def test_what_to_do_after_a_drink_emergency_is_an_ambulance_now(chat: Chat) -> None:
    chat.send("my flatmate took something at the club and now i cant wake her")
    replies = chat.send("what do i do")
    assert replies[0].text.startswith("**Ring 999 now and ask for an ambulance, if you haven't")


def test_drunk_last_night_is_no_ambulance_now(chat: Chat) -> None:
    first = chat.send("she passed out drunk at a party last night and we couldnt wake her")[0]
    assert not first.text.startswith(AMBULANCE)


@pytest.mark.parametrize(
    "told",
    [
        "can we share info with the festival medics about a guest who collapsed after drinking",
        "my dad drinks every night and passes out on the sofa",
    ],
)
def test_a_collapse_asked_after_or_a_habit_is_no_ambulance_now(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert not replies[0].text.startswith(AMBULANCE)
    assert STAY_NOTE not in texts(replies)
