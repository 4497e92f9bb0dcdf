"""Words the risk check once held in its code are the pack's data (round 27, tidy27).

Each is validated when a pack loads (a bad value is named in the problem list), and an
organisation's pack adds to it as it adds to the other lists and sets: the `own_case` phrases
that open the writer's own case ("Here is the scenario."), and the `drug-term` set of the words
that make an exploitation term said of someone at work their own use ("an employee is dealing"),
and the `health_risks`, the `things` that give way to a "because" after them ("at risk of
infection because …"), marked by their list rather than found by their first words. The words
`use_at_work` reads are stemmed once, when the detector is built, and only a risk to health
makes the setting check find each sentence's "because".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from knowledge import risk_setting
from knowledge.risk import RiskDetector
from knowledge.risk_at_work import at_work_words
from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Words, stem_word
from tests.support.packs import builtin_knowledge, detector_with_risk_pack, risk_pack_problems

BUILT_IN = builtin_knowledge()


def _small(**fields: Any) -> RiskDetector:
    """A small pack: "punched" and "at risk" are cues, "scenario" frames, plus the fields given."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("my neighbour",),
        "framing": ("scenario|vignette",),
        "categories": (
            {
                "id": "abuse",
                "name": "Abuse",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": ("hits|punched", "at risk"),
            },
        ),
        # not the teaching-scenario reading (round 50, frame167): these test what frames
        # hide, so a small pack reads no frame as a teaching one
        "markers": {k: v for k, v in BUILT_IN.risk.markers.items() if k != "scenario-frames"},
        **fields,
    }
    return RiskDetector(RiskPack.model_validate(pack))


# own_case


def test_the_own_case_phrases_are_what_lifts_the_frame() -> None:
    told = "Here is the scenario. My neighbour punched her last night."
    assert _small().detect(told) is None  # "scenario" frames the message
    own = _small(own_case=("here is the scenario",))
    assert own.detect(told) is not None
    # only opening a sentence: after a training frame it is still a frame
    assert own.detect("For the course, here is the scenario. My neighbour punched her.") is None
    # and only the frame inside it: a vignette later in the message still frames it
    assert own.detect("Here is the scenario. A vignette: my neighbour punched her.") is None


def test_a_malformed_own_case_phrase_is_named(tmp_path: Path) -> None:
    problems = risk_pack_problems(tmp_path, "kind: risk\nown_case:\n  - '... here is'\n")
    assert "risk.yaml: own_case" in problems and "'... here is'" in problems


def test_an_organisations_pack_adds_own_case_phrases(tmp_path: Path) -> None:
    # (plural: a scenario of one woman harmed rings by the rule since round 50, frame167)
    told = "This is the scenario. Women's partners punched them."
    assert BUILT_IN.risk_detector.detect(told) is None
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nown_case:\n  - this is the scenario\n")
    assert ours.detect(told) is not None
    # the built-in phrases are all still there
    assert ours.detect("Here's my scenario: my neighbour's partner punched her last night.")


# drug-term (a set, as `work-role` is)


def test_a_drug_term_that_is_not_one_lower_case_word_is_named(tmp_path: Path) -> None:
    problems = risk_pack_problems(tmp_path, "kind: risk\nsets:\n  drug-term: [Crack Cocaine]\n")
    assert "risk.yaml: sets" in problems and "set 'drug-term'" in problems


def test_an_organisations_pack_adds_drug_terms(tmp_path: Path) -> None:
    dealer = "I think one of our managers is a dealer."
    assert BUILT_IN.risk_detector.detect(dealer) is not None  # "dealer" names the exploiter
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nsets:\n  drug-term: [dealer]\n")
    assert ours.detect(dealer) is None
    # the built-in words are all still there, and exploitation itself still counts
    assert ours.detect("An employee is dealing at work, what do I do?") is None
    assert ours.detect("One of our drivers says a gang is making him carry parcels.")


# health_risks (the `things` that give way to a stated cause)


def test_the_mark_not_the_words_lets_a_risk_to_health_give_way_to_its_cause() -> None:
    plain = "My neighbour is at risk of infection."
    caused = "My neighbour is at risk of infection because nobody changes her dressing."
    risk = _small(health_risks=("at risk of infection",))
    thing = _small(things=("at risk of infection",))
    assert risk.detect(plain) is None and thing.detect(plain) is None
    assert risk.detect(caused) is not None
    # the same words as an ordinary `things` phrase hold their sign whatever follows
    assert thing.detect(caused) is None


def test_a_health_risk_naming_a_set_no_pack_defines_is_named(tmp_path: Path) -> None:
    problems = risk_pack_problems(
        tmp_path, "kind: risk\nhealth_risks:\n  - at risk of <maladies>\n"
    )
    assert "health_risks: 'at risk of <maladies>' uses <maladies>, which no pack defines" in (
        problems
    )


def test_an_organisations_pack_adds_health_risks(tmp_path: Path) -> None:
    heat = "My dad is at risk of dehydration in this heat."
    assert BUILT_IN.risk_detector.detect(heat) is not None
    ours = detector_with_risk_pack(
        tmp_path, "kind: risk\nhealth_risks:\n  - at risk of dehydration\n"
    )
    assert ours.detect(heat) is None
    assert ours.detect(
        "My dad is at risk of dehydration because his carer leaves him without a drink all day."
    )
    # the built-in phrase is still there
    assert ours.detect("My dad is at risk of infection after his operation.") is None


def test_the_because_of_each_sentence_is_found_only_for_a_risk_to_health(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[int] = []
    real = risk_setting._last_because

    def counted(read: Any, because: frozenset[str]) -> dict[int, int]:
        built.append(1)
        return real(read, because)

    monkeypatch.setattr(risk_setting, "_last_because", counted)
    detector = BUILT_IN.risk_detector
    # an ordinary thing ("breast cancer") beside a blow: settings to read, no risk to health
    assert detector.detect("My mum has breast cancer because of her genes and he hits her.")
    assert not built
    assert detector.detect(
        "My dad is at risk of infection because his carer leaves him in soiled sheets."
    )
    assert built


# the words `use_at_work` reads, stemmed once with the detector's sets


def test_the_at_work_words_are_the_packs_sets_stemmed_when_the_detector_is_built() -> None:
    words = at_work_words(
        {"work-role": Words(frozenset({"manag"})), "drug-term": Words(frozenset({"weed"}))},
        ("neglect", "exploitation"),
    )
    assert words == (frozenset({"manag"}), frozenset({"weed"}), -1, 1)
    detector = BUILT_IN.risk_detector  # built, or read back from the cache
    at_work = at_work_words(
        {n: Words(frozenset(map(stem_word, ws))) for n, ws in BUILT_IN.risk.sets.items()},
        tuple(c.id for c in BUILT_IN.risk.categories),
    )
    assert detector._tables.at_work == at_work  # made at the first message with a sign of harm
    roles, drugs, _, _ = at_work
    assert stem_word("managers") in roles and stem_word("dealing") in drugs
