"""Round 45 (young79, issue 11, rule one): an older person who lives alone, missed by the visits
meant to check on them, and not answering, may be lying hurt: "nobody has visited mr t since
friday because the rota went wrong, hes 88, lives alone and his phone just rings out" was not
signposted. A visit missed when they were not at home is no such worry. ("nobody visited on
friday, she was at her daughter's" rang before this round, by an older cue: `nobody * visits …
her`; left as it was.)"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts


@pytest.mark.parametrize(
    "message",
    [
        "nobody has visited mr t since friday because the rota went wrong, hes 88, lives alone "
        "and his phone just rings out",
        "the carers missed mr p's visits since friday, hes housebound and the phone rings out",
        "no one has been in to check on mrs h since saturday, she lives on her own and her phone "
        "goes to voicemail",
    ],
)
def test_visits_missed_to_someone_alone_with_no_answer_are_signposted(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm, first.text
    assert "adult" in first.text, first.text


@pytest.mark.parametrize(
    "message",
    [
        "nobody has visited since friday as she's in hospital",
        "lad at work took two paracetamol for a headache",
    ],
)
def test_a_visit_missed_with_no_one_alone_is_not(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize(
    "message",
    [
        "the old man next door hasnt opened his curtains in 4 days and his milk is still on the "
        "step",
        "my neighbour is 90 and lives alone, nobody has seen her for 5 days and her curtains "
        "are still shut",
        "the old lady across the road hasnt opened her curtains since sunday and shes not "
        "answering the door",
    ],
)
def test_a_neighbour_asking_about_the_police_is_not_overreacting(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm
    police = texts(chat.send("should i call the police or is that overreacting"))
    assert "not overreacting" in police and "999" in police, police
    assert "welfare check" in police and "Childline" not in police, police


def test_a_grandparent_about_a_child_is_told_of_the_childs_door(chat: Chat) -> None:
    chat.send("my granddaughter is 14 and keeps going missing overnight with older lads in cars")
    police = texts(chat.send("should i call the police or is that overreacting"))
    assert "not overreacting" in police and "children's social care" in police, police
