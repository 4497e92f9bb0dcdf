"""Round 52 (long186): a court's, an inquest's or the media's report told as the press tells it
(knowledge/risk_whose_now.py `court_reported`).

"The court heard…", "Staff told the inquest…", "the media reported…": the formula dates the harm
to a hearing or a report, so a long page told so, naming no one of the writer's own and asking
nothing, is not signposted even when it says how things stand now ("the children now live with
their grandparents"). A plea told so ("has pleaded guilty to charges of…") is a press report too,
but there a time of now still keeps the signs. Beside each, a near twin told by the writer of
their own, asking what to do, naming a court with no report of it, or telling a plea and harm
now, still rings.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

QUIET = [
    "A father who left his three children in a freezing flat with no food has been given a"
    " community order. The court heard the youngest was found by neighbours covered in bruises"
    " and nappy rash. The children now live with their grandparents in another town.",
    "An inquest heard that a 79-year-old man was left without water for two days at a nursing"
    " home before he died. Staff told the inquest the night shift was short of carers that week"
    " and his pressure sores were not dressed.",
    "Swindon Crown Court heard that the stepfather punched the boy repeatedly and burned him with"
    " cigarettes over several months. He was jailed for six years on Friday, and the boy is now"
    " in foster care with his older sister.",
    "The media reported that a carer stole thousands of pounds from a blind pensioner she visited"
    " each day. Newspaper reports say the theft was found by the bank and the carer has since"
    " lost her job at the agency.",
    "A grandmother has pleaded guilty to charges of cruelty after her two grandsons were kept in"
    " a bedroom with no heating or food for months. She is due to be sentenced at the county court"
    " in the spring, the prosecutor said.",
]

RINGS = [
    "The court heard my ex punched me and burned me with cigarettes, but he got a suspended"
    " sentence and now he is living round the corner from us again and I am terrified of him.",
    "The court heard that her stepdad punched her and burned her with cigarettes but he only got"
    " a suspended sentence and he is back living with her and her little brother. Who should the"
    " school tell about it?",
    "Swindon Crown Court heard the stepfather punched the boy and burned him with cigarettes, but"
    " the judge let him go home to the boy and his mum after a suspended sentence. Thoughts on"
    " what the school does next?",
    "Year 9 boy says his stepdad punches him and burned him with cigarettes, and he has court"
    " next week about contact with his real dad, he is scared to go home tonight and wants to stay"
    " at school.",
    "The judge said he can have the kids every weekend even though he punched my daughter and"
    " burned her with a cigarette, and the school says she came in with bruises again this week.",
    "Her stepdad admitted the charges of hitting her with a belt but he is still living at home"
    " with her and her baby sister, and she came into school this morning with fresh marks on her"
    " arms and legs.",
]


@pytest.mark.parametrize("message", QUIET)
def test_a_hearing_or_the_media_reported_is_not_signposted(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", RINGS)
def test_the_writers_own_a_question_or_a_court_not_reported_is_signposted(
    chat: Chat, message: str
) -> None:
    assert chat.send(message)[0].risk_of_harm
