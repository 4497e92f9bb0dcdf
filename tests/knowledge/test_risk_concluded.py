"""Harm that is over: a death that already happened is not a risk of harm now.

A `concluded` phrase ("took his own life") says the harm it names is over; the cues and signal
words it covers do not count, while every other sign in the message still does ("her dad took
his own life and now she is cutting herself" is a disclosure).
"""

from __future__ import annotations

from knowledge import risk_schema, risk_schema_merge
from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


def _detector(concluded: tuple[str, ...], telling: tuple[str, ...] = ()) -> RiskDetector:
    """A small pack: one category whose cues are a suicide phrase and a self-harm phrase."""
    return RiskDetector(
        RiskPack.model_validate(
            {
                "kind": "risk",
                "people": ("he|she|his|her|him",),
                "concluded": concluded,
                "telling": telling,
                "categories": (
                    {
                        "id": "self-harm-suicide",
                        "name": "Self-harm and suicide",
                        "concerns": "either",
                        "contacts": ("safeguarding-lead",),
                        "cues": ("take|taking|took|taken * own life", "cutting herself|himself"),
                    },
                ),
            }
        )
    )


def test_a_concluded_phrase_hides_only_the_cue_it_covers() -> None:
    detector = _detector(("took|taken * own life",))
    assert detector.detect("one of our pupils took his own life at the weekend") is None
    # Without the `concluded` phrase the same message is signposted: the rule is what hides it.
    assert _detector(()).detect("one of our pupils took his own life at the weekend") is not None
    # Another sign in the same sentence still counts.
    found = detector.detect("her dad took his own life and now she is cutting herself")
    assert found is not None and found.categories == ("self-harm-suicide",)
    # Wanting or threatening to is not over.
    assert detector.detect("she wants to take her own life") is not None


def test_what_someone_says_after_a_death_keeps_the_death_as_a_sign() -> None:
    # A `telling` phrase means someone's words or a worry follow: the loss may put them at risk.
    detector = _detector(("took|taken * own life",), telling=("says",))
    assert detector.detect("her brother took his own life and she says she wants to join him")
    assert detector.detect("her brother took his own life last year") is None


def test_a_death_that_nearly_happened_is_not_over() -> None:
    detector = _detector(("took|taken * own life",))
    assert detector.detect("she nearly took her own life last night") is not None
    assert detector.detect("he could have taken his own life if his mum was out") is not None


def test_an_organisations_pack_adds_concluded_phrases() -> None:
    built_in = risk_schema.RiskPack.model_validate(
        {"kind": "risk", "concluded": ("took * own life",)}
    )
    own = risk_schema.RiskPack.model_validate({"kind": "risk", "concluded": ("died by suicide",)})
    merged, _ = risk_schema_merge.merge_risk_packs([("built-in", built_in), ("ours", own)])
    assert merged.concluded == ("took * own life", "died by suicide")


def test_the_built_in_pack_reads_a_pupils_suicide_as_over_and_a_threat_as_now() -> None:
    ordinary = [
        "One of our sixth formers took his own life at the weekend. What should the head do "
        "first - and what can we tell staff and pupils?",
        "A patient of ours died by suicide last month; can we share his notes with the coroner?",
        "We lost a year 10 to suicide in the summer. How do we support the young people who "
        "knew him?",
    ]
    for message in ordinary:
        assert BUILT_IN.detect(message) is None, message
    disclosures = [
        "Her brother took his own life last year and now she says she wants to join him.",
        "Since his dad killed himself he has been cutting himself and says he wants to die too.",
        "She nearly took her own life on Friday, her mum found her with the pills.",
        "He keeps saying he's going to take his own life like his uncle did.",
    ]
    for message in disclosures:
        assert BUILT_IN.detect(message) is not None, message


def test_the_family_of_anyone_a_question_brings_in_is_not_someone_in_particular() -> None:
    # "a missing adult … the family": the family of whoever that may be, in a question.
    detector = RiskDetector(
        RiskPack.model_validate(
            {
                "kind": "risk",
                "sets": {"family": ("family", "mum", "dad", "parents"), "det": ("the", "my")},
                "people": ("he|she|his|her|him", "<det> <family>", "told me"),
                "any_person": ("adult|child|patient",),
                "question_words": ("can", "who"),
                "categories": (
                    {
                        "id": "missing",
                        "name": "Missing children and adults",
                        "concerns": "either",
                        "contacts": ("safeguarding-lead",),
                        "cues": ("missing adult|child",),
                    },
                ),
            }
        )
    )
    question = "If police find a missing adult, can they tell the family where he is?"
    assert detector.detect(question) is None
    # Told as something that happened, or with the family named as someone's, it is someone.
    assert detector.detect("A missing adult turned up and the family were called.") is not None
    assert detector.detect("Can I tell my family a missing adult is staying with me?") is not None
    assert detector.detect("A child told me the missing child is with the family, who do I tell?")


def test_the_built_in_pack_reads_a_hypothetical_family_question_as_ordinary() -> None:
    ordinary = (
        "If police find a missing adult with a mental illness, can they tell the family where "
        "he is if he doesn't want them to know?"
    )
    assert BUILT_IN.detect(ordinary) is None
    disclosures = [
        "A boy in my class told me his dad hits him, can I tell the mum?",
        "Should I call the parents? A girl said the man next door touched her.",
        "A patient of mine is missing since Friday, can we tell the family?",
    ]
    for message in disclosures:
        assert BUILT_IN.detect(message) is not None, message
