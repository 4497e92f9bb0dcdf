"""Who drinks: a teenager's own drinking is not a parent's substance misuse.

Probes written before the rule (`knowledge/risk_drinking.py`), both sides: a parent or a
practitioner asking about a teenager drinking at a party goes quiet (12 of these 12 were
signposted before); a teenager whose drinking repeats, went further, or has a grown-up behind it,
a young child drinking, and a parent's own drinking stay signposted.
"""

from __future__ import annotations

import pytest

from knowledge.loader import load_knowledge
from tests.support.linear import grows_in_step

BUILT_IN = load_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "my 15 year old came home tipsy from a party last night, how do I talk to her about"
        " drinking?",
        "my 17 year old son drinks a few beers with his mates at the weekend, is that normal?",
        "our 16 year old daughter got drunk at a friend's 16th, should we ground her?",
        "my teenager wants to drink at her prom afterparty, what's the legal age?",
        "my 14 year old tried cider at a sleepover and was sick, how worried should I be?",
        "year 11 pupils were drinking at the leavers' party, should the school contact parents?",
        "my 16 yo and her friends had some wine at the wedding reception, is that allowed?",
        "my 16 year old had a few drinks at a party and was fine but I'm not happy about it",
        "our teenage son was caught drinking in the park with friends by a PCSO",
        "my 17 yr old daughter went out drinking with her friends for her birthday, she's home"
        " safe",
        "found some cans of cider in my 15 year old's bag, her friends all drink. do I tell their"
        " parents?",
        "my 16 year old got drunk at a party and was sick in a taxi, should I make her pay for"
        " the cleaning?",
    ],
)
def test_a_teenagers_own_drinking_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my 14 year old keeps coming home drunk and won't say where she's been",
        "my 13 year old came home drunk and said a man in a car gave her vodka",
        "my 15 year old daughter comes home drunk every weekend with older lads",
        "my 16 year old got drunk at a party and says a boy had sex with her while she was passed"
        " out",
        "my 8 year old drinks vodka from dad's cupboard",
        "my 16 year old drinks because his dad is always drunk and hits him",
        "my 15 yr old is drinking every day and says she wants to die",
        "my 14 year old is scared to come home because mum is always drunk",
        "my 16 year old and her mum drink together every night and the little ones are left alone",
        "my 13 year old was found drunk and unconscious in the park",
        "our 15 year old got drunk at a party and the older men there gave her drugs",
        "my 16 year old drinks to forget what her stepdad did to her",
        "my 14 year old son's friends get him drunk and make him carry parcels",
        "my teenager drinks herself unconscious most nights and cuts her arms",
        "my 15 year old says her mum's boyfriend gives her drink and then touches her",
        "my 16 year old is drinking heavily since her dad left and has stopped eating",
        "my 14 year old came home drunk at 3am with a new phone and money she won't explain",
        "mum drinks every night and my 16 year old has to put her to bed",
        "a 15 year old in my class is drunk in lessons most days and smells of weed",
        "my 13 year old's friends got her drunk and filmed her",
    ],
)
def test_drinking_with_more_behind_it_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


def test_only_the_parental_category_is_set_aside() -> None:
    finding = BUILT_IN.detect(
        "a 15 year old came back at 4am smelling of alcohol with a new phone she won't explain"
    )
    assert finding is not None
    assert "exploitation" in finding.categories
    assert "parental-substance" not in finding.categories


@pytest.mark.parametrize(
    "unit",
    [
        "my 16 year old drinks vodka and cider and beer and ",
        "my 15 year old got drunk, should her dad drink ",
    ],
)
def test_reading_who_drinks_grows_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)
