"""One message as the matcher reads it: each text split, normalised and typo-corrected once."""

from __future__ import annotations

from knowledge.matching.normalise import Normalised, Normaliser
from knowledge.matching.text import words


class Reading:
    """The words, normalised forms and typo fixes of one message's texts, made when first asked.

    The matcher, its index and its quote gate read the same story and question many times over
    while one message is decided, and each typo looked up is compared with every known word of
    its length. `Matcher.match` makes one `Reading` per message and passes it along; it is
    dropped when the match returns, so nothing carries over from one message to the next. Not
    shared between threads: each message has its own.

    What the ask rules read of a question's words is kept here for the same reason (`asks`,
    `sharer_verbs`): the gate, its rules and the matcher's settling ask it of the same words
    several times a message, and no object shared between messages holds a message's words.
    """

    __slots__ = (
        "_corrected",
        "_fixes",
        "_normalised",
        "_normaliser",
        "_words",
        "asks",
        "sharer_verbs",
    )

    def __init__(self, normaliser: Normaliser) -> None:
        """A reading with nothing read yet, through `normaliser`."""
        self._normaliser = normaliser
        self._words: dict[str, tuple[str, ...]] = {}
        self._normalised: dict[tuple[str, int], Normalised] = {}
        self._corrected: dict[str, tuple[str, ...]] = {}
        self._fixes: dict[str, str] = {}
        # By the question's words: `Asks.of`, and where the sharing verb `AskRules.sharer_end`
        # reads ends (0: none).
        self.asks: dict[tuple[str, ...], str | None] = {}
        self.sharer_verbs: dict[tuple[str, ...], int] = {}

    def words(self, text: str) -> list[str]:
        """`text.words(text)`: a list of the caller's own, which it may change."""
        return list(self._split(text))

    def normalise(self, text: str, *, max_tokens: int = 0) -> Normalised:
        """`Normaliser.normalise(text, max_tokens=max_tokens)`, typos corrected."""
        split = self._split(text)
        if not 0 < max_tokens < len(split):
            max_tokens = 0  # the whole text either way: one reading for both
        key = (text, max_tokens)
        found = self._normalised.get(key)
        if found is None:
            raw = list(split[:max_tokens] if max_tokens else split)
            found = self._normaliser.normalise_words(raw, fixes=self._fixes)
            self._normalised[key] = found
        return found

    def corrected_words(self, text: str) -> list[str]:
        """`Normaliser.corrected_words(text)`: a list of the caller's own."""
        return list(self._fixed(text))

    def has_fixes(self, text: str) -> bool:
        """Whether `corrected_words(text)` differs from `words(text)`: a check reading both
        need read the second only when it does (most texts have no typo)."""
        return self._fixed(text) is not self._split(text)

    def _fixed(self, text: str) -> tuple[str, ...]:
        found = self._corrected.get(text)
        if found is None:
            split = self._split(text)
            fixed = tuple(self._normaliser.correct_words(split, self._fixes))
            # the words as typed themselves when nothing changed, so `has_fixes` compares once
            found = self._corrected[text] = split if fixed == split else fixed
        return found

    def _split(self, text: str) -> tuple[str, ...]:
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = tuple(words(text))
        return found
