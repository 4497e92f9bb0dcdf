"""No pattern that reads untrusted text is worse than linear.

Every module-level pattern of the modules that read what people type, and every function that
applies patterns to it, is fed about 1 MB of hostile text: runs of the openers patterns wait for
(``<at>``, ``<@``, ``<``, ``@``, ``*``), digits, spaces, long words, and mixtures. A linear pattern
takes milliseconds; a quadratic one minutes. A 64 KB round of every kind first makes a quadratic
pattern fail in about a second rather than hang the suite, and picks the kinds that get 1 MB.

The budgets count the CPU time of the thread running the pattern, not the time on the wall: on
a 2-core machine loaded to 8-10 by other work, a linear pass over 1 MB took 5.6 s of wall time
(over the 5 s budget) while using a fraction of that on the CPU. Other processes cannot make a
pattern use more CPU, so a budget a quadratic pattern overshoots a hundredfold still proves
the same, however busy the machine.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable
from types import ModuleType

import pytest

from adapters import http_guard
from adapters.slack import inbound as slack_inbound
from adapters.slack import mrkdwn
from adapters.teams import mentions as teams_mentions
from bot.insight import redact as redact_module
from dialogs import agreed, choices, clean_input, lower_case_names, privacy, share_asks, typed
from dialogs.told_questions import told_questions
from knowledge import (
    english_share,
    person_names,
    risk,
    risk_capitals,
    risk_model,
    risk_words,
    typed_words,
)
from knowledge.lazy_pattern import LazyPattern
from knowledge.matching import normalise, segment, text
from knowledge.matching.text import words as text_words
from tests.support.packs import builtin_knowledge

# 64 KB, not 16: a quadratic pattern of cheap steps ("[^.!?\n]*\?" over a long word, round 36)
# took 0.4 s of CPU over 16 KB, under the budget, then hours over 1 MB; over 64 KB, 6.5 s.
SMALL = 64 * 1024
LARGE = 1024 * 1024
SMALL_BUDGET_SECONDS = 0.5  # CPU: a linear pass over 64 KB takes a few milliseconds
LARGE_BUDGET_SECONDS = 5.0  # …and over 1 MB well under a second; a quadratic one, minutes
LARGE_KINDS = 2

UNITS = {
    "teams mention openers": "<at>",
    "teams mention openers with text": "<at id='1'>x",
    "slack mention openers": "<@",
    "slack link openers": "<http:",
    "angle brackets": "<",
    "at signs": "@",
    "emphasis openers": "(*a",
    "digits": "1",
    "digits and spaces": "1 ",
    "spaces": " ",
    "a long word": "a",
    "dotted words": "a.",
    "mail-like": "a@b",
    "question marks": "a?",
    "a mixture": "<@U1|a <at>b</a> 1-2 x@y.co <http://a|b ** ",
    "capitalised words after marks": " (Ab",
    "hyphenated capitalised words": "Ab-",
    "words of agreement": "she said yes to ",
    "JSON openers": "[{",
    "JSON strings of escapes and brackets": '"\\"[\\',
    "lower-case words before a capital starter": "ab Is ",
}

PATTERN_MODULES: tuple[ModuleType, ...] = (
    http_guard,
    teams_mentions,
    clean_input,
    typed,
    share_asks,
    typed_words,
    privacy,
    redact_module,
    normalise,
    text,
    segment,
    choices,
    risk,
    risk_words,
    risk_capitals,
    risk_model,
    person_names,
    agreed,
    lower_case_names,
    english_share,
)
OUTBOUND_ONLY = {
    # Patterns that format the assistant's own replies, never what a person typed.
    mrkdwn: {"_BOLD", "_ITALIC", "_LINK", "_BULLET", "_BROADCAST"},
}


def _compiled(value: object) -> re.Pattern[str] | None:
    """A module's pattern, compiled now if it waits for its first use (`LazyPattern`)."""
    if isinstance(value, LazyPattern):
        return value.compiled
    return value if isinstance(value, re.Pattern) else None


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for module in (*PATTERN_MODULES, mrkdwn):
        skip = OUTBOUND_ONLY.get(module, set())
        for name, value in vars(module).items():
            if (pattern := _compiled(value)) is not None and name not in skip:
                found.append((f"{module.__name__}.{name}", pattern))
            if isinstance(value, tuple) and value and all(map(_compiled, value)):
                found += [
                    (f"{module.__name__}.{name}[{i}]", p)
                    for i, v in enumerate(value)
                    if (p := _compiled(v)) is not None
                ]
    return found


@functools.cache
def _risk_model() -> risk_model.RiskModel:
    return risk_model.load_risk_model()


@functools.cache
def _agreed() -> agreed.AgreedSharing:
    words = builtin_knowledge().typed_words.agreed
    return agreed.AgreedSharing((), ("", ""), "", words)


FUNCTIONS: dict[str, Callable[[str], object]] = {
    "teams strip_mentions": teams_mentions.strip_mentions,
    "JSON nesting": lambda text: http_guard.nested_deeper_than(text, 1 << 30),
    "slack from_slack": mrkdwn.from_slack,
    "slack mention of the app": lambda text: slack_inbound._without_mention(text, "UBOT"),
    "slack leading mention": lambda text: slack_inbound._without_mention(text, None),
    "clean_input": clean_input.clean_input,
    "looks_identifying": privacy.looks_identifying,
    "names_in": lambda text: person_names.names_in(text, frozenset()),
    "redact": redact_module.redact,
    "question_segments": segment.question_segments,
    "parse_choice": choices.parse_choice,
    "risk model score": lambda text: _risk_model().score(text),
    "stops put back before capitals": risk_capitals.capital_stops,
    "told_questions": lambda text: told_questions(text, ("and what is", "also can i")),
    "agreed sharing": lambda text: _agreed().tells(text_words(text)),
    "not english": lambda text: english_share.not_english(text, frozenset({"the"})),
    "lower-case names": lambda text: lower_case_names.LowerCaseNames(
        frozenset({"ab", "she"}), ("said", "ab")
    ).named(text.lower()),
}


def _hostile(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _seconds(apply: Callable[[str], object], text: str) -> float:
    """CPU seconds `apply` takes on `text` (this thread's: other work on the machine, which
    only delays it, does not count)."""
    started = time.thread_time()
    apply(text)
    return time.thread_time() - started


def _check(apply: Callable[[str], object]) -> None:
    """64 KB of every kind of hostile text, then 1 MB of the kinds that were slowest at 64 KB
    (the most hostile for this pattern; a quadratic one is slowest by far)."""
    small: dict[str, float] = {}
    for kind, unit in UNITS.items():
        small[kind] = _seconds(apply, _hostile(unit, SMALL))
        assert small[kind] < SMALL_BUDGET_SECONDS, f"{kind}: {small[kind]:.2f} s for 64 KB"
    for kind in sorted(small, key=small.__getitem__, reverse=True)[:LARGE_KINDS]:
        large = _seconds(apply, _hostile(UNITS[kind], LARGE))
        assert large < LARGE_BUDGET_SECONDS, f"{kind}: {large:.2f} s for 1 MB"


def test_the_registry_finds_the_patterns_it_should() -> None:
    names = {name for name, _ in _patterns()}

    assert "adapters.teams.mentions._AT_TAG" in names
    assert "adapters.http_guard._JSON_MARKS" in names
    assert "dialogs.clean_input._SLACK_MARKUP" in names
    assert "knowledge.typed_words._SPACES" in names
    assert "dialogs.privacy._PATTERNS[0]" in names
    assert "dialogs.privacy._PATTERNS[6]" in names
    assert "dialogs.share_asks._REQUEST" in names
    assert "dialogs.choices._ANSWER" in names
    assert "bot.insight.redact._EMAIL" in names
    assert "adapters.slack.mrkdwn._INBOUND_TOKEN" in names
    assert "knowledge.risk_capitals._MISSED_STOP" in names
    assert len(names) > 40


@pytest.mark.parametrize(("name", "pattern"), _patterns(), ids=lambda v: getattr(v, "pattern", v))
def test_every_pattern_on_untrusted_text_is_linear(name: str, pattern: re.Pattern[str]) -> None:
    _check(lambda text: pattern.sub("", text))


@pytest.mark.parametrize("name", FUNCTIONS)
def test_every_function_reading_untrusted_text_is_linear(name: str) -> None:
    FUNCTIONS[name]("")  # what it is built from first (the agreement reader's packs), not timed
    _check(FUNCTIONS[name])
