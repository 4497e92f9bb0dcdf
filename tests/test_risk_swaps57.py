"""The WHO-word swap tool of round 57 (tests/support/risk_swaps.py), on a tiny file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.risk_swaps import report, run, slips, variants

SETS = {"family": ("dad", "mum"), "kid": ("son",)}
TINY = """\
- q: "my dad hits me"
  expect: null
  risk: true
- q: "my son hits his head on the table when he is cross"
  expect: null
  risk: true
- q: "my dad is picking me up later"
  expect: null
  risk: false
- q: "nobody named here"
  expect: null
  risk: true
"""


def _rings(text: str) -> bool:
    """A stand-in check: rings on "hits" after "dad" or "son", never after a swap's words."""
    return "dad hits" in text or "son hits" in text or "dad is picking" in text


def test_a_person_word_after_a_determiner_is_swapped_with_it() -> None:
    said = {(v.swap, v.text) for v in variants("my dad hits me", frozenset({"dad"}), frozenset())}
    assert ("kin-me-nan", "me nan hits me") in said
    assert ("ex", "my ex hits me") in said
    assert ("text-ma", "ma dad hits me") in said
    assert ("slip", "my daad hits me") in said


def test_a_word_with_no_determiner_before_it_is_left_as_typed() -> None:
    assert not list(variants("a chemistry dad hits", frozenset({"dad"}), frozenset()))


def test_slips_are_one_slip_away() -> None:
    assert slips("mum's") == ["mums", "musm", "mms", "muums"]


def test_the_tool_counts_what_goes_quiet_and_what_starts_ringing(tmp_path: Path) -> None:
    path = tmp_path / "harm-dev1.yaml"
    path.write_text(TINY, encoding="utf-8")
    caught, quiet = run([path], _rings, SETS)
    assert caught.items == 2 and caught.items_changed == 2
    assert quiet.items == 0  # the look-alike rings already: not a quiet one
    assert caught.by_pair[("dad", "ex")] == 1
    assert caught.by_pair[("son", "kid-our-kid")] == 1
    lines = report(caught, quiet)
    assert lines[0].startswith("caught->quiet: items 2/2")


def test_held_out_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "harm-holdout1.yaml"
    path.write_text(TINY, encoding="utf-8")
    with pytest.raises(SystemExit):
        run([path], _rings, SETS)
