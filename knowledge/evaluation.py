"""Score a matcher against a labelled file of questions.

An evaluation file is a YAML list of ``{q: text, expect: entry number or null, kind: label}``.
`expect: null` marks a question the Q&A does not answer (or chatter): the matcher should decline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import yaml

from knowledge.matching import MatchResult


class SupportsMatch(Protocol):
    """Anything that matches a message like `knowledge.matching.Matcher` (e.g. a baseline)."""

    def match(self, text: str) -> MatchResult:
        """Decide what a message is asking."""
        ...


@dataclass(frozen=True)
class EvalCase:
    """One labelled question: the text, the entry it should get (None: decline) and its kind."""

    text: str
    expect: int | None
    kind: str


@dataclass(frozen=True)
class Miss:
    """A case the matcher got wrong, and what it did instead."""

    case: EvalCase
    got: str


@dataclass(frozen=True)
class KindReport:
    """Results for the cases of one kind."""

    kind: str
    total: int
    right: int

    @property
    def rate(self) -> float:
        """The fraction right (answered right, or declined when it should)."""
        return self.right / self.total if self.total else 0.0


@dataclass(frozen=True)
class EvalReport:
    """How a matcher did on a set of cases.

    Rates are fractions between 0 and 1; a rate over no cases is 0.
    """

    answerable: int
    unanswerable: int
    answered_right: int
    right_first: int
    answered_wrong: int
    declined: int
    strictly_declined: int
    kinds: tuple[KindReport, ...] = ()
    misses: tuple[Miss, ...] = field(default=())

    @property
    def answered_right_rate(self) -> float:
        """Answerable cases given the right entry as the outright answer."""
        return _rate(self.answered_right, self.answerable)

    @property
    def right_first_rate(self) -> float:
        """Answerable cases whose answer, or first suggestion, is the right entry."""
        return _rate(self.right_first, self.answerable)

    @property
    def declined_rate(self) -> float:
        """Unanswerable cases given no outright answer."""
        return _rate(self.declined, self.unanswerable)

    @property
    def strictly_declined_rate(self) -> float:
        """Unanswerable cases given neither an answer nor suggestions."""
        return _rate(self.strictly_declined, self.unanswerable)

    @property
    def wrong_answer_rate(self) -> float:
        """Answerable cases given a wrong entry as the outright answer."""
        return _rate(self.answered_wrong, self.answerable)


def _rate(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def load_cases(path: Path) -> list[EvalCase]:
    """Read an evaluation file.

    Args:
        path: a YAML file holding a list of mappings with keys ``q``, ``expect`` and ``kind``
            (``kind`` may be left out; it defaults to "answerable" or "unanswerable").

    Returns:
        The cases in file order.

    Raises:
        ValueError: the file cannot be read or parsed, or an item is malformed; the message
            names the file and the item.
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot be read ({exc.__class__.__name__})") from exc
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of {{q, expect, kind}} items")
    return [_case(path, i, item) for i, item in enumerate(data, start=1)]


def _case(path: Path, number: int, item: object) -> EvalCase:
    where = f"{path}: item {number}"
    if not isinstance(item, dict):
        raise ValueError(f"{where}: expected a mapping with q, expect and kind")
    unknown = set(item) - {"q", "expect", "kind"}
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(map(str, unknown))}")
    text, expect = item.get("q"), item.get("expect")
    if not isinstance(text, str):
        raise ValueError(f"{where}: q must be a string")
    if "expect" not in item:
        raise ValueError(f"{where}: expect is missing (an entry number, or null)")
    if expect is not None and (isinstance(expect, bool) or not isinstance(expect, int)):
        raise ValueError(f"{where}: expect must be an entry number or null, not {expect!r}")
    default_kind = "answerable" if expect is not None else "unanswerable"
    kind = item.get("kind", default_kind)
    if not isinstance(kind, str) or not kind.strip():
        raise ValueError(f"{where}: kind must be a non-empty string")
    return EvalCase(text=text, expect=expect, kind=kind)


def evaluate(matcher: SupportsMatch, cases: Sequence[EvalCase]) -> EvalReport:
    """Run every case through the matcher and count what it got right.

    Args:
        matcher: the matcher to score.
        cases: labelled questions.

    Returns:
        The counts, rates per kind and the list of misses.
    """
    counts = {"right": 0, "first": 0, "wrong": 0, "declined": 0, "strict": 0}
    by_kind: dict[str, list[int]] = {}
    misses: list[Miss] = []
    for case in cases:
        result = matcher.match(case.text)
        answer = result.answer.number if result.answer else None
        if case.expect is not None:
            first = answer if answer is not None else _first_suggestion(result)
            ok = answer == case.expect
            counts["right"] += ok
            counts["first"] += first == case.expect
            counts["wrong"] += answer is not None and not ok
        else:
            ok = answer is None
            counts["declined"] += ok
            counts["strict"] += ok and not result.suggestions
        tally = by_kind.setdefault(case.kind, [0, 0])
        tally[0] += 1
        tally[1] += ok
        if not ok:
            misses.append(Miss(case, describe(result)))
    answerable = sum(1 for c in cases if c.expect is not None)
    return EvalReport(
        answerable=answerable,
        unanswerable=len(cases) - answerable,
        answered_right=counts["right"],
        right_first=counts["first"],
        answered_wrong=counts["wrong"],
        declined=counts["declined"],
        strictly_declined=counts["strict"],
        kinds=tuple(KindReport(k, t, r) for k, (t, r) in sorted(by_kind.items())),
        misses=tuple(misses),
    )


def _first_suggestion(result: MatchResult) -> int | None:
    return result.suggestions[0].number if result.suggestions else None


def describe(result: MatchResult) -> str:
    """A short plain description of a match result, for reports."""
    if result.answer is not None:
        text = f"answer {result.answer.number} ({result.answer.score:.0f})"
    elif result.not_covered is not None:
        text = f"not covered: {result.not_covered.topic}"
    elif result.off_topic:
        text = "off topic"
    else:
        text = "no answer"
    if result.suggestions:
        text += "; suggested " + ", ".join(
            f"{m.number} ({m.score:.0f})" for m in result.suggestions
        )
    return text


def format_report(report: EvalReport, *, show_misses: bool = False) -> str:
    """Render a report as plain text.

    Args:
        report: the result of `evaluate`.
        show_misses: list every case the matcher got wrong.

    Returns:
        Several lines of text, ending without a newline.
    """
    lines = [
        f"Answerable:   {report.answerable}",
        f"  answered right      {_pct(report.answered_right_rate)}  ({report.answered_right})",
        f"  right first         {_pct(report.right_first_rate)}  ({report.right_first})",
        f"  answered wrong      {_pct(report.wrong_answer_rate)}  ({report.answered_wrong})",
        f"Unanswerable: {report.unanswerable}",
        f"  declined            {_pct(report.declined_rate)}  ({report.declined})",
        f"  strictly declined   {_pct(report.strictly_declined_rate)}  "
        f"({report.strictly_declined})",
        "By kind:",
    ]
    width = max((len(k.kind) for k in report.kinds), default=4)
    lines += [f"  {k.kind:<{width}}  {_pct(k.rate)}  ({k.right}/{k.total})" for k in report.kinds]
    if show_misses and report.misses:
        lines.append(f"Misses ({len(report.misses)}):")
        for miss in report.misses:
            want = "decline" if miss.case.expect is None else f"entry {miss.case.expect}"
            lines.append(f"  [{miss.case.kind}] {miss.case.text!r}: want {want}, got {miss.got}")
    return "\n".join(lines)


def _pct(rate: float) -> str:
    return f"{rate * 100:5.1f}%"
