"""Round 43 (now48): what now47, lado47 and quiet47 left of danger now and its case.

- Mid-check, "what do i do" after a reply that led with 999 (a threat to kill, an overdose told
  in the check) got the general "What to do next": now the danger's own steps come first, then
  the place in the check.
- "student just rang me, she's swallowed…" named no university and no school: the student was
  read as a child, children's social care alone; now both doors, as for anyone of no age.

Every conversation runs through the core the terminal door runs (`bot.app.build_core`).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

STILL = "We're still on this question"
GENERAL_STEPS = "**What to do next**"
POLICE_STEPS = "**Ring 999 now, if you haven't already."
AMBULANCE_STEPS = "**Ring 999 now and ask for an ambulance, if you haven't already."
MASH = "children's social care front door (MASH)"
ADULTS = "Adult social care at your local council"


def _in_check(chat: Chat) -> None:
    chat.send("consent check")
    chat.send("yes")
    chat.send("yes")


@pytest.mark.parametrize(
    ("told", "steps"),
    [
        # The trial's line (tryout44 38), and in other words.
        (
            "sorry, her partner is outside the office now banging on the window shouting hes "
            "going to kill her",
            POLICE_STEPS,
        ),
        ("hang on, her ex is in reception right now saying he's going to kill her", POLICE_STEPS),
        (
            "sorry, a student has just messaged me saying shes taken a load of paracetamol and is "
            "in her room in halls",
            AMBULANCE_STEPS,
        ),
    ],
)
@pytest.mark.parametrize("asked", ["what do i do", "what now"])
def test_mid_check_the_dangers_steps_come_before_the_place(
    chat: Chat, told: str, steps: str, asked: str
) -> None:
    _in_check(chat)
    chat.send(told)
    replies = chat.send(asked)
    assert replies[0].text.startswith(steps)
    assert GENERAL_STEPS not in texts(replies)
    assert replies[-1].text.startswith(STILL)  # then the place in the check


def test_mid_check_a_harm_not_happening_now_keeps_the_general_steps(chat: Chat) -> None:
    _in_check(chat)
    chat.send("sorry, she told me last week her dad hits her")
    replies = chat.send("what do i do")
    assert replies[0].text.startswith(GENERAL_STEPS)
    assert replies[-1].text.startswith(STILL)


def test_out_of_a_check_the_steps_after_a_threat_now_are_unchanged(chat: Chat) -> None:
    chat.send("her ex is in reception right now saying he's going to kill her")
    replies = chat.send("what do i do")
    assert replies[0].text.startswith(POLICE_STEPS)
    assert STILL not in texts(replies)


@pytest.mark.parametrize(
    "told",
    [
        # The trial's line (tryout44 46), and in other words.
        "student just rang me, she's swallowed a whole packet of pills and is in her room on her "
        "own right now",
        "a student told me her boyfriend hits her",
        "one of my students says her dad hits her and she's scared to go home",
    ],
)
def test_a_student_of_no_age_and_no_school_gets_both_doors(chat: Chat, told: str) -> None:
    first = chat.send(told)[0]
    assert first.risk_of_harm
    assert MASH in first.text
    assert ADULTS in first.text


@pytest.mark.parametrize(
    "told",
    [
        # A school named, a school year, an age under 18: a child.
        "a student in year 9 told me her dad hits her",
        "a student in my form says her dad hits her",
        "one of my gcse students says her dad hits her",
        "a student (15) told me her dad hits her",
        "a pupil told me her dad hits her",
    ],
)
def test_a_student_at_school_or_under_18_is_a_child(chat: Chat, told: str) -> None:
    first = chat.send(told)[0]
    assert first.risk_of_harm
    assert MASH in first.text
    assert ADULTS not in first.text


def test_a_student_at_university_is_still_an_adult(chat: Chat) -> None:
    first = chat.send("uni welfare, a student told me her boyfriend hits her")[0]
    assert ADULTS in first.text
    assert MASH not in first.text
