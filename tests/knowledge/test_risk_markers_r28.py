"""Closed classes of words the risk check once held in its code are the pack's `markers` (round
28, tidy28; `knowledge.risk_markers.MARKERS`).

Each marker is validated when a pack loads (a word that is not one lower-case word, or a name the
risk check does not read, is named in the problem list), an organisation's pack adds words to it
by its name, and the behaviour follows the data: the words that make a `general` phrase a
supposition and those that make whom it supposes about the writer's own (`supposing`,
`writers-own`); and, where harm words are a label, the cause a risk to health gives way to
(`because`), the words that make a kind of people someone in particular (`particular`) or point
at someone before a name (`pointing`), and those saying a record or a closed matter goes on
(`going-on`); and the words saying the writer was told what follows a lesson or a training day
(`told-writer`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from knowledge.risk import RiskDetector
from knowledge.risk_markers import MARKERS
from knowledge.risk_pack import RiskPack
from knowledge.risk_types import stem_word
from tests.support.packs import builtin_knowledge, detector_with_risk_pack, risk_pack_problems

BUILT_IN = builtin_knowledge()


def _small(cues: tuple[str, ...] = ("hits|hitting",), **fields: Any) -> RiskDetector:
    """A small pack: `cues` ("hits") the cues, "my neighbour" someone, plus the fields given."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("my neighbour", "my mate"),
        "categories": (
            {
                "id": "abuse",
                "name": "Abuse",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": cues,
            },
        ),
        **fields,
    }
    return RiskDetector(RiskPack.model_validate(pack))


def test_the_built_in_pack_gives_every_marker_the_risk_check_reads() -> None:
    assert set(BUILT_IN.risk.markers) == set(MARKERS)
    assert all(BUILT_IN.risk.markers.values())  # none empty


def test_the_markers_are_stemmed_with_the_detectors_tables() -> None:
    detector = BUILT_IN.risk_detector
    assert detector.detect("my dad hits me")  # the tables are made at a first sign of harm
    markers = detector._tables.markers
    assert set(markers) == set(MARKERS)
    assert stem_word("believe") in markers["supposing"]


def test_a_marker_word_that_is_not_one_lower_case_word_is_named(tmp_path: Path) -> None:
    problems = risk_pack_problems(tmp_path, "kind: risk\nmarkers:\n  supposing: [Reckon So]\n")
    assert "risk.yaml: markers" in problems and "marker 'supposing'" in problems


def test_a_marker_the_risk_check_does_not_read_is_named(tmp_path: Path) -> None:
    problems = risk_pack_problems(tmp_path, "kind: risk\nmarkers:\n  supposin: [reckon]\n")
    assert "risk.yaml: markers" in problems and "marker 'supposin'" in problems


def test_an_empty_marker_is_named(tmp_path: Path) -> None:
    problems = risk_pack_problems(tmp_path, "kind: risk\nmarkers:\n  writers-own: []\n")
    assert "marker 'writers-own'" in problems


# supposing, writers-own (`knowledge.risk_clauses.own_supposed`)


def test_the_supposing_and_writers_own_markers_are_what_lift_the_general_phrase() -> None:
    asked = "What do I do if I think my neighbour is hitting her kids?"
    general = ("if i think",)
    assert _small(general=general).detect(asked) is None
    both = {"supposing": ("think",), "writers-own": ("my",)}
    assert _small(general=general, markers=both).detect(asked) is not None
    # without either, the supposition about the writer's own neighbour stays general
    assert _small(general=general, markers={"supposing": ("think",)}).detect(asked) is None
    assert _small(general=general, markers={"writers-own": ("my",)}).detect(asked) is None


def test_an_organisations_pack_adds_supposing_words(tmp_path: Path) -> None:
    asked = "what do I do if I reckon my mate's boyfriend is hitting her?"
    general = "kind: risk\ngeneral:\n  - if i reckon\n"
    assert (
        detector_with_risk_pack(tmp_path, general).detect(asked) is None
    )  # "if I reckon" is general
    ours = detector_with_risk_pack(tmp_path, general + "markers:\n  supposing: [reckon]\n")
    assert ours.detect(asked) is not None
    # the built-in words are all still there
    assert ours.detect("what do I do if I suspect my neighbour is hitting her kids?")
    assert ours.detect("what should I look for if I reckon a child is being hit?") is None


def test_an_organisations_pack_adds_words_for_the_writers_own(tmp_path: Path) -> None:
    asked = "what do I do if I think me mam's boyfriend is hitting her?"
    assert BUILT_IN.risk_detector.detect(asked) is None
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  writers-own: [me]\n")
    assert ours.detect(asked) is not None
    assert ours.detect("what do I do if I think our neighbour is hitting her kids?")


# because, particular, pointing, going-on (`knowledge.risk_setting.outside_settings`)


def test_the_because_marker_is_the_cause_a_risk_to_health_gives_way_to() -> None:
    told = "My neighbour is at risk of infection cos nobody changes her dressing."
    risk = {"health_risks": ("at risk of infection",), "cues": ("at risk",)}
    assert _small(**risk, markers={"because": ("because",)}).detect(told) is None
    assert _small(**risk, markers={"because": ("because", "cos")}).detect(told) is not None


def test_the_pointing_marker_keeps_harm_words_before_a_name_that_points_at_someone() -> None:
    # harm words ending in the word before a name ("hitting me | team") name it, unless that
    # word points at someone
    told = "My neighbour keeps hitting me team at work."
    names = {"names": ("team",), "cues": ("hitting me",)}
    assert _small(**names, markers={"pointing": ("my", "the")}).detect(told) is None
    assert _small(**names, markers={"pointing": ("my", "the", "me")}).detect(told) is not None


def test_an_organisations_pack_adds_particular_words(tmp_path: Path) -> None:
    told = "We have several victims of domestic abuse staying with us."
    assert BUILT_IN.risk_detector.detect(told) is None  # "victims of" names a kind
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  particular: [several]\n")
    assert ours.detect(told) is not None
    assert ours.detect("We have two victims of domestic abuse staying with us.")
    assert ours.detect("How do we support victims of domestic abuse?") is None


def test_an_organisations_pack_adds_going_on_words(tmp_path: Path) -> None:
    told = "My neighbour was jailed for beating his ex-partner, he has been paroled."
    assert BUILT_IN.risk_detector.detect(told) is None  # a record, over
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  going-on: [paroled]\n")
    assert ours.detect(told) is not None
    assert ours.detect("My neighbour was jailed for beating his ex-partner, he's been released.")
    assert ours.detect("My neighbour was jailed for beating his ex-partner years ago.") is None


# told-writer (`knowledge.risk_scene.scene_of`)


def test_an_organisations_pack_adds_words_saying_the_writer_was_told(tmp_path: Path) -> None:
    # "told myself", "disclosed to myself": the British "myself" for "me"
    told = (
        "After the assembly on grooming two girls in year 8 told myself their uncle touches them."
    )
    assert BUILT_IN.risk_detector.detect(told) is None  # the assembly frames the message
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  told-writer: [myself]\n")
    assert ours.detect(told) is not None
    assert ours.detect(told.replace("told myself", "disclosed to myself that"))
    # the built-in words are all still there, and a question stays a question
    assert ours.detect(told.replace("myself", "me"))
    assert (
        ours.detect("What do I do if, after an assembly on grooming, a pupil tells myself?") is None
    )


# Round 28 (tidy28b): the word classes miss28 wrote as constants this round


@pytest.mark.parametrize("name", ["pass-on", "sharing", "anyone", "rule-sharing"])
def test_each_marker_tidy28b_moved_is_validated(tmp_path: Path, name: str) -> None:
    assert BUILT_IN.risk.markers[name]  # the built-in pack gives it
    problems = risk_pack_problems(tmp_path, f"kind: risk\nmarkers:\n  {name}: [Flag Up]\n")
    assert "risk.yaml: markers" in problems and f"marker {name!r}" in problems
    assert f"marker {name!r}" in risk_pack_problems(
        tmp_path, f"kind: risk\nmarkers:\n  {name}: []\n"
    )


# pass-on (`knowledge.risk_telling.passes_on`, `own_told`)


def test_an_organisations_pack_adds_words_for_passing_something_on(tmp_path: Path) -> None:
    # after a permission phrase, what follows an act of passing on is a fact, not a general act
    asked = "Is it ok to escalate to the GP my neighbour's son hits him?"
    # the writer passing something on after a general phrase asks about that, not in general
    writer = "What if I escalate to the school her dad hits her?"
    assert BUILT_IN.risk_detector.detect(asked) is None
    assert BUILT_IN.risk_detector.detect(writer) is None
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  pass-on: [escalate]\n")
    assert ours.detect(asked) is not None
    assert ours.detect(writer) is not None
    # the built-in words are all still there, and a general question stays general
    assert ours.detect(asked.replace("escalate to", "tell"))
    assert ours.detect(writer.replace("escalate to", "tell"))
    assert ours.detect("What should I do if I escalate a concern and nothing happens?") is None


# sharing (`knowledge.risk_passing_on.passing_on`)


def test_an_organisations_pack_adds_words_for_the_writer_sharing(tmp_path: Path) -> None:
    # "I"/"we", a word for sharing, then "that"/"who": told of someone in particular
    asked = "Can I escalate to the police that a girl in my youth club has gone missing again?"
    colleague = "Should we escalate a colleague who slapped a resident?"
    assert BUILT_IN.risk_detector.detect(asked) is None
    assert BUILT_IN.risk_detector.detect(colleague) is None
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  sharing: [escalate]\n")
    assert ours.detect(asked) is not None
    assert ours.detect(colleague) is not None
    # the built-in words are all still there, and anyone of a kind stays general
    assert ours.detect(colleague.replace("escalate", "report"))
    assert ours.detect("Should we escalate anyone who discloses abuse?") is None
    assert ours.detect("Can a school escalate to parents that a pupil is being bullied?") is None


# anyone (`knowledge.risk_passing_on.passing_on`)


def test_an_organisations_pack_adds_words_for_anyone_of_a_kind(tmp_path: Path) -> None:
    # "report anyone who…" asks of anyone of a kind, not of someone the writer knows of
    asked = "Should we report any1 who discloses abuse?"
    assert BUILT_IN.risk_detector.detect(asked) is not None  # "any1" is read as someone
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  anyone: [any1]\n")
    assert ours.detect(asked) is None
    assert ours.detect("Do I have to report any1 that tells me they are self harming?") is None
    # the built-in words are all still there, and someone in particular is still told of
    assert ours.detect(asked.replace("any1", "anybody")) is None
    assert ours.detect("Should we report a colleague who slapped a resident?")


# rule-sharing (`knowledge.risk_telling.not_a_rule`)


def test_an_organisations_pack_adds_words_for_a_rule_about_sharing(tmp_path: Path) -> None:
    # a rule someone passed on about sharing names harm as what to share, not what happened
    told = "A colleague said I should always flag self-harm to the nurse."
    assert BUILT_IN.risk_detector.detect(told) is not None
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  rule-sharing: [flag]\n")
    assert ours.detect(told) is None
    # the built-in words are all still there, and harm told of someone still counts
    assert ours.detect(told.replace("flag", "report")) is None
    assert ours.detect("My manager says we can't flag it, but my neighbour hits his wife.")
