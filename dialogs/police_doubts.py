"""The police asked of after a signpost with something else beside it (tryout48 #6, #7).

"She made me promise not to tell the police" is a promise of secrecy, not a question about
the police; "should i call the police or is that overreacting" is a doubt, answered first with
"you're not overreacting". The police are read first among the worries (the most practical
first), so these are told apart here by the typed-words pack's own phrases of secrecy and of
doubt (`secret`, `unsure`, `my-business`). Pure; read only after a signpost.
"""

from __future__ import annotations

from collections.abc import Mapping

from dialogs.worries import WorryReader
from dialogs.worry import Worry
from knowledge.typed_word_names import WorryName

_PROMISED: WorryName = "secret"
_DOUBTS: tuple[WorryName, ...] = ("unsure", "my-business")


class PoliceDoubts:
    """Reads what is said beside the police in a follow-up to a signpost."""

    def __init__(self, worries: Mapping[WorryName, str]) -> None:
        """`worries`: the typed-words pack's (`TypedWordsPack.worries`)."""
        self._secret = WorryReader({_PROMISED: worries.get(_PROMISED, "")})
        self._doubts = WorryReader({n: worries.get(n, "") for n in _DOUBTS})

    def read(self, worry: Worry | None, text: str) -> Worry | None:
        """`worry` as read in `text`, unless it is the police with a promise of secrecy beside
        it (`Worry.SECRECY`) or a doubt ("or is that overreacting", "am i being nosy":
        `Worry.POLICE_DOUBTED`)."""
        if worry is not Worry.POLICE:
            return worry
        if self._secret.worry(text) is not None:
            return Worry.SECRECY
        if self._doubts.worry(text) is not None:
            return Worry.POLICE_DOUBTED
        return worry
