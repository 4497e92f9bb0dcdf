"""A `LazyPattern`'s `needs`: every text holding a match passes it, and a text that fails it is
answered without the pattern being compiled.

Each pattern given `needs` in the modules below is drawn matches of (hypothesis writes texts
holding a match of the compiled pattern, `from_regex`), and each text must pass: a `needs` that
missed a way to match would change an answer, so a wrong one must fail here (the last tests show
this check finds a text that a too-narrow `needs` refuses).
"""

from __future__ import annotations

import re
import sys
from types import ModuleType

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from adapters import console
from dialogs import clean_input, numbered, privacy, share_asks, typed
from knowledge import risk_words
from knowledge.lazy_pattern import LazyPattern, holding, holding_any_case
from knowledge.matching import segment, text

MODULES: tuple[ModuleType, ...] = (
    console,
    numbered,
    privacy,
    typed,
    share_asks,
    clean_input,
    risk_words,
    segment,
    text,
)


def _guarded() -> dict[str, LazyPattern]:
    found: dict[str, LazyPattern] = {}
    for module in MODULES:
        for name, value in vars(module).items():
            values = value if isinstance(value, tuple) else (value,)
            for n, v in enumerate(values):
                if isinstance(v, LazyPattern) and v.needs is not None:
                    at = f"[{n}]" if isinstance(value, tuple) else ""
                    found[f"{module.__name__}.{name}{at}"] = v
    return found


GUARDED = _guarded()


def test_the_registry_finds_every_guarded_pattern() -> None:
    assert {
        "dialogs.numbered._REFERENCE",
        "dialogs.share_asks._SHARE_REQUEST",
        "dialogs.typed._CURRENCY",
        "dialogs.clean_input._CONTROL",
        "dialogs.clean_input._SLACK_MARKUP",
        "dialogs.clean_input._HTML_TAG",
        "dialogs.clean_input._BROADCAST",
        "dialogs.privacy._PATTERNS[6]",
        "dialogs.privacy._PATTERNS[7]",
        "knowledge.risk_words._CONTRACTION",
        "knowledge.risk_words._ABBREVIATION",
        "knowledge.risk_words._POSSESSIVE",
        "knowledge.risk_words._APOSTROPHE",
        "knowledge.matching.segment._ROLE_OPENING",
        "adapters.console._BOLD",
        "adapters.console._ITALIC",
        "adapters.console._LINK",
    } <= set(GUARDED)


@pytest.mark.parametrize("name", sorted(GUARDED))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_text_holding_a_match_passes_its_needs(name: str, data: st.DataObject) -> None:
    pattern = GUARDED[name]
    needs = pattern.needs
    assert needs is not None
    drawn = data.draw(st.from_regex(pattern.compiled))

    assert pattern.compiled.search(drawn) is not None
    assert needs(drawn), drawn


@pytest.mark.parametrize("name", sorted(GUARDED))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_guarded_pattern_answers_as_the_compiled_one(name: str, data: st.DataObject) -> None:
    pattern = GUARDED[name]
    compiled = pattern.compiled
    drawn = data.draw(st.from_regex(compiled) | st.text(max_size=40))

    def spans(found: re.Match[str] | None) -> object:
        return found and (found.span(), found.groups())

    assert spans(pattern.search(drawn)) == spans(compiled.search(drawn))
    assert spans(pattern.match(drawn)) == spans(compiled.match(drawn))
    assert pattern.sub("<>", drawn) == compiled.sub("<>", drawn)
    assert [m.span() for m in pattern.finditer(drawn)] == [
        m.span() for m in compiled.finditer(drawn)
    ]


def test_a_text_failing_needs_is_answered_without_compiling() -> None:
    pattern = LazyPattern(r"<b>(\w+)</b>", needs=holding("<"))

    assert pattern.search("no markup") is None
    assert pattern.match("no markup") is None
    assert pattern.fullmatch("no markup") is None
    assert list(pattern.finditer("no markup")) == []
    assert pattern.sub(r"\1", "no markup") == "no markup"
    assert pattern._compiled is None
    assert pattern.sub(r"\1", "a <b>bold</b> word") == "a bold word"
    assert pattern._compiled is not None


def test_holding_any_case_folds_ascii_and_passes_any_other_text() -> None:
    needs = holding_any_case("born")

    assert needs("She was BORN in May")
    assert not needs("she was carried")
    # Ignoring case, `re` matches the Kelvin sign to a "k" and the long s to an "s": a text
    # not all ASCII is always searched.
    assert needs("\u212a")
    assert re.search("k", "\u212a", re.IGNORECASE)


def test_the_check_finds_a_text_that_a_too_narrow_needs_refuses() -> None:
    # As a mistaken `needs` for the request to share would be: "can" but not "could".
    narrow = holding("can", "should")
    share = share_asks._SHARE_REQUEST.compiled

    found = find(st.from_regex(share), lambda drawn: not narrow(drawn))

    assert share.search(found) is not None
    assert not narrow(found)


def test_ignoring_case_an_ascii_character_matches_only_its_other_case_in_ascii() -> None:
    # Why `holding_any_case` may fold an ASCII text's case and search it (other letters that
    # match an ASCII one, such as the Kelvin sign, are not ASCII: such a text always passes).
    for code in range(128):
        literal = re.compile(re.escape(chr(code)), re.IGNORECASE)
        same = {chr(c) for c in range(128) if literal.fullmatch(chr(c))}
        assert same == {chr(code), chr(code).swapcase()}


def test_ignoring_case_only_the_marks_themselves_match_the_marks_needed() -> None:
    # `_CONTRACTION` and `_ABBREVIATION` ignore case, yet need an apostrophe or a full stop as
    # typed: nothing else matches them, ignoring case or not.
    for mark in ("'", "\u2019", "."):
        literal = re.compile(re.escape(mark), re.IGNORECASE)
        assert [c for c in map(chr, range(sys.maxunicode + 1)) if literal.fullmatch(c)] == [mark]


def test_every_character_the_control_pattern_removes_is_not_printable() -> None:
    control = clean_input._CONTROL.compiled
    removed = [c for c in map(chr, range(sys.maxunicode + 1)) if control.match(c)]

    assert len(removed) > 60
    assert not any(c.isprintable() for c in removed)
