""" "Why is information sharing seen as so crucial?" names entry 1's quality in a word the lexicon
rewrites into one of the entry's own (docs/matcher.md, round 29, quote29).

`WhyItIs` asks that the predicate of "why is <subject> <predicate>?" be a word of the entry's own
texts; "crucial", "significant" are not, though the lexicon reads both as "important". A word
rewritten alone into one of the entry's words now names the same quality; a quality the entry
never names is still offered, not quoted.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.matching.why_it_is import WhyItIs
from knowledge.qa_pack import QAEntry


@pytest.mark.parametrize(
    "message",
    [
        # each offered, not quoted, before
        "Why is sharing info between services so crucial?",
        "why is information sharing between professionals so significant",
        "Why is information sharing seen as so crucial?",
        "Why is information sharing so crucial for families?",
    ],
)
def test_a_synonym_of_its_quality_is_entry_1(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 1, result


@pytest.mark.parametrize(
    "message",
    [
        "Why is information sharing so difficult?",
        "Why is data security important?",
        "Why is information sharing so complicated between schools and health?",
    ],
)
def test_another_quality_is_still_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result


def test_a_word_rewritten_into_one_of_its_own_names_its_quality() -> None:
    entry = QAEntry(
        number=7,
        question="Why is recycling important?",
        answer="Recycling information helps.",
    )
    why = WhyItIs([entry], {7: PhraseSet(["recycling"])}, {"crucial": "important"})
    ask = words
    assert not why.asks_another_quality(7, ask("why is recycling crucial"), ask("x x x x"))
    assert why.asks_another_quality(7, ask("why is recycling hard"), ask("x x x x"))


def test_the_lexicon_gives_its_one_for_one_rewrites(built_in_matcher: Matcher) -> None:
    synonyms = built_in_matcher._normaliser.one_for_one()
    assert synonyms["crucial"] == "important"
    assert "ig" not in synonyms  # spelt out in two words: "information governance"
