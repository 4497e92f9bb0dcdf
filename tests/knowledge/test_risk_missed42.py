"""Round 42 (miss42): rule-one misses found this round, read by their general shape.

(a) A crash heard with children screaming or crying ("the dad next door is going mental, i just
heard a bang and the kids screaming", danger42's trial) is domestic abuse with children there,
and, heard now, its signpost leads with 999; children screaming at play, or a bang with no child
upset, stays quiet. (b) A marriage arranged for a young person who refuses or fears it, the
marriage named first ("refused the marriage her parents arranged"), or refused ("6th former (18)
refused the marriage"), is forced marriage; a wedding arranged for a couple who want it, or a
sister's wedding, is not. (c) A child who tells of a blow a pronoun struck ("another child says
she hit him") is its teller, not a classmate in a scuffle; a child saying another child hit him
in the playground is still behaviour. Written by the helper, not drawn from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector
NOW_LEAD = "**Ring 999 now"


@pytest.mark.parametrize(
    "message",
    [
        "the dad next door is going mental, i just heard a bang and the kids screaming",
        "i just heard a loud bang next door and the kids screaming",
        "heard a crash and then the children were screaming",
        "i keep hearing banging and shouting next door and the children crying",
        "upstairs flat again - heard things being thrown and the baby wailing",
    ],
)
def test_a_crash_heard_with_children_screaming_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, concerns="child")


def test_heard_just_now_is_led_by_999(chat: Chat) -> None:
    replies = chat.send(
        "the dad next door is going mental, i just heard a bang and the kids screaming"
    )
    assert replies[0].risk_of_harm
    assert replies[0].text.startswith(NOW_LEAD)


@pytest.mark.parametrize(
    "message",
    [
        "i heard a bang and the kids screaming with laughter",
        "i heard a bang from the fireworks and the kids were screaming with excitement",
        "the kids next door are screaming and playing in the garden",
        "i heard a bang outside, a car backfiring",
        "i heard the kids screaming next door",
    ],
)
def test_children_at_play_or_a_bang_alone_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "one of our 6th formers (18) has refused the marriage her parents arranged",
        "a young adult (19) is refusing a marriage her family arranged",
        "6th former (18) refused the marriage",
        "her family have arranged her wedding and she doesnt want it",
        "her family have arranged a marriage, she doesn't want it",
        "they're taking her to pakistan to get married",
    ],
)
def test_a_marriage_arranged_refused_or_taken_abroad_for_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "fgm-forced-marriage-honour" in finding.categories


def test_a_young_adult_refusing_is_an_adult(chat: Chat) -> None:
    signposted_in_both(
        BUILT_IN,
        chat,
        "a young adult (19) is refusing a marriage her family arranged",
        concerns="adult",
        contacts=frozenset({"adult-social-care"}),
    )


@pytest.mark.parametrize(
    "message",
    [
        "my sister is getting married in june and i'm bridesmaid",
        "my daughter is getting married next year",
        "her family have arranged a big wedding for her brother",
        "she doesn't want a big wedding, her mum planned it all",
        "she refused marriage counselling",
        "what support is there for 6th formers",
    ],
)
def test_a_wedding_planned_stays_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "another child says she hit him",
        "now another child says she hit him",
        "a pupil says she slapped him",
        "another child said he pushed her",
        "a boy in year 4 told me she kicked him",
    ],
)
def test_a_child_telling_of_a_pronouns_blow_rings(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert finding.concerns == "child"


@pytest.mark.parametrize(
    "message",
    [
        "a child says another child hit him in the playground",
        "my son says a boy in his class kicked him at break",
        "another child hit him and he cried",
        "a classmate pushed him in the lunch queue",
    ],
)
def test_a_scuffle_between_children_stays_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None
