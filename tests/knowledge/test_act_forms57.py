"""Round 57 (robust239): the writer's own word for what was done, read whatever its form.

- A cue word one letter short of `MIN_TARGET` is reached by two neighbouring letters swapped or
  one doubled ("hurst", "shouut"), and from four letters by one left out ("abue"), never by
  another letter added ("touchy" stays).
- A contraction typed without its apostrophe stems as typed with it ("shes" is "she's").
- The probe `tests.support.risk_act_swaps` rewrites act words in each form and refuses a held-out
  set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.risk_typos import nearest, typo_targets
from tests.support import risk_act_swaps
from tests.support.packs import builtin_knowledge

TARGETS = typo_targets(["abuse", "hurts", "shout", "touch", "slapped"], [])


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("hurst", "hurts"),  # two letters swapped
        ("shuot", "shout"),
        ("shouut", "shout"),  # one doubled
        ("abue", "abuse"),  # four letters, one left out
        ("touhc", "touch"),
        ("slaped", "slapped"),  # a long word, as before
    ],
)
def test_a_short_cue_word_is_reached_by_a_slip_keeping_its_letters(typed: str, meant: str) -> None:
    assert nearest(typed, TARGETS) == meant


@pytest.mark.parametrize("typed", ["touchy", "shoutd", "abusive", "abu"])
def test_nor_by_another_letter_added(typed: str) -> None:
    assert nearest(typed, TARGETS) == typed


def test_a_common_word_of_four_letters_keeps_its_reading() -> None:
    detector = builtin_knowledge().risk_detector
    assert [detector.corrected(w) for w in ("huts", "bets", "abue")] == ["huts", "bets", "abuse"]


@pytest.mark.parametrize(
    ("bare", "marked"),
    [("shes", "she's"), ("hes", "he's"), ("theyre", "they're"), ("youre", "you're")],
)
def test_a_contraction_without_its_apostrophe_reads_as_with_it(bare: str, marked: str) -> None:
    detector = builtin_knowledge().risk_detector
    # "they're" is read "they are": the bare form gives its first word, as one word
    assert detector.reading(f"{bare} gone").words[0] == detector.reading(f"{marked} gone").words[0]


def test_the_probe_rewrites_an_act_word_in_each_form() -> None:
    acts = risk_act_swaps.load_acts()
    found = risk_act_swaps.variants("His dad hits him.", acts, set())
    texts: dict[str, list[str]] = {}
    for v in found:
        texts.setdefault(v.form, []).append(v.text)
    assert "His dad has been hitting him." in texts["tense"]
    assert "His dad used to hit him." in texts["tense"]
    assert "His dad belts him." in texts["slang"]
    assert "His dad does the hitting to him." in texts["noun"]
    assert risk_act_swaps.variants("He's fine, she hits nobody.", acts, {"hit"})[-1].form == (
        "apostrophe"
    )


def test_the_probe_refuses_a_held_out_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert risk_act_swaps.main(["tests/data/harm-holdout.yaml"]) == 2
    assert "refused" in capsys.readouterr().err


def test_the_probe_counts_a_tiny_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tiny = tmp_path / "tiny.yaml"
    tiny.write_text(
        '- q: "my stepdad hits me most nights"\n  risk: true\n  expect: []\n'
        '- q: "our striker hits the ball hard"\n  risk: false\n  expect: []\n',
        encoding="utf-8",
    )
    assert risk_act_swaps.main([str(tiny)]) == 0
    out = capsys.readouterr().out
    assert "disclosures=1 look-alikes=1" in out
    assert "form tense" in out
    assert "act hit" in out
