"""Round 33: an item of a list belongs to the clause it goes on.

"I am legally mandated to report suspicions of abuse, neglect, exploitation, but…": a comma
started a new clause, so "neglect" stood outside the clause the duty makes general and rang as a
sign of harm. A clause of one or two words between two commas of one sentence is an item of a
list and joins the clause before it (`knowledge.risk_words.list_items`). A longer clause after a
comma still stands on its own, so what someone tells after a general opening still counts.
"""

from __future__ import annotations

import pytest

from knowledge.risk_words import list_items, words_of
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


def test_a_short_clause_between_commas_joins_the_clause_before() -> None:
    raws = words_of("report abuse, neglect, exploitation, but not that")
    # report abuse | neglect | exploitation | but not that
    assert list_items(raws, [0] * 7, [0, 0, 1, 2, 3, 3, 3]) == [0, 0, 0, 0, 1, 1, 1]


def test_a_clause_ending_its_sentence_or_a_longer_one_stands_alone() -> None:
    raws = words_of("she is 14, he hits her, mum. dad, ok")
    sentences = [0, 0, 0, 0, 0, 0, 0, 1, 1]
    clauses = [0, 0, 0, 1, 1, 1, 2, 3, 4]
    assert list_items(raws, sentences, clauses) == clauses


@pytest.mark.parametrize(
    "message",
    [
        "I know at work I am legally mandated to report suspicions of abuse, neglect,"
        " exploitation, but how about outside of work?",
        "I'm a nurse and I know I am legally bound to report signs of abuse, neglect, self-harm,"
        " but what about my neighbours?",
    ],
)
def test_a_list_of_harms_a_duty_names_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "As part of my safeguarding training, a girl, 14, told me her stepdad hits her",
        "our policy says report it, but my pupil, 9, says dad hits her",
        "if a child discloses, listen, she told me her uncle touches her",
        "I know the law on neglect, she's 6, left alone all night, what do I do?",
    ],
)
def test_what_is_told_after_a_general_opening_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
