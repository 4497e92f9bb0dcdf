"""A line typed after a signpost that says, in its first words, it asks something else ("diff
question, a dog bit me on my round do i have to report the owner"; tryout75 #5): a question of
its own, answered as at any time, never read as a worry about the case signposted. The words
that say so are the typed-words pack's worry `new-subject`. Pure; read only after a signpost.
"""

from __future__ import annotations

from collections.abc import Mapping

from dialogs.worries import WorryReader
from knowledge.matching.text import words
from knowledge.typed_word_names import WorryName

_NEW: WorryName = "new-subject"
_OPENING = 4
"""How many first words may say it: "separate thing, a parent was…" says it at once; "what
if she says it's a different thing" later is about the case."""


class NewSubject:
    """Tells a follow-up that opens by saying it asks something else."""

    def __init__(self, worries: Mapping[WorryName, str]) -> None:
        """`worries`: the typed-words pack's (`TypedWordsPack.worries`)."""
        self._reader = WorryReader({_NEW: worries.get(_NEW, "")})

    def opens(self, text: str) -> bool:
        """Whether `text` says, in its first words, that it asks something else."""
        return self._reader.worry(" ".join(words(text)[:_OPENING])) is not None
