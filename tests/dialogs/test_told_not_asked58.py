"""Round 44 (quote58, tryout46 #2, #12, #14): what tells rather than asks quotes nothing, and what
asks in a sentence gets its answer.

1. "i said no, they left" just after a tattoo artist's signpost quoted entry 4 in full, though
   nothing was asked. The case told on just after a signpost (the writer's own act, or someone
   in the case) quotes nothing; "i said no" / "they left" are answered: still pass on what you
   saw, with the case's contacts. A question typed there keeps its quote.
2. "…, start a consent check" and "can you walk me through whether i can share" quoted or
   suggested entry 4: asking for the check in a sentence starts it.
3. "do i have to tell someone i shared their info" and "can i share information if another agency
   asks me over the phone" got "a decision for your professional judgement": key question 6's
   steps answer them (a formal request's caution still comes first); "…FGM training next week,
   what should staff know about sharing" was chatter: the golden rules answer it.
4. Role lines in words the role line did not know got "I can only help…" or a Q&A miss: greeted.
Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from dialogs.case_remarks import CaseRemarks
from dialogs.hedged import HedgedReader
from tests.support.core import Chat, texts

_ENTRY_4 = "What are the key factors to consider"
_PHARMACY = (
    "a man at the pharmacy counter wanted to buy three packs of paracetamol for his girlfriend, "
    "he said she is 14 and pregnant"
)
_DRIVER = "bus driver here. a girl about 12 gets on every day with a different older man who pays"
_JUDGEMENT = "That's a decision for your professional judgement"


def _after(chat: Chat, case: str, follow_up: str) -> list[str]:
    first = chat.send(case)
    assert first[0].risk_of_harm, texts(first)
    replies = chat.send(follow_up)
    assert all(r.card is None for r in replies), texts(replies)
    return [r.text for r in replies]


@pytest.mark.parametrize("case", [_PHARMACY, _DRIVER])
@pytest.mark.parametrize(
    "follow_up",
    ["i said no, they left", "i refused to serve him and they left", "we told him to leave"],
)
def test_saying_no_after_a_signpost_quotes_nothing_and_says_pass_it_on(
    chat: Chat, case: str, follow_up: str
) -> None:
    said = "\n".join(_after(chat, case, follow_up))
    lead = chat.core.knowledge.about.worry_replies.turned_away.split("**")[1]
    assert lead in said
    assert _ENTRY_4 not in said
    # the case's contacts follow (a bus driver has no safeguarding lead of his own: round 46,
    # doors113; the front door is both cases')
    assert "children's social care front door" in said.split(lead)[1]


@pytest.mark.parametrize(
    "follow_up",
    [
        "i asked for consent but she refused",
        "i told my manager",
        "mum said no to me sharing it",
        "she laughed about it",
    ],
)
def test_the_case_told_on_after_a_signpost_quotes_nothing(chat: Chat, follow_up: str) -> None:
    said = "\n".join(_after(chat, _PHARMACY, follow_up))
    assert "Did you mean" not in said
    assert "I couldn't find that" not in said
    assert "call 999" in said  # the procedures and the case's contacts again
    assert "children's social care" in said


@pytest.mark.parametrize(
    "asked",
    [
        "what are the key factors when deciding whether to share",
        "i need to know the key factors when deciding whether to share",
    ],
)
def test_a_question_after_a_signpost_keeps_its_quote(chat: Chat, asked: str) -> None:
    assert chat.send(_PHARMACY)[0].risk_of_harm
    replies = chat.send(asked)
    assert any(r.card is not None and _ENTRY_4 in r.card.title for r in replies)


def test_the_key_factors_asked_with_no_case_are_still_quoted(chat: Chat) -> None:
    replies = chat.send("what are the key factors when deciding whether to share")
    assert any(r.card is not None and _ENTRY_4 in r.card.title for r in replies)


@pytest.mark.parametrize(
    "asked",
    [
        "i need to decide whether to share something, start a consent check",
        "can you walk me through whether i can share",
        "i have a referral to make so please start a consent check",
        "could you help me decide whether to pass this on",
    ],
)
def test_the_check_asked_for_in_a_sentence_starts(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    assert chat.state.check is not None and not chat.state.check.finished, texts(replies)
    assert all(r.card is None for r in replies)
    chat.send("yes")  # the answer that follows is taken, never "no question waiting"
    assert chat.state.check is not None and chat.state.check.answers


def test_walking_through_the_golden_rules_is_no_check(chat: Chat) -> None:
    said = texts(chat.send("can you walk me through the golden rules"))
    assert chat.state.check is None
    assert "golden rules" in said


@pytest.mark.parametrize(
    "asked",
    [
        "do i have to tell someone i shared their info",
        "should i tell the client i shared it with housing",
    ],
)
def test_telling_after_sharing_is_key_question_6(chat: Chat, asked: str) -> None:
    said = texts(chat.send(asked))
    assert _JUDGEMENT not in said
    assert "if they didn't know and telling them won't create or increase a risk" in said


@pytest.mark.parametrize(
    "asked",
    [
        "can i share information if another agency asks me over the phone",
        "is it ok to give information over the phone to a health visitor",
    ],
)
def test_a_request_by_phone_gets_check_who_you_share_with(chat: Chat, asked: str) -> None:
    said = texts(chat.send(asked))
    assert _JUDGEMENT not in said
    assert "check who you are sharing with" in said


def test_a_formal_request_by_phone_keeps_its_caution(chat: Chat) -> None:
    said = texts(chat.send("a solicitor asked over the phone for my clients records"))
    assert "Don't release anything yet" in said
    assert "check who you are sharing with" not in said


@pytest.mark.parametrize(
    "asked",
    [
        "we are doing FGM training next week, what should staff know about sharing",
        "new starters on monday, what do staff need to know about sharing information",
    ],
)
def test_what_staff_should_know_about_sharing_is_the_golden_rules(chat: Chat, asked: str) -> None:
    said = texts(chat.send(asked))
    assert "I can only help with" not in said
    assert "golden rules" in said


@pytest.mark.parametrize(
    "said",
    [
        "hi im a support worker in a childrens home",
        "im the activities coordinator in a care home",
        "hello, hospice healthcare assistant here",
        "im a nurse at the hospice",
        "outreach worker at a homeless charity",
    ],
)
def test_a_role_line_in_other_words_is_greeted(chat: Chat, said: str) -> None:
    replies = chat.send(said)
    assert not replies[0].risk_of_harm
    assert all(r.card is None for r in replies)
    assert any("Ask me a question" in r.text for r in replies), texts(replies)


def test_a_role_line_with_harm_told_is_signposted_not_greeted(chat: Chat) -> None:
    replies = chat.send("hospice healthcare assistant here, a patients son hits her")
    assert replies[0].risk_of_harm
    assert not any("Ask me a question" in r.text for r in replies)


@pytest.mark.parametrize(
    ("said", "told_on"),
    [
        ("i said no they left", True),
        ("they walked out", True),
        ("i rang his mum", True),
        ("i need to know the key factors", False),
        ("i was wondering about consent", False),
        ("what are the key factors", False),
        # a new matter at length, though it opens with someone: not a remark on the case
        (
            "the family i babysit for want copies of the doorbell camera video of the kids ok to "
            "send",
            False,
        ),
    ],
)
def test_what_reads_as_the_case_told_on(chat: Chat, said: str, told_on: bool) -> None:
    knowledge = chat.core.knowledge
    remarks = CaseRemarks(knowledge, HedgedReader(knowledge.typed_words.hedged))
    assert remarks.tells_of_case(said, True) is told_on
    assert not remarks.tells_of_case(said, False)  # only just after a signpost
