"""No outcome that shares is reached on a hedged answer.

Left by check42 (round 42): "i guess not" at key questions 2 and 3, "yeah probably" to consent at
key question 4, "i think so" where a yes ends the check with sharing, were taken with only the
usual "I've taken that as …" and the check said **You can share**. Every answer that leads to a
share outcome is now one of its question's `clear_answers` (the flow check says so): a doubtful
reply giving it is asked again with the pack's "I want to be sure …" and the buttons, nothing
recorded. A hedge that leads on to another question, or away from sharing, is taken as before.
Generated from the flow data: every question, every answer that shares.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from knowledge.flow_graph import all_paths, graph_problems
from knowledge.flow_pack import AnswerKey, FlowPack, FlowQuestion
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import go_to

FLOW: FlowPack = builtin_knowledge().flow
DOUBTFUL = {
    AnswerKey.YES: ["probably", "i think so", "yeah probably", "i guess so", "yes I think so"],
    AnswerKey.NO: ["i guess not", "probably not", "i dont think so", "i suppose not"],
}
CLEAR = {AnswerKey.YES: "yes", AnswerKey.NO: "no"}


def _ends(question: FlowQuestion, answer: AnswerKey) -> str | None:
    outcome = FLOW.outcome(question.answers[answer])
    return outcome.kind if outcome is not None else None


# (question id, answer) for every answer of a reached question, from every path through the flow.
ANSWERED = sorted({(step, answer) for steps, _ in all_paths(FLOW) for step, answer in steps})
SHARES = [
    (step, answer)
    for step, answer in ANSWERED
    if (q := FLOW.question(step)) is not None and _ends(q, answer) == "share"
]
# Hedged yes or no that lead on to another question, or end without sharing, where the question
# asks no clear answer for them.
STAYS = [
    (step, answer)
    for step, answer in ANSWERED
    if answer in DOUBTFUL
    and (q := FLOW.question(step)) is not None
    and _ends(q, answer) != "share"
    and answer not in q.clear_answers
]
# Round 46 (follow106, tryout100 #8): hedges that do not share but are asked again all the same:
# a yes at key question 1 (the whole check goes on from it) and a no at key question 5 ("probably
# not, hes 17 and its his business" went straight to Do not share).
GUARDED = [
    (step, answer)
    for step, answer in ANSWERED
    if answer in DOUBTFUL
    and (q := FLOW.question(step)) is not None
    and _ends(q, answer) != "share"
    and answer in q.clear_answers
]


def test_the_flow_has_an_answer_that_shares_at_every_kind_of_question() -> None:
    assert {s for s, _ in SHARES} >= {"identifiable", "confidential", "consent", "ask-first"}
    assert len(STAYS) >= 2
    assert {
        ("purpose", AnswerKey.YES),
        ("public-interest", AnswerKey.NO),
        ("public-interest-unsought", AnswerKey.NO),
    } <= set(GUARDED)


@pytest.mark.parametrize(("step", "answer"), GUARDED)
def test_a_guarded_hedge_that_does_not_share_is_asked_again(
    chat: Chat, step: str, answer: AnswerKey
) -> None:
    question = FLOW.question(step)
    assert question is not None and question.clear_text
    go_to(chat, step)
    before = chat.state.check
    said = texts(chat.send(DOUBTFUL[answer][1]))
    assert chat.state.check == before and "I've taken that as" not in said, (step, said)
    assert question.clear_text.split(":")[0] in said


@pytest.mark.parametrize(("step", "answer"), SHARES)
def test_every_answer_that_shares_asks_a_clear_reply(step: str, answer: AnswerKey) -> None:
    question = FLOW.question(step)
    assert question is not None and answer in question.clear_answers and question.clear_text


@pytest.mark.parametrize(("step", "answer"), [s for s in SHARES if s[1] in DOUBTFUL])
def test_a_doubtful_answer_that_would_share_is_asked_again(
    chat: Chat, step: str, answer: AnswerKey
) -> None:
    question = FLOW.question(step)
    assert question is not None and question.clear_text
    for words in DOUBTFUL[answer]:
        go_to(chat, step)
        before = chat.state.check
        replies = chat.send(words)
        assert chat.state.check == before, f"nothing recorded for {words!r} at {step}"
        said = texts(replies)
        assert question.clear_text.split(":")[0] in said and "I've taken that as" not in said
        labels = [c.label for c in replies[-1].choices]
        assert question.label(answer) in labels and question.label(AnswerKey.NOT_SURE) in labels
        chat.send("cancel")


@pytest.mark.parametrize(("step", "answer"), [s for s in SHARES if s[1] in DOUBTFUL])
@pytest.mark.parametrize("then", ["button", "not sure"])
def test_after_asking_again_a_clear_answer_decides(
    chat: Chat, step: str, answer: AnswerKey, then: str
) -> None:
    question = FLOW.question(step)
    assert question is not None
    go_to(chat, step)
    chat.send(DOUBTFUL[answer][0])
    replies = chat.press(question.label(answer)) if then == "button" else chat.send(then)
    ends = "share" if then == "button" else "seek-advice"
    assert any(r.outcome is not None and r.outcome.value == ends for r in replies), (step, then)


@pytest.mark.parametrize(("step", "answer"), [s for s in SHARES if s[1] in DOUBTFUL])
def test_a_clear_typed_answer_still_shares(chat: Chat, step: str, answer: AnswerKey) -> None:
    go_to(chat, step)
    # A bare "yes" after "ask first" may mean "ok, I'll ask" (typed_asks): said in words there.
    words = "yes she agreed" if step == "ask-first" else CLEAR[answer]
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.finished and check.answered(step) is answer


@pytest.mark.parametrize(("step", "answer"), STAYS)
def test_a_hedge_that_does_not_share_is_taken_as_before(
    chat: Chat, step: str, answer: AnswerKey
) -> None:
    question = FLOW.question(step)
    assert question is not None
    words = DOUBTFUL[answer][0]
    go_to(chat, step)
    replies = chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered(step) is answer, (step, words)
    assert f"I've taken that as **{question.label(answer)}**" in texts(replies)


def test_the_flow_check_finds_an_answer_that_shares_without_a_clear_reply() -> None:
    assert graph_problems(FLOW) == []
    question = FLOW.question("confidential")
    assert question is not None
    loose = replace(question, clear_answers=(), clear_text=None)
    flow = replace(FLOW, questions=tuple(loose if q is question else q for q in FLOW.questions))
    problems = graph_problems(flow)
    assert problems == [
        "question 'confidential': answer 'no' leads to sharing, so it must be one of the "
        "question's clear_answers"
    ]


# The trial's lines (check42's left items), each beside near replies that must not change.
@pytest.mark.parametrize(
    ("step", "words"),
    [
        ("identifiable", "i guess not"),
        ("confidential", "i guess not"),
        ("consent", "yeah probably"),
        ("consent", "i think so"),
        ("ask-first", "i think so"),
    ],
)
def test_the_trial_hedges_are_asked_again(chat: Chat, step: str, words: str) -> None:
    go_to(chat, step)
    replies = chat.send(words)
    check = chat.state.check
    assert check is not None and not check.finished and check.step == step
    assert texts(replies).startswith("I want to be sure of this one")


@pytest.mark.parametrize(
    ("step", "words", "answer"),
    [
        ("confidential", "i think so", AnswerKey.YES),
        ("identifiable", "probably", AnswerKey.YES),
        ("purpose", "yes", AnswerKey.YES),
        ("public-interest", "no", AnswerKey.NO),
        ("consent", "no she refused", AnswerKey.REFUSED),
        ("identifiable", "no", AnswerKey.NO),
        ("consent", "yes", AnswerKey.YES),
    ],
)
def test_near_replies_keep_their_reading(
    chat: Chat, step: str, words: str, answer: AnswerKey
) -> None:
    go_to(chat, step)
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered(step) is answer, (step, words)


# Round 46 (follow106, tryout100 #8): the trial's lines, asked again where they were taken.
@pytest.mark.parametrize(
    ("step", "words"),
    [
        ("purpose", "probably"),
        ("purpose", "probs"),
        ("public-interest", "probably not, hes 17 and its his business"),
        ("public-interest", "i dont think so"),
    ],
)
def test_the_trial_hedges_of_round_46_are_asked_again(chat: Chat, step: str, words: str) -> None:
    question = FLOW.question(step)
    assert question is not None and question.clear_text
    go_to(chat, step)
    said = texts(chat.send(words))
    check = chat.state.check
    assert check is not None and not check.finished and check.answered(step) is None, said
    assert said.startswith(question.clear_text.split(",")[0]) and "I've taken that as" not in said
