"""Danger now that 999 did not lead (round 46, lead120; tryout114 #2, issue 11 rule one).

- Someone being put or pushed into a car or van now ("theyre putting her in their car", "just
  pushed a girl into a van"), however many words name the one taken.
- A silent call for help now ("she mouthed help me when he wasnt looking", a note saying help;
  "she whispered call the police when he went to the toilet" found nothing).
- A small child alone at night at the door the writer is at ("answered the door on her own at
  11pm ... no one else home").
- A threat made now, told mid-check or as the writer types ("while im doing this, the dad turned
  up drunk and threatened to take the baby and hurt the mum"): 999 leads, with the domestic
  abuse line for the mother.
- One's own plan to end one's life, then "my mum has gone out now": their own text again, not a
  relative's.

Not led by 999: the same told as past, in training or a film, as a habit; children on their
own in the garden; "she mouthed thank you". Every conversation runs through the core the
terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

RING_NOW = "**Ring 999 now"
DA_HELPLINE = "0808 2000 247"
FAMILY = "If you're worried about someone you know"
OWN_LIFE = "I'm really glad you told someone"


@pytest.mark.parametrize(
    "told",
    [
        "on detached patrol now. girl maybe 14 really drunk in the park with 3 men in their "
        "30s, they're putting her in their car",
        "two men just pushed a girl into a van",
        "some lads are bundling a drunk girl into a taxi, she can barely stand",
        "older men putting a 13 year old into the back of a car outside the shop",
        "he's pulling her into his van, she's screaming",
    ],
)
def test_someone_put_into_a_vehicle_now_leads_with_999(chat: Chat, told: str) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert said.text.startswith(RING_NOW), said.text


@pytest.mark.parametrize(
    "told",
    [
        "teenage girl on my train with an older man, he's holding her phone and ticket, she "
        "mouthed help me when he wasnt looking",
        "a girl at the till mouthed help me while the man with her paid",
        "a young woman in the queue just slipped me a note saying help me, her partner is right "
        "behind her",
        "she whispered call the police when he went to the toilet",
        "the lady in room 4 whispered get help when her son went out",
    ],
)
def test_a_silent_call_for_help_now_leads_with_999(chat: Chat, told: str) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert said.text.startswith(RING_NOW), said.text


@pytest.mark.parametrize(
    "told",
    [
        "a kid about 5 answered the door on her own at 11pm, said mummy went out, no one else home",
        "a 6 year old opened the door, said her dad is at the pub and shes home alone, its gone 11",
        "two kids under 5 on their own in the house at night, no adult there",
    ],
)
def test_a_small_child_alone_at_night_now_leads_with_999(chat: Chat, told: str) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert said.text.startswith(RING_NOW), said.text


def test_a_threat_now_told_mid_check_leads_with_999_and_the_domestic_abuse_line(
    chat: Chat,
) -> None:
    chat.send("check")
    chat.send("yes")
    chat.send("yes")
    replies = chat.send(
        "actually while im doing this, the dad turned up drunk and threatened to take the baby "
        "and hurt the mum"
    )
    assert replies[0].risk_of_harm
    assert replies[0].text.startswith(RING_NOW), replies[0].text
    assert DA_HELPLINE in texts(replies)


@pytest.mark.parametrize(
    "told",
    [
        "the boyfriend has turned up at the door and is threatening her, the kids are here",
        "mums partner is here now shouting hes going to hurt her",
        "her ex has just arrived at the nursery and is threatening to take the child and smash "
        "her face in",
    ],
)
def test_a_threat_made_now_leads_with_999(chat: Chat, told: str) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert said.text.startswith(RING_NOW), said.text


@pytest.mark.parametrize(
    "told",
    [
        "last year two men pushed a girl into a van outside the school and she was found later",
        "in the film a man drags a girl into his van and the police chase them",
        "a girl told me that last month she mouthed help me to a bus driver when her stepdad "
        "was with her",
        "a 5 year old in my class said mummy went out last night and she was on her own",
        "an older man keeps picking her up and putting her in his car after school",
        "the dad turned up drunk last week and threatened to hurt the mum",
        "a child in my class said mummy went out and left her with her nan",
        "her uncle was pushing her into his car when the police arrived last night",
        # once a look-alike; round 51 (adult172): a scenario's case of one person harmed rings by
        # the rule (`risk_scenario_case.scenario_where`), with no 999 lead
        "in training today we did a scenario where a man is putting a drunk girl into his car, "
        "what should we share",
    ],
)
def test_the_same_told_as_past_or_a_habit_gets_no_999_lead(chat: Chat, told: str) -> None:
    said = chat.first(told)
    assert not said.text.startswith(RING_NOW), said.text


@pytest.mark.parametrize(
    "told",
    [
        "the kids were on their own in the garden while mum was inside",
        "she mouthed thank you when i handed her the leaflet",
        "he whispered the answer to his friend",
        "the note saying help me was part of the escape room game",
    ],
)
def test_look_alikes_stay_quiet(chat: Chat, told: str) -> None:
    said = chat.first(told)
    assert not said.risk_of_harm, said.text


@pytest.mark.parametrize(
    "then", ["my mum has gone out now", "im on my own now", "my dad has gone away for the weekend"]
)
def test_ones_own_plan_to_die_keeps_their_own_text_after(chat: Chat, then: str) -> None:
    chat.send("i want to kill myself tonight")
    said = texts(chat.send(then))
    assert FAMILY not in said
    assert OWN_LIFE in said, said


def test_someone_gone_out_is_no_parents_drinking(chat: Chat) -> None:
    said = chat.first("my mum has gone out now, can i share her number with the school")
    assert not said.risk_of_harm
