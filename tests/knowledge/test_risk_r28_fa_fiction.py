"""Round 28 (fa28): harm told of a drama's characters, a choking hazard, a high-pitched voice.

harm-dev23 holds soap and TV drama storylines typed as thread titles ("A storyline that I think is
still ongoing is about a boy called …. … was physically abused by his dad's fiancee", "BBC drama
River City's ongoing story about lawyer …, who has become the victim of stalking"): the harm is
a character's. `knowledge/risk_fiction.py` sets aside the signs told after a `plot` word
("about", "where", "involving") that follows a drama's name, and in the next sentence when it
names only relations, and never when anything ties the story to the writer's own world. The
pack's `things` read "a choking hazard" (a food) and "high pitched" (a voice) as things.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

PLOTS = [
    "A storyline still running is about a boy called Ben, who is beaten by his stepdad",
    "The new Emmerdale storyline is about a teenage girl who is being groomed by her mum's "
    "boyfriend",
    "the soaps storyline about a nurse who is stalked by her ex is getting a lot of complaints",
    "The BBC drama is about a detective whose wife is stalked by her ex",
]

THINGS = [
    "whole cherry tomatoes are a choking risk for under-2s, should the nursery cut them?",
    "the toddler screams in a high pitched voice when she is tired",
]

SIGNPOSTED = [
    # the writer's own world beside the drama
    "since the EastEnders storyline she has been cutting herself",
    "I was raped last year and the Hollyoaks storyline brought it all back",
    "a girl told me the soap storyline about abuse is real for her, her uncle touches her",
    "the Corrie storyline is like what her stepdad does to her, he locks her in the shed",
    "The Emmerdale storyline is about a girl whose uncle abuses her. A pupil in my class is being "
    "abused by her uncle.",
    # someone new after the plot, an occasion, a sentence before the drama
    "The Hollyoaks storyline is about grooming. A girl in Year 9 is being groomed by her PE "
    "teacher.",
    "The EastEnders storyline is about a family. Her stepdad punched her in the face last night.",
    "Jess's mum hits her with a belt. She watches soaps all day and ignores her.",
    # the words in another sense
    "mum washes his mouth out with soap and hits him with a belt",
    "he choked her until she passed out, it was not a choking hazard like he told the nurse",
    "mum is high again and left the baby alone",
]


@pytest.mark.parametrize("message", PLOTS)
def test_harm_told_of_a_dramas_characters_is_no_sign(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", THINGS)
def test_a_choking_hazard_and_a_high_pitched_voice_are_things(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_a_drama_beside_the_writers_own_world_keeps_its_signs(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "unit",
    [
        "the soap storyline is about a boy whose dad hits him. ",
        "Hollyoaks storyline about abuse his mum's boyfriend hits him ",
        "the storyline is about a boy. his dad hits him. ",
    ],
)
def test_the_reading_grows_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)
