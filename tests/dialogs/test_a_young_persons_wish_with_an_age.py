"""A young person's wish against telling, with their age (round 33, wq33).

"what if the young person is 14 and says don't tell his mum?" (a trial) was offered only what
families think (entry 5). Whether someone of that age decides for themselves is what the consent
summary says (key question 4: 12 or over generally understand enough, from 16 presumed able), so
a question giving an age and the person's wish against telling gets it, and the consent check.
The route's phrases count only with an age (`with_age` in the routes pack), and not just after
harm is told of: there the signpost leads and the disclosure asks nothing.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from dialogs.routes import Routes
from knowledge.route_index import RouteIndex
from knowledge.routes_pack import Destination, Route, RoutesPack
from knowledge.routes_schema import RoutesPack as RoutesPackSchema
from tests.support.core import Chat, texts

SUMMARY = "(key question 4: Do you have consent to share?)"


@pytest.mark.parametrize(
    "message",
    [
        # each offered entry 5, or the capacity decline, before
        "what if the young person is 14 and says don't tell his mum?",
        "the young person is 14 and doesn't want me to tell his mum",
        "the pupil is 13 and doesn't want her parents to know",
        "what if a 15 year old says don't tell his mum?",
    ],
)
def test_an_age_and_a_wish_against_telling_gets_the_consent_summary(
    chat: Chat, message: str
) -> None:
    replies = chat.send(message)
    said = texts(replies)
    assert SUMMARY in said
    assert "Children of 12 or over" in said
    assert any(c.label == "Start a consent check" for r in replies for c in r.choices)


def _routes() -> Routes:
    pack = RoutesPack(
        kind="routes",
        routes=(
            Route(
                to=Destination.SUMMARY,
                question="consent",
                phrases=("says dont tell",),
                with_age=True,
            ),
        ),
        age_before=("is", "she", "aged"),
        age_after=("year", "yo"),
    )
    return Routes(RouteIndex(pack))


@pytest.mark.parametrize(
    "question",
    [
        "what if she's 14 and says don't tell?",
        "he is 15 and says don't tell",
        "a boy aged 13 says don't tell",
        "a 12 year old says don't tell",
        "a 12yo says don't tell",
    ],
)
def test_the_phrase_routes_with_an_age(question: str) -> None:
    assert _routes().find(question, question) is not None


@pytest.mark.parametrize(
    "question",
    [
        "the young person says don't tell his mum",
        "there are 14 of them and one says don't tell",
        # a year, not an age
        "it is 2024 and she says don't tell",
    ],
)
def test_the_phrase_alone_or_another_number_does_not(question: str) -> None:
    assert _routes().find(question, question) is None


def test_not_just_after_harm_is_told_of() -> None:
    question = "he is 15 and says don't tell"
    assert _routes().find(question, question, with_age=False) is None


def test_a_disclosure_with_an_age_is_signposted_not_summarised(chat: Chat) -> None:
    replies = chat.send("a 13 year old told me her uncle touches her and begged me not to tell")
    assert replies[0].risk_of_harm
    assert SUMMARY not in texts(replies)


def test_a_route_with_age_needs_the_age_words() -> None:
    route = {"to": "summary", "question": "consent", "phrases": ["says dont tell"]}
    with pytest.raises(ValidationError, match="age_before"):
        RoutesPackSchema.model_validate({"kind": "routes", "routes": [{**route, "with_age": True}]})
    RoutesPackSchema.model_validate(
        {"kind": "routes", "routes": [{**route, "with_age": True}], "age_before": ["is"]}
    )
