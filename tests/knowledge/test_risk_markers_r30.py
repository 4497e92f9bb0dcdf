"""Round 30 (tidy30): the words that say one named as a child is grown ("an older teenager", "a
frail child") are the pack's `grown-words` marker (`knowledge.risk_markers.MARKERS`), once the
code's `risk_concern._GROWN_WORDS`.

A word for an adult ending just where a noun for a child starts names whose the child is ("my
neighbour's kids"), so the child alone is whom the harm concerns, unless the word is one of the
marker's, which describe the one named: then an adult may be named too, and adult social care is
shown beside children's. Validated when a pack loads, stemmed with the judging tables, and
extended by an organisation's pack.
"""

from __future__ import annotations

from pathlib import Path

from knowledge.risk import RiskDetector
from knowledge.risk_types import stem_word
from tests.support.packs import builtin_knowledge, detector_with_risk_pack, risk_pack_problems

BUILT_IN = builtin_knowledge()


def _concerns(detector: RiskDetector, text: str) -> tuple[str, tuple[str, ...]] | None:
    found = detector.detect(text)
    return None if found is None else (found.concerns, tuple(found.contacts))


def test_the_built_in_pack_gives_the_grown_words(tmp_path: Path) -> None:
    grown = BUILT_IN.risk.markers["grown-words"]
    assert {"adult", "older", "elderly", "frail", "vulnerable"} <= set(grown)
    assert stem_word("vulnerable") == "vulnerabl"  # the code's word, stemmed as the tables are
    problems = risk_pack_problems(tmp_path, "kind: risk\nmarkers:\n  grown-words: [Grown Up]\n")
    assert "risk.yaml: markers" in problems and "marker 'grown-words'" in problems


def test_a_grown_word_before_a_child_names_an_adult_too() -> None:
    found = _concerns(BUILT_IN.risk_detector, "An older teenager says her boyfriend hits her.")
    assert found is not None and found[0] == "either"
    assert "adult-social-care" in found[1]


def test_an_organisations_pack_adds_grown_words(tmp_path: Path) -> None:
    # A supported-housing service whose residents are young adults: "our resident young
    # person" is not the child of a resident.
    told = "Our resident young person says staff hit him."
    built_in = _concerns(BUILT_IN.risk_detector, told)
    assert built_in is not None and built_in[0] == "child"
    assert "adult-social-care" not in built_in[1]
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  grown-words: [resident]\n")
    found = _concerns(ours, told)
    assert found is not None and found[0] == "either"
    assert "adult-social-care" in found[1]
    # the built-in words are still there, and whose the children are is still read
    assert _concerns(ours, "An older teenager says her boyfriend hits her.") == _concerns(
        BUILT_IN.risk_detector, "An older teenager says her boyfriend hits her."
    )
    assert _concerns(ours, "My neighbour's kids say their dad hits them.") == _concerns(
        BUILT_IN.risk_detector, "My neighbour's kids say their dad hits them."
    )


# examples: after a "?", a word of the marker keeps the question going (`RiskDetector._tokens`;
# once `risk_words.EXAMPLES`, "eg" and "ie", a part of the marker)


def test_after_a_question_mark_an_organisations_examples_word_keeps_the_question_going(
    tmp_path: Path,
) -> None:
    asked = "Does this count as neglect? {} leaving a child home alone all day"
    assert BUILT_IN.risk_detector.detect(asked.format("e.g.")) is None  # examples of neglect
    assert BUILT_IN.risk_detector.detect(asked.format("incl")) is not None  # a child left alone
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  examples: [incl]\n")
    assert ours.detect(asked.format("incl")) is None
    assert ours.detect(asked.format("e.g.")) is None
    assert ours.detect("Does this count as neglect? A child left home alone all day.") is not None
