"""Which worry a follow-up to a signpost speaks of, by the phrases of the typed-words pack.

The phrases are data (the typed-words pack's `worries`, with an organisation's own added), read
on the few typed turns just after a signpost (`ConversationState.after_signpost`): the same
words with no signpost before them keep the reply they always had. A phrase matches as whole
words anywhere in a message, split as the matcher splits them; the first worry in the pack's
order whose phrase is in a message wins.
"""

from __future__ import annotations

from collections.abc import Mapping

from dialogs.worry import Worry
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.typed_word_names import WorryName
from knowledge.typed_words import phrases_of


class WorryReader:
    """Tells which worry a follow-up to a signpost speaks of. Pure; built once, at the first
    turn after a signpost (its phrase sets split their phrases at the first search)."""

    def __init__(self, worries: Mapping[WorryName, str]) -> None:
        """Args:
        worries: the phrases of each worry, one a line, in order of precedence
            (`TypedWordsPack.worries`).
        """
        self._sets = tuple(
            (Worry(name), PhraseSet(phrases_of(lines))) for name, lines in worries.items()
        )

    def worry(self, text: str, skip: Worry | None = None) -> Worry | None:
        """The first worry (in order of precedence) whose words are in `text`, if any, passing
        over `skip` (a worry read already that the case does not answer)."""
        found = words(text)
        return next(
            (w for w, s in self._sets if w is not skip and s.first_in_words(found) is not None),
            None,
        )
