"""Where a question starts and ends, however it is typed.

"For our volunteers' briefing: what signs…?" asks after a colon, however long the opening;
"…'if you don't come back...'?" ends with its question mark after an ellipsis; "And does a
history of choking change the picture?" asks though it opens with "and". A general question
about "a parent … their son" is about anyone. Shown on a small pack, then in the words
practitioners type.
"""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


def _detector() -> RiskDetector:
    """A small pack: "missing" and "choking" are harm; "they" and "a parent" may be anyone."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("<det> son", "she|he"),
        "any_person": ("they|their", "parent"),
        "question_words": ("what", "does", "is"),
        "sets": {"det": ("my", "his", "her", "their")},
        "categories": (
            {
                "id": "harm",
                "name": "Harm",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": ("missing", "choking"),
            },
        ),
    }
    return RiskDetector(RiskPack.model_validate(pack))


def test_a_question_word_after_a_colon_asks_however_long_the_opening() -> None:
    small = _detector()
    assert small.detect("for the new youth volunteers: what if they go missing?") is None
    # Without the question mark it tells.
    assert small.detect("for the new youth volunteers: what if they go missing.") is not None


def test_a_question_word_after_a_dash_asks_like_after_a_colon() -> None:
    small = _detector()
    assert small.detect("for the new youth volunteers - what if they go missing?") is None


def test_a_question_mark_after_an_ellipsis_ends_the_same_sentence() -> None:
    small = _detector()
    assert small.detect("if they go missing...?") is None
    assert small.detect("if they go missing... she is missing now") is not None


def test_a_question_opening_with_and_asks() -> None:
    small = _detector()
    assert small.detect("ok. and does choking in their past matter?") is None
    assert small.detect("ok. and she is choking?") is not None  # "and she" is no question word


def test_when_followed_by_a_question_word_asks_without_a_question_mark() -> None:
    small = _detector()
    assert small.detect("when is it right to report they are missing") is None
    assert small.detect("when they went missing she cried") is not None


def test_or_after_a_general_clause_is_the_other_half_of_the_question() -> None:
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("is that",),
        "any_person": ("parent",),
        "question_words": ("does",),
        "general": ("count as",),
        "categories": (
            {
                "id": "harm",
                "name": "Harm",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "terms": ("abuse", "neglect"),
            },
        ),
    }
    small = RiskDetector(RiskPack.model_validate(pack))
    assert small.detect("does a parent shouting count as abuse, or is that neglect?") is None
    assert small.detect("does a parent shouting count as abuse? is that neglect?") is not None


def test_is_that_in_a_question_listing_examples_points_at_the_example() -> None:
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("is that", "she"),
        "question_words": ("what",),
        "general": ("counts as",),
        "categories": (
            {
                "id": "harm",
                "name": "Harm",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "terms": ("abuse",),
            },
        ),
    }
    small = RiskDetector(RiskPack.model_validate(pack))
    assert small.detect("what counts as abuse? e.g. shouting - is that abuse?") is None
    assert small.detect("what counts as abuse? e.g. she shouts - is that abuse?") is not None


def test_a_worry_passed_on_is_a_thing_not_someone_worrying() -> None:
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("staff",),
        "telling": ("worry about",),
        "signals": {
            "least": 2,
            "families": {"injury": {"category": "harm", "words": ("bruise",), "telling": True}},
        },
        "categories": ({"id": "harm", "name": "Harm", "concerns": "either", "contacts": ()},),
    }
    small = RiskDetector(RiskPack.model_validate(pack))
    assert small.detect("staff passed on a worry about a bruise") is None
    assert small.detect("staff worry about a bruise") is not None


def test_a_question_after_a_long_concession_asks() -> None:
    small = _detector()
    assert small.detect("even though it is late, what if they go missing?") is None
    assert small.detect("even though it is late, they go missing.") is not None


def test_an_indirect_question_asks() -> None:
    small = _detector()
    assert small.detect("not sure if they go missing") is None
    assert small.detect("no idea whether they go missing") is None
    assert small.detect("not sure if she is missing") is not None  # she is someone
    assert small.detect("they go missing, if you ask me") is not None


def test_a_preposition_then_a_question_word_asks() -> None:
    small = _detector()
    assert small.detect("at what age do they go missing") is None
    assert small.detect("at the age of ten they go missing") is not None


def test_their_after_a_parent_in_a_question_is_anyones() -> None:
    small = _detector()
    assert small.detect("does the law stop a parent asking about their son going missing?") is None
    assert small.detect("does the law stop me asking about my son going missing?") is not None


def test_a_signal_word_naming_who_someone_is_is_no_sign() -> None:
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("<det> * <kid>",),
        "sets": {"det": ("her",), "kid": ("daughter", "boyfriend")},
        "categories": ({"id": "harm", "name": "Harm", "concerns": "either", "contacts": ()},),
        "signals": {
            "least": 2,
            "families": {
                "older": {"category": "harm", "words": ("adult", "older")},
                "loss": {"category": "harm", "words": ("pill",)},
            },
        },
    }
    small = RiskDetector(RiskPack.model_validate(pack))
    assert small.detect("her adult daughter wanted the pill") is None
    assert small.detect("her daughter has an older boyfriend with pills") is not None


def test_general_questions_as_typed_stay_quiet() -> None:
    for asked in (
        "For our youth volunteers' briefing: what signs in young people should they be alert to "
        "- going missing, unexplained money or phones, older boyfriends, self-harm?",
        "DA risk training question: is it more dangerous when an ex uses definite words like "
        "'I will kill you' than 'if you don't come back...'? And does a history of choking "
        "change the picture?",
        "Does GDPR really stop university staff telling a parent anything at all about their "
        "son's attendance or wellbeing?",
        "Practice nurse: a patient's mum rang asking if her adult daughter had been in for the "
        "morning-after pill. Can I confirm she was seen?",
        "when should I make a Prevent referral",
        "At what point does a parent's drinking become a safeguarding issue?",
        "Not sure if a 16 year old having an older boyfriend is something we need to report",
        "Thoughts on whether a young carer's situation should be shared with school?",
        "Suppose a resident says a carer was rough with her - do we have to tell the family?",
        "what actually counts as honour based abuse? e.g. if a family controls who a teenager "
        "can be friends with or what they wear - is that abuse or just strict parenting?",
        "Does a parent failing to give a child any affection or comfort count as emotional "
        "abuse, or is that neglect?",
        "I need to know how long to keep records of a child protection case.",
    ):
        assert BUILT_IN.detect(asked) is None, asked


def test_a_girl_passed_between_men_is_signposted() -> None:
    told = (
        "A mum rang in despair. Since her daughter was 12 she's been passed between men in cars "
        "and cheap hotels. The girl's now in a children's home and mum says the men still get "
        "to her there."
    )
    assert BUILT_IN.detect(told) is not None


def test_i_or_we_after_a_modal_in_a_question_ask_how_not_what_was_seen() -> None:
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("i|we noticed|notice|saw|see",),
        "question_words": ("how",),
        "categories": (
            {
                "id": "harm",
                "name": "Harm",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": ("missing",),
            },
        ),
    }
    small = RiskDetector(RiskPack.model_validate(pack))
    assert small.detect("how would we notice someone missing?") is None
    assert small.detect("how can I see who is missing?") is None
    assert small.detect("how, when we noticed someone missing?") is not None


@pytest.mark.parametrize(
    ("message", "signposted"),
    [
        (
            "For our team meeting: how would we notice that a pupil is being groomed online if"
            " they don't tell anyone?",
            False,
        ),
        (
            "how can I notice that a resident is being financially abused if she won't tell me?",
            False,
        ),
        ("we noticed a child in my class has bruises, how do we record it?", True),
        ("how would I know? I noticed bruises on her arms today", True),
    ],
)
def test_how_we_would_notice_harm_is_a_question_what_we_noticed_is_not(
    message: str, signposted: bool
) -> None:
    assert (BUILT_IN.detect(message) is not None) is signposted
