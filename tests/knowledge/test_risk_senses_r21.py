"""Look-alike ordinary messages made quiet by structure, disclosures beside them kept (round 21).

Six readings (docs/risk-cues.md, "Round 21"), each tested on wordings no development set holds
as well as the ones that showed it:

- a signal family's word of several words lies in one clause ("at my wits' end, it's only…"
  holds no "end it");
- blood named for a test, a reading or an illness ("blood cancer", "blood results") is no
  bleeding, and "cut her off" is a tie ended, not a wound (pack `things`);
- the writer's role opening the message ("support worker:", "junior cricket coach -") is who
  writes, not the member of staff an allegation pairs with an act;
- a child's blow at an animal ("my eldest kicked the cat") is no blow to a person;
- a child made to fight is physical abuse (a cue: the one disclosure the role reading would
  otherwise have lost had been caught only as an allegation against its writer);
- "but" going on to say all is well ("…a lump but she seems fine now") does not doubt the fall
  given as an injury's cause.
"""

from __future__ import annotations

import pytest

from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


def _categories(message: str) -> tuple[str, ...]:
    finding = BUILT_IN.detect(message)
    return finding.categories if finding is not None else ()


@pytest.mark.parametrize(
    "message",
    [
        "we argue every night about revision, my daughter slams the door and blasts music. I'm"
        " her mum and I'm at my wits' end, it's only AS levels",
        "my son's exams are next week and honestly I'm at my wits end, it's all he talks about",
    ],
)
def test_a_phrase_across_a_comma_is_not_one_phrase(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "i cant cope anymore and i want to end it",
        "she told me she's going to end it all tonight, she has pills",
        "my friend keeps saying she wants to end it",
    ],
)
def test_wanting_to_end_it_is_still_signposted(message: str) -> None:
    assert "self-harm-suicide" in _categories(message)


@pytest.mark.parametrize(
    "message",
    [
        "my nail tech is 25 and has blood cancer, she says she can't afford treatment here. is"
        " there anything I can do to help her?",
        "I was in hospital and a nurse on another ward looked at my blood results. was that a"
        " breach?",
        "my neighbour's husband has had his blood pressure checked three times this month and"
        " she's fed up",
        "my sister gave a blood donation at work today and felt faint after",
        "my daughter is seeing my son's brother-in-law and now my son and his wife have cut her"
        " off. how do I keep the peace?",
        "my brother has cut him out of the will and dad is upset about it",
    ],
)
def test_blood_named_for_a_test_and_a_tie_cut_are_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my son came home with blood on his pants and won't say why",
        "there was blood on her knickers when I changed her",
        "Y2 girl told me 'daddy's blood sugar was funny again', he was falling over in the"
        " garden and she couldnt get him to bed so she just went to sleep",
        "he cut her arm with a knife",
        "she's been cutting herself, I saw the cuts on her arm",
    ],
)
def test_bleeding_and_cutting_are_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "housing support worker: my client has a rent possession hearing with her housing"
        " association next week. what should she take to court?",
        "junior cricket coach: can I message a 16 yr old player directly about fixtures?",
        "support worker: a client wants her teenage daughter to interpret when we go through her"
        " housing and benefits. is that ok?",
        "swimming coach - can I text a 15 year old swimmer about training times?",
    ],
)
def test_the_writers_role_is_not_an_allegation(message: str) -> None:
    assert "allegation-against-staff" not in _categories(message)


@pytest.mark.parametrize(
    "message",
    [
        "youth worker: one of our volunteers has been messaging a 14 year old girl on snapchat",
        "teacher - a colleague keeps texting a year 10 pupil late at night",
        "my son's teacher: she keeps messaging him on snapchat at night",
        "head teacher: a man who worked here briefly last year is now accused of sexual"
        " misconduct at another school. a parent says her son spent time with him",
        "the coach keeps messaging my 14 year old daughter late at night",
    ],
)
def test_an_allegation_against_someone_else_is_still_one(message: str) -> None:
    assert "allegation-against-staff" in _categories(message)


@pytest.mark.parametrize(
    ("message", "harm"),
    [
        (
            "support worker: my client says her son takes her pension and shouts at her when she"
            " asks for it",
            "adult-abuse-neglect",
        ),
        (
            "youth worker - a 14 yr old girl has a new boyfriend who's 22, he buys her vapes and"
            " takes her to hotels",
            "grooming-online",
        ),
    ],
)
def test_the_writers_role_no_longer_adds_a_stray_allegation(message: str, harm: str) -> None:
    categories = _categories(message)
    assert harm in categories
    assert "allegation-against-staff" not in categories


@pytest.mark.parametrize(
    "message",
    [
        "I think my eldest kicked the cat this morning, she's given me three different stories."
        " how do I handle that?",
        "my son hit the dog when it chewed his game",
    ],
)
def test_a_childs_blow_at_an_animal_is_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my boyfriend kicked the dog across the room when I answered back",
        "he kicked the cat and then punched me",
        "teacher - year 4 boy says his dad makes him fight his brother and films it",
        "my uncle makes me fight my cousin while he watches",
    ],
)
def test_a_grown_ups_blow_and_a_fight_forced_are_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "unit",
    [
        "support worker: my client says ",
        "my eldest kicked the cat and ",
        "at my wits end, it is ",
    ],
)
def test_the_new_readings_grow_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)


@pytest.mark.parametrize(
    "message",
    [
        "my 4 year old tripped over in the park. there's a lump on her forehead but she's fine now",
        "my nearly 3 yr old tripped over running in front of me and went straight down on her"
        " forehead. big crunch and a lump but she seems fine now. is A&E overkill?",
    ],
)
def test_a_fall_then_all_is_well_is_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my 4 year old tripped over in the park. there's a lump on her forehead but she says"
        " daddy pushed her",
        "my toddler fell off the sofa. he has a lump on his head but the bruises on his back were"
        " there before",
        "my son slipped on the ice. he has a bruise on his arm but his stepdad won't let him see a"
        " doctor",
        "she fell over and has a lump on her head, she says it's fine but she flinches when"
        " anyone comes near",
    ],
)
def test_a_fall_with_a_doubt_after_but_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


def test_a_plea_in_court_is_no_begging() -> None:
    assert (
        BUILT_IN.detect(
            "my husband is due in the magistrates court next week for drink driving, he's"
            " pleading guilty. what should he take with him?"
        )
        is None
    )
    assert BUILT_IN.detect("my daughter was pleading with him to stop hitting her mum") is not None
