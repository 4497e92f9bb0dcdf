"""Round 12's smaller classes: feeling a burden, a class's surprise, one's own rent, and a story
whose second sentence names staff.

- "he feels he is such a burden on his family": feeling a burden on others is a recognised
  warning sign of suicide, so it stays signposted and now names self-harm and suicide too.
- "she's not allowed to tell me what her class is making": a surprise a class, a group or a
  present is, not a secret about harm (a pack `things` phrase); "…what her uncle does" stays.
- "his rent is due next week", "a month behind on rent", "paying them a bit of rent": someone's
  own rent as a cost; money, a pension or savings taken still count.
- "the person I roleplay with online just admitted she's 12": a role play a child is drawn into
  is not a training frame; "in the role play", "our roleplay exercise" still are.
- A cue found in one sentence and staff named in the next ("…her nursery teacher keeps picking
  her up … when she says no. She also kisses her…") completes the allegation against staff.
Lines written before the rules, in the words practitioners type.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "he feels he is such a burden on his family",
        "mum says she feels like a burden since the stroke",
        "my patient told me she feels she's nothing but a burden now",
    ],
)
def test_feeling_a_burden_is_a_sign_of_suicide_risk(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None
    assert "self-harm-suicide" in found.categories


@pytest.mark.parametrize(
    "message",
    [
        "my 5 yr old says she's not allowed to tell me what her class is making. fine?",
        "he's not allowed to tell me what his present is",
        "his rent is due next week",
        "she's a month behind on rent",
        "she's staying put with her foster carers until she's 21 while she finishes college,"
        " paying them a bit of rent",
        "housing officer. a single dad in the block is waiting for his first universal credit"
        " payment and his rent is due next week. can he get an advance?",
    ],
)
def test_a_surprise_or_ones_own_rent_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "she said she's not allowed to tell anyone what her uncle does",
        "he's not allowed to tell me what happens at his dad's house",
        "she's not allowed to tell me what they got up to at the weekend and she's been crying",
        "her son takes her pension and her rent is overdue",
        "he's taken all her savings and now she's behind on rent",
        "her grandson makes her pay his rent out of her pension",
        "the landlord says she can pay her rent in other ways and keeps coming round at night",
        "he takes her bank card and her bills are overdue",
        "her son tells her she's a burden and takes her pension",
    ],
)
def test_a_secret_about_someone_or_money_taken_still_counts(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


def test_staff_named_in_the_sentence_after_a_cue_completes_the_allegation() -> None:
    found = BUILT_IN.detect(
        "my 4 year old says her nursery teacher keeps picking her up and holding her when she"
        " says no. she also hugs her and kisses her cheek at home time"
    )
    assert found is not None
    assert "allegation-against-staff" in found.categories
    assert "lado" in found.contacts


@pytest.mark.parametrize(
    "message",
    [
        "I'm 18. the person I roleplay with online just admitted she's 12. she keeps steering"
        " things sexual with older players",
        "a man online asked my 12 year old to roleplay with him and it got sexual",
        "my 13 year old has been roleplaying on discord with adults who ask her to describe"
        " herself",
    ],
)
def test_a_role_play_a_child_is_drawn_into_is_not_a_training_frame(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "we're doing a role play in training where a child discloses abuse, any tips?",
        "in the role play the pupil says her stepdad touches her - how should the teacher respond?",
        "can you give me a roleplay scenario about a child who is being neglected?",
    ],
)
def test_a_training_role_play_is_still_a_frame(message: str) -> None:
    assert BUILT_IN.detect(message) is None


# harm-dev11, after its untouched measurement: indicators a trainer names, worded other ways.
@pytest.mark.parametrize(
    "message",
    [
        "her flat is piled to the ceiling with newspapers and she sleeps in a chair",
        "I'm supposed to marry the man my parents chose and I don't want to",
        "they say I'll be disowned if I refuse to marry him",
        "my neighbour paid a roofer cash up front and he never came back",
        "a rogue trader has been calling on my elderly dad",
        "he's 9 and his mum has MS, he helps her in and out of bed every morning",
        "my daughter hasn't been in school all day and nobody knows where she is",
        "the school says she never arrived at school and her phone is off",
        "a man says he is her age online and has been messaging her privately for weeks",
    ],
)
def test_round_12_indicators_are_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "my autistic son starts high school tomorrow and I'm nervous about the uniform",
        "she has a high temperature and a rash",
        "mum gets attendance allowance and pension credit",
        "for a year 9 lesson: what kinds of abuse can someone being forced into marriage face?",
        "we're getting married next year, my parents found the venue and I don't want to invite"
        " everyone",
        "my son hasn't been in school today as he has a cold",
        "we paid the builder a deposit up front and he came back on monday to start",
        "the stockroom is stacked to the ceiling with boxes",
        "my daughter chats to a girl her age on the school app about homework",
    ],
)
def test_round_12_look_alikes_are_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None
