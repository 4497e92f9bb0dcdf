"""One word of harm said of someone in particular, in a sentence that tells rather than asks.

A signal family marked `alone` needs no second family and no "she said": "his dad flicked him"
is enough, while "can a parent flick a child?" asks about nobody. The mechanic is tried on a
small pack of its own, then the built-in pack on wording no cue of it foresaw.
"""

from __future__ import annotations

import pytest

from knowledge.loader import qa_words
from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskCategory, RiskPack, RiskSignals, SignalFamily
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()


def _detector(*, alone: bool = False, related: bool = False) -> RiskDetector:
    """A one-category pack whose only sign of harm is the `violence` family."""
    family = SignalFamily(
        category="physical-abuse", words=("flicked|yanked",), alone=alone, related=related
    )
    category = RiskCategory(
        id="physical-abuse",
        name="Physical abuse",
        concerns="either",
        contacts=("safeguarding-lead",),
    )
    return RiskDetector(
        RiskPack(
            kind="risk",
            sets={"kid": ("pupil", "pupils", "daughter"), "family": ("ex", "mum")},
            people=("he|she|his|her|him", "my|our client|pupil"),
            any_person=("a|any parent|child|client", "pupil|pupils"),
            question_words=("can", "is", "what", "does"),
            general=("what a|is",),
            categories=(category,),
            signals=RiskSignals(families={"violence": family}),
        )
    )


def test_one_word_of_an_alone_family_said_of_someone_in_particular_is_enough() -> None:
    detector = _detector(alone=True)
    found = detector.detect("His dad flicked him on the ear.")
    assert found is not None and found.categories == ("physical-abuse",)
    assert detector.detect("My client was yanked out of her chair by her son.") is not None


def test_without_the_mark_one_word_is_not_enough() -> None:
    detector = _detector(alone=False)
    assert detector.detect("His dad flicked him on the ear.") is None


def test_a_sentence_that_asks_or_names_nobody_in_particular_is_not_a_telling() -> None:
    detector = _detector(alone=True)
    # Starts with a question word, or ends with "?": it asks, whoever it names.
    assert detector.detect("Can a parent be prosecuted if a child is flicked?") is None
    assert detector.detect("Is it assault if her dad flicked her?") is None
    assert detector.detect("his dad flicked him?") is None
    # A person of a kind ("a child") is nobody in particular, even in a statement.
    assert detector.detect("A child was flicked in the playground.") is None


def test_the_word_must_be_in_the_sentence_about_someone() -> None:
    detector = _detector(alone=True)
    assert detector.detect("The switch flicked off. My client is fine.") is None


def test_an_organisations_family_of_the_same_name_keeps_the_built_in_mark() -> None:
    # merged as the loader merges them: as checked models
    from knowledge.risk_schema import (  # noqa: PLC0415
        RiskCategory,
        RiskPack,
        RiskSignals,
        SignalFamily,
    )
    from knowledge.risk_schema_merge import merge_risk_packs  # noqa: PLC0415

    built_in = RiskPack(
        kind="risk",
        also_names=("sarah",),
        children_still_note="Children too.",
        categories=(
            RiskCategory(
                id="physical-abuse", name="Physical abuse", concerns="either", contacts=()
            ),
        ),
        signals=RiskSignals(
            families={
                "violence": SignalFamily(category="physical-abuse", words=("hit",), alone=True)
            }
        ),
    )
    own = RiskPack(
        kind="risk",
        signals=RiskSignals(
            families={"violence": SignalFamily(category="physical-abuse", words=("clattered",))}
        ),
    )
    merged, problems = merge_risk_packs([("built-in", built_in), ("ours", own)])
    assert problems == []
    family = merged.signals.families["violence"]
    assert family.alone and family.words == ("hit", "clattered")


def test_a_note_opening_with_one_person_without_a_or_the_is_about_someone() -> None:
    detector = _detector(alone=True)
    # Notes drop the article: "Pupil flicked by dad" is one pupil, not pupils in general.
    assert detector.detect("Pupil flicked on the ear by dad.") is not None
    assert detector.detect("Pupils flicked each other in the playground.") is None
    assert detector.detect("Pupil flicked by dad?") is None


def test_a_related_family_needs_someone_named_by_their_relation() -> None:
    detector = _detector(related=True)
    assert detector.detect("Her ex yanked their daughter out of the car.") is not None
    assert detector.detect("My pupil was yanked off the bus.") is not None
    # "he" is someone, but not named by a relation; nor is "a pupil".
    assert detector.detect("He yanked the door open.") is None
    assert detector.detect("A pupil yanked the door open.") is None
    assert detector.detect("Was my pupil yanked off the bus?") is None


def test_what_a_inside_a_telling_is_not_a_general_question() -> None:
    detector = _detector(alone=True)
    assert detector.detect("Mum flicked her and said what a mess she is.") is not None
    # Where the sentence asks, "what is" still makes the clause general.
    assert detector.detect("What is it called when she is flicked?") is None


@pytest.fixture(scope="module")
def detector() -> RiskDetector:
    return RiskDetector(KNOWLEDGE.risk, qa_words(KNOWLEDGE.entries))


@pytest.mark.parametrize(
    "message",
    [
        "His dad flicked him on the ear in the car park.",
        "my client's son yanked her out of the chair.",
        "Resident yanked out of the chair by a carer this morning.",
        "Pupil flicked on the ear by dad in the car park.",
        "My pupil's stepdad sends her messages about what a fat lazy cow she is and she's been "
        "sobbing in the toilets.",
        "His mum sends him texts about what a useless son he is and he's terrified of going home.",
        "My client's carer leaves him in smelly clothes for days.",
    ],
)
def test_a_practitioner_telling_what_was_done_to_someone_is_signposted(
    detector: RiskDetector, message: str
) -> None:
    assert detector.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "School nurse. A 15 year old wants the pill and doesn't want her parents told.",
        "His mum is dying of cancer and he's struggling. Can I tell his teachers?",
        "My student's dad is dead and she's not coping. Can I tell her tutor?",
        "Can a partner be violent without hitting?",
        "Is it assault if a teacher grabs a child's arm?",
        "What a lovely morning with my class, can I share photos with parents?",
    ],
)
def test_a_bereavement_medicine_or_a_question_about_harm_is_not_signposted(
    detector: RiskDetector, message: str
) -> None:
    assert detector.detect(message) is None
