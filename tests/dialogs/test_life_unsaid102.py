"""Rule one, a risk to life said without its usual words (round 46, life102; issue 11).

- A wish to join someone who died, or the means kept back, said indirectly ("since my wife died
  i just want to be with her, i have my tablets saved up") got no signpost; the writer's own
  gets their own text (999, someone they trust, Samaritans), not a relative's about an adult.
- Someone named as people say it ("a guy at the house party…", "a lass", "my bruv") is someone:
  drink taken and a collapse now leads with an ambulance.
- A plan told only as "it" for a time of now ("a regular said hes planning to do it today")
  leads with ring 999.
- A body that will not wake with a sign of poisoning or after a night out, nothing named as
  taken ("she wont wake up after the party and her lips look blue"), leads with an ambulance.
- Kept quiet: grief told plainly, a plan whose "it" is named, blue lips in the cold, a party
  story now over, one sign alone.

Every conversation runs through the core the terminal door runs (`bot.app.build_core`).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

RING_NOW = "**Ring 999 now"
AMBULANCE = "**Ring 999 now and ask for an ambulance"
# The writer's own text for a risk to their own life (about's to_the_writer.own_life, voice103)
OWN = "I'm really glad you told someone"
RELATIVE = "If you're worried about someone you know"


@pytest.mark.parametrize(
    "told",
    [
        "ever since her husband passed away she keeps saying she just wants to be with him again",
        "my client said since her son died she wants to join him",
        "he told me hes got his tablets saved up",
        "my client said she has her pills stashed away",
        "she said shes been putting her pills aside for weeks",
    ],
)
def test_a_wish_to_join_the_dead_or_means_kept_back_is_signposted(chat: Chat, told: str) -> None:
    assert chat.send(told)[0].risk_of_harm


@pytest.mark.parametrize(
    "told",
    [
        "since my wife died i just want to be with her, i have my tablets saved up",
        "i just want to be with my wife again, i have my tablets saved up",
        "since my husband passed i want to die, ive been saving my pills",
    ],
)
def test_the_writers_own_risk_to_life_gets_their_own_text(chat: Chat, told: str) -> None:
    first = chat.send(told)[0]
    assert first.risk_of_harm
    assert first.text.startswith(f"**{OWN}")
    assert "Samaritans" in first.text
    assert RELATIVE not in first.text


def test_a_relatives_risk_told_stays_a_relatives(chat: Chat) -> None:
    told = "my mum said since dad died she wants to die, she has her tablets saved up"
    first = chat.send(told)[0]
    assert first.risk_of_harm
    assert OWN not in first.text


@pytest.mark.parametrize(
    "told",
    [
        "a guy at the house party drank a whole bottle of vodka and is now unresponsive",
        "a lass at the party drank loads of vodka and is unresponsive",
        "my bruv drank a whole bottle of vodka and wont wake up",
        "some geezer in the pub toilets necked a bottle of vodka and is unconscious",
    ],
)
def test_someone_named_as_people_say_it_leads_with_an_ambulance(chat: Chat, told: str) -> None:
    first = chat.send(told)[0]
    assert first.risk_of_harm
    assert first.text.startswith(AMBULANCE)


@pytest.mark.parametrize(
    "told",
    [
        "barber, a regular said hes planning to do it today",
        "my client said shes going to go through with it tonight",
        "taxi driver here, my passenger said the plan is today and hes said his goodbyes",
        "a man in the shop said hes going to do it later, he cant go on",
        "a customer said the plan is tonight, hes got everything ready",
        "a regular at the pub said hes going through with it tonight",
    ],
)
def test_a_plan_told_as_it_for_now_leads_with_999(chat: Chat, told: str) -> None:
    first = chat.send(told)[0]
    assert first.risk_of_harm
    assert first.text.startswith(RING_NOW)


@pytest.mark.parametrize(
    "told",
    [
        "she wont wake up after the party and her lips look blue",
        "my friend is fitting on the floor after the party and wont respond",
        "hes passed out and choking on his vomit",
        "shes breathing really slowly and we cant wake her up",
        "my mate wont wake up and his lips are going blue",
        "he collapsed at the party and hes barely breathing",
        "shes gone a grey colour and is barely breathing after the party",
        "the dude next to me on the train is fitting and foaming at the mouth",
        "a man on the train drank vodka and is unconscious",
    ],
)
def test_signs_of_poisoning_with_nothing_named_lead_with_an_ambulance(
    chat: Chat, told: str
) -> None:
    first = chat.send(told)[0]
    assert first.risk_of_harm
    assert first.text.startswith(AMBULANCE)


@pytest.mark.parametrize(
    "said",
    [
        "since my wife died i miss her every day, how do i tell her bank",
        "planning to do it today, the decorating",
        "my client said shes going to do it today, the paperwork for her benefits",
        "my blue lips in this cold",
        "my lips go blue when i swim in the sea",
        "last year at a party a guy drank a whole bottle of vodka and passed out, he was fine",
        "since her husband died she wants to be with her daughter more",
        "she wants to be with her husband at christmas",
        "my dad says hes going to do it today, paint the fence",
        "our plan is today we go to the beach",
        "my son wont wake up for school in the mornings",
    ],
)
def test_look_alikes_are_not_signposted(chat: Chat, said: str) -> None:
    assert not chat.send(said)[0].risk_of_harm


def test_a_plan_for_now_after_talk_of_ending_it_leads_with_999(chat: Chat) -> None:
    assert chat.send("a regular at my barbers has been talking about ending it")[0].risk_of_harm
    replies = chat.send("now hes saying hes planning to do it today")
    assert replies[0].text.startswith(RING_NOW)


def test_a_party_story_whose_end_is_told_gets_no_ambulance(chat: Chat) -> None:
    told = "the party was great, someone passed out on the sofa but was fine in the morning"
    assert not chat.send(told)[0].text.startswith(AMBULANCE)
