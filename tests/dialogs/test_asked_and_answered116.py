"""Round 46 (ask116; issue 11, rule two; tryout114 #4-#7): what is asked is answered.

1. Case questions whose answer the guidance holds get its own-words summary, not judgement
   alone: recording a decision not to share (key question 7), telling the person it has been
   shared (key question 6), a request from another agency, a young person's refusal with an age
   (key questions 4 and 5), implied consent (key question 3).
Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts

_JUDGEMENT = "That's a decision for your professional judgement"
_RECORD = "Record the decision and your reasons, whether or not you share"
_TELL = "Tell the person (and their family where appropriate) what you have shared"
_ASKED = "Being asked doesn't by itself mean you have to share"
_REFUSED = "has refused consent when they say no"
_IMPLIED = 'The 2008 guidance doesn\'t use the words "implied consent"'


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("if we choose not to share, do we still have to record it", _RECORD),
        ("is it necessary to document a decision not to share", _RECORD),
        ("do i need to keep a note when i decide against sharing", _RECORD),
        ("should we write it down if we dont share in the end", _RECORD),
        ("do i need to let the family know that ive passed their details on", _TELL),
        ("should i inform the client that i shared their information", _TELL),
        ("do we have to tell the parents that i've made a referral", _TELL),
        (
            "a health visitor wants information about a mum we support, am i obliged to give it",
            _ASKED,
        ),
        ("the school has asked us for the boys attendance notes, must i share it", _ASKED),
        ("what if a 17 year old says no to sharing", _REFUSED),
        ("can i pass it on if the young person is 16 and has refused", _REFUSED),
        ("is implied consent enough", _IMPLIED),
        ("explicit or implied consent, which do i need", _IMPLIED),
    ],
)
def test_a_question_the_guidance_answers_gets_its_summary(
    chat: Chat, asked: str, answer: str
) -> None:
    replies = chat.send(asked)
    said = texts(replies)
    assert answer in said, said
    assert _JUDGEMENT not in said
    assert not quoted(replies)


_CHILD_TOLD = "a year 8 boy told me his mum's boyfriend punched him in the stomach"
_CARER_SEEN = "care assistant here, i saw a senior carer slap a resident with dementia"
_COACH = "welfare officer at a karate club. a mum says the instructor messages 12 year olds at 1am"
_BANK = "building society cashier. an old man's new lodger comes in with him and he's taken out 15k"
_BAR = (
    "pub landlord. a girl who looks about 14 keeps leaving with men in their 30s who buy her drinks"
)
_NO_PROOF = "You don't need to be sure, or to have proof."


@pytest.mark.parametrize(
    ("told", "asked", "answer"),
    [
        (
            _CHILD_TOLD,
            "do we need his consent to call social services",
            "you don't need the child's consent",
        ),
        (_CARER_SEEN, "im new and still on probation", "isn't a reason to keep quiet"),
        (_CARER_SEEN, "but its only my first week", "isn't a reason to keep quiet"),
        (_COACH, "who else do we need to tell", "Tell your safeguarding lead today"),
        (_BANK, "am i allowed to tell the police under gdpr", "you can give the police"),
        (_BAR, "should i check her age first", _NO_PROOF),
        (_BAR, "do i need proof of age", _NO_PROOF),
        (_CHILD_TOLD, "he hasnt said anything is wrong though", _NO_PROOF),
    ],
)
def test_a_next_line_after_a_signpost_is_answered(
    chat: Chat, told: str, asked: str, answer: str
) -> None:
    first = chat.send(told)
    assert first[0].risk_of_harm, texts(first)
    said = texts(chat.send(asked))
    assert answer in said, said
    assert "don't speak to the person who may be causing harm" not in said
    assert "If you have no safeguarding lead of your own" not in said
