"""Round 46 (fixc118): someone whose life is at risk has just gone, asked of in any voice.

After voice103 read "a lad at the gym told me he doesnt want to be alive anymore and has a plan"
as one of the public's (met by chance), "he just left, should i tell someone" got the public's
text again, with no answer: only a practitioner's follow-up was read for the one at risk gone.
Now family, one of the public, a young person about a friend and one threatened with a suicide
to control them each get "Yes, tell someone now" (999 if they may act on it now). A gym's own
staff ("im a personal trainer") are at work there: they get life93's text for one with no lead,
not the public's. Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

LEFT = "**Yes, tell someone now.**"
PUBLIC = "**If you're worried about someone you know:**"
PRACTITIONER = "**What you've described may mean"
NO_LEAD_LIFE = "**If you have no safeguarding lead of your own** (a salon, a gym"


@pytest.mark.parametrize(
    ("told", "gone"),
    [
        (
            "a lad at the gym told me he doesnt want to be alive anymore and has a plan",
            "he's gone, what do i do",
        ),
        (
            "a woman on the bus told me she is going to kill herself tonight",
            "she walked off, what should i do",
        ),
        (
            "a stranger in the park said he has nothing to live for and is going to jump",
            "he walked off, should i call the police",
        ),
        (
            "my neighbour told me he wants to end it all and has pills saved up",
            "he just left, should i ring someone",
        ),
        (
            "my husband said he wants to end his life and has a plan",
            "hes gone, what do i do",
        ),
        (
            "im 15 and my mate said shes going to kill herself tonight",
            "she just left, should i tell someone",
        ),
        (
            "my boyfriend says he will kill himself if i leave him",
            "hes gone now, what do i do",
        ),
    ],
)
def test_one_at_risk_to_their_life_gone_is_answered_in_every_voice(
    chat: Chat, told: str, gone: str
) -> None:
    first = chat.send(told)[0]
    assert first.risk_of_harm
    assert not first.text.startswith(PRACTITIONER)  # the writer's own voice, not at work
    reply = chat.send(gone)[0]
    assert reply.text.startswith(LEFT)
    assert "999" in reply.text and "111" in reply.text
    assert reply.text != first.text


@pytest.mark.parametrize(
    ("told", "then"),
    [
        ("i want to kill myself tonight", "my mum has gone out now"),
        ("im going to end it all, i have the pills ready", "everyone has left"),
        ("a lad at the gym told me he doesnt want to be alive anymore", "thanks"),
        ("my husband hits me and says he'll kill me", "hes gone to work now"),
        ("a woman at the bus stop told me her husband locks her in", "shes left now"),
    ],
)
def test_no_such_answer_for_the_writers_own_life_or_another_harm(
    chat: Chat, told: str, then: str
) -> None:
    assert chat.send(told)[0].risk_of_harm
    assert not any(r.text.startswith(LEFT) for r in chat.send(then))


@pytest.mark.parametrize(
    "told",
    [
        "im a personal trainer, a lad at the gym told me he doesnt want to be alive anymore "
        "and has a plan",
        "gym instructor here, a woman at the gym said she wants to end her life",
        "as a pt, a lad at the gym told me he has nothing to live for",
        "im a fitness instructor and a woman at the gym told me she wants to die",
        "i am a gym instructor, a man at the gym said he is going to kill himself",
    ],
)
def test_a_gyms_own_staff_are_at_work_there(chat: Chat, told: str) -> None:
    first = chat.send(told)[0]
    assert first.risk_of_harm
    assert first.text.startswith(PRACTITIONER)
    assert NO_LEAD_LIFE in first.text
    assert PUBLIC not in first.text
    assert chat.send("he just left, should i tell someone")[0].text.startswith(LEFT)


@pytest.mark.parametrize(
    "told",
    [
        "a lad at the gym told me he doesnt want to be alive anymore and has a plan",
        "a guy at the gym said he wants to end it all",
        "a woman at the gym told me she wants to die",
        "a girl at the gym said she doesnt want to be here anymore",
        "an older man at the gym told me he has nothing to live for since his wife died",
    ],
)
def test_one_who_goes_to_the_gym_is_one_of_the_public(chat: Chat, told: str) -> None:
    first = chat.send(told)[0]
    assert first.risk_of_harm
    assert first.text.startswith(PUBLIC)
