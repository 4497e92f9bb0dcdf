"""Round 43 (nolead47, tryout44 #6 and #9): follow-ups to a signpost that needed an answer of
their own, and got a Q&A miss, an unrelated "Did you mean", the same text again, or "speak to
your designated safeguarding lead first" said to someone with no lead.

1. Practical questions: what number to ring; not knowing anyone's name; the police knowing
   already; what to put in the log or write.
2. Doubts: whether it's the writer's business; an adult at risk saying it's fine.
3. The parents' consent to pass on a concern about a child.
4. A young person's own follow-ups: being in trouble or arrested, not telling a parent, whom
   else to talk to.
5. A writer's no-lead role, said once on any line, holds for the conversation."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_CHILD = "one of the year 3 boys came in with a black eye again and says his dad did it"
_ADULT = "a man i visit, hes 90, says his nephew takes his pension every week and shouts at him"
_MISS = "I couldn't find that in the published Q&A"
_DID_YOU_MEAN = "Did you mean"
_LEAD_FIRST = "speak to your designated safeguarding lead first"
_LEAD_LINE = "Your designated safeguarding lead"


def _after(chat: Chat, told: str, follow_up: str) -> str:
    first = chat.send(told)
    assert first[0].risk_of_harm, texts(first)
    return texts(chat.send(follow_up))


@pytest.mark.parametrize("follow_up", ["what number do i ring", "whats the number?"])
def test_what_number_gets_999_and_101(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _CHILD, follow_up)
    assert "999" in said and "101" in said and _MISS not in said


@pytest.mark.parametrize(
    "follow_up", ["i dont know his name", "i don't know their names or anything"]
)
def test_not_knowing_names_is_answered(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _CHILD, follow_up)
    assert "**You don't need names.**" in said and _MISS not in said


def test_someone_already_knowing_still_means_telling(chat: Chat) -> None:
    said = _after(chat, _CHILD, "the police already know about it, do i still have to say anything")
    assert "**Yes: still tell your safeguarding lead, and social care, today.**" in said


@pytest.mark.parametrize(
    "follow_up", ["what should i put in the log", "what do i write exactly", "what do i put"]
)
def test_what_to_write_gets_the_record_reply(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _CHILD, follow_up)
    assert "**What to write down now**" in said and _DID_YOU_MEAN not in said


@pytest.mark.parametrize(
    "follow_up", ["is it really any of my business", "its not my place is it, im only the cleaner"]
)
def test_whether_it_is_ones_business_is_answered(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _CHILD, follow_up)
    assert "**Yes, it's right for you to pass it on.**" in said and _DID_YOU_MEAN not in said


def test_an_adult_saying_its_fine_gets_wishes_and_pressure(chat: Chat) -> None:
    said = _after(chat, _ADULT, "he says it is fine, he doesnt mind")
    assert "**Their saying it's fine doesn't settle it.**" in said and _MISS not in said
    assert "Adult social care" in said


def test_the_parents_consent_for_a_child_is_not_needed(chat: Chat) -> None:
    said = _after(chat, _CHILD, "do i need parental consent to report it")
    assert "you don't need the parents' consent" in said and _MISS not in said


def test_a_young_persons_own_follow_ups_each_get_their_answer(chat: Chat) -> None:
    first = chat.send("im 14 and my mums boyfriend hits me when hes drunk")
    assert first[0].risk_of_harm, texts(first)
    trouble = texts(chat.send("am i going to be in trouble"))
    secret = texts(chat.send("please dont tell my teacher"))
    others = texts(chat.send("who can i talk to"))
    assert "**You're not in trouble for telling" in trouble
    assert "**I can't tell anyone" in secret
    assert "**You can talk to anyone you trust:**" in others
    assert len({trouble, secret, others}) == 3


def test_a_young_persons_fear_of_arrest_is_answered(chat: Chat) -> None:
    first = chat.send("im 16 and some older lads make me carry stuff and say they'll hurt me")
    assert first[0].risk_of_harm, texts(first)
    said = texts(chat.send("i cant go to the police they will arrest me"))
    assert "you're the one being exploited" in said


def test_a_no_lead_role_said_first_holds_for_later_lines(chat: Chat) -> None:
    chat.send("im a taxi driver, i do the school runs for the council")
    told = chat.send("one girl i drive cries every morning and says her uncle hurts her")
    assert told[0].risk_of_harm, texts(told)
    assert _LEAD_LINE not in texts(told)
    tell = texts(chat.send("can i tell her mum?"))
    ring = texts(chat.send("who do i ring"))
    assert _LEAD_FIRST not in tell and "contact social care at your council first" in tell
    assert "**If you have no safeguarding lead of your own**" in ring
    assert _LEAD_LINE not in ring


def test_without_a_no_lead_role_the_lead_comes_first(chat: Chat) -> None:
    told = chat.send("one girl in my class cries every morning and says her uncle hurts her")
    assert told[0].risk_of_harm and _LEAD_LINE in texts(told)
    assert _LEAD_FIRST in texts(chat.send("can i tell her mum?"))


def test_someone_elses_role_is_not_the_writers(chat: Chat) -> None:
    told = chat.send("a girl in my class says the taxi driver on her school run touches her")
    assert told[0].risk_of_harm and _LEAD_LINE in texts(told)


@pytest.mark.parametrize("line", ["im 15", "i am 13"])
def test_a_young_persons_age_alone_gets_where_to_get_help(chat: Chat, line: str) -> None:
    said = texts(chat.send(line))
    assert "Childline" in said and _MISS not in said and "IG lead" not in said
    told = chat.send("my step mum locks me in my room without food")
    assert told[0].risk_of_harm and "Childline" in texts(told)


def test_an_age_in_a_practitioners_question_is_not_a_young_persons(chat: Chat) -> None:
    assert "**Thanks for telling me.**" not in texts(chat.send("my pupil is 15"))
