"""Loading evaluation files and scoring a matcher against them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knowledge.evaluation import EvalCase, Verdict, evaluate, format_report, load_cases
from knowledge.matching import Matcher, load_matcher_packs
from knowledge.qa_pack import QAPack

PACKS = Path(__file__).resolve().parents[2] / "knowledge" / "packs"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    pack = QAPack.model_validate(yaml.safe_load((PACKS / "qa.yaml").read_text(encoding="utf-8")))
    not_covered, lexicon = load_matcher_packs(PACKS)
    return Matcher(pack.entries, not_covered, lexicon)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_cases_load_in_order_with_kinds(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "- {q: 'What is an ISP?', expect: 12, kind: terse}\n"
        "- {q: 'share the slides', expect: null, kind: off-topic, note: 'why in doubt'}\n"
        "- {q: 'no kind given', expect: null}\n"
        "- {q: 'either will do', expect: [12, 13], kind: isp}\n"
        "- {q: 'she will hurt the baby', expect: null, risk: true, category: threats,"
        " source: 'https://example.org/page'}\n",
    )
    assert load_cases(path) == [
        EvalCase("What is an ISP?", frozenset({12}), "terse"),
        EvalCase("share the slides", frozenset(), "off-topic"),
        EvalCase("no kind given", frozenset(), "unanswerable"),
        EvalCase("either will do", frozenset({12, 13}), "isp"),
        EvalCase("she will hurt the baby", frozenset(), "unanswerable", risk=True),
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- {q: 'x', expect: 'twelve'}\n", "item 1: expect must be"),
        ("- {q: 'x', expect: true}\n", "item 1: expect must be"),
        ("- {q: 'x', expect: [1, 'two']}\n", "item 1: expect must be"),
        ("- {q: 'x', expect: null, risk: 'yes'}\n", "item 1: risk must be true or false"),
        ("- {q: 'x', expect: 1}\n- {expect: 2}\n", "item 2: q must be a string"),
        ("- {q: 'x'}\n", "item 1: expect is missing"),
        ("- {q: 'x', expect: 1, kund: a}\n", "item 1: unknown keys"),
        ("- just a string\n", "item 1: expected a mapping"),
        ("q: not a list\n", "expected a list"),
        ("- [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_files_name_the_file_and_item(tmp_path: Path, text: str, problem: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ValueError, match=r"cases\.yaml") as caught:
        load_cases(path)
    assert problem in str(caught.value)


def test_missing_file_is_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot be read"):
        load_cases(tmp_path / "nope.yaml")


def test_evaluate_counts_answers_suggestions_and_declines(matcher: Matcher) -> None:
    cases = [
        EvalCase("What is an information sharing protocol?", frozenset({12}), "title"),
        EvalCase("What is an information sharing protocol?", frozenset({3}), "wrong on purpose"),
        EvalCase("information sharing guidance", frozenset({7}), "vague"),
        EvalCase("thanks", frozenset(), "chatter"),
        EvalCase("information sharing guidance", frozenset(), "vague decline"),
    ]
    report = evaluate(matcher, cases)
    assert (report.answerable, report.unanswerable) == (3, 2)
    assert report.answered_right == 1
    assert report.answered_wrong == 1
    assert report.wrong_quotes == 1
    assert report.declined == 2
    # The vague question gets suggestions, so it is declined but not strictly.
    assert report.strictly_declined == 1
    assert report.answered_right_rate == pytest.approx(1 / 3)
    assert [m.case.kind for m in report.misses] == ["wrong on purpose", "vague"]
    assert {k.kind: (k.right, k.total) for k in report.kinds}["chatter"] == (1, 1)


def test_report_reads_plainly(matcher: Matcher) -> None:
    report = evaluate(matcher, [EvalCase("What is an ISP?", frozenset({13}), "terse")])
    text = format_report(report, show_misses=True)
    assert "answered right        0.0%" in text
    assert "Wrong quotes: 100.0%  (1 of 1)" in text
    assert "[terse] 'What is an ISP?': want entry 13, got answer 12" in text
    assert "Misses" not in format_report(report)


def test_empty_case_list_reports_zero_rates(matcher: Matcher) -> None:
    report = evaluate(matcher, [])
    assert report.answered_right_rate == 0.0
    assert "Answerable:   0" in format_report(report)


def test_a_quote_of_any_listed_entry_is_right_and_of_another_is_wrong() -> None:
    def judge(text: str) -> Verdict:
        return Verdict(quoted=int(text))

    cases = [EvalCase("12", frozenset({12, 13}), "a"), EvalCase("13", frozenset({12, 13}), "a")]
    cases.append(EvalCase("4", frozenset(), "none answers"))
    report = evaluate(judge, cases)
    assert (report.answered_right, report.wrong_quotes, report.declined) == (2, 1, 0)
    assert report.wrong_quote_rate == pytest.approx(1 / 3)


def test_risk_of_harm_is_counted_apart_from_quotes() -> None:
    said = {"hurt": True, "policy": True, "missed": False}

    def judge(text: str) -> Verdict:
        return Verdict(quoted=None, risk_of_harm=said[text], summary="declined")

    cases = [
        EvalCase("hurt", frozenset(), "disclosure", risk=True),
        EvalCase("missed", frozenset(), "disclosure", risk=True),
        EvalCase("policy", frozenset(), "ordinary"),
    ]
    report = evaluate(judge, cases)
    assert (report.at_risk, report.risk_caught, report.false_alarms) == (2, 1, 1)
    assert report.risk_caught_rate == 0.5
    assert report.false_alarm_rate == 1.0
    assert [m.case.text for m in report.misses] == ["missed", "policy"]
    text = format_report(report, show_misses=True)
    assert "'missed': want no quote, signpost, got declined" in text
    assert "'policy': want no quote, got declined; signposted" in text
