"""Which built-in reply, if any, answers a message instead of a quoted entry (the routes pack)."""

from __future__ import annotations

from knowledge.matching.normalise import words
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.segment import question_parts
from knowledge.routes_pack import Destination, Route, RoutesPack

# Routes whose phrases also begin many questions an entry answers ("what should I do if the
# parent refuses?"): they route only a message that is nothing but the phrase.
_WHOLE_MESSAGE = frozenset({Destination.NEXT_STEPS})
_AROUND = frozenset(
    {"so", "ok", "okay", "right", "and", "but", "um", "erm", "then", "please", "help"}
)


class Routes:
    """Finds the route whose phrase comes first in a message. Pure; built once."""

    def __init__(self, pack: RoutesPack) -> None:
        """Index every phrase of every route.

        Args:
            pack: the routes pack; where two routes list the same phrase, the first keeps it.
        """
        self._route_of: dict[str, Route] = {}
        self._whole: dict[tuple[str, ...], Route] = {}
        for route in pack.routes:
            for phrase in route.phrases:
                if route.to in _WHOLE_MESSAGE:
                    self._whole.setdefault(tuple(words(phrase)), route)
                else:
                    self._route_of.setdefault(phrase, route)
        self._phrases = PhraseSet(self._route_of)

    def find(self, question: str) -> Route | None:
        """The route for what a message asks, or None when no route's phrase is in it.

        Args:
            question: the message's question (`question_of`): in a long message only that is
                read, not the story told before it ("our policy follows the latest guidance;
                what is an ISP?" asks about ISPs).
        """
        found = words(question)
        whole = self._whole.get(tuple(_trimmed(found)))
        if whole is not None:
            return whole
        phrase = self._phrases.first_in_words(found)
        return self._route_of[phrase] if phrase is not None else None


def _trimmed(found: list[str]) -> list[str]:
    """The words without the fillers people put around a short question ("ok so what now?")."""
    start, end = 0, len(found)
    while start < end and found[start] in _AROUND:
        start += 1
    while end > start and found[end - 1] in _AROUND:
        end -= 1
    return found[start:end]


def question_of(text: str) -> str:
    """The question a message asks, without the story told before it."""
    parts = question_parts(text, max_segments=1)
    return parts[0].question if parts else text
