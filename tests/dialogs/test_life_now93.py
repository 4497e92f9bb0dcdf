"""Rule one, a risk to someone's own life (round 45, life93; issue 11).

A plan told with a time of now, or a goodbye just sent, leads the signpost with ring 999; a
date further off, a past attempt, a question of what to do in general and a film do not. A
writer with no safeguarding lead (a hairdresser, a barber, a gym instructor, a taxi driver) is
told what to do now, not to tell a lead they haven't got. Written by the helper in its own
words; every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

RING_NOW = "**Ring 999 now"
LEAD_TODAY = "tell your safeguarding lead today"


@pytest.mark.parametrize(
    "message",
    [
        "im a hairdresser, a client said she was going to end it all tonight",
        "my client told me shes going to kill herself tonight",
        "customer told me he's going to jump off the bridge later tonight",
        "one of my gym members said he is going to take all his pills tonight",
        "a woman in my salon said she wont be alive by tomorrow",
        "i work in a shop, a customer said hes going to jump off the bridge after work",
        "a client just sent me a goodbye message saying thanks for everything",
        "a gym member posted a goodbye to everyone on facebook",
    ],
)
def test_a_risk_to_life_now_leads_with_999(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith(RING_NOW)
    assert "stay with them" in first.text.split("\n\n")[0]


@pytest.mark.parametrize(
    "message",
    [
        "a client told me shes picked a date to kill herself, its next friday",
        "my customer said he's going to end it on his birthday next week",
        "a client told me tonight that shes been feeling suicidal for weeks",
        "my client told me today she has thought about ending her life",
        "he said last year he would end it all tonight",
        "in the film the main character plans to kill himself tonight",
    ],
)
def test_no_plan_for_now_gets_no_999_lead(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert not any(r.text.startswith(RING_NOW) for r in replies)


@pytest.mark.parametrize(
    "message",
    [
        "a client said she tried to end it all years ago, doing well now",
        "what do we do if a client says theyre going to kill themselves tonight",
        "what should a hairdresser do if a customer talks about suicide",
    ],
)
def test_a_past_attempt_or_a_policy_question_stays_quiet(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        "im a barber, a regular told me hes thinking about killing himself",
        "gym instructor here, a member said shes got a plan to end her life",
        "im a taxi driver and my passenger said he has been stockpiling his tablets",
        "im a hairdresser, a client said she was going to end it all tonight",
    ],
)
def test_a_writer_with_no_lead_is_told_what_to_do_now(chat: Chat, message: str) -> None:
    text = chat.send(message)[0].text
    assert "stay with them if it's safe to" in text
    assert "116 123" in text
    assert "option 2" in text
    assert "manager" in text
    assert LEAD_TODAY not in text


@pytest.mark.parametrize(
    "message",
    [
        "a regular told me hes thinking about killing himself",
        "one of our staff said a patient told her he plans to end his life",
    ],
)
def test_a_writer_with_a_lead_keeps_the_lead(chat: Chat, message: str) -> None:
    text = chat.send(message)[0].text
    assert LEAD_TODAY in text


@pytest.mark.parametrize(
    "message",
    [
        "my passenger said hes given everything away, he wont need it where hes going",
        "a gym member gave me his watch and said he wont be needing it",
    ],
)
def test_things_given_away_with_an_ending_is_a_risk_to_life(chat: Chat, message: str) -> None:
    assert "116 123" in chat.send(message)[0].text


@pytest.mark.parametrize(
    "message",
    [
        "the gp gave her antibiotics, she wont need them after this week",
        "we said goodbye to everyone at the leaving party",
        "my nan has cancer, the doctors say she wont be alive by christmas",
    ],
)
def test_look_alikes_name_no_risk_to_life(chat: Chat, message: str) -> None:
    assert not any("116 123" in r.text for r in chat.send(message))


@pytest.mark.parametrize("follow_up", ["what do i do", "should i call 999"])
def test_after_a_risk_to_life_now_the_steps_say_stay_with_them(chat: Chat, follow_up: str) -> None:
    chat.send("im a barber, a regular told me hes going to kill himself tonight")
    text = chat.send(follow_up)[0].text
    assert text.startswith(RING_NOW)
    assert "stay with them" in text
    assert "confront" not in text


def test_after_an_attack_now_the_steps_still_say_dont_go_in(chat: Chat) -> None:
    chat.send("i can hear him hitting her right now next door, shes screaming")
    assert "confront" in chat.send("what do i do")[0].text


@pytest.mark.parametrize(
    "message",
    [
        "i cant do this anymore, im going to kill myself tonight",
        "im going to end it all tonight",
        "my boyfriend came home drunk, pushed me down the stairs and said he was going to kill"
        " himself tonight and kill me too",
    ],
)
def test_the_writers_own_plan_or_a_threat_to_them_gets_no_stay_with_them(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert "stay with them" not in first.text


# Round 45 (fixb): a young person about a friend keeps the friend's own text first (it says to
# tell an adult straight away or call 999 if they might hurt themselves tonight) and the
# friend's own steps after it; the life-now lead is for a worker or an adult with the person.
# A young person telling of a parent's plan for tonight keeps the lead.
FOR_A_FRIEND = "**You're right to worry about your friend"
YOUNG_FRIEND = "me and my friend are both 14, she said shes going to kill herself tonight"


def test_a_young_person_about_a_friends_plan_gets_the_friends_text_first(chat: Chat) -> None:
    first = chat.send(YOUNG_FRIEND)[0]
    assert first.risk_of_harm
    assert first.text.startswith(FOR_A_FRIEND)
    assert "call 999" in first.text.split("\n\n")[0]


def test_after_a_friends_plan_what_do_i_do_gets_the_friends_steps(chat: Chat) -> None:
    chat.send(YOUNG_FRIEND)
    text = chat.send("what do i do")[0].text
    assert "Tell an adult you trust" in text
    assert "safeguarding lead" not in text


@pytest.mark.parametrize(
    "message",
    [
        "im 15 and my mum said shes going to kill herself tonight",
        "my husband said hes going to kill himself tonight",
    ],
)
def test_a_young_person_or_family_about_a_plan_at_home_keep_the_lead(
    chat: Chat, message: str
) -> None:
    assert chat.send(message)[0].text.startswith(RING_NOW)
