"""Round 55 (words216): the writer's words `risk_lado_doer` skips a clause of ("im a volunteer
and a girl told me…": the writer is not the one doing harm) and `risk_safe_now` reads as no one
in a story long past ("…she's safe now, should i note it") are the risk pack's markers
`lado-writer` and `safe-writer`, once sets in their code: validated as every marker is, and
added to by an organisation's pack.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.packs import builtin_knowledge, detector_with_risk_pack, risk_pack_problems

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize("writer", ["ima", "weve"])
def test_an_organisations_writer_words_keep_the_writer_from_the_lado(
    tmp_path: Path, writer: str
) -> None:
    message = f"{writer} coach at the club, one of the girls has been self harming"
    found = BUILT_IN.detect(message)
    assert found is not None
    assert "lado" in found.contacts  # the writer's own role read as the one doing harm
    ours = detector_with_risk_pack(tmp_path, f"kind: risk\nmarkers:\n  lado-writer: [{writer}]\n")
    found = ours.detect(message)
    assert found is not None
    assert "lado" not in found.contacts
    # the built-in words stay
    kept = ours.detect("im a volunteer at the club, the coach keeps touching the girls")
    assert kept is not None
    assert "lado" in kept.contacts


def test_an_organisations_writer_words_keep_a_story_long_past_from_being_quiet(
    tmp_path: Path,
) -> None:
    # "same as mine": the writer's own past beside hers, not one person's story long past
    message = (
        "she self harmed in year 10 same as mine, shes fine now, can i put it in her reference"
    )
    assert BUILT_IN.detect(message) is None
    ours = detector_with_risk_pack(tmp_path, "kind: risk\nmarkers:\n  safe-writer: [mine]\n")
    assert ours.detect(message) is not None
    # the built-in reading stays
    assert (
        ours.detect("she self harmed in year 10, shes fine now, can i put it in her reference")
        is None
    )


@pytest.mark.parametrize("marker", ["lado-writer", "safe-writer"])
def test_the_markers_are_validated(tmp_path: Path, marker: str) -> None:
    problems = risk_pack_problems(tmp_path, f"kind: risk\nmarkers:\n  {marker}: [i am]\n")
    assert f"marker {marker!r}: members must be single lower-case words" in problems
