""" "When can I break confidentiality?" asks when confidentiality may be set aside: sharing what
was told in confidence without consent (docs/matcher.md, round 31, quote31).

No published answer is quoted for it (entry 4 is the nearest, but the dev labels hold such
questions to no entry), and it was offered what families think (entry 5). It now gets the
summary of sharing without consent (key question 5, the public interest), marked as a summary,
not a quote. Its phrases name the act of sharing themselves (`names_sharing` in the routes
pack), and each asks when or whether: not what a breach is, nor what follows one.
"""

from __future__ import annotations

import pytest

from dialogs.routes import Routes
from knowledge.route_index import RouteIndex
from knowledge.routes_pack import Destination, Route, RoutesPack
from tests.support.core import Chat, texts

SUMMARY = "(sharing without consent)"


@pytest.mark.parametrize(
    "message",
    [
        # each was offered entry 5 or found nothing before
        "when can I break confidentiality?",
        "Is it ever OK to breach a confidence?",
        "In what situations can confidentiality be overridden?",
        "as a youth worker, when am I allowed to break a young person's confidentiality?",
        "can a teacher justify breaking confidentiality?",
    ],
)
def test_when_confidentiality_may_be_set_aside_gets_the_summary(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert SUMMARY in said
    assert "What do children, young people and families think" not in said


@pytest.mark.parametrize(
    "message",
    [
        "what happens if I breach confidentiality?",
        "what is a breach of confidentiality?",
        "what are the consequences of breaching confidentiality?",
    ],
)
def test_what_a_breach_is_or_brings_gets_no_summary(chat: Chat, message: str) -> None:
    assert SUMMARY not in texts(chat.send(message))


def test_a_route_naming_sharing_needs_no_other_sharing_word() -> None:
    pack = RoutesPack(
        kind="routes",
        routes=(
            Route(to=Destination.WITHOUT_CONSENT, phrases=("without consent",)),
            Route(
                to=Destination.WITHOUT_CONSENT,
                phrases=("when break confidentiality",),
                names_sharing=True,
            ),
        ),
    )
    routes = Routes(RouteIndex(pack, sharing=("share", "tell")))
    assert routes.find_loose("when can I break confidentiality?") is not None
    assert routes.find_loose("can I share this without their consent?") is not None
    # the other route still needs a sharing word ("used her card without consent")
    assert routes.find_loose("she used her card without consent") is None
