"""Round 34 (fa34): messages where nobody is at risk now, and the disclosures beside them.

A worry about someone that says nothing of why opens a disclosure when it is the writer's ("I'm
worried about a child in my class": `knowledge.risk_openers.opened`). Said of someone else ("my
client's husband rang because he's worried about her"), it is what that person asked the writer,
not the first line of a disclosure, and no longer counts on its own; what the message goes on to
tell still does.


People of a kind drawn towards a harm, whom a duty is about ("asking staff to report pupils
falling under extremist influence"), are a pack `kinds` phrase, like "children affected by…";
"our pupils falling under… are sharing videos" and one pupil ("a boy in year 9 falling under…")
are someone in particular.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

SOMEONE_ELSES_WORRY = [
    "my client's husband rang to ask how her counselling is going because he's worried about "
    "her. can I tell him anything?",
    "a neighbour popped in because they are really worried about their lodger. what can I say "
    "to them?",
    "the patient's son phoned, he was very concerned about his dad. can I discuss his care?",
]

WRITERS_OWN_WORRY = [
    "I'm worried about a child in my class",
    "we are really worried about one of our residents",
    "really concerned about a boy in year 4. who do I tell?",
    # someone else's worry, then a harm told: the harm counts
    "she's worried about her son, he says his stepdad hits him",
]


@pytest.mark.parametrize("message", SOMEONE_ELSES_WORRY)
def test_someone_elses_worry_is_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", WRITERS_OWN_WORRY)
def test_the_writers_worry_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)


KINDS_DRAWN_TOWARDS_A_HARM = [
    "the trust has asked every school to flag pupils falling under extremist influence. what do "
    "heads have to do?",
    "the trust has asked schools to report children drawn into gangs. what are we expected to do?",
]

SOMEONE_DRAWN_TOWARDS_A_HARM = [
    "two of my pupils falling under extremist influence, what do I do?",
    "we have a boy in year 9 falling under extremist influence, he shares far right videos",
    "our pupils falling under extremist influence are sharing videos in class",
    "I need to report my children drawn into a gang by the lads next door",
]


@pytest.mark.parametrize("message", KINDS_DRAWN_TOWARDS_A_HARM)
def test_people_of_a_kind_drawn_towards_a_harm_are_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", SOMEONE_DRAWN_TOWARDS_A_HARM)
def test_someone_drawn_towards_a_harm_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)
