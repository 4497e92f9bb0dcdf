"""Round 43 (tryout44 #1): an overdose, a weapon or a threat to kill happening now is led by 999.

An overdose being taken or just taken ("she's swallowed a whole packet of pills … right now",
paracetamol in halls) got the general signpost, a student read as a child, with 999 only in the
stock sentence; a dad with a knife at pick-up shouting he'd stab the teacher got the general
signpost; a partner outside the office now shouting he's going to kill her, typed mid-check, got
"Call the police now, on 999" only in the second reply. Now the first reply leads with ring 999
(for an overdose, an ambulance), in or out of a consent check; a student in halls is an adult.
A past overdose now cared for, a knife crime talk and a threat told as past keep the general
signpost. Every conversation runs through the core the terminal door runs (`bot.app.build_core`).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

LEAD = "**Ring 999 now"
AMBULANCE = "**Ring 999 now and ask for an ambulance"
AMBULANCE_STEPS = "Ring 999 now and ask for an ambulance, if you haven't already"
POLICE_LEAD = "**Ring 999 now: someone may be in danger right now."
GENERAL = "**What you've described may mean"

OVERDOSES = [
    # The trial's lines (tryout44 46, 04).
    "student just rang me, she's swallowed a whole packet of pills and is in her room on her own "
    "right now",
    "a student has just messaged me saying shes taken a load of paracetamol and is in her room in "
    "halls",
    # In other words.
    "uni welfare, a postgrad has just rung to say she's taken all her sleeping pills",
    "care worker, one of our residents has just swallowed a whole strip of her tablets on purpose",
    "i've just found my 15 year old, he's taken a whole box of paracetamol",
]
WEAPONS_AND_THREATS = [
    # The trial's line (tryout44 `ask`).
    "a dad at pick up had a knife in his waistband and was shouting he'd stab the teacher",
    # In other words.
    "there's a parent at the school gate with a knife shouting she'll stab the head",
    "her ex is in reception right now saying he's going to kill her",
    "her partner is outside the office now banging on the window shouting hes going to kill her",
]


@pytest.mark.parametrize("told", OVERDOSES)
def test_an_overdose_now_is_led_by_999_for_an_ambulance(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    assert replies[0].text.startswith(AMBULANCE)
    assert "safeguarding" in replies[0].text  # the procedures and contacts still follow


@pytest.mark.parametrize("told", OVERDOSES[1:3])
def test_a_student_at_university_is_an_adult(chat: Chat, told: str) -> None:
    first = chat.send(told)[0].text
    assert "an adult is at risk" in first
    assert "MASH" not in first


@pytest.mark.parametrize("told", OVERDOSES[:2])
@pytest.mark.parametrize("asked", ["what do i do", "should i call 999"])
def test_after_an_overdose_now_the_steps_are_an_ambulance(
    chat: Chat, told: str, asked: str
) -> None:
    chat.send(told)
    said = texts(chat.send(asked))
    assert AMBULANCE_STEPS in said
    assert "Don't go in" not in said  # the steps for a fight, not for someone who is ill


@pytest.mark.parametrize("told", WEAPONS_AND_THREATS)
def test_a_weapon_or_a_threat_to_kill_now_is_led_by_999(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    assert replies[0].text.startswith(POLICE_LEAD)
    assert AMBULANCE not in replies[0].text


@pytest.mark.parametrize("told", [WEAPONS_AND_THREATS[3], OVERDOSES[1]])
def test_danger_now_told_in_a_consent_check_leads_the_first_reply(chat: Chat, told: str) -> None:
    # The trial's conversation (tryout44 38): the check under way, "not sought: unsafe to ask".
    chat.send("consent check")
    for _ in range(3):
        chat.send("yes")
    chat.send("not sought: unsafe to ask")
    replies = chat.send(f"sorry, {told}")
    assert replies[0].risk_of_harm
    assert replies[0].text.startswith(LEAD)


@pytest.mark.parametrize(
    "told",
    [
        # A past overdose, cared for now.
        "a student took an overdose last month and is now in hospital and safe, can I tell her "
        "tutor",
        "one of my year 10s took an overdose months ago, she's doing well now, can i tell her new "
        "school",
        "a girl told me she took an overdose last year when she was being bullied",
        # Tablets, but no overdose ("he just took her home").
        "a resident keeps refusing to take her tablets",
        "my neighbour isn't taking his tablets and his son just took his bank card",
        # A knife crime talk; a threat told as past.
        "the police are doing a knife crime talk in school next week, can we share which pupils "
        "have been in trouble",
        "he said last year he'd kill her",
        "a woman told me her ex said last year he'd kill her if she left",
    ],
)
def test_a_past_or_no_danger_now_keeps_the_general_reply(chat: Chat, told: str) -> None:
    said = texts(chat.send(told))
    assert LEAD not in said
    assert AMBULANCE_STEPS not in said
