"""The routes pack's phrases, indexed once for `dialogs.routes.Routes` to read.

Built where the knowledge and the matcher are, and kept with them in the start-up snapshot
(`knowledge.snapshot`): a later start reads the index instead of splitting about 900 phrases
again, and, as this module is part of the snapshot's key, a change to how it is built finds
no snapshot.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.routes_pack import Destination, Route, RoutesPack

if TYPE_CHECKING:
    from knowledge.loader import Knowledge

# Routes whose phrases also begin many questions an entry answers ("what should I do if the
# parent refuses?", "can I ignore that she said no?"): they route only a message that is
# nothing but the phrase.
WHOLE_MESSAGE = frozenset({Destination.NEXT_STEPS, Destination.POSTED_BY_MISTAKE})
# Routes that answer only a message no published answer is quoted for ("can I share with the
# police without consent?"; "can I share without consent?" is entry 4's): their phrases match
# with a few words between their words.
LOOSE = frozenset({Destination.WITHOUT_CONSENT})


class RouteIndex:
    """Every phrase of every route, by how a message is searched for it. Read only."""

    def __init__(self, pack: RoutesPack, *, sharing: Iterable[str] = ()) -> None:
        """Index every phrase of every route.

        Args:
            pack: the routes pack; where two routes list the same phrase, the first keeps it.
            sharing: phrases that name an act of sharing ("tell", "pass on"; the not-covered
                pack's case-question verbs), of which a question must hold one for a loose
                route: "a carer used her card without permission" asks nothing about sharing.
        """
        self.sharing = PhraseSet(sharing)
        # A phrase of a route found anywhere in the question, by the phrase.
        self.route_of: dict[str, Route] = {}
        # A phrase that must be the whole message, by its words.
        self.whole: dict[tuple[str, ...], Route] = {}
        # A loose route's phrase, by its first word: the words after it, and the route.
        self.loose: dict[str, list[tuple[list[str], Route]]] = {}
        # A phrase of a route `with_age`, found only in a question that gives someone's age.
        self.aged_route_of: dict[str, Route] = {}
        # A phrase of a route `asked_whom`, found only in a question asking whom to ring or tell.
        self.whom_route_of: dict[str, Route] = {}
        for route in pack.routes:
            for phrase in route.phrases:
                if route.asked_whom:
                    self.whom_route_of.setdefault(phrase, route)
                elif route.with_age:
                    self.aged_route_of.setdefault(phrase, route)
                elif route.to in LOOSE:
                    first, *rest = words(phrase)
                    self.loose.setdefault(first, []).append((rest, route))
                elif route.to in WHOLE_MESSAGE:
                    self.whole.setdefault(tuple(words(phrase)), route)
                else:
                    self.route_of.setdefault(phrase, route)
        # Made now, and so kept made: every question is searched for these two.
        self.phrases = PhraseSet(self.route_of).made()
        self.self_words = PhraseSet(pack.self_words).made()
        self.aged = PhraseSet(self.aged_route_of)
        self.whom = PhraseSet(self.whom_route_of)
        self.age_before = frozenset(pack.age_before)
        self.age_after = frozenset(pack.age_after)
        # What makes a question asking whether consent is needed a safeguarding one.
        self.unless = PhraseSet(p for r in pack.routes if r.asks_if_needed for p in r.unless)
        # Each route's `with_self` words, for a question naming the assistant, in pack order.
        self.with_self = [(PhraseSet(r.with_self), r) for r in pack.routes if r.with_self]


def route_index(knowledge: Knowledge) -> RouteIndex:
    """The index of `knowledge`'s routes, with the not-covered pack's case-question verbs as
    the words that name an act of sharing."""
    cases = knowledge.not_covered.case_questions
    return RouteIndex(knowledge.routes, sharing=cases.verbs if cases else ())
