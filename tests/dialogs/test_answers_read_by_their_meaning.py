"""A yes or no typed in a consent check whose words say the other answer is never taken at its
first word.

Tried in tryout42 (#8): a social prescriber typed "no its not public" at key question 3 ("Is the
information confidential?"). The "no" was taken, and the check ended with **You can share: the
information is not confidential**, when they meant it is confidential. Each key question's
`meanings` in the flow pack list words that say its yes and its no ("not public" says yes to
key question 3): a reply whose words say the other answer is read by them where that answer
leads on to another question, and asked again ("I want to be sure I read that right") where it
would end the check. A reply that opens with an answer and says another ("yes she said no") is
asked again the same way, and is never a question for the Q&A. Hedges ("hmm not really sure
tbh", "kinda") are Not sure. Generated from the flow data for every question that has meanings.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from dialogs.answer_meanings import AnswerMeanings
from knowledge.flow_pack import AnswerKey, FlowPack, FlowQuestion
from knowledge.flow_schema import FlowQuestion as FlowQuestionSchema
from knowledge.typed_words import simplify
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import answered, go_to

KNOWLEDGE = builtin_knowledge()
FLOW: FlowPack = KNOWLEDGE.flow
READ_AGAIN = FLOW.read_again_text or ""
WITH_MEANINGS = [q for q in FLOW.questions if q.meanings]


def _leads_on(question: FlowQuestion, answer: AnswerKey) -> bool:
    return FLOW.question(question.answers[answer]) is not None


def _said(question: FlowQuestion) -> list[tuple[str, AnswerKey, str]]:
    """(step, answer a phrase says, phrase) for every phrase of every question's meanings."""
    return [
        (question.id, key, phrase)
        for key, phrases in question.meanings.items()
        for phrase in phrases
    ]


PHRASES = [said for question in WITH_MEANINGS for said in _said(question)]


def _assert_read_again(chat: Chat, step: str, words: str) -> None:
    go_to(chat, step)
    before = chat.state.check
    replies = chat.send(words)
    check = chat.state.check
    assert before is not None and check is not None
    assert check.step == step and check.answers == before.answers, f"{words!r} at {step}"
    assert replies[-1].text.startswith(READ_AGAIN), (step, words, texts(replies))
    assert "I've taken that as" not in texts(replies)
    assert not any(r.card for r in replies), "no quote"


def test_every_question_with_yes_and_no_has_meanings() -> None:
    two_way = [q.id for q in FLOW.questions if AnswerKey.NO in q.answers]
    assert {q.id for q in WITH_MEANINGS} == set(two_way)
    assert READ_AGAIN.startswith("I want to be sure I read that right")


@pytest.mark.parametrize(("step", "key", "phrase"), PHRASES)
def test_a_no_whose_words_say_yes_is_read_by_its_meaning_or_asked_again(
    chat: Chat, step: str, key: AnswerKey, phrase: str
) -> None:
    question = FLOW.question(step)
    assert question is not None
    # "no, private" and "no, not public" both say yes
    words = f"no, {phrase}" if key is AnswerKey.YES else f"no, not {phrase}"
    if _leads_on(question, AnswerKey.YES):
        answer, replies = answered(chat, step, words)
        assert answer is AnswerKey.YES, (step, words)
        assert f"I've taken that as **{question.label(AnswerKey.YES)}**" in replies
    else:
        _assert_read_again(chat, step, words)


@pytest.mark.parametrize(
    ("step", "phrase"), [(step, phrase) for step, key, phrase in PHRASES if key is AnswerKey.NO]
)
def test_a_yes_whose_words_say_no_is_read_by_its_meaning_or_asked_again(
    chat: Chat, step: str, phrase: str
) -> None:
    question = FLOW.question(step)
    assert question is not None
    words = f"yes, {phrase}"
    if _leads_on(question, AnswerKey.NO):
        answer, _ = answered(chat, step, words)
        assert answer is AnswerKey.NO, (step, words)
    else:
        _assert_read_again(chat, step, words)


@pytest.mark.parametrize(("step", "key", "phrase"), PHRASES)
def test_words_that_agree_with_the_answer_are_read_as_before(
    chat: Chat, step: str, key: AnswerKey, phrase: str
) -> None:
    lead = "yes" if key is AnswerKey.YES else "no"
    answer, replies = answered(chat, step, f"{lead}, {phrase}")
    assert answer is key, (step, phrase)
    assert READ_AGAIN not in replies


def test_the_trial_line_is_read_as_confidential_and_the_check_goes_on(chat: Chat) -> None:
    chat.send("Start a consent check")
    chat.send("yes")  # key question 1 asks a clear answer (round 46, follow106)
    chat.send("yeah probably")
    replies = texts(chat.send("no its not public"))
    check = chat.state.check
    assert check is not None and check.answered("confidential") is AnswerKey.YES
    assert check.step == "consent" and not check.finished
    assert "You can share" not in replies
    assert "I've taken that as **Yes**" in replies


@pytest.mark.parametrize(
    ("step", "words", "meant"),
    [
        ("confidential", "no it isnt public", AnswerKey.YES),
        ("confidential", "no, it's not public knowledge", AnswerKey.YES),
        ("confidential", "no, it's private", AnswerKey.YES),
        ("confidential", "nah she told me in confidence", AnswerKey.YES),
        ("identifiable", "no it's not anonymised", AnswerKey.YES),
        ("identifiable", "no, you could tell who it is", AnswerKey.YES),
        ("purpose", "no, it's part of my job", AnswerKey.YES),
        # near ones that must not change
        ("confidential", "no its not confidential", AnswerKey.NO),
        ("confidential", "it's not confidential", AnswerKey.NO),
        ("confidential", "it is confidential", AnswerKey.YES),
        ("confidential", "no, it's public", AnswerKey.NO),
        ("confidential", "yes, it's private", AnswerKey.YES),
        ("identifiable", "no, it's anonymised", AnswerKey.NO),
        ("identifiable", "no, nobody could tell who it is", AnswerKey.NO),
        ("purpose", "no, i'm just curious", AnswerKey.NO),
        ("public-interest", "no, the risk is low", AnswerKey.NO),
        ("consent", "no, she refused", AnswerKey.REFUSED),
        ("consent", "no she doesnt know yet", AnswerKey.NOT_ASKED),
    ],
)
def test_replies_in_our_own_words_are_read_by_their_meaning(
    chat: Chat, step: str, words: str, meant: AnswerKey
) -> None:
    answer, _ = answered(chat, step, words)
    assert answer is meant, (step, words)


@pytest.mark.parametrize(
    ("step", "words"),
    [
        ("confidential", "yes its already public"),
        ("confidential", "yes everyone knows"),
        ("confidential", "yeah it was on facebook"),
        ("identifiable", "yes it's anonymous"),
        ("consent", "yes she said no"),
        ("consent", "yes I asked her"),
        ("ask-first", "yes she said no"),
        ("public-interest", "no, she's at risk of serious harm"),
        ("public-interest", "yes, the risk is low"),
        ("public-interest-unsought", "no, he could be seriously harmed"),
        ("purpose", "yes, it's not legitimate"),
    ],
)
def test_a_reply_that_says_two_things_is_asked_again_to_be_sure(
    chat: Chat, step: str, words: str
) -> None:
    _assert_read_again(chat, step, words)


HEDGES = [
    "hmm not really sure tbh",
    "not really sure",
    "no idea tbh",
    "no clue tbh",
    "kinda",
    "sorta",
    "umm not sure",
]


@pytest.mark.parametrize("words", HEDGES)
def test_a_hedge_is_not_sure_at_every_question(chat: Chat, words: str) -> None:
    for question in FLOW.questions:
        chat.send("cancel")
        answer, replies = answered(chat, question.id, words)
        assert answer is AnswerKey.NOT_SURE, (question.id, words)
        assert READ_AGAIN not in replies


@pytest.mark.parametrize("step", [q.id for q in FLOW.questions if AnswerKey.NO in q.answers])
def test_a_hedged_no_is_a_no_unless_it_would_share(chat: Chat, step: str) -> None:
    question = FLOW.question(step)
    assert question is not None
    answer, _ = answered(chat, step, "i guess not")
    # Where a no ends the check with sharing, a doubtful one is asked again (check43).
    assert answer is (None if AnswerKey.NO in question.clear_answers else AnswerKey.NO)


def test_meanings_read_a_denial_near_the_word_and_the_longest_phrase() -> None:
    reader = AnswerMeanings(KNOWLEDGE.typed_words.hedged)
    question = FLOW.question("confidential")
    assert question is not None

    def meant(words: str) -> frozenset[AnswerKey]:
        return reader.meant(question, simplify(words).split())

    assert meant("its not public") == {AnswerKey.YES}
    assert meant("it isnt really public") == {AnswerKey.YES}
    assert meant("it does not its all public") == {AnswerKey.NO}, "a denial of another clause"
    assert meant("its public") == {AnswerKey.NO}
    assert meant("not that i know its public") == {AnswerKey.NO}, "a denial far before"
    assert meant("its public knowledge") == {AnswerKey.NO}
    assert meant("its private but its public knowledge") == {AnswerKey.YES, AnswerKey.NO}
    assert meant("she told me on the bus") == frozenset()


def test_a_flow_pack_meanings_are_of_the_yes_and_no_offered_in_simple_words() -> None:
    question = {
        "id": "consent",
        "number": 4,
        "text": "Do you have consent?",
        "help": "Consent help.",
        "answers": {"yes": "a", "refused": "b", "not-sure": "c"},
    }
    good = {"yes": ("agreed",)}
    assert FlowQuestionSchema.model_validate({**question, "meanings": good}).meanings
    for bad in ({"no": ("refused",)}, {"refused": ("said no",)}, {"yes": ("She agreed!",)}):
        with pytest.raises(ValidationError):
            FlowQuestionSchema.model_validate({**question, "meanings": bad})
