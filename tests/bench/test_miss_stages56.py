"""The miss-stages count: each stage told apart on messages whose stage is plain, and only the
labelled disclosures given no signpost counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.miss_stages import STAGES, margin_band, missed_stages, stage_of
from bot.core import Core, build_core


@pytest.fixture(scope="module")
def core() -> Core:
    return build_core(None)


def test_a_message_with_no_sign_of_harm_is_at_nothing(core: Core) -> None:
    assert stage_of(core, "what time does the library open on saturday") == STAGES[2]


def test_a_general_question_naming_a_harm_has_its_signs_set_aside(core: Core) -> None:
    assert stage_of(core, "what counts as neglect?") == STAGES[1]


def test_a_plain_disclosure_is_found_by_the_cues(core: Core) -> None:
    assert stage_of(core, "a pupil told me her dad hits her with a belt") == STAGES[0]


def test_the_model_band_of_an_ordinary_line_is_below_its_threshold(core: Core) -> None:
    assert margin_band(core, "what time does the library open on saturday") != "at or over"


def test_only_disclosures_given_no_signpost_are_counted(core: Core, tmp_path: Path) -> None:
    labelled = tmp_path / "cases.yaml"
    labelled.write_text(
        "- {q: 'what time does the library open on saturday', risk: true, expect: null}\n"
        "- {q: 'a pupil told me her dad hits her with a belt', risk: true, expect: null}\n"
        "- {q: 'what counts as neglect?', risk: false, expect: null}\n",
        encoding="utf-8",
    )

    counts = missed_stages(core, [labelled])

    assert sum(counts.values()) == 1
    assert [stage for stage, _ in counts] == [STAGES[2]]
