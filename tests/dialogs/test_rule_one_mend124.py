"""Rule one's first lines, mended in round 47 (mend124; last round's trials).

- The one who harms still there ("hes still here", typed without the apostrophe, or "he's",
  read as "he") or someone near children who won't go ("staring at the kids in the park and
  wont leave") is danger now: ring 999 leads. Not "wont leave her alone", "wont leave the
  house", nor told as past.
- The bank's route (adult-abuse-neglect's note; a family's "their bank can stop it") only where
  money is told, not on every adult harmed.
- "cant wake up when the baby cries" is a habit, and "i cant wake up" the writer's own: no
  ambulance leads; a parent's own drug use gets the child's safety and their own support.
- A young person who gives their school year ("im in year 9") and their own self-harm ("i self
  harm every night") gets the young person's lines, not a practitioner's.

Through the core the terminal door runs, and for one of each through the terminal door's own
converters (`adapters.console`).
"""

from __future__ import annotations

import pytest

from adapters.console import line_to_turn, render_reply
from bot.app import Core
from dialogs.state import ConversationState
from tests.support.core import FIXED_CLOCK, Chat

RING_NOW = "**Ring 999 now"
AMBULANCE = "ask for an ambulance"
BANK = "their bank can stop it"
BANK_NOTE = "the person's bank can act"
CHILDLINE = "0800 1111"
PRACTITIONER = "Follow your child protection procedures"
PARENT_SUPPORT = "a sober adult can look after the children"


def at_the_terminal(core: Core, *lines: str) -> list[str]:
    """What the terminal shows for each reply to the last of `lines`, typed in turn."""
    state, shown = ConversationState(), []
    for line in lines:
        state, replies = core.assistant.respond(state, line_to_turn(line, (), "c"), FIXED_CLOCK)
        shown = [render_reply(r, ansi=False) for r in replies]
    return shown


@pytest.mark.parametrize(
    "told",
    [
        "my neighbours boyfriend hit her last night and hes still here",
        "my neighbours boyfriend hit her last night and he's still here",
        "a dad at pick up shoved his son into the wall and hes still here",
        "theres a man staring at the kids in the park and wont leave",
        "a man has been filming the children in the playground and he wont leave",
        "some bloke is watching the kids at the swings and refuses to leave",
    ],
)
def test_the_harmer_still_there_or_staying_near_children_leads_with_999(
    chat: Chat, told: str
) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert said.text.startswith(RING_NOW), said.text


def test_hes_still_here_after_a_signpost_gets_999_now(chat: Chat) -> None:
    chat.send("my neighbours boyfriend hit her last night")
    replies = chat.send("hes still here")
    assert replies[0].text.startswith("**Ring 999 now"), replies[0].text


@pytest.mark.parametrize(
    "told",
    [
        "my ex wont leave me alone and the kids are scared of him",
        "my son wont leave his room and says he self harms",
        "a man was staring at the kids in the park last week and wouldnt leave",
        "my partner hit me and wont leave the house, the kids are here",
    ],
)
def test_wont_leave_of_someone_or_somewhere_or_past_gets_no_999_lead(chat: Chat, told: str) -> None:
    said = chat.first(told)
    assert not said.text.startswith(RING_NOW), said.text


def test_at_the_terminal_a_man_who_wont_leave_the_kids_leads_with_999(core: Core) -> None:
    shown = at_the_terminal(core, "theres a man staring at the kids in the park and wont leave")
    assert shown[0].startswith("Ring 999 now"), shown[0]


@pytest.mark.parametrize(
    ("told", "line", "named"),
    [
        ("my neighbours boyfriend hit her last night", BANK, False),
        ("my dads carers leave him in wet pads all day", BANK, False),
        ("my mum is 80 and my brother takes her pension and she has no food", BANK, True),
        ("im worried about my nan, her carer has been using her bank card", BANK, True),
        ("the carers leave her in wet pads all day and never change her", BANK_NOTE, False),
        (
            "resident says the night staff leave him without food or water for hours",
            BANK_NOTE,
            False,
        ),
        ("her son takes her pension every week and she has nothing left for food", BANK_NOTE, True),
    ],
)
def test_the_banks_route_only_where_money_is_told(
    chat: Chat, told: str, line: str, named: bool
) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert (line in said.text) is named, said.text


@pytest.mark.parametrize(
    "told",
    [
        "i smoke weed every night and cant wake up when the baby cries",
        "i smoke weed and i cant wake up for the baby at night",
        "i drink every night and cant wake up in the morning for the kids",
    ],
)
def test_a_parents_own_use_with_a_habit_of_not_waking_gets_no_ambulance_lead(
    chat: Chat, told: str
) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert AMBULANCE not in said.text.split("\n\n")[0], said.text
    assert not said.text.startswith("**Get the baby checked"), said.text
    assert PARENT_SUPPORT in said.text, said.text


@pytest.mark.parametrize(
    "told",
    [
        "shes passed out drunk at the party and we cant wake her",
        "he took some pills and i cant wake him up",
        "the little girl said mummy wont wake up",
    ],
)
def test_someone_else_who_wont_wake_now_still_leads_with_an_ambulance(
    chat: Chat, told: str
) -> None:
    said = chat.first(told)
    assert said.text.startswith(RING_NOW) and AMBULANCE in said.text, said.text


@pytest.mark.parametrize(
    "told",
    [
        "im in year 9 and i self harm every night",
        "im in yr 10 and my dad hits me",
        "i'm in year 8 and ive been self harming",
        "i self harm every night, im in y9",
    ],
)
def test_a_young_person_giving_their_school_year_gets_the_young_persons_lines(
    chat: Chat, told: str
) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert CHILDLINE in said.text, said.text
    assert PRACTITIONER not in said.text, said.text


def test_at_the_terminal_year_9_self_harm_gets_childline(core: Core) -> None:
    shown = at_the_terminal(core, "im in year 9 and i self harm every night")
    assert CHILDLINE in shown[0] and PRACTITIONER not in "\n".join(shown), shown


@pytest.mark.parametrize(
    "told",
    [
        "im in year 6 and a pupil told me her dad hits her",
        "im in year 2 of my nursing degree, a patient told me her son hits her",
        "im in year 1 at uni, on placement a client said her carer slaps her",
    ],
)
def test_a_year_group_or_a_courses_year_is_still_a_practitioners(chat: Chat, told: str) -> None:
    said = chat.first(told)
    assert said.text.startswith("**What you've described"), said.text
    assert CHILDLINE not in said.text, said.text


BTP = "British Transport Police"
SLAVERY_LINE = "Modern Slavery & Exploitation Helpline"
MARRIAGE_LINE = "Forced Marriage Unit"
DA_LINE = "0808 2000 247"
LEAD = "designated safeguarding lead"


@pytest.mark.parametrize(
    "told",
    [
        "im a train guard, a teenage girl on my train with an older man, he wont let her go",
        "im a train guard and a man is hitting his wife in carriage 3 right now",
        "a girl at the station told me a man on the platform touched her",
        "my daughter said a man touched her on the tube",
    ],
)
def test_harm_on_the_railway_names_british_transport_police(chat: Chat, told: str) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert BTP in said.text and "61016" in said.text, said.text


def test_harm_off_the_railway_names_no_transport_police(chat: Chat) -> None:
    said = chat.first("a girl in the park told me a man touched her")
    assert said.risk_of_harm and BTP not in said.text, said.text


@pytest.mark.parametrize(
    "told",
    [
        "im a delivery rider, i saw a kid with bruises all over his face at a house i delivered to",
        "i do deliveroo and a woman at one of my drops had a black eye",
        "im an uber driver and a girl in my cab said her stepdad hits her",
        "i was delivering a parcel and heard a man screaming at a little boy and hitting him",
    ],
)
def test_riders_and_drivers_are_not_sent_to_a_safeguarding_lead(chat: Chat, told: str) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert "If you have no safeguarding lead of your own" in said.text, said.text
    assert f"- Your {LEAD}" not in said.text, said.text


@pytest.mark.parametrize(
    "told",
    [
        "her partner took her passport",
        "client says her husband has her passport and takes all her money",
        "my sisters boyfriend keeps her id and her bank card",
    ],
)
def test_a_partner_holding_money_or_documents_names_no_slavery_or_marriage_line(
    chat: Chat, told: str
) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert SLAVERY_LINE not in said.text and MARRIAGE_LINE not in said.text, said.text


@pytest.mark.parametrize(
    ("told", "line"),
    [
        ("her partner took her passport and makes her work in a nail bar for no pay", SLAVERY_LINE),
        (
            "her husband took her passport and is taking her abroad to marry her cousin",
            MARRIAGE_LINE,
        ),
        ("my boss keeps my passport and i work for no pay", SLAVERY_LINE),
        (
            "client says her employer holds her passport and she owes a debt she has to work off",
            SLAVERY_LINE,
        ),
    ],
)
def test_slavery_or_a_marriage_told_keeps_its_line(chat: Chat, told: str, line: str) -> None:
    said = chat.first(told)
    assert said.risk_of_harm and line in said.text, said.text


@pytest.mark.parametrize(
    "told", ["my husband takes all my wages", "my partner took my passport and my bank card"]
)
def test_ones_own_money_or_documents_held_by_a_partner_is_their_own_domestic_abuse(
    chat: Chat, told: str
) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert said.text.startswith("**If this is happening to you"), said.text
    assert DA_LINE in said.text and SLAVERY_LINE not in said.text, said.text
