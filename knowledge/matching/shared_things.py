"""What is shared: "sharing a room", "share a car", "sharing the toys" share no information.

An entry about sharing information is named by "sharing" alone, so "What do families think about
sharing a room in temporary accommodation?" passed as a question about information sharing and
was quoted entry 5, what families think about their information being shared. When a sharing
verb is followed by an article or a possessive ("a", "the", "their"…), what follows is what is
shared; when none of its words (up to a preposition, a few at most) names information (the
entry's `about` objects, a record or medium held: `held_things`, or a word of the entry's own
texts), and nothing else in the question does, the question asks about sharing another thing.
What is shared "about" someone ("a concern about a child") is what is known of them. Read only
for the entries answering why sharing matters (`reason`) or what people think of it (`opinion`):
"can I share my concerns without consent?" asks entry 4's conditions of sharing what is known,
in words no list holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.qa_pack import QAEntry

_SHARING = frozenset(("share", "shares", "shared", "sharing"))
# Grammar: the words that open what a verb acts on, and those that end it.
_OPENERS = frozenset(
    ("a", "an", "the", "their", "his", "her", "my", "our", "your", "its", "some", "any")
)
_ENDS = frozenset(
    (
        *("with", "between", "in", "at", "on", "for", "to", "about", "from", "by", "without"),
        *("across", "among", "and", "or", "if", "when", "because", "so", "that", "who"),
    )
)
_TOLD_OF = frozenset(("about", "regarding", "concerning", "on"))
_THING_WORDS = 3  # "a bedroom", "the family car", "a double room"


class SharedThings:
    """Reads what a sharing verb in a question acts on, against what each entry speaks of."""

    def __init__(
        self, entries: Iterable[QAEntry], about: Mapping[int, PhraseSet], held: Iterable[str]
    ) -> None:
        """Gather each entry's own words once.

        Args:
            entries: the entries about sharing.
            about: each entry's `about` objects, by number.
            held: the records and media held (`case_questions.held_things`).
        """
        self._about = about
        self._held = PhraseSet(held)
        self._own: dict[int, frozenset[str]] = {}
        for entry in entries:
            if entry.number in about:
                texts = (entry.question, entry.answer, *entry.alternates, *entry.keywords)
                self._own[entry.number] = frozenset(w for t in texts for w in words(t))

    def shares_another_thing(self, number: int, typed: Sequence[str], fixed: Sequence[str]) -> bool:
        """Whether the question (as typed, and typos fixed) shares only things that are not
        information: a sharing verb with an article after it, and no information named."""
        own = self._own.get(number)
        if own is None or len(fixed) != len(typed):
            return False
        about = self._about[number]
        things: list[int] = []
        for i, word in enumerate(typed[:-1]):
            if word in _SHARING and typed[i + 1] in _OPENERS:
                things.extend(self._thing(typed, i + 2))
        if not things:
            return False
        if any(typed[i] in own or fixed[i] in own for i in things):
            return False
        # What else the question names: information anywhere but the sharing verbs themselves.
        rest_typed = [w for w in typed if w not in _SHARING]
        rest_fixed = [w for w in fixed if w not in _SHARING]
        return not any(
            found.first_in_words(t) is not None
            for found in (about, self._held)
            for t in (rest_typed, rest_fixed)
        )

    @staticmethod
    def _thing(typed: Sequence[str], start: int) -> list[int]:
        end = start
        while end < len(typed) and end - start < _THING_WORDS and typed[end] not in _ENDS:
            end += 1
        if end < len(typed) and typed[end] in _TOLD_OF:
            return []  # "a concern about a child": what is said of someone is information
        return list(range(start, end))
