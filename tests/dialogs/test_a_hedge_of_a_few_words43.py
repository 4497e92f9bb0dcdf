"""A hedge of a few words doubts an answer as one word does (tryout43 #4).

"not really" at key question 2 (does it identify a living person) or 3 (is it confidential)
was a plain No and ended the check with **You can share**, while "probably not" was asked
again: the doubts were single words. Now the typed-words pack's doubts hold phrases too
("not really", "not that i know", "i wouldn't say so", "sort of"), and every answer that ends
the check with sharing, given with one, is asked again. Generated from the flow data.
"""

from __future__ import annotations

import pytest

from knowledge.flow_graph import all_paths
from knowledge.flow_pack import AnswerKey, FlowPack, FlowQuestion
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import go_to

FLOW: FlowPack = builtin_knowledge().flow
# The trial's lines, then the same kind in other words.
HEDGED = {
    AnswerKey.NO: [
        "not really",
        "nah not really",
        "no, not really",
        "not really, its on facebook",
        "not exactly",
        "not as such",
        "i wouldn't say so",
        "not that i know",
        "not that im aware",
        "not particularly",
        "hardly",
    ],
    AnswerKey.YES: ["yes as far as i know", "yes more or less", "yes afaik"],
}
# Near replies whose reading must not change.
CLEAR = {AnswerKey.NO: ["no", "nope", "no it doesnt"], AnswerKey.YES: ["yes", "yep"]}
NOT_SURE = ["not sure tbh", "hmm not really sure tbh", "not exactly sure", "sort of", "kind of"]


def _shares(question: FlowQuestion, answer: AnswerKey) -> bool:
    outcome = FLOW.outcome(question.answers[answer])
    return outcome is not None and outcome.kind == "share"


ANSWERED = sorted({(step, answer) for steps, _ in all_paths(FLOW) for step, answer in steps})
SHARES = [
    (step, answer)
    for step, answer in ANSWERED
    if answer in HEDGED and (q := FLOW.question(step)) is not None and _shares(q, answer)
]


def test_a_no_and_a_yes_share_somewhere() -> None:
    assert {s for s, a in SHARES if a is AnswerKey.NO} >= {"identifiable", "confidential"}
    assert any(a is AnswerKey.YES for _, a in SHARES)


@pytest.mark.parametrize(("step", "answer"), SHARES)
def test_a_hedge_of_a_few_words_is_asked_again(chat: Chat, step: str, answer: AnswerKey) -> None:
    question = FLOW.question(step)
    assert question is not None and question.clear_text
    for words in HEDGED[answer]:
        go_to(chat, step)
        before = chat.state.check
        said = texts(chat.send(words))
        assert chat.state.check == before, f"nothing recorded for {words!r} at {step}"
        assert question.clear_text.split(":")[0] in said, (step, words)
        assert "You can share" not in said.split(":")[0] and "I've taken that as" not in said
        chat.send("cancel")


@pytest.mark.parametrize(("step", "answer"), SHARES)
def test_a_clear_answer_beside_them_still_shares(chat: Chat, step: str, answer: AnswerKey) -> None:
    # A bare yes after "ask first" may mean "ok, I'll ask" (typed_asks): said in words there.
    said = [f"{w} she agreed" if step == "ask-first" else w for w in CLEAR[answer]]
    for words in said:
        go_to(chat, step)
        chat.send(words)
        check = chat.state.check
        assert check is not None and check.finished and check.answered(step) is answer, words
        chat.send("cancel")


@pytest.mark.parametrize("step", ["identifiable", "confidential"])
@pytest.mark.parametrize("words", NOT_SURE)
def test_a_not_sure_beside_them_stays_not_sure(chat: Chat, step: str, words: str) -> None:
    go_to(chat, step)
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered(step) is AnswerKey.NOT_SURE, words


def test_after_asking_again_the_button_decides(chat: Chat) -> None:
    go_to(chat, "confidential")
    chat.send("not really")
    question = FLOW.question("confidential")
    assert question is not None
    replies = chat.press(question.label(AnswerKey.NO))
    assert any(r.outcome is not None and r.outcome.value == "share" for r in replies)


def test_a_hedged_no_that_leads_on_is_taken_as_before(chat: Chat) -> None:
    # At key question 1 a no does not share: "not really" is taken, with the usual words.
    go_to(chat, "purpose")
    said = texts(chat.send("not really"))
    check = chat.state.check
    assert check is not None and check.answered("purpose") is AnswerKey.NO
    assert "I've taken that as **No**" in said
