"""Just after a check ended, "what does legitimate mean?" about the words of a question the run
answered gets that key question's help, as it would have while the question was waiting."""

from __future__ import annotations

from knowledge.flow_graph import all_paths
from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow
FIRST = FLOW.questions[0]
UNSURE_AT_FIRST = next(
    steps for steps, _ in all_paths(FLOW) if steps == ((FIRST.id, AnswerKey.NOT_SURE),)
)
LONGEST = [max(q.text.rstrip("?").split(), key=len).lower() for q in FLOW.questions]


def _unsure_at_the_first_question(chat: Chat) -> None:
    chat.send("check")
    for _, answer in UNSURE_AT_FIRST:
        chat.press(FIRST.label(answer))
    assert chat.state.check is not None and chat.state.check.finished


def test_a_word_of_the_question_answered_gets_its_help(chat: Chat) -> None:
    _unsure_at_the_first_question(chat)
    said = texts(chat.send(f"what does {LONGEST[0]} mean?"))
    assert f"Why key question {FIRST.number}?" in said
    assert FIRST.help in said


def test_a_word_of_a_question_never_reached_gets_no_help(chat: Chat) -> None:
    _unsure_at_the_first_question(chat)
    unasked = next(
        (w for q, w in zip(FLOW.questions, LONGEST, strict=True) if w not in FIRST.text.lower()),
        None,
    )
    assert unasked is not None
    assert "Why key question" not in texts(chat.send(f"what does {unasked} mean?"))


def test_every_path_explains_the_words_of_its_last_question(chat: Chat) -> None:
    for steps, _ in all_paths(FLOW):
        chat.send("restart" if chat.state.runs else "check")  # no check begun: none to restart
        for step, answer in steps:
            question = FLOW.question(step)
            assert question is not None
            chat.press(question.label(answer))
        last = FLOW.question(steps[-1][0])
        assert last is not None
        word = max(last.text.rstrip("?").split(), key=len).lower()
        said = texts(chat.send(f"what does {word} mean?"))
        assert "Why key question" in said, (steps, word)
        assert "We're still on this question" not in said
