"""The one entry answering a kind of ask is still quoted when a topic we don't cover scores
highest but goes unnamed (round 43, right47).

"Under which circumstance may a professional break confidentiality?" asks the conditions for
sharing, which entry 4 alone answers (`Settling.sole_answer`), and names the entry's subject
("break confidentiality"). The topic on particular laws scored highest on its wording, and
although the message names none of the topic's anchors, the matcher returned suggestions
before the sole answerer was tried. "Under which circumstance" (one circumstance, "which" as
well as "what") also asks the conditions now.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # offered nothing before: the singular "circumstance" was no ask, and the laws topic led
        "Under which circumstance may a professional break confidentiality?",
        # quoted before too: the plural, with entry 4 ahead of every topic
        "Under which circumstances can I share without consent?",
    ],
)
def test_the_conditions_asked_are_entry_4s(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 4


@pytest.mark.parametrize(
    "message",
    [
        # the topic's own anchors named: a particular law, which the Q&A does not explain
        "Under which circumstances would a counsellor break confidentiality under the Human "
        "Rights Act?",
        "Under which circumstances does the common law duty of confidentiality allow sharing?",
        "Under which circumstances can a student's confidentiality be broken under the Children "
        "Act?",
        # a service's own rules of confidentiality (the practice sets label these unanswered)
        "Under which circumstances may a nurse break confidentiality?",
        "Under which circumstances can a GP breach confidentiality?",
        # another nation's law; another act than sharing; what follows a breach
        "Under which circumstances can I break confidentiality in Scotland?",
        "Under which circumstance can I delete records?",
        "what happens if I breach confidentiality?",
    ],
)
def test_near_questions_are_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None
