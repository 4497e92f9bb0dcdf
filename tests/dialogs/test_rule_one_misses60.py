"""Round 44 (miss60, issue 11, rule one): disclosures that were signposted only as a general
worry, or with the wrong doors, now signposted for what they tell.

(1) One who works or volunteers with children going where children sleep, wash or change, at
night or alone, or giving one of them presents and asking to see them alone, brings the LADO.
(2) A threat to kill the writer typed without its apostrophe ("hed", "hell", "shed") leads with
the writer's own safety, as "he'd" does; a craving ("kill for a coffee") is no threat.
(3) Workers kept where they work while another holds their pay is modern slavery: the police and
the Modern Slavery & Exploitation Helpline, not an adult's money taken alone.
Written by the helper in its own words, not drawn from a labelled set; every conversation runs
through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

LADO = "The LADO"
CHILD_SIGNPOST = "may mean a child is at risk"
OWN_LEAD = "**If you're in danger now, call 999.** A threat to kill or seriously hurt you"
SLAVERY_HELPLINE = "Modern Slavery"
POLICE = "police"


@pytest.mark.parametrize(
    "message",
    [
        "one of the other leaders has been going into the girls tent at night",
        "a volunteer keeps going into the boys dorm after lights out",
        "the activity instructor was found in the boys tent at 3am",
        "our caretaker lets himself into the girls toilets during lessons",
        "the night staff member goes into a 14 year olds room at 2am and shuts the door",
        "a dinner lady takes a reception child into the disabled toilet alone and locks the door",
        "one of our volunteer referees has been buying a 13 year old trainers and asking to meet"
        " him on his own",
        "a youth worker bought a 14 year old girl a new phone and told her to keep it secret",
    ],
)
def test_staff_where_children_sleep_or_alone_with_gifts_bring_the_lado(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert CHILD_SIGNPOST in first.text, first.text
    assert LADO in first.text, first.text


@pytest.mark.parametrize(
    "message",
    [
        "the leaders take turns checking the tents at night",
        "our volunteer referees buy the kids' kit from the club shop",
        "two leaders sleep in a tent next to the girls tents",
        "the teacher went into the girls toilets to break up a fight",
        "the coach bought the whole team new kit for the tournament",
    ],
)
def test_staff_doing_their_job_near_children_is_quiet(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        "he said hed kill me",
        "my partner said hell shoot me if i leave",
        "she said shed stab me",
        "they said theyd kill me if i went to the police",
    ],
)
def test_a_threat_without_its_apostrophe_leads_with_the_writers_safety(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith(OWN_LEAD), first.text


@pytest.mark.parametrize(
    "message",
    ["he said hed kill for a coffee", "she said she'd kill for a holiday"],
)
def test_a_craving_is_no_threat(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


def test_a_craving_word_leaves_a_threat_to_a_gang_signposted(chat: Chat) -> None:
    assert chat.send("he said hed kill for the gang if they asked him")[0].risk_of_harm


@pytest.mark.parametrize(
    "message",
    [
        "the girls working there never go out, they sleep upstairs and a man collects all their"
        " money",
        "the girls at the salon are never out, they sleep in the back and hand all their money to"
        " a man",
        "the boys at the car wash sleep in the container behind it and the boss pays them nothing",
    ],
)
def test_workers_kept_and_paid_through_another_are_modern_slavery(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert SLAVERY_HELPLINE in first.text, first.text
    assert POLICE in first.text.lower(), first.text


@pytest.mark.parametrize(
    "message",
    [
        "the girls at the salon share a flat upstairs",
        "the staff at the takeaway live upstairs",
        "the workers at the cafe live nearby and the owner pays them weekly",
    ],
)
def test_workers_living_near_work_are_quiet(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))
