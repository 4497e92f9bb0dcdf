"""A blade with an ordinary use or owner given beside it ("a paring knife in his lunchbox to cut
his apple", "fishing and carving with his pocket knife", "the sword we bought him for his
birthday"), and anger spent on one another or on a thing ("scream at each other", "swears at the
screen and slams his controller"), are things, not harm: `things` phrases built on harm-dev12's
false alarms after its untouched measurement, probed both ways (three of
the ordinary lines were signposted before). "snapping" is a known word (it
was read as "slapping"). Every other sign of the message still counts."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "he took a knife to school to cut his apple, is he in trouble?",
        "my son goes camping with his penknife, can he take it on the scout trip?",
        "we bought her a sword for her birthday as she does fencing",
        "our twins shout at each other all day over the ipad",
        "he swears at the telly when the football is on",
    ],
)
def test_an_ordinary_use_or_a_thing_stays_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "he carries a knife for protection",
        "he said he'd use the knife to cut her",
        "my parents scream at each other every night and I'm scared to go downstairs",
        "mum and her boyfriend scream at each other every night and he throws things at her",
        "he keeps a machete under his bed and says it's for the lads who jumped him",
        "my son has a knife in his bag and says he needs it to cut anyone who comes near him",
        "she was given a knife for her birthday by an older man and told to hold it for him",
    ],
)
def test_a_blade_or_anger_with_harm_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "my kids (11 and 13) are furious I'm moving my boyfriend in a year after I split from"
        " their dad, and he's taking me back to court over it. could I lose them?",
        "my manager is cross with me for sharing the referral too early",
        "the parents are angry we didn't tell them about the trip",
    ],
)
def test_anger_at_the_writer_about_what_the_writer_did_stays_quiet(message: str) -> None:
    """harm-dev12 and harm-dev9's false alarms of this shape; the first and the third failed
    before."""
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "he gets furious with me if I talk to other men and then hits me",
        "dad is furious with me and locked me in my room",
        "mum was furious I told the teacher and she hit me",
        "he's furious I left and keeps threatening to kill me",
        "my husband gets furious with me over money and won't let me have any",
    ],
)
def test_anger_at_the_writer_with_harm_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "my toddler came home from nursery with one bruise on his shin. he climbs everything at"
        " home too. am I being paranoid thinking a staff member did it?",
        "my 15 yr old went to the cinema with her new boyfriend and didn't answer her phone for"
        " an hour because the film started late. am I overreacting being cross?",
    ],
)
def test_a_shin_bruise_or_an_hour_unanswered_stays_quiet(message: str) -> None:
    """harm-dev12's false alarms (both failed before): a bruise where a mobile child's knocks
    land, a phone unanswered for an hour."""
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "she has bruises on her knees from being made to kneel on the floor for hours",
        "he has bruises on his shins where his dad kicked him",
        "my daughter hasn't answered her phone for an hour and she's 14 and with a man she met"
        " online",
        "she didn't answer her phone for hours and came back drunk",
    ],
)
def test_a_shin_bruise_or_an_unanswered_phone_with_harm_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
