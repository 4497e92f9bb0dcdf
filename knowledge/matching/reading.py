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
        "topic_anchors",
    )

    def __init__(self, normaliser: Normaliser) -> None:
        """A reading with nothing read yet, through `normaliser`."""
        self._normaliser = normaliser
        self._words: dict[str, tuple[str, ...]] = {}
        self._normalised: dict[tuple[str, int], Normalised] = {}
        self._corrected: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._fixes: dict[str, str] = {}
        # By the question's words: `Asks.of`, and where the sharing verb `AskRules.sharer_end`
        # reads ends (0: none).
        self.asks: dict[tuple[str, ...], str | None] = {}
        self.sharer_verbs: dict[tuple[str, ...], int] = {}
        # By the question's words: the topics' anchors they name (`RivalFilters`: the index's
        # shortlist and the matcher's choice among topics both read them).
        self.topic_anchors: dict[tuple[str, ...], frozenset[str]] = {}

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
            if max_tokens and split not in self._corrected:
                # only the words read: the rest may never be corrected
                raw = list(split[:max_tokens])
                found = self._normaliser.normalise_words(raw, fixes=self._fixes)
            else:
                # Corrected once for this and `corrected_words`; each word is corrected alone
                # (the count of typos fixed runs from the start), so a prefix's fixes are those
                # of the whole text's first words.
                fixed = self._fixes_of(split) or split
                found = self._normaliser.normalise_fixed(
                    fixed[:max_tokens] if max_tokens else fixed
                )
            self._normalised[key] = found
        return found

    def corrected_words(self, text: str) -> list[str]:
        """`Normaliser.corrected_words(text)`: a list of the caller's own."""
        split = self._split(text)
        return list(self._fixes_of(split) or split)

    def has_fixes(self, text: str) -> bool:
        """Whether `corrected_words(text)` differs from `words(text)`: a check reading both
        need read the second only when it does (most texts have no typo)."""
        return bool(self._fixes_of(self._split(text)))

    def _fixes_of(self, split: tuple[str, ...]) -> tuple[str, ...]:
        # The words with typos fixed, () when they are the words as typed: by the words, as
        # two texts of a message may differ only in what is no word (the story after a label).
        found = self._corrected.get(split)
        if found is None:
            fixed = tuple(self._normaliser.correct_words(split, self._fixes))
            found = self._corrected[split] = () if fixed == split else fixed
        return found

    def _split(self, text: str) -> tuple[str, ...]:
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = tuple(words(text))
        return found
