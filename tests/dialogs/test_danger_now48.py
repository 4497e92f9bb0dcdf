"""Round 43 (now48): what now47, lado47 and quiet47 left of danger now and its case.

- Mid-check, "what do i do" after a reply that led with 999 (a threat to kill, an overdose told
  in the check) got the general "What to do next": now the danger's own steps come first, then
  the place in the check.
- "student just rang me, she's swallowed…" named no university and no school: the student was
  read as a child, children's social care alone; now both doors, as for anyone of no age.
- An overdose told as a plan in other words ("shes saving her pills", "she'll swallow the whole
  bottle tonight") got no signpost, and "she's got all her pills out and says she's taking them
  now" none at all: now the self-harm line (999 if they may act on it now), and 999 leads
  when it is about to happen now; "scared to go home tonight" stays as it was.
- After a coach's case, "now another lad says the coach did the same to him" was read as no
  harm ("The Q&A doesn't decide individual cases"): now the case's harm told again, its LADO
  kept.

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


LADO = "The LADO (local authority designated officer)"
COACH = (
    "our football coach keeps touching one of the under 12s inappropriately in the changing room"
)


@pytest.mark.parametrize(
    "again",
    [
        "now another lad says the coach did the same to him",
        "another boy has told me he has done the same thing to him",
        "a second child says the coach tried the same stuff to her",
    ],
)
def test_the_same_done_to_another_tells_the_case_again(chat: Chat, again: str) -> None:
    chat.send(COACH)
    replies = chat.send(again)
    assert replies[0].risk_of_harm
    assert LADO in replies[0].text
    said = texts(chat.send("who do i ring"))
    assert "LADO" in said


def test_the_same_told_just_after_a_family_case_keeps_its_contacts(chat: Chat) -> None:
    chat.send("a girl in my class told me her uncle touches her")
    replies = chat.send("now her friend says he did the same to her")
    assert replies[0].risk_of_harm
    assert MASH in replies[0].text
    assert LADO not in replies[0].text


@pytest.mark.parametrize(
    "said",
    [
        # No case signposted: nothing to be the same as.
        "my mum did the same to her hair",
        "the other school did the same to their timetable",
    ],
)
def test_the_same_with_no_case_before_is_no_harm(chat: Chat, said: str) -> None:
    assert not chat.send(said)[0].risk_of_harm


def test_the_same_said_of_something_else_is_no_harm_after_a_signpost(chat: Chat) -> None:
    chat.send(COACH)
    assert not chat.send("the other club did the same last year")[0].risk_of_harm


SELF_HARM = "If they may act on it now, call 999"
AMBULANCE_LEAD = "**Ring 999 now and ask for an ambulance"


@pytest.mark.parametrize(
    "told",
    [
        "he's saved up his pills",
        "he has saved his tablets for weeks",
        "shes saving her pills",
    ],
)
def test_an_overdose_planned_gets_the_self_harm_line(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    assert SELF_HARM in replies[0].text
    assert not replies[0].text.startswith("**Ring 999")  # not happening now


# Round 45 (life93, issue 11): planned for tonight, a risk to life now leads with 999 and
# staying with them (the about pack's `now_life`), but no ambulance for an overdose not taken.
@pytest.mark.parametrize(
    "told",
    [
        "she says she's taking all her tablets tonight",
        "she said she'll swallow the whole bottle tonight",
    ],
)
def test_an_overdose_planned_for_tonight_leads_with_999_not_an_ambulance(
    chat: Chat, told: str
) -> None:
    first = chat.send(told)[0]
    assert SELF_HARM in first.text
    assert first.text.startswith("**Ring 999 now: they may act on it soon.**")
    assert not first.text.startswith(AMBULANCE_LEAD)


@pytest.mark.parametrize(
    "told",
    [
        "she's got all her pills out and says she's taking them now",
        "she says she's about to take all her tablets",
    ],
)
def test_an_overdose_about_to_be_taken_now_leads_with_999(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert replies[0].text.startswith(AMBULANCE_LEAD)
    assert SELF_HARM in replies[0].text


def test_scared_to_go_home_tonight_stays_ordinary(chat: Chat) -> None:
    first = chat.send("she's scared to go home tonight")[0]
    assert first.risk_of_harm
    assert not first.text.startswith("**Ring 999")
    assert SELF_HARM not in first.text


@pytest.mark.parametrize(
    "said",
    ["she saves her tablets in a dosette box", "she has saved up for a holiday"],
)
def test_medicines_kept_are_no_plan(chat: Chat, said: str) -> None:
    assert not chat.send(said)[0].risk_of_harm
