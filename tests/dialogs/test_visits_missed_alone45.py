"""Round 45 (young79, issue 11, rule one): an older person who lives alone, missed by the visits
meant to check on them, and not answering, may be lying hurt: "nobody has visited mr t since
friday because the rota went wrong, hes 88, lives alone and his phone just rings out" was not
signposted. A visit missed when they were not at home is no such worry. ("nobody visited on
friday, she was at her daughter's" rang before this round, by an older cue: `nobody * visits …
her`; left as it was.)"""

from __future__ import annotations

import pytest

from tests.support.core import Chat


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
