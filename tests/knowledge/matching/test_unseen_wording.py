"""Wording nobody wrote down: what the matcher does when no alternate phrasing is near a question.

The development questions are answered partly because the packs hold phrasings near them; the
held-out questions have none so near. Each question here is asked of the packs with every
alternate and keyword near it (rapidfuzz ratio 60 or more) taken out, as a question worded
afresh would meet them. The rules that answer it must come from the gate and the asks, and a
pack thinned for every development question at once must still quote no wrong answer where the
full pack quotes none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from rapidfuzz import fuzz

from knowledge.evaluation import load_cases
from knowledge.matching import Matcher, load_matcher_packs
from knowledge.matching.text import words
from knowledge.qa_pack import QAEntry, QAPack
from tests.support.packs import builtin_matcher_packs

ROOT = Path(__file__).resolve().parents[3]
PACKS = ROOT / "knowledge" / "packs"
DATA = ROOT / "tests" / "data"
NEAR = 60


def _plain(text: str) -> str:
    return " ".join(words(text))


def _thinned(entries: tuple[QAEntry, ...], keep: Callable[[str], bool]) -> tuple[QAEntry, ...]:
    return tuple(
        dataclasses.replace(
            e,
            alternates=tuple(a for a in e.alternates if keep(a)),
            keywords=tuple(k for k in e.keywords if keep(k)),
        )
        for e in entries
    )


@pytest.fixture(scope="module")
def entries() -> tuple[QAEntry, ...]:
    pack = QAPack.model_validate(yaml.safe_load((PACKS / "qa.yaml").read_text(encoding="utf-8")))
    return pack.entries


def asked_afresh(entries: tuple[QAEntry, ...], question: str) -> int | None:
    """The entry quoted for `question` when no phrasing near it is in the packs."""
    asked = _plain(question)
    thin = _thinned(entries, lambda p: fuzz.ratio(_plain(p), asked) < NEAR)
    result = Matcher(thin, *builtin_matcher_packs()).match(question)
    return result.answer.number if result.answer else None


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # "needed" asks whether it is needed: the entry on whether an ISP is needed, not the
        # definition scoring as high
        ("ISP needed?", 13),
        # a topic the question does not name (consent ages; the GDPR) is no rival to an entry
        # that scores high, stands clear of the rest and passes the gate
        ("consent to share?", 4),
        ("data protection act?", 3),
        # ahead of every other entry and topic in the 55-60 band, and answering the kind of ask
        ("Why was the original guidance brought up to date?", 6),
        ("does the guidence apply to polce officers", 9),
        # "what's it for" asks the purpose, as typed (the apostrophe s is dropped)
        ("what's this guidance actually for?", 7),
        # what a protocol aims to do is the protocol entry's, not the guidance's purpose
        (
            "What does an information sharing protocol aim to do, and how is it different "
            "from an information sharing agreement?",
            12,
        ),
        # chatter sharing a terse question's few words ("who is the cake for", "this is a
        # test") is no rival to an entry close behind that passes the gate
        ("who is it for", 9),
        ("public interest test", 4),
        # "need ISP" asks whether one is needed: the close call with the definition is settled
        ("need ISP to share?", 13),
        # the asker is the audience (entry 9), not the kinds of sharing covered (entry 10)
        (
            "I'm a volunteer mentor with a charity, not employed by anyone. "
            "Does the info sharing guidance apply to me?",
            9,
        ),
    ],
)
def test_a_question_worded_afresh_still_gets_its_entry(
    entries: tuple[QAEntry, ...], question: str, entry: int
) -> None:
    assert asked_afresh(entries, question) == entry


def test_low_in_the_band_a_story_about_one_case_is_not_quoted(
    entries: tuple[QAEntry, ...],
) -> None:
    question = (
        "Police officer at the front desk wants a student's term-time address. Do I have to "
        "decide myself whether to give it to him?"
    )
    assert asked_afresh(entries, question) is None


def test_packs_thinned_for_every_development_question_quote_no_more_wrong_answers(
    entries: tuple[QAEntry, ...],
) -> None:
    asked = [_plain(c.text) for c in load_cases(DATA / "dev-questions.yaml")]
    thin = _thinned(entries, lambda p: all(fuzz.ratio(_plain(p), q) < NEAR for q in asked))
    assert sum(map(len, (e.alternates for e in thin))) < 150  # most phrasings are gone
    matcher = Matcher(thin, *load_matcher_packs(PACKS))
    wrong: list[str] = []
    for path in sorted(DATA.glob("*-dev[3-9].yaml")):
        for case in load_cases(path):
            result = matcher.match(case.text)
            if result.answer and (case.expect is None or result.answer.number not in case.expect):
                wrong.append(case.text)
    assert wrong == []
