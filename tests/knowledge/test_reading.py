"""One message's reading: the normaliser's results, each text split and each typo looked up once."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.matching import load_matcher_packs
from knowledge.matching.normalise import Normaliser
from knowledge.matching.reading import Reading
from knowledge.matching.typos import Typos

PACKS = Path(__file__).resolve().parents[2] / "knowledge" / "packs"
_NORMALISER = Normaliser(
    load_matcher_packs(PACKS)[1],
    ["protocol", "sharing", "guidance", "information", "school"],
    max_typo_fixes=2,
)


def test_within_one_reading_a_typo_is_looked_up_once_and_a_new_reading_looks_again(
    typo_lookups: list[str],
) -> None:
    looked_up = typo_lookups
    reading = Reading(_NORMALISER)
    first = reading.normalise("the protcol says")
    again = reading.normalise("protcol", max_tokens=3)
    fixed = reading.corrected_words("our protcol")
    fixed.append("changed by the caller")
    assert reading.corrected_words("our protcol") == ["our", "protocol"]
    assert looked_up == ["protcol"]
    assert (first.content, again.text) == (("protocol",), "protocol")
    Reading(_NORMALISER).normalise("the protcol says")  # another message: looked up afresh
    assert looked_up == ["protcol", "protcol"]


def test_within_one_reading_each_text_is_split_once(texts_split: list[str]) -> None:
    split = texts_split
    reading = Reading(_NORMALISER)
    mine = reading.words("Can I share it?")
    mine.append("changed by the caller")
    assert reading.words("Can I share it?") == ["can", "i", "share", "it"]
    reading.normalise("Can I share it?", max_tokens=2)
    reading.corrected_words("Can I share it?")
    assert split == ["Can I share it?"]


_TYPED = st.lists(
    st.sampled_from(["protcol", "the", "scool", "info", "sharing", "ISP's", "GP", "gudiance", "?"]),
    max_size=8,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_TYPED, st.integers(0, 6)), max_size=6))
def test_a_reading_gives_what_the_normaliser_gives_whatever_was_read_before(
    texts: list[tuple[str, int]],
) -> None:
    reading = Reading(_NORMALISER)
    for text, limit in texts:
        assert reading.normalise(text, max_tokens=limit) == _NORMALISER.normalise(
            text, max_tokens=limit
        )
        assert reading.corrected_words(text) == _NORMALISER.corrected_words(text)
        assert reading.has_fixes(text) == (_NORMALISER.corrected_words(text) != reading.words(text))


def test_a_text_has_fixes_only_when_its_corrected_words_differ(texts_split: list[str]) -> None:
    # The quote gate reads a label or a question again with its typos fixed only when they
    # differ (`SubjectCheck.foreign_in_label`, `quote_gate_checks.names_what_it_is_about`).
    reading = Reading(_NORMALISER)
    assert reading.has_fixes("does our protcol say so")
    assert not reading.has_fixes("does our protocol say so")
    assert reading.corrected_words("does our protocol say so") == reading.words(
        "does our protocol say so"
    )
    assert texts_split == ["does our protcol say so", "does our protocol say so"]


@pytest.mark.parametrize("limit", [0, 2, 4, 5])
def test_a_text_no_longer_than_the_limit_is_read_once_for_both(limit: int) -> None:
    reading = Reading(_NORMALISER)
    whole = reading.normalise("can the scool share")
    assert (reading.normalise("can the scool share", max_tokens=limit) is whole) == (
        limit == 0 or limit >= 4
    )


_SPELLED = sorted(_NORMALISER._spellings)[:3]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["protcol", "the", "scool", "sharing", "gp", *_SPELLED]), max_size=8)
)
def test_correcting_words_the_vocabulary_holds_changes_only_their_spelling(raw: list[str]) -> None:
    # A text whose every word is known skips the typo loop: the same words as the loop gives.
    spelled = [_NORMALISER._spellings.get(w, w) for w in raw]
    assert _NORMALISER.correct_words(raw) == _NORMALISER._typos.correct(spelled)
    assert _NORMALISER.correct_words(raw) is not raw


def test_a_text_is_corrected_once_for_its_normal_form_and_its_corrected_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The matcher normalises the question and the gate reads its typos-fixed words: one pass
    # of the typo loop serves both (docs/benchmarks.md, "Tail, round 30"), as does one for the
    # same words in another text ("  our protcol" after a label taken off).
    corrected: list[tuple[str, ...]] = []
    correct = Typos.correct

    def counted(self: Typos, raw: list[str], fixes: dict[str, str] | None = None) -> list[str]:
        corrected.append(tuple(raw))
        return correct(self, raw, fixes)

    monkeypatch.setattr(Typos, "correct", counted)
    reading = Reading(_NORMALISER)
    text = "does our protcol let the scool share"
    read = (
        reading.normalise(text),
        reading.corrected_words(text),
        reading.has_fixes(f"  {text}?"),
        reading.normalise(text, max_tokens=3),
    )
    assert corrected == [("does", "our", "protcol", "let", "the", "scool", "share")]
    assert read == (
        _NORMALISER.normalise(text),
        _NORMALISER.corrected_words(text),
        True,
        _NORMALISER.normalise(text, max_tokens=3),
    )
