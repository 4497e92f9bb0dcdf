"""Round 36 (fa36): ordinary messages that mention harm words, and the disclosures beside them.

A feeling told with a thing for its cause ("the kids are angry about it", "upset about the
move") is the ordinary upset of family life (`knowledge.risk_feelings.caused_feelings`); a
feeling whose cause is someone, home or what happened, or a sentence that goes on to name
someone, still tells.

A knock one gives one's own head ("my 5 year old hit her head on the coffee table") is an
accident, as "bumped her head" was (the pack's `accident` set, `knowledge.risk_causes`); "he hit
her head", "her dad hit her head against the door" are blows.

An event that "hit" someone hard ("his grandad's death has hit him really hard") is a figure of
speech (a pack `things` phrase); a person or a thing thrown that hit someone is a blow.

A temper told of someone with a condition ("my dad has dementia and gets angry in the
evenings") is the condition's (`knowledge.risk_feelings.condition_moods`); a temper at someone
else, or beside another sign, still tells.

A lesson missed ("she cut first period", "cutting school") is no cut (a pack `things` phrase).

A death feared ("a resident told me she's scared of dying") is no wish to die
(`knowledge.risk_feelings.feared_deaths`); one no longer feared, or a wish beside it, still tells.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

FEELINGS_WITH_A_THING_FOR_CAUSE = [
    "my 7 year old gets really angry about homework every night. should I tell his teacher?",
    "the kids were furious about the cancelled trip. can we tell parents why it was cancelled?",
    "my son keeps crying over his lost teddy at bedtime. any tips?",
    "my girlfriend's moving in after the divorce and the kids are angry about it. how do I "
    "talk to them?",
]

FEELINGS_ABOUT_SOMEONE = [
    "my son is scared about going home, he says his dad shouts at him",
    "my daughter cries about it every night since her stepdad moved in",
    "my little boy is crying about what happened at his dad's and won't say more",
    "my daughter has nightmares about her uncle and won't stay at his house",
    "our son is angry about something all the time and screams at his little sister",
    "he's angry about it and he hit her last night",
]


@pytest.mark.parametrize("message", FEELINGS_WITH_A_THING_FOR_CAUSE)
def test_a_feeling_with_a_thing_for_its_cause_is_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", FEELINGS_ABOUT_SOMEONE)
def test_a_feeling_about_someone_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)


OWN_KNOCKS = [
    "my 5 year old hit her head on the coffee table and has a big bump. when should I go to A&E?",
    "dad fell and hit his head on the kitchen floor, he's in hospital now. can I tell his church?",
]

BLOWS_TO_A_HEAD = [
    "he hit her head on the wall",
    "her dad hit her head against the door",
    "my partner hit my head on the table",
    "her stepdad hit her and she hit her head on the table",
    "mum hit her head on the cupboard and has a bruise, the carers didn't report it",
]


@pytest.mark.parametrize("message", OWN_KNOCKS)
def test_a_knock_to_ones_own_head_is_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", BLOWS_TO_A_HEAD)
def test_a_blow_to_a_head_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)


EVENTS_THAT_HIT_HARD = [
    "his grandad's death has hit him really hard. should I tell his teacher?",
    "the divorce hit her hard and she's struggling at school. can I ask the school for support?",
]

BLOWS_THAT_HIT_HARD = [
    "his dad hit him hard",
    "he threw a shoe at his son and it hit him hard in the face",
    "mum's boyfriend threw a plate, it hit her hard",
    "it was his dad, he hit him hard with a belt",
]


@pytest.mark.parametrize("message", EVENTS_THAT_HIT_HARD)
def test_an_event_that_hit_someone_hard_is_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", BLOWS_THAT_HIT_HARD)
def test_a_blow_that_hit_someone_hard_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)


TEMPERS_OF_A_CONDITION = [
    "my dad has dementia and gets angry in the evenings, the care home says it's sundowning. "
    "should they tell me every time?",
    "my daughter with ADHD kicks off at bedtime every night. any tips?",
]

TEMPERS_AT_SOMEONE = [
    "my son has ADHD and his dad gets angry with him all the time",
    "my dad has dementia and gets angry and hits mum",
    "my husband has depression and snaps at the kids",
    "my son is autistic and his teacher shouts at him",
    "my partner has depression and gets angry, last week he threw a cup at me",
    "my husband has depression and he's always angry, I'm scared of him",
]


@pytest.mark.parametrize("message", TEMPERS_OF_A_CONDITION)
def test_a_temper_of_a_condition_is_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", TEMPERS_AT_SOMEONE)
def test_a_temper_at_someone_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)


LESSONS_MISSED = [
    "my daughter cut class twice this week. will the school tell me?",
    "my 14 year old cut first period and got caught. the school wants an email from a parent, "
    "can I write it?",
]

CUTS_AT_SCHOOL = [
    "she's been cutting school and cutting herself",
    "she's been cutting herself at school",
    "they cut her at school",
]


@pytest.mark.parametrize("message", LESSONS_MISSED)
def test_a_lesson_missed_is_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", CUTS_AT_SCHOOL)
def test_a_cut_at_school_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)


DEATHS_FEARED = [
    "I'm a care worker and a resident told me she's scared of dying. how do I comfort her?",
    "my mum is worried about dying alone. how do I talk to her?",
]

DEATHS_NOT_FEARED_OR_WISHED = [
    "he isn't scared of dying anymore",
    "he says he's not afraid of dying",
    "she's scared of dying and says she wants to end it all",
    "my 15 year old says she's scared of death and sometimes wishes she was dead",
    "he told me he's no longer afraid of death and has given his things away",
    "she keeps talking about dying",
]


@pytest.mark.parametrize("message", DEATHS_FEARED)
def test_a_death_feared_is_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", DEATHS_NOT_FEARED_OR_WISHED)
def test_a_death_not_feared_or_wished_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)
