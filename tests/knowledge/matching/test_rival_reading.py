"""Two readings of one question: two entries that both answer its kind of ask, both pass the
gate and score a few points apart are both offered, not one quoted."""

from __future__ import annotations

import pytest
import yaml

from knowledge.loader import builtin_packs_dir
from knowledge.matching import Matcher
from knowledge.qa_pack import QAPack
from tests.support.packs import builtin_matcher_packs


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    text = (builtin_packs_dir() / "qa.yaml").read_text(encoding="utf-8")
    entries = QAPack.model_validate(yaml.safe_load(text)).entries
    return Matcher(entries, *builtin_matcher_packs())


def test_whom_it_is_for_or_what_it_covers_is_offered_both_ways(matcher: Matcher) -> None:
    # Entry 9 (whom the guidance is for) at 89 and entry 10 (which sharing it covers) at 85,
    # both answering "does it cover": entry 9 was quoted.
    result = matcher.match(
        "we receive data from HMRC under a statutory gateway. does the practitioners' "
        "information sharing guidance cover that kind of sharing?"
    )
    assert result.answer is None
    assert [m.number for m in result.suggestions] == [9, 10]


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # entry 10 alone answers it: no rival near
        (
            "does the information sharing guidance for practitioners cover sharing under a "
            "statutory gateway?",
            10,
        ),
        # entry 12 and 13 a few points apart, but only entry 12 answers "what is"
        (
            "What is an information sharing protocol? Is it the same thing as a data sharing "
            "agreement?",
            12,
        ),
    ],
)
def test_a_rival_that_answers_another_ask_is_no_second_reading(
    matcher: Matcher, question: str, entry: int
) -> None:
    result = matcher.match(question)
    assert result.answer is not None and result.answer.number == entry, result
