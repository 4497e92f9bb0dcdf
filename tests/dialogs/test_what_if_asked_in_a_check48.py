"""A question about key question 4's answers asked while it waits ("what if she says no?", "can i
share without asking her?") gets the check's own help for that step and the same question again,
never entry 4's quote (round 48, quote143; key question 5's too since round 49, quote148); out of
a check, whether consent is needed is entry 4 however the person is named ("do i need consent?",
"do i need her consent?"). After a signpost the case's own reply comes first (round 49:
test_consent_asked_after_a_signpost49)."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey, FlowQuestion
from tests.support.core import Chat, published_question, quoted, texts
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow
ASKING = [q for q in FLOW.questions if q.what_if]
WHAT_IF = [
    "what if she says no?",
    "what if she refuses?",
    "can i share without asking her?",
    "What if he won't agree?",
    "do i need consent?",
    "do i need her consent?",
    "and if they refuse, what then?",
]


def _first_sentence(question: FlowQuestion) -> str:
    assert question.what_if_text is not None
    return question.what_if_text.split(". ")[1]


def _at(chat: Chat, step: str) -> None:
    """Into a check, yes to each question until `step` waits (through "Not asked yet" to the
    question asked after asking first)."""
    chat.send("check")
    for _ in FLOW.questions:
        check = chat.state.check
        assert check is not None and not check.finished
        if check.step == step:
            return
        question = FLOW.question(check.step)
        assert question is not None
        onward = next(
            (a for a, to in question.answers.items() if to == step),
            AnswerKey.YES if AnswerKey.YES in question.answers else None,
        )
        assert onward is not None
        chat.press(question.label(onward))
    pytest.fail(f"{step} never waited")


def test_the_consent_questions_have_what_if_help() -> None:
    assert {q.number for q in ASKING} == {4, 5}


@pytest.mark.parametrize("step", [q.id for q in ASKING])
@pytest.mark.parametrize("words", WHAT_IF)
def test_a_what_if_at_a_consent_question_gets_its_help_and_the_place_kept(
    chat: Chat, step: str, words: str
) -> None:
    _at(chat, step)
    before = chat.state.check
    question = FLOW.question(step)
    assert question is not None
    replies = chat.send(words)
    assert quoted(replies) == []
    said = texts(replies)
    assert _first_sentence(question) in said
    assert "public interest" in said
    assert chat.state.check == before
    assert f"Key question {question.number}" in replies[-1].text
    # the question waits on: a refusal (at key question 5, a no) is still taken
    no = AnswerKey.REFUSED if AnswerKey.REFUSED in question.answers else AnswerKey.NO
    chat.press(question.label(no))
    after = chat.state.check
    assert after is not None and after.step == question.answers[no]


@pytest.mark.parametrize(
    "words",
    [
        "she said no",  # an answer, not a question about the answers
        "what does consent mean?",  # the term's meaning, as before
    ],
)
def test_an_answer_or_a_meaning_at_key_question_4_is_not_the_what_if_help(
    chat: Chat, words: str
) -> None:
    question = ASKING[0]
    _at(chat, question.id)
    said = texts(chat.send(words))
    assert _first_sentence(question) not in said


@pytest.mark.parametrize("words", ["what if she says no?", "can i share without asking her?"])
def test_a_what_if_at_another_question_is_not_key_question_4s_help(chat: Chat, words: str) -> None:
    chat.send("check")
    said = texts(chat.send(words))
    assert all(_first_sentence(q) not in said for q in ASKING)


@pytest.mark.parametrize(
    "words",
    [
        "do i need consent?",
        "do i need her consent?",
        "do i need his consent?",
        "do i need their consent?",
        "do i need her permission?",
        "Do I need consent to share information?",
        "What if the person refuses consent to share?",
        "Can I share information without consent?",
    ],
)
def test_whether_consent_is_needed_out_of_a_check_still_quotes_entry_4(
    chat: Chat, words: str
) -> None:
    assert quoted(chat.send(words)) == [published_question(4)]
