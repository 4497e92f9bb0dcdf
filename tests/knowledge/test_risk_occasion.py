"""One occasion named: "when a boy came in with marks on his neck yesterday, should I have…?"
reports what happened, so its signs of harm count; the same opening with no occasion ("when a
child has marks on their neck, who…?") asks in general."""

from __future__ import annotations

from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


def _detector(occasion: tuple[str, ...]) -> RiskDetector:
    """A small pack: one category whose cue is a bruise, and "when a" as a conditional."""
    return RiskDetector(
        RiskPack.model_validate(
            {
                "kind": "risk",
                "people": ("a boy|girl|child", "he|she|his|her|him"),
                "question_words": ("who", "should", "what"),
                "conditional": ("when a|an",),
                "occasion": occasion,
                "categories": (
                    {
                        "id": "physical-abuse",
                        "name": "Physical abuse",
                        "concerns": "either",
                        "contacts": ("safeguarding-lead",),
                        "cues": ("bruise|bruises on * neck|face",),
                    },
                ),
            }
        )
    )


def test_a_conditional_opening_that_names_an_occasion_is_a_report() -> None:
    said = "When a boy came in with bruises on his neck yesterday, should I have called someone?"
    assert _detector(()).detect(said) is None
    assert _detector(("yesterday",)).detect(said) is not None


def test_without_an_occasion_the_opening_still_asks_in_general() -> None:
    asked = "When a child has bruises on her neck, who should I call?"
    assert _detector(("yesterday",)).detect(asked) is None


def test_the_built_in_pack_hears_last_nights_marks_and_not_a_general_question() -> None:
    for said in (
        "When a boy came in with marks on his neck yesterday, should I have called the parents?",
        "When a girl turned up this morning with a black eye, who should I have told?",
    ):
        assert BUILT_IN.detect(said) is not None, said
    for asked in (
        "When a child has marks on their neck, who should I call?",
        "What should I do if a child discloses abuse today?",
        "If a child goes missing, who do I call?",
    ):
        assert BUILT_IN.detect(asked) is None, asked
