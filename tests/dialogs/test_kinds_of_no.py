"""At the consent question, a longer reply saying which kind of no is read as that kind (and
confirmed); where a question offers only a plain no, the same words answer nothing and it is
asked again."""

from __future__ import annotations

import pytest

from knowledge.flow_graph import all_paths
from knowledge.flow_pack import NO_LIKE, AnswerKey
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow
# The first path through the question that tells kinds of no apart, up to that question.
KINDS_AT, BEFORE = next(
    (step, steps[:i])
    for steps, _ in all_paths(FLOW)
    for i, (step, _) in enumerate(steps)
    if (q := FLOW.question(step)) is not None and sum(a in q.answers for a in NO_LIKE) > 1
)
KINDS = FLOW.question(KINDS_AT)
assert KINDS is not None

READINGS = [
    ("we haven't asked yet", AnswerKey.NOT_ASKED),
    ("we havent had a chance to ask her", AnswerKey.NOT_ASKED),
    ("not yet, I'll ask at the next visit", AnswerKey.NOT_ASKED),
    ("she doesn't know yet", AnswerKey.NOT_ASKED),
    ("he isn't aware we're thinking of sharing", AnswerKey.NOT_ASKED),
    ("I haven't told her yet", AnswerKey.NOT_ASKED),
    ("we haven't discussed it with the family", AnswerKey.NOT_ASKED),
    ("she said no", AnswerKey.REFUSED),
    ("no, she refused", AnswerKey.REFUSED),
    ("no she doesn't want us to", AnswerKey.REFUSED),
    ("mum said no straight away", AnswerKey.REFUSED),
    # Round 32 (tryout32): a refusal in everyday words was no answer, and a "yes" after it
    # then recorded consent
    ("she asked me not to tell anyone", AnswerKey.REFUSED),
    ("she doesn't want anyone told", AnswerKey.REFUSED),
    ("mum said she doesn't want anyone to know", AnswerKey.REFUSED),
    ("he told me not to tell anyone", AnswerKey.REFUSED),
    ("it wouldn't be safe to ask him", AnswerKey.UNSAFE_TO_ASK),
    ("no, it's not safe to ask", AnswerKey.UNSAFE_TO_ASK),
    ("no I don't think so", AnswerKey.NO),
]


def _at_the_consent_question(chat: Chat) -> None:
    chat.send("check")
    for step, answer in BEFORE:
        question = FLOW.question(step)
        assert question is not None
        chat.press(question.label(answer))
    assert chat.state.check is not None and chat.state.check.step == KINDS_AT


@pytest.mark.parametrize(("words", "kind"), READINGS)
def test_a_kind_of_no_is_read_as_that_kind_and_confirmed(
    chat: Chat, words: str, kind: AnswerKey
) -> None:
    assert KINDS is not None
    _at_the_consent_question(chat)
    replies = chat.send(words)
    check = chat.state.check
    if kind is AnswerKey.NO and kind not in KINDS.answers:
        assert "more than one kind of no" in texts(replies)
        assert check is not None and check.step == KINDS_AT
        return
    assert check is not None and check.answered(KINDS_AT) is kind
    assert f"I've taken that as **{KINDS.label(kind)}**" in texts(replies)
    assert all(r.card is None for r in replies), "an answer, not a quoted entry"


@pytest.mark.parametrize(("words", "kind"), [r for r in READINGS if r[1] is not AnswerKey.NO])
def test_where_only_a_plain_no_is_offered_a_kind_of_no_is_asked_again(
    chat: Chat, words: str, kind: AnswerKey
) -> None:
    # "We haven't asked yet" is no answer to "Is there a clear and legitimate purpose…?": read
    # as no, it ended the check at "no purpose" (round 18, check-replies18's probe).
    chat.send("check")
    first = FLOW.question(FLOW.start)
    assert first is not None and kind not in first.answers and AnswerKey.NO in first.answers
    replies = chat.send(words)
    check = chat.state.check
    assert check is not None and check.step == FLOW.start and check.answered(FLOW.start) is None
    # round 23: noted as an answer to key question 4, which comes later (it was "I couldn't read
    # that as one of them")
    assert "That answers key question 4" in texts(replies)
    assert "I've taken that as" not in texts(replies)


def test_a_question_after_a_kind_of_no_is_still_a_question(chat: Chat) -> None:
    _at_the_consent_question(chat)
    chat.send("she said no, what do I do now")
    check = chat.state.check
    assert check is not None and check.step == KINDS_AT and check.answered(KINDS_AT) is None
