"""The shape-rewrite tool of round 58 (tests/support/risk_shape_swaps.py), on a tiny file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.risk_act_swaps import load_acts
from tests.support.risk_shape_swaps import doer_variants, main, message_variants, report, run

PEOPLE = frozenset({"dad", "mum", "boss"})
TINY = """\
- q: "my dad hits me. i am 12"
  expect: null
  risk: true
- q: "my dad is picking me up later"
  expect: null
  risk: false
"""


def _rings(text: str) -> bool:
    """A stand-in check: rings only on "dad hits" just so, and on "picking me up?"."""
    return "dad hits" in text or "picking me up later what" in text


def _said(text: str) -> dict[str, str]:
    found = [*doer_variants(text, load_acts(), PEOPLE), *message_variants(text)]
    return {v.rewrite: v.text for v in found}


def test_words_and_a_clause_go_between_the_doer_and_the_act() -> None:
    said = _said("My mum hits me.")
    assert said["insert always"] == "My mum always hits me."
    assert said["insert keeps"] == "My mum keeps hitting me."
    assert said["insert used to"] == "My mum used to hit me."
    assert said["clause 1"] == "My mum, when she's been drinking, hits me."
    assert said["next sentence"] == "My mum drinks. When she does she hits me."
    assert said["passive"] == "I get hit by my mum."


def test_the_message_is_reshaped_as_a_whole() -> None:
    said = _said("My dad hits me. I am 12.")
    assert said["run-on so"] == "My dad hits me so I am 12"
    assert said["text-speak"] == "my dad hits me and i am 12"
    assert said["list"] == "- My dad hits me.\n- I am 12."
    assert said["tail 2"] == "My dad hits me. I am 12. is that normal?"
    assert "tail 1" not in _said("My dad hits me, what do I do?")  # asks already


def test_the_tool_counts_what_goes_quiet_and_what_starts_ringing(tmp_path: Path) -> None:
    path = tmp_path / "harm-dev1.yaml"
    path.write_text(TINY, encoding="utf-8")
    caught, quiet = run([path], _rings, PEOPLE, category=lambda text: "physical")
    assert caught.items == 1 and caught.items_changed == 1
    assert caught.changed["insert always"] == 1 and caught.changed["case note"] == 0
    assert caught.by_category["physical"] == sum(caught.changed.values())
    assert quiet.items == 1 and quiet.changed["tail 1"] == 1
    assert report(caught, quiet)[0].startswith("caught->quiet: items 1/1")


def test_held_out_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "harm-holdout1.yaml"
    path.write_text(TINY, encoding="utf-8")
    with pytest.raises(SystemExit):
        run([path], _rings, PEOPLE)
    assert main([str(path)]) == 2
