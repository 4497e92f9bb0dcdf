"""Round 42 (adult42): whom the first reply names from the life or the service a message names,
through the assistant (tryout42 #10; knowledge/risk_life_named.py).

1. Plainly adult cases (a pension, a claimant, benefits, a support worker, a care home, a woman
   whose husband harms her) name adult protection procedures and adult social care alone, by the
   cues or the learnt model alike.
2. A child given an age, or a toddler, with only the ones who harm grown, names child protection
   procedures and children's social care alone, never adult social care.
Near messages that must stay a child's or an adult's sit beside each.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

ADULT_SIGNPOST = "may mean an adult is at risk"
CHILD_SIGNPOST = "may mean a child is at risk"
BOTH_SIGNPOST = "may mean a child or an adult is at risk"
MASH = "children's social care"
ADULT_CARE = "Adult social care"


@pytest.mark.parametrize(
    "message",
    [
        # the trial's lines (tryout42 #10: P3, P9, P21, P24, P30)
        "older gent came in for new glasses, his son did all the talking and paid with the dads "
        'card. when son went out dad whispered "he takes all my pension, dont say anything"',
        "claimant broke down in her appt, said she's sleeping in her car because her ex said "
        "he'll find her and finish what he started. she thinks hes outside now",
        'one of my clients has a learning disability, says some new "mates" have moved into his '
        "flat, theres lads coming and going all night and they take his benefits money",
        "my regular client has bald patches and today she told me her husband drags her by her "
        "hair when hes had a drink. shes terrified he'll find out she told me",
        "a member with downs syndrome comes in with his support worker, and i keep seeing her use "
        "his bank card to buy herself stuff at our cafe",
        # in other words
        "a customer told me her grandson takes her pension every week and she has no food left",
        "a claimant at the jobcentre says her partner hits her and takes her phone",
        "a care home resident told me one of the night staff slapped her",
        "a lady at the library said her husband hit her again last night and she's scared",
    ],
)
def test_an_adults_life_names_the_adults_procedures_alone(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert ADULT_SIGNPOST in first.text
    assert ADULT_CARE in first.text
    assert MASH not in first.text


@pytest.mark.parametrize(
    "message",
    [
        # the trial's lines (tryout42 #10: P11, P27, D16, E2)
        "15yo unaccompanied lad i'm supporting says the man who brought him over makes him work "
        "at a car wash 7 days for no money and keeps his passport",
        "my grandson (6) told me his mums new fella smacks him hard when shes at work and locks "
        "him in his room",
        "my 10yo tutee on zoom, i could hear an adult shouting and then a slap and she started "
        "crying, the call is still open",
        "theres a toddler alone on a 2nd floor balcony leaning over the railing, no adults "
        "around, ive been knocking for 10 mins",
        # in other words
        "a 12 year old at our club said a man at the park keeps giving him money to carry bags",
        "my 9yo pupil said an adult at home hits her with a belt",
    ],
)
def test_a_child_aged_names_the_childs_procedures_alone(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert CHILD_SIGNPOST in first.text or "children's social care" in first.text
    assert MASH in first.text
    assert ADULT_CARE not in first.text
    assert "adult is at risk" not in first.text


@pytest.mark.parametrize(
    "message",
    [
        # children named beside an adult's life: both may be at risk
        "Class teacher. A mum of four girls told me she's worried her husband is planning to take "
        "one of them to Egypt to be cut",
        "a claimant told me her son is being hit by her partner",
        "Probation officer. My client told me a gang kept her prisoner in her own home for 8 "
        "months dealing from it. Some of the gang are 14-year-olds who carry knives",
        # a grown woman harmed beside a child's age
        "my 8 year old said her mums boyfriend hits her mum",
    ],
)
def test_a_child_beside_an_adult_at_risk_keeps_both(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert BOTH_SIGNPOST in first.text
    assert MASH in first.text
    assert ADULT_CARE in first.text


WORKER_NOTE = "works or volunteers with adults at risk"


@pytest.mark.parametrize(
    "message",
    [
        # tryout42 #11, P20
        "attended an 84yo lady today, house filthy no food in, daughter is her carer and was "
        "drunk, lady had grade 4 pressure sores and was soaked in urine",
        "an elderly man told me his daughter is his main carer and she was drunk again last night "
        "when she pushed him over",
    ],
)
def test_a_relative_caring_is_no_worker(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert ADULT_SIGNPOST in first.text
    assert WORKER_NOTE not in first.text


def test_a_carer_at_work_drunk_still_gets_the_workers_note(chat: Chat) -> None:
    first = chat.send(
        "attended an 84yo lady today, the agency carer was drunk and she had grade 4 pressure sores"
    )[0]
    assert first.risk_of_harm
    assert WORKER_NOTE in first.text
