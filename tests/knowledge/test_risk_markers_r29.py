"""Round 29 (tidyr29): one reading for words the risk check read twice, and more closed classes
of words from the code made the pack's `markers` (`knowledge.risk_markers.MARKERS`).

The pack's `anyone` marker, which `risk_passing_on.passing_on` reads ("report anyone who…"), is
also what makes "when" a supposition in `knowledge.risk_openers` ("whenever someone is worried
about a pupil…"), beside the indefinites "a", "an", "any", "you", "they", "people": an
organisation's word for anyone counts in both places. Two closed classes are new markers: the
words that mark a list of examples (`examples`: "eg", "ie", "etc"; `risk_clauses.listing`) and
the nouns for kin who may be grown (`grown-kin`: "son", "sister"…; `risk_concern.concern_of`).
And two lists of the code are read from the pack: a negation before a permission phrase is a word
of the pack's `not` set (`risk_clauses.permitted`), and the determiners after "in" that make a
`general` phrase a topic, not a time, are its `pointing` marker (`risk_clauses.not_a_topic`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from tests.support.packs import builtin_knowledge, detector_with_risk_pack, risk_pack_problems

BUILT_IN = builtin_knowledge()


# anyone (`knowledge.risk_passing_on.passing_on`, `knowledge.risk_openers`)


def test_an_organisations_word_for_anyone_after_when_makes_a_worry_a_supposition(
    tmp_path: Path,
) -> None:
    told = "Whenever sum1 gets worried about a pupil in my class they tell me."
    assert BUILT_IN.risk_detector.detect(told) is not None  # "sum1" is no one: a worry told
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  anyone: [sum1]\n")
    assert ours.detect(told) is None  # whenever anyone is worried: no one in particular
    # the same word still names anyone before "who"
    assert ours.detect("should we report sum1 who discloses abuse?") is None
    # and the built-in words are still there; a worry told still signposts
    assert (
        ours.detect("Whenever someone gets worried about a pupil in my class they tell me.") is None
    )
    assert ours.detect("I am worried about a child in my class.") is not None


# examples (`knowledge.risk_clauses.listing`), grown-kin (`knowledge.risk_concern.concern_of`)


def test_the_built_in_pack_gives_the_new_markers(tmp_path: Path) -> None:
    markers = BUILT_IN.risk.markers
    assert {"eg", "ie", "etc"} <= set(markers["examples"])
    assert {"son", "daughter", "brother", "sister", "lad"} <= set(markers["grown-kin"])
    problems = risk_pack_problems(tmp_path, "kind: risk\nmarkers:\n  grown-kin: [Step Son]\n")
    assert "risk.yaml: markers" in problems and "marker 'grown-kin'" in problems
    problems = risk_pack_problems(tmp_path, "kind: risk\nmarkers:\n  examples: []\n")
    assert "marker 'examples'" in problems


def _control(examples: tuple[str, ...]) -> RiskDetector:
    """A small pack whose one cue is "tracking … phone", with the built-in markers but
    `examples`."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("he|she|his|her|him",),
        "any_person": ("someone|someones",),
        "general": ("count|counts as",),
        "question_words": ("what",),
        "markers": {**BUILT_IN.risk.markers, "examples": examples},
        "categories": (
            {
                "id": "control",
                "name": "Coercive control",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": ("tracking * phone",),
            },
        ),
    }
    return RiskDetector(RiskPack.model_validate(pack))


def test_the_examples_marker_makes_a_listing_sentence_general_throughout() -> None:
    asked = "is it tracking someone's phone, though incl what counts as control?"
    assert _control(("eg",)).detect(asked) is not None
    assert _control(("eg", "incl")).detect(asked) is None
    # someone in particular named: the example is a telling
    assert _control(("eg", "incl")).detect(
        "he is tracking her phone, though incl what counts as control?"
    )


def _concern(detector: RiskDetector, text: str) -> str | None:
    found = detector.detect(text)
    return found.concerns if found is not None else None


def test_an_organisations_pack_adds_grown_kin(tmp_path: Path) -> None:
    told = "My client's sibling hits her."
    assert _concern(BUILT_IN.risk_detector, told) == "child"  # a sibling named clearly
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  grown-kin: [sibling]\n")
    found = ours.detect(told)
    assert found is not None and found.concerns == "either"  # a sibling may be grown
    assert "adult-social-care" in found.contacts
    # the built-in words are still there
    assert _concern(ours, "My client's brother hits her.") == "either"
    assert _concern(ours, "My client's daughter hits her.") == "either"


# The `not` set (`knowledge.risk_clauses.permitted`) and the `pointing` marker
# (`knowledge.risk_clauses.not_a_topic`), read where the code once had lists of its own.


def _smack(negations: tuple[str, ...]) -> RiskDetector:
    """A small pack: "smack" is harm, "allowed to" asks whether an act would be allowed."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "sets": {"not": negations},
        "people": ("my|the child", "me"),
        "question_words": ("is", "can"),
        "permission": ("allowed|legal to",),
        "categories": (
            {
                "id": "physical",
                "name": "Physical",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": ("smack",),
            },
        ),
    }
    return RiskDetector(RiskPack.model_validate(pack))


def test_the_not_set_is_what_negates_a_permission() -> None:
    asked = "is it nae allowed to smack my child?"
    assert _smack(("not",)).detect(asked) is None  # asks whether the act is allowed
    assert _smack(("not", "nae")).detect(asked) is not None  # told it is not allowed: counts
    assert _smack(("not", "nae")).detect("is it not allowed to smack my child?") is not None
    assert _smack(("not", "nae")).detect("is it legal to smack my child?") is None


def _lessons(pointing: tuple[str, ...]) -> RiskDetector:
    """A small pack: "hits" is harm, "my/our/me lessons about" a general phrase."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("my pupil", "her dad"),
        "question_words": ("what",),
        "general": ("my|our|me lessons about",),
        "markers": {**BUILT_IN.risk.markers, "pointing": pointing},
        "categories": (
            {
                "id": "abuse",
                "name": "Abuse",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": ("hits|hitting",),
            },
        ),
    }
    return RiskDetector(RiskPack.model_validate(pack))


def test_the_pointing_marker_tells_a_topic_after_in_from_a_time() -> None:
    told = "My pupil was talking in me lessons about her dad hitting her."
    built_in = BUILT_IN.risk.markers["pointing"]
    assert _lessons(built_in).detect(told) is not None  # "in me …": when it was said
    assert _lessons((*built_in, "me")).detect(told) is None  # "me" for "my": a topic
    assert _lessons((*built_in, "me")).detect("Her dad hits her.") is not None
