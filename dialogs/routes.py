"""Which built-in reply, if any, answers a message instead of a quoted entry (the routes pack)."""

from __future__ import annotations

from knowledge.matching.phrases import PhraseSet
from knowledge.matching.segment import question_parts
from knowledge.routes_pack import Route, RoutesPack


class Routes:
    """Finds the route whose phrase comes first in a message. Pure; built once."""

    def __init__(self, pack: RoutesPack) -> None:
        """Index every phrase of every route.

        Args:
            pack: the routes pack; where two routes list the same phrase, the first keeps it.
        """
        self._route_of: dict[str, Route] = {}
        for route in pack.routes:
            for phrase in route.phrases:
                self._route_of.setdefault(phrase, route)
        self._phrases = PhraseSet(self._route_of)

    def find(self, question: str) -> Route | None:
        """The route for what a message asks, or None when no route's phrase is in it.

        Args:
            question: the message's question (`question_of`): in a long message only that is
                read, not the story told before it ("our policy follows the latest guidance;
                what is an ISP?" asks about ISPs).
        """
        phrase = self._phrases.first_in(question)
        return self._route_of[phrase] if phrase is not None else None


def question_of(text: str) -> str:
    """The question a message asks, without the story told before it."""
    parts = question_parts(text, max_segments=1)
    return parts[0].question if parts else text
