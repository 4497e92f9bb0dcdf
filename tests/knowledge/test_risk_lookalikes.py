"""Ordinary messages shaped like disclosures: a missing of minutes that ended, and drama.

"a child at our holiday club went missing for ten minutes and was found in the toilets" tells of
a missing that is over (a `concluded` phrase: missing … for … minutes … found/back), and "…, do
we tell the other parents?" is the writer asking, not someone's words. "we're doing a play about
a family with a violent dad" is about a play (a `framing` phrase). A missing of hours or days,
one still going on, or what came back with them, and a child's own story or "like a film
where…", still count. Lines written before the rules, in the words practitioners type.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "a child at our holiday club went missing for ten minutes and was found in the toilets",
        "my 4 year old went missing in the supermarket for five minutes and a security guard"
        " found him",
        "my son was missing for about 15 minutes at the park and turned up at the ice cream van",
        "a toddler went missing at the fair for 5 mins and was found by staff, do we tell the"
        " other parents?",
    ],
)
def test_a_missing_of_minutes_that_ended_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "a 14 year old went missing for two days and was found in a flat with older men",
        "she has been missing for 40 minutes and isn't answering her phone, she's only 12",
        "my client with dementia went missing for ten minutes and came back with bruises on her"
        " face",
        "he went missing for twenty minutes and came back with a new phone and cash he won't"
        " explain",
        "she keeps going missing for hours and comes back drunk",
        "our resident has been missing since this morning",
        "a child went missing from care last night and was found at 3am in a car with two men",
        "she went missing for ten minutes and was found, she says her uncle took her to his car",
    ],
)
def test_a_missing_of_hours_still_going_or_with_more_still_counts(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "we're doing a play about a family with a violent dad, can we use real stories?",
        "our year 9 drama production is about knife crime, can we invite the police to talk?",
        "can I show a film about child sexual exploitation to year 10?",
    ],
)
def test_a_play_or_film_about_harm_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my 13 year old wrote a story about a dad who hits his daughter and it sounds like home",
        "he's been watching films about killing people and says he'll do it to his stepdad",
        "my daughter says it's like a film where the man hurts the mum, at her house every night",
    ],
)
def test_a_childs_story_or_a_likeness_to_a_film_still_counts(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "her son takes her bank card and leaves her with nothing for food",
        "my nan's carer does her shopping and keeps the change and her cupboards are empty",
        "her grandson has emptied her bank account",
        "my neighbour's son has been using her bank card",
        "he makes her pay all the rent and bills and keeps his wages",
        "my client's nephew moved in and now she can't pay her rent because he took her savings",
        "stepmum is 92 and hands nearly all her pension to her grandson every month",
    ],
)
def test_money_taken_or_handed_over_still_counts(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "writing our church child protection policy - who abuses children most often, is it"
        " strangers?",
        "updating our adult services policy: what counts as abuse by a carer?",
    ],
)
def test_a_noun_for_people_naming_a_thing_is_no_one_in_particular(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my child protection worker says my dad can't come home but he hits mum every night",
        "my child says her uncle abuses her",
        "the child protection nurse saw bruises on my son's back",
        "our family court hearing is next week and my ex hits me",
    ],
)
def test_someone_beside_a_label_still_counts(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


def test_a_state_someone_is_in_is_not_a_question_about_statistics() -> None:
    # "state" and "stats" share a stem: the general phrase for statistics needs its preposition.
    assert (
        BUILT_IN.detect("my husband drinks himself into a state in front of our three little ones")
        is not None
    )
    assert BUILT_IN.detect("what are the stats on domestic abuse in our area?") is None


def test_a_sentence_going_on_about_the_same_person_completes_a_together_item() -> None:
    finding = BUILT_IN.detect(
        "my 4 year old says her nursery teacher keeps picking her up. she also hugs her and"
        " kisses her cheek at home time"
    )
    assert finding is not None
    assert "allegation-against-staff" in finding.categories
    # With "holding her when she says no" the touching-against-her-will cue counts first
    # (sexual abuse), and the rule, a last resort, is not needed.


@pytest.mark.parametrize(
    ("message", "category"),
    [
        (
            "two lads, 16 and 15, jumped the fence at the residential unit five days ago and still"
            " haven't been found",
            "missing",
        ),
        (
            "his mum keeps saying he's a monster and that she'll get social services to take him"
            " away",
            "emotional-abuse",
        ),
        (
            "her partner needs to know where she is every minute and went through her phone",
            "domestic-abuse",
        ),
        ("my client's husband says 'I will destroy you if you leave'", "threats"),
        ("one girl in my class has had lice and flea bites for months and smells", "neglect"),
    ],
)
def test_indicator_wording_lands_in_its_category(message: str, category: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert category in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "the keys to the minibus haven't been found, can we claim on the insurance?",
        "can a parent ask to go through our phone records?",
        "our cat has fleas, can the school nurse tell me what to use?",
    ],
)
def test_the_same_words_without_someone_at_risk_stay_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


def test_an_ordinary_word_is_not_corrected_into_a_cue_word() -> None:
    # "harder" is one letter from "hoarder": a known word, never corrected towards it.
    assert BUILT_IN.detect("his wife is finding the care harder now he can't manage stairs") is None
    assert BUILT_IN.detect("my elderly neighbour is a hoarder and lives in squalor") is not None
