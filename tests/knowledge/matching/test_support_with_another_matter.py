""" "How should my organisation support me when I'm off sick?" asks for support with another
matter, not how staff are supported to share (docs/matcher.md, round 30, quote30).

Entry 14's `about` names staff ("me", "us" among them), so any question of support naming the
one supported passed the gate's `about` check. What follows the word of support says what the
support is for: a clause ("when", "with", "after", "if"…) whose first word of substance is no
word of the entry's own texts nor a stem of its anchors, and which names no sharing, asks for
support with another matter, and the entry is offered instead.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.another_topic import SupportFor
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.qa_pack import QAEntry


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 14 before
        "How should my organisation support me when I'm off sick?",
        "How should my manager support me with my workload?",
        "What support should my employer give us after a bereavement?",
        "how should my employer support me during the menopause?",
        "How should my organisation support me when things go wrong?",
        # round 55 (quote212): entry 14 is about sharing only, so a complaint with no
        # sharing named is another matter too (quoted entry 14 before)
        "How should my organisation support me if a family complains?",
    ],
)
def test_support_with_another_matter_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None


@pytest.mark.parametrize(
    "message",
    [
        "Will my organisation support me if I share information?",
        "will my employer support me if I share?",
        "What support should I get from my employer when sharing information?",
        "how should my organisation support me after I've made a referral?",
        "How should my organisation support me if a parent complains that I told the school?",
        # round 55 (quote212): "…if a family complains?" names no sharing and is held now
        "How should my organisation support me if a family complains that I shared?",
        "health visitor: how should my trust support me with information sharing decisions?",
        "What should my organisation do to support me?",
    ],
)
def test_support_to_share_is_still_entry_14(built_in_matcher: Matcher, message: str) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == 14


def test_the_clause_is_read_against_the_entrys_own_words() -> None:
    entry = QAEntry(
        number=3,
        question="How should I be supported to recycle?",
        answer="Your council supports recycling with bins.",
        anchors=("bin*",),
    )
    reader = SupportFor([entry], PhraseSet(["recycl*"]))

    def another(text: str, number: int = 3) -> bool:
        return reader.another_matter(number, words(text), words(text))

    assert another("how should my council support me when I move house")
    assert another("will they support us with the garden")
    assert not another("how should my council support me with the bins")  # an own word
    assert not another("will they support me with binning glass")  # an anchor's stem
    assert not another("will they support me when our glass is recycled")  # names the topic
    assert not another("how should my council support me")  # no clause
    assert not another("how should my council support me when I move house", number=4)
