""" "Why is <subject> <predicate>?" asks the reason for the quality named: entry 1 answers why
information sharing is important, not why it is difficult, nor why data security matters
(docs/matcher.md, round 28, quote28b). Wordings written for this test.
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
        # each quoted entry 1 before: another quality of sharing
        "Why is information sharing so difficult between health and social care?",
        "Why is information sharing between health and social care so difficult?",
        # the importance of something sharing only qualifies, or of sharing a thing
        "Why is data security important?",
        "Why is data quality important?",
        "Why is information security so important?",
        "Why is sharing toys important?",
    ],
)
def test_another_quality_is_not_quoted_entry_1(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result


@pytest.mark.parametrize(
    "message",
    [
        "Why is effective information sharing important?",
        "Why is sharing personal data important?",
        "Why is sharing information about children important?",
        "why is infomation sharing so importnat",
        "Why is multi-agency information sharing so important for safeguarding?",
        "Why is sharing information seen as so central to partnership working?",
        "Why is information sharing such a big deal in this job?",
        "Why is it important to share information?",
        "Why is information sharing essential?",
    ],
)
def test_the_importance_of_sharing_is_still_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 1, result


@pytest.mark.parametrize(
    "message",
    [
        # "why is there <a thing>" asks why the thing exists: the thing named is read, not the
        # word after "there" alone (a probe of round 15 lost its answer to that reading)
        "police: why is there national guidance on sharing info when we have our own rules?",
        "Why is there government guidance on sharing at all?",
        "why is there a need for guidance on information sharing?",
    ],
)
def test_why_there_is_guidance_is_still_quoted_entry_2(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 2, result


def test_the_predicate_is_read_against_the_entrys_own_words() -> None:
    entry = QAEntry(
        number=3,
        question="Why is recycling useful?",
        answer="It saves resources.",
        alternates=("Why is recycling worthwhile?",),
        anchors=("valu*",),
    )
    why = WhyItIs([entry], {3: PhraseSet(["recycling", "waste"])})

    def another(text: str) -> bool:
        return why.asks_another_quality(3, words(text), words(text))

    assert not another("why is recycling so useful")
    assert not another("why is household waste recycling valuable")  # a stem of an anchor
    assert not another("why is it worthwhile")
    assert another("why is recycling so expensive")
    assert another("why is waste collection useful")  # "waste" qualifies "collection"
    assert not another("why was recycling expensive")  # of an event: not read
    assert not another("why is recycling in flats")  # no predicate found
