"""Round 58 (quote250, issue 11): entry 4's own question in busy words, and its narrower matters.

Entry 4 answers whether consent is needed, what to do when it is refused or cannot be sought,
and what to weigh in deciding. Asked in a practitioner's own words ("what if they say no?",
"without their say-so", "do I always have to ask?", "is consent a must?") it is quoted (qa.yaml
`anchors`). Narrower matters in its words are not: consent asked again, whether to tell her or
him, a manager's sign-off, an age given as a number, a complaint or a mistake after sharing, a
meeting; nor a narrower matter told in the story before a question too short to stand alone
(`narrower_matters`). The messages are the writer's own, through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted

_ENTRY_4 = [published_question(4)]


@pytest.mark.parametrize(
    "asked",
    [
        "Can I ever share without a client's say-so?",
        "Do I always have to ask the family before sharing?",
        "Is consent a must before passing anything on?",
        "Is getting consent best practice or a legal requirement?",
        "Is it ok to share when the person is uncontactable?",
    ],
)
def test_entry_4_s_own_question_in_busy_words_is_quoted(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == _ENTRY_4


@pytest.mark.parametrize(
    "asked",
    [
        "She refused consent and I shared anyway. Do I need to tell her?",
        "Should a manager sign off every decision to share without consent?",
        "If a boy is 13, can he refuse consent to share?",
        "We shared without consent and the family want to complain. What now?",
        "Can I share without consent in a multi-agency meeting?",
        "He's 15 and refused consent. What now?",
        "Our insurers want the incident report with a resident's name on it. She hasn't "
        "consented. Is that ok?",
    ],
)
def test_a_narrower_matter_is_not_quoted_entry_4(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []
