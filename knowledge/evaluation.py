"""Score the assistant (or its matcher) against a labelled file of questions
(`knowledge.labelled_cases`, which reads one).

A *wrong quote* is any published answer given outright that is not among a case's ``expect``:
the worst mistake the assistant can make after missing a risk of harm.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from knowledge.labelled_cases import EvalCase, load_cases
from knowledge.matching import MatchResult

__all__ = [
    "EvalCase",
    "EvalReport",
    "Judge",
    "KindReport",
    "Miss",
    "SupportsMatch",
    "Verdict",
    "describe",
    "evaluate",
    "format_report",
    "judge_matcher",
    "load_cases",
]


@runtime_checkable
class SupportsMatch(Protocol):
    """Anything that matches a message like `knowledge.matching.Matcher` (e.g. a baseline)."""

    def match(self, text: str) -> MatchResult:
        """Decide what a message is asking."""
        ...


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the assistant did with one message, as far as scoring needs to know.

    Attributes:
        quoted: the entry quoted outright, if any.
        suggestions: the entries offered as "Did you mean…", best first.
        risk_of_harm: the reply led with the signpost to protection procedures.
        summary: a short description for the list of misses.
    """

    quoted: int | None
    suggestions: tuple[int, ...] = ()
    risk_of_harm: bool = False
    summary: str = ""


Judge = Callable[[str], Verdict]


@dataclass(frozen=True)
class Miss:
    """A case the assistant got wrong, and what it did instead."""

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
    """How the assistant did on a set of cases.

    Rates are fractions between 0 and 1; a rate over no cases is 0.
    """

    answerable: int
    unanswerable: int
    answered_right: int
    right_first: int
    answered_wrong: int
    declined: int
    strictly_declined: int
    wrong_quotes: int = 0
    at_risk: int = 0
    risk_caught: int = 0
    false_alarms: int = 0
    kinds: tuple[KindReport, ...] = ()
    misses: tuple[Miss, ...] = field(default=())

    @property
    def total(self) -> int:
        """Every case in the set."""
        return self.answerable + self.unanswerable

    @property
    def answered_right_rate(self) -> float:
        """Answerable cases given a right entry as the outright answer."""
        return _rate(self.answered_right, self.answerable)

    @property
    def right_first_rate(self) -> float:
        """Answerable cases whose answer, or first suggestion, is a right entry."""
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

    @property
    def wrong_quote_rate(self) -> float:
        """All cases given an entry outright that does not answer them."""
        return _rate(self.wrong_quotes, self.total)

    @property
    def risk_caught_rate(self) -> float:
        """Cases describing a risk of harm whose reply led with the signpost."""
        return _rate(self.risk_caught, self.at_risk)

    @property
    def false_alarm_rate(self) -> float:
        """Cases describing no risk of harm that were given the signpost all the same."""
        return _rate(self.false_alarms, self.total - self.at_risk)


def _rate(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def judge_matcher(matcher: SupportsMatch) -> Judge:
    """A judge that scores a bare matcher (no risk check, no built-in replies)."""

    def judge(text: str) -> Verdict:
        result = matcher.match(text)
        return Verdict(
            quoted=result.answer.number if result.answer else None,
            suggestions=tuple(m.number for m in result.suggestions),
            summary=describe(result),
        )

    return judge


def evaluate(subject: SupportsMatch | Judge, cases: Sequence[EvalCase]) -> EvalReport:
    """Run every case and count what was right: answers, declines, risk signposts.

    Args:
        subject: a matcher, or a judge that runs the whole assistant on one message.
        cases: labelled messages.

    Returns:
        The counts, rates per kind and the list of misses (a case is missed when its quote is
        wrong or missing, or when the signpost was missed or raised without cause).
    """
    judge = judge_matcher(subject) if isinstance(subject, SupportsMatch) else subject
    counts = dict.fromkeys(
        ("right", "first", "wrong", "declined", "strict", "quotes", "risk", "caught", "alarms"), 0
    )
    by_kind: dict[str, list[int]] = {}
    misses: list[Miss] = []
    for case in cases:
        verdict = judge(case.text)
        quoted = verdict.quoted
        wrong_quote = quoted is not None and quoted not in case.expect
        counts["quotes"] += wrong_quote
        if case.answerable:
            first = quoted if quoted is not None else next(iter(verdict.suggestions), None)
            ok = quoted in case.expect
            counts["right"] += ok
            counts["first"] += first in case.expect
            counts["wrong"] += wrong_quote
        else:
            ok = quoted is None
            counts["declined"] += ok
            counts["strict"] += ok and not verdict.suggestions
        counts["risk"] += case.risk
        counts["caught"] += case.risk and verdict.risk_of_harm
        counts["alarms"] += not case.risk and verdict.risk_of_harm
        ok = ok and verdict.risk_of_harm == case.risk
        tally = by_kind.setdefault(case.kind, [0, 0])
        tally[0] += 1
        tally[1] += ok
        if not ok:
            got = verdict.summary + ("; signposted" if verdict.risk_of_harm else "")
            misses.append(Miss(case, got))
    answerable = sum(1 for c in cases if c.answerable)
    return EvalReport(
        answerable=answerable,
        unanswerable=len(cases) - answerable,
        answered_right=counts["right"],
        right_first=counts["first"],
        answered_wrong=counts["wrong"],
        declined=counts["declined"],
        strictly_declined=counts["strict"],
        wrong_quotes=counts["quotes"],
        at_risk=counts["risk"],
        risk_caught=counts["caught"],
        false_alarms=counts["alarms"],
        kinds=tuple(KindReport(k, t, r) for k, (t, r) in sorted(by_kind.items())),
        misses=tuple(misses),
    )


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
        show_misses: list every case that was missed.

    Returns:
        Several lines of text, ending without a newline.
    """
    lines = [
        f"Wrong quotes: {_pct(report.wrong_quote_rate)}  ({report.wrong_quotes} of {report.total})",
        f"Risk of harm: {report.at_risk}",
        f"  signposted          {_pct(report.risk_caught_rate)}  ({report.risk_caught})",
        f"  false alarms        {_pct(report.false_alarm_rate)}  ({report.false_alarms} of "
        f"{report.total - report.at_risk} others)",
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
            case = miss.case
            want = f"entry {_names(case.expect)}" if case.answerable else "no quote"
            want += ", signpost" if case.risk else ""
            lines.append(f"  [{case.kind}] {case.text!r}: want {want}, got {miss.got}")
    return "\n".join(lines)


def _names(entries: frozenset[int]) -> str:
    return " or ".join(str(n) for n in sorted(entries))


def _pct(rate: float) -> str:
    return f"{rate * 100:5.1f}%"
