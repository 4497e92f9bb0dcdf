"""Round 46 (doors104, issue 11, rule one): the signpost's lead and doors for a coach accused
second-hand, an abduction just seen and a drink spiked.

1. A sports coach accused by someone else's telling gets the LADO ("coach" is no vehicle there).
2. Someone pulled, bundled or forced into a car or van just now leads with ring 999 now; a film
   plot or training on it does not.
3. A drink spiked gets the police and the venue's staff, not parental substance misuse's or
   sexual abuse's lines; unwell with it now, the ambulance lead; a spiking long past does not
   lead with 999.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

NOW = "Ring 999 now"
LADO = "The LADO (local authority designated officer)"
POLICE = "The police (999 if someone is in danger now, 101 otherwise)"
VENUE = "the venue's staff"


@pytest.mark.parametrize(
    "message",
    [
        "coach here, one of the parents said the other coach hits the kids",
        "a mum just rang me, she says our football coach hits the boys when they lose",
        "one of the players told his dad the coach punched a child at training",
    ],
)
def test_a_coach_accused_second_hand_gets_the_lado(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert LADO in first.text


@pytest.mark.parametrize(
    "message",
    [
        "two lads just pulled a girl into a car, it drove off",
        "a girl was just forced into a car outside the school",
        "someone just bundled a kid into a van outside the shop",
        "a man dragged a woman into his car and drove off, i got the plate",
    ],
)
def test_an_abduction_just_seen_leads_with_999(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith(f"**{NOW}")


@pytest.mark.parametrize(
    "message",
    [
        "is it ok to show year 9 a film where two men pull a girl into a car and drive off",
        "we have training next week on what to do if you see a child pulled into a car",
        "i put the baby in the car and drove off to nursery",
    ],
)
def test_a_film_training_or_a_school_run_does_not_lead_with_999(chat: Chat, message: str) -> None:
    assert NOW not in chat.send(message)[0].text


@pytest.mark.parametrize(
    ("message", "police"),
    [
        # the writer's own words name the police once (round 53, voice193): no line again
        ("i think my drink was spiked", "the police on 101"),
        ("bar staff here, a customer says someone spiked her drink", POLICE),
    ],
)
def test_a_drink_spiked_gets_the_police_and_the_venue(
    chat: Chat, message: str, police: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert police in first.text
    assert VENUE in first.text
    assert not first.text.startswith(f"**{NOW}")


@pytest.mark.parametrize(
    "message",
    [
        "a girl at the bar says someone put something in her drink, shes really out of it",
        "my friend thinks her drink was spiked, shes collapsed in the toilets",
    ],
)
def test_a_drink_spiked_and_unwell_now_leads_with_an_ambulance(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.text.startswith(f"**{NOW} and ask for an ambulance")
    assert POLICE in first.text
    assert VENUE in first.text


@pytest.mark.parametrize(
    "message",
    [
        "i was spiked last year and the police never did anything",
        "we have training on drink spiking for the bar staff next week",
    ],
)
def test_a_spiking_long_past_or_a_training_does_not_lead_with_999(chat: Chat, message: str) -> None:
    assert NOW not in chat.send(message)[0].text
