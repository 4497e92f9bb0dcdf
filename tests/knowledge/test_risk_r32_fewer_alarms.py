"""Round 32 (fa32): fewer false alarms on injuries and harm that are over, no disclosure lost.

- "month" is a baby's age only just before "old" ("my 9 month old"): a bruise on a baby is a
  concern whatever its cause, but "last month" or "for two months" names a time, and took every
  injury of the message out of the ordinary-cause reading.
- A question after a short opening with no comma ("In family court can a judge…?", "As a
  midwife do I have to report…?") asks, as it did with a comma.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector

A_TIME = [
    "she broke her arm falling off her bike last month",
    "he broke his wrist playing football earlier this month",
    "my son cut his hand in DT two months ago",
]

A_BABY = [
    "my 9 month old has a bruise from the slide",
    "my 9-month-old has a bruise from the slide",
    "the 4 month old came in with a burn, mum says from the bath",
]


@pytest.mark.parametrize("message", A_TIME)
def test_a_month_named_as_a_time_leaves_the_ordinary_cause(message: str) -> None:
    assert DETECTOR.detect(message) is None


@pytest.mark.parametrize("message", A_BABY)
def test_an_injury_to_a_baby_months_old_is_signposted_whatever_the_cause(message: str) -> None:
    assert DETECTOR.detect(message) is not None


OPENED = [
    "in family court can a judge order no contact because of past domestic violence?",
    "as a midwife do I have to report FGM for a woman over 18, or only for girls?",
    "under the law is it still rape if the victim was drunk?",
    "in Scotland is forced marriage a crime?",
]

TOLD_AFTER_AN_OPENING = [
    "in my class a girl says her dad hits her, what do I do?",
    "at school can I tell the DSL that a boy in year 8 has bruises from his dad?",
    "as a nurse I saw a patient whose husband punched her, can I report it?",
]


@pytest.mark.parametrize("message", OPENED)
def test_a_question_after_a_short_opening_without_a_comma_asks(message: str) -> None:
    assert DETECTOR.detect(message) is None


@pytest.mark.parametrize("message", TOLD_AFTER_AN_OPENING)
def test_someone_told_of_after_a_short_opening_is_still_signposted(message: str) -> None:
    assert DETECTOR.detect(message) is not None


THINGS = [
    "he fell off the ladder, it slipped on the wet grass. can the ward tell me how he is?",
    "it was wet play all week so my son was stuck indoors, can I ask the school about it?",
    "how do I set my daughter's snapchat so only her friends can see her stories?",
    "long story short, my son's school lost his coursework. who do I complain to?",
    "the inspector said my friend would have to follow certain procedures, but not which ones",
    "we think debt collectors have been ringing the surgery for patients' addresses",
]

STILL_HARM = [
    "the baby is always left in wet nappies and her clothes are wet through",
    "he follows her home every night and waits outside",
    "her story keeps changing about the bruises on his arms",
]


@pytest.mark.parametrize("message", THINGS)
def test_a_harm_word_said_of_a_thing_is_no_sign(message: str) -> None:
    assert DETECTOR.detect(message) is None


@pytest.mark.parametrize("message", STILL_HARM)
def test_the_same_words_said_of_someone_still_count(message: str) -> None:
    assert DETECTOR.detect(message) is not None


OVER_AND_WELL = [
    "she took an overdose last year and is doing well now",
    "he was cautioned for a fight years ago and is doing much better now",
]

OVER_BUT_GOING_ON = [
    "she took an overdose last year and is fine now but she has started cutting again",
    "she took an overdose last year and now she is cutting herself",
    "she took an overdose last year and is self harming again now",
]


@pytest.mark.parametrize("message", OVER_AND_WELL)
def test_harm_that_is_over_with_the_person_well_now_is_no_sign(message: str) -> None:
    assert DETECTOR.detect(message) is None


@pytest.mark.parametrize("message", OVER_BUT_GOING_ON)
def test_harm_over_beside_a_present_sign_is_still_signposted(message: str) -> None:
    assert DETECTOR.detect(message) is not None


SINCE_THEN = [
    "his mum died last year and since then he's been looking after his two little brothers",
    "dad was jailed for hitting her years ago and since his release he has been staying there",
]

CLOSED_SINCE = [
    "he was convicted of assault years ago and has not been in trouble since",
    "he was cautioned for a fight years ago and has been fine ever since then",
]


@pytest.mark.parametrize("message", SINCE_THEN)
def test_what_goes_on_since_a_closed_matter_is_read_by_the_cues(message: str) -> None:
    assert DETECTOR.detect(message) is not None


@pytest.mark.parametrize("message", CLOSED_SINCE)
def test_a_matter_closed_ever_since_stays_closed(message: str) -> None:
    assert DETECTOR.detect(message) is None


AN_AGE_GROUP = [
    "is it true police are dealing with 12 yr olds sending nudes?",
    "how many 15 yr olds have been sent nude pics, nationally?",
]

ONE_CHILD_OF_AN_AGE = [
    "my 12 yr old has been sending nudes to a man she met online",
    "a 14 yr old told me her stepdad hits her",
]


@pytest.mark.parametrize("message", AN_AGE_GROUP)
def test_an_age_group_typed_short_is_anyone_of_that_age(message: str) -> None:
    assert DETECTOR.detect(message) is None


@pytest.mark.parametrize("message", ONE_CHILD_OF_AN_AGE)
def test_one_child_of_an_age_typed_short_is_someone(message: str) -> None:
    assert DETECTOR.detect(message) is not None


AT_A_FRIENDS_HOUSE = [
    "my son is staying at his friend's house for a few days",
    "my eldest sprained his wrist playing basketball at a friend's house, cast for 2 weeks",
]

TAKEN_OVER = [
    "some men have been staying at my client's flat for weeks and he won't say who they are",
    "my mum's friends have been staying at her flat for weeks and she seems scared of them",
]


@pytest.mark.parametrize("message", AT_A_FRIENDS_HOUSE)
def test_a_child_at_a_friends_house_is_no_cuckooing(message: str) -> None:
    assert DETECTOR.detect(message) is None


@pytest.mark.parametrize("message", TAKEN_OVER)
def test_people_staying_in_someones_home_still_count(message: str) -> None:
    assert DETECTOR.detect(message) is not None


EVERYDAY = [
    "my mum keeps forgetting her keys, is it dementia?",
    "my dad keeps losing his wallet, is that a sign of dementia?",
    "my son plays violent video games, is that harmful?",
]

CONTROL_OR_VIOLENCE = [
    "her husband keeps her bank card and gives her £10 a week",
    "he takes her phone and keys so she can't leave",
    "my son watches violent videos of people being beaten and copies them on his sister",
]


@pytest.mark.parametrize("message", EVERYDAY)
def test_things_lost_and_violence_on_a_screen_are_no_sign(message: str) -> None:
    assert DETECTOR.detect(message) is None


@pytest.mark.parametrize("message", CONTROL_OR_VIOLENCE)
def test_things_kept_from_someone_and_violence_done_still_count(message: str) -> None:
    assert DETECTOR.detect(message) is not None


def test_a_friend_who_moved_into_a_vulnerable_womans_flat_is_read_as_cuckooing() -> None:
    found = DETECTOR.detect(
        "a woman I support with bipolar says a 'friend' moved into her flat and she pays his rent"
    )
    assert found is not None and "cuckooing" in found.categories
