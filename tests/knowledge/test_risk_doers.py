"""Who does it: a teenager's drinking is not a parent's, a grown-up's caring not a young carer's.

Who drinks:
Probes written before the rule (`knowledge/risk_drinking.py`), both sides: a parent or a
practitioner asking about a teenager drinking at a party goes quiet (12 of these 12 were
signposted before); a teenager whose drinking repeats, went further, or has a grown-up behind it,
a young child drinking, and a parent's own drinking stay signposted.

Who cares: a husband, a partner, the writer or a son of 30 caring for a parent is no young carer
(6 of these 9 lines were signposted before); a child of any age named as the carer stays.
"""

from __future__ import annotations

import pytest

from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


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
    "message",
    [
        "my husband has moved in to care for his mum after her stroke, can he get a carer's"
        " assessment?",
        "I care for my dad who has dementia, can his GP talk to me about his medication?",
        "I'm 45 and look after my mum who has MS, am I entitled to carer's allowance?",
        "as an adult carer for my mother, can I see her hospital records?",
        "my partner does all the cooking and cleaning for his disabled dad, can social services"
        " help?",
        "my daughter (she's 24) helps her dad in and out of bed every night since his accident",
        "I look after my elderly parents and do all their shopping and bills, can I get power of"
        " attorney?",
        "my husband does everything for his mum since her hip operation and I feel we never see"
        " him",
        "my partner and I look after her mum at weekends, can we get respite?",
    ],
)
def test_a_grown_up_caring_for_a_parent_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my 12 year old cares for his mum who has MS and does all the cooking",
        "my son is 10 and does all the cooking and cleaning because his dad is ill",
        "a year 7 boy looks after his mum who drinks and gets his little sisters to school",
        "my 14 year old daughter helps her dad in and out of bed every night since his stroke",
        "a girl in my class cares for her mum who has depression and is always late and tired",
        "he's 9 and gives his mum her tablets and does the shopping because she can't get out of"
        " bed",
        "my 11 year old has to care for her disabled dad and misses school",
        "a pupil is caring for his mum since her cancer and hasn't done homework for weeks",
        "my stepson is 13 and looks after his mum and little brother because she is disabled",
        "the 15 year old does all the caring for her dad who has MS and is exhausted",
        "my husband drinks every night and my 8 year old has to put him to bed",
        "my nephew is 12 and cares for his gran who has dementia on his own",
        "a 12 year old I support does all the cooking for his mum who has MS",
        "I'm 13 and I look after my mum because she has cancer and I miss school",
        "the boy I mentor cares for his dad who is in a wheelchair and he is always tired",
    ],
)
def test_a_child_caring_for_a_parent_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "unit",
    [
        "my 16 year old drinks vodka and cider and beer and ",
        "my 15 year old got drunk, should her dad drink ",
        "my husband cares for his mum and ",
        "mum is ill and he does all the cooking for his dad and I ",
    ],
)
def test_reading_who_does_it_grows_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)
