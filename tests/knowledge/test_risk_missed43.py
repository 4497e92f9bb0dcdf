"""Round 43 (miss46): rule-one misses of the development sets, read by their general shape.

(a) Self-neglect: a home or a body going uncared for beside help refused ("his house has got
filthy and he refuses help", "forgets to eat and refuses to see the GP") is an adult's neglect;
help refused alone, or a dirty house alone, is not. (b) Too little to eat said with a word before
the food ("I get no proper food", "he gets no decent meals") is neglect of the one told of; a
conference or a camping trip with no proper food is no one's. (c) Despair told as not being able
to live like this is the self-harm and suicide signpost's.
Written by the helper, not drawn from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "My 90 year old gran forgets to eat and won't let the carers help.",
        "Mr B's flat has got really dirty and he won't accept any help from us.",
        "my aunt has alzheimers, she forgets to eat and refuses to see the GP",
        "He has stopped washing and refuses all help from the district nurses.",
    ],
)
def test_a_home_or_body_uncared_for_with_help_refused_is_self_neglect(
    chat: Chat, message: str
) -> None:
    signposted_in_both(BUILT_IN, chat, message, concerns="adult")


@pytest.mark.parametrize(
    "message",
    [
        "Our client refuses help with her CV.",
        "How do we support someone who refuses help?",
        "My dad refuses help with his garden, he says he can manage it.",
    ],
)
def test_help_refused_alone_is_no_neglect(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "She wrote: I have no proper food, my employer won't pay for it.",
        "the lodger says he gets no decent meals from the landlady",
    ],
)
def test_no_proper_food_told_of_someone_signposts(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "There's no proper food at the conference, just sandwiches.",
        "We had no proper food on the camping trip.",
        "Our school canteen has no proper food options for vegans.",
    ],
)
def test_no_proper_food_at_an_event_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "I don't think I can live like this.",
        "she said she can't live like this anymore and has stopped going out",
    ],
)
def test_cannot_live_like_this_is_despair(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
    finding = BUILT_IN.detect(message)
    assert finding is not None and "self-harm-suicide" in finding.categories


def test_a_place_one_cannot_live_in_is_quiet(chat: Chat) -> None:
    quiet_in_both(
        BUILT_IN, chat, "We can't live like this without a kitchen, the builders are slow."
    )
