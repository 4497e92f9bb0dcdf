"""Round 35 (r1g35, tryout35 findings 1 and 2): an age the message gives decides child or adult.

One reader of a typed age (`knowledge.risk_words.age_in_word`) serves the dialogs and the risk
check.
"""

from __future__ import annotations

import pytest

from knowledge.risk_stated_ages import stated_ages
from knowledge.risk_words import age_in_word, gives_an_age
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

DETECTOR = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    ("word", "age"),
    [
        ("14", 14),
        ("14yo", 14),
        ("19yrs", 19),
        ("15years", 15),
        ("84", 84),
        ("2024", None),
        ("121", None),
        ("14th", None),
    ],
)
def test_one_reader_reads_an_age_typed_as_one_word(word: str, age: int | None) -> None:
    assert age_in_word(word) == age


@pytest.mark.parametrize(
    ("words", "gives"),
    [
        ("what if she is 14 and says dont tell", True),
        ("a 15 yo wants", True),
        ("a 15yo wants", True),
        ("a 15year old", True),
        ("since 2024 is", False),
        ("is 07 the", True),
        ("room 14 is", False),
    ],
)
def test_the_routes_read_an_age_by_the_one_reader(words: str, gives: bool) -> None:
    before, after = {"is", "she", "aged"}, {"year", "years", "yo"}
    assert gives_an_age(words.split(), before, after, most=99) is gives


# The ages the trial typed (tryout35 findings 1 and 2), and shapes like them: a stated age
# decides over the word for the person ("patient", "client", "resident", "student").
CHILD = [
    "my patient is 9 and says dad hits her",
    "the patient is 11, her uncle touches her",
    "the patient said her uncle has been touching her since she was eight, shes 11 now",
    "my client is 14 and says her dad hits her",
    "my client, 14, says her dad hits her",
    "resident is 17, staff member slapped him",
    "my patient who is only 13 says her mum burns her with cigarettes",
    "a 16 yr old in my tutor group says her mum pulls her hair and keeps hitting her",
]
ADULT = [
    "im FE college tutor, student (18) has told me shes sofa surfing and her ex is stalking "
    "her. college says we need consent for everything. is that right?",
    "a uni student aged 19 says her ex is stalking her",
    "a woman aged 19 says her ex is stalking her",
    "she is 19 and her ex is stalking her",
    "84 year old man, daughter has his bank card and takes his money",
    "my patient is 82 and her son hits her",
    "dom care - another carer from my agency slapped an 80 yr old client, i saw it",
    "a 19yo says her ex is stalking her",
    "my son is 30 and his wife hits him",
]
# A word for the person with no age stays as it was; so does a grown-up's age beside a child's
# (most often who harms) and a relative's age ("her boyfriend is 22").
AS_BEFORE = [
    # Round 43 (now48): a student of no age, no school named, may be grown: both doors
    ("student says her ex is stalking her", "either"),
    ("my patient says her husband hits her", "adult"),
    ("a client says her dad hits her", "either"),
    ("a 15 year old says her boyfriend is 22 and they have sex", "child"),
    ("a 14 yo girl has been missing for weeks, mum thinks she's with a 48 year old man", "child"),
]


@pytest.mark.parametrize("message", CHILD)
def test_an_age_under_18_is_a_child_whatever_the_word(chat: Chat, message: str) -> None:
    signposted_in_both(DETECTOR, chat, message, "child")


@pytest.mark.parametrize("message", ADULT)
def test_an_age_of_18_or_over_is_an_adult_whatever_the_word(chat: Chat, message: str) -> None:
    signposted_in_both(DETECTOR, chat, message, "adult")


@pytest.mark.parametrize(("message", "concerns"), AS_BEFORE)
def test_no_age_of_the_one_at_risk_leaves_the_words_to_decide(
    chat: Chat, message: str, concerns: str
) -> None:
    signposted_in_both(DETECTOR, chat, message, concerns)


@pytest.mark.parametrize(
    "message",
    [
        "the 14 year olds have PE on Tuesday",
        "is 18 the age of consent to share?",
        "my client is 14 minutes late every week, can I tell her college?",
    ],
)
def test_an_age_alone_is_no_sign_of_harm(chat: Chat, message: str) -> None:
    quiet_in_both(DETECTOR, chat, message)


@pytest.mark.parametrize(
    ("message", "ages"),
    [
        ("my client, 14, says", [14]),
        ("student (18) has told me", [18]),
        ("the kids are 3 and 7", [3, 7]),
        ("for 14 years", []),
        ("she was 8 when it started", [8]),  # an age gone by (`PAST`)
        ("under 18 years old", []),
        ("15 to 18 year old students", []),  # a range of ages
        ("there is 1 thing", []),
        ("he is about 6'5\"", []),
    ],
)
def test_which_numbers_are_ages(message: str, ages: list[int]) -> None:
    read = DETECTOR._tokens(message)  # the words as the risk check reads them
    assert [
        age for *_, age, _ in stated_ages(read, writer=DETECTOR._tables.markers["age-writer"])
    ] == ages


# An age typed last, after the question (tryout35 finding 1: no signpost at all): read in the
# sentence before it, as an age ("… shes 15yo?"), so a pregnancy under 16 is told.
@pytest.mark.parametrize(
    "message",
    [
        "can i share that a pupil is pregnant with her head of year? shes 15",
        "school nurse - can i share that a pupil is pregnant with her head of year? shes 15",
        "a pupil is pregnant, she's only 14",
        "a girl in my form is pregnant. she is 13",
    ],
)
def test_a_pregnancy_with_an_age_under_16_typed_last_is_told(chat: Chat, message: str) -> None:
    signposted_in_both(DETECTOR, chat, message, "child")


@pytest.mark.parametrize(
    "message",
    [
        "my patient is pregnant. she is 15 weeks",
        "she is 15 weeks pregnant, can the midwife tell her GP?",
        "can i tell her head of year that a sixth former is pregnant? she's 17",
    ],
)
def test_a_pregnancy_with_no_age_under_16_is_not_told(chat: Chat, message: str) -> None:
    quiet_in_both(DETECTOR, chat, message)


# An age in words ("she is fifteen") is an age; an age gone by ("since she was eight") names a
# child then, so beside a word for an adult the one at risk may be either (tryout35 finding 1:
# "the patient said her uncle has been touching her private parts since she was eight" was
# adult only).
@pytest.mark.parametrize(
    ("message", "concerns"),
    [
        ("my patient is nine and says dad hits her", "child"),
        ("a fifteen year old client says her dad hits her", "child"),
        (
            "the patient said her uncle has been touching her private parts since she was eight",
            "either",
        ),
        (
            "the patient said her uncle has been touching her since she was eight, shes 11 now",
            "child",
        ),
        ("my patient was 19 when her husband started hitting her", "adult"),
    ],
)
def test_an_age_in_words_or_gone_by(chat: Chat, message: str, concerns: str) -> None:
    signposted_in_both(DETECTOR, chat, message, concerns)
