"""Round 45 (doors95, tryout88 #2, #3; issue 11, rule one): the right lead and the right doors.

1. Someone being got, pulled or forced into a car or van now leads with ring 999 now.
2. One who owns, runs or helps at the place (an owner, a bell-ringer, a dad "who helps out")
   harming a child, or asking one for secrecy, gets the LADO; the writer's own label first
   ("i work at a dance school, …") is read past.
3. An injury a relative or partner did gets no self-harm lines.
4. Family about an adult's case alone get adult social care and the agency's manager, not
   children's social care; asked whom to tell, the same.
5. A shelter's guests are adults: no children's door.
6. A trip leader with a disclosure of abuse at home and no lead at midnight gets who covers and
   the emergency duty team, with no LADO.
Near look-alikes keep their doors.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

NOW = "Ring 999 now"
LADO = "The LADO (local authority designated officer)"
SELF_HARM = "option 2, for mental health"
MASH = "children's social care front door (MASH)"
NO_LEAD = "can't reach them"


@pytest.mark.parametrize(
    "message",
    [
        "im outside the chippy, a man is trying to get a young lad into his van, the lad is crying",
        "bus driver, theres a bloke forcing a schoolgirl into his car at the stop right now shes "
        "screaming",
        "two men are pulling a drunk 14 year old girl into their car outside the club right now",
        "a man just grabbed a little girl outside the park and drove off with her",
    ],
)
def test_someone_taken_into_a_car_now_leads_with_999(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith(f"**{NOW}")


@pytest.mark.parametrize(
    "message",
    [
        "last week two men tried to get her into their car outside the club, she got away",
        "the nursery worker was pulling a child by the arm really hard, i saw it last week",
    ],
)
def test_a_car_or_a_pull_told_as_past_keeps_the_plain_signpost(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert NOW not in first.text


@pytest.mark.parametrize(
    "message",
    [
        "i work at a dance school, the owner screams at the little ones and pinches them when "
        "they get the steps wrong",
        "the owner of the trampoline park has been messaging one of the 13 yr old girls on "
        "snapchat telling her not to tell anyone",
        "one of the bell ringers keeps giving a 14 yr old learner lifts and presents and told her "
        "to keep it secret",
        "youth club committee here, one of the mums who helps out has been slapping the little "
        "ones when they play up",
        "a man who coaches the under 12s keeps texting one of the boys and told him not to tell "
        "his parents",
    ],
)
def test_one_who_runs_or_helps_at_the_place_gets_the_lado(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert LADO in first.text


@pytest.mark.parametrize(
    "message",
    [
        "soft play staff here, the owner told me a dad was hitting his kid in the car park",
        "a 12 year old told the coach her dad hits her and asked him not to tell anyone",
        "our volunteer told him to tell us if his dad hits him again",
        "im a volunteer and a girl told me her dad hits her",
    ],
)
def test_a_role_who_tells_or_is_told_names_no_lado(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert LADO not in first.text


@pytest.mark.parametrize(
    "message",
    [
        "after school club, a boy of 8 has two small round burns on his hand and said his mums "
        "boyfriend did it with a cigarette",
        "midwife here, she told me her husband burnt her arm with the iron last night",
        "health visitor, mum has cigarette burns on her arm and says her husband did it when he "
        "was drunk",
    ],
)
def test_an_injury_another_did_gets_no_self_harm_lines(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert SELF_HARM not in first.text


@pytest.mark.parametrize(
    "message",
    [
        "a girl in year 9 has cuts on her arms, she says she did it herself because her dad hits "
        "her",
        "a girl has cuts on her arm, her mum did not know",
        "a 15 year old has fresh cuts on her wrists and her mum doesnt know",
    ],
)
def test_an_injury_of_ones_own_keeps_the_self_harm_lines(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert SELF_HARM in first.text


def test_family_about_an_adults_carer_get_the_adult_door_and_the_agency(chat: Chat) -> None:
    first = chat.send(
        "my mums home carer from the agency keeps taking cash from her purse, mum hasnt noticed"
    )[0]
    assert first.risk_of_harm
    assert "adult social care" in first.text
    assert "NSPCC" not in first.text
    assert "manager" in first.text
    steps = chat.send("who do i report it to, the agency?")[0]
    assert "adult social care" in steps.text
    assert "manager" in steps.text
    assert "Childline" not in steps.text


def test_a_neighbour_about_an_adult_alone_gets_the_adult_door_without_the_nspcc(
    chat: Chat,
) -> None:
    first = chat.send(
        "the old man next door lives alone and i havent seen him for a week, his post is piling "
        "up and curtains shut"
    )[0]
    assert first.risk_of_harm
    assert first.text.startswith("**If you're worried about someone you know:**")
    assert "adult social care" in first.text
    assert "NSPCC" not in first.text
    assert chat.state.writer == "family"


def test_family_about_a_child_keep_the_childrens_door(chat: Chat) -> None:
    first = chat.send("my sisters boyfriend hits her kids, the youngest is 4")[0]
    assert first.risk_of_harm
    assert "children's social care" in first.text


@pytest.mark.parametrize(
    ("message", "child"),
    [
        (
            "i volunteer at a homeless shelter, one of the men has bruises all over and says "
            "another guest beat him up",
            False,
        ),
        (
            "night shelter volunteer, a mum came in with her 6 year old and he has bruises on his "
            "face",
            True,
        ),
    ],
)
def test_a_shelters_guests_are_adults(chat: Chat, message: str, child: bool) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert (MASH in first.text) is child


@pytest.mark.parametrize(
    "message",
    [
        "teacher on a school trip, a kid just disclosed abuse at home, the DSL isnt here and its "
        "midnight who do i ring",
        "camp leader, its 2am and a 12 year old just told me her uncle touches her, cant get hold "
        "of anyone",
    ],
)
def test_a_lead_away_at_night_gets_who_covers_and_no_lado(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert replies[0].risk_of_harm
    text = "\n".join(r.text for r in replies)
    assert LADO not in text
    assert NO_LEAD in text
    assert "emergency duty team" in text


def test_a_trip_leader_told_of_another_leaders_abuse_keeps_the_lado(chat: Chat) -> None:
    first = chat.send(
        "trip leader on a residential, one of the other leaders has been abusing a kid"
    )[0]
    assert first.risk_of_harm
    assert LADO in first.text


def test_the_owner_accused_gets_the_lado_steps(chat: Chat) -> None:
    chat.send(
        "i help at a dance school, the owner grabs the girls by the arm really hard when they "
        "get it wrong, one had finger mark bruises"
    )
    steps = chat.send("but shes the owner, who do i even tell")[0]
    assert "LADO" in steps.text
    assert "children's social care front door yourself" in steps.text
