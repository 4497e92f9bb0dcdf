"""Whether telling brings the police, asked by a young person telling of harm (round 49,
public149).

"im 15 and my stepdad hits me, if i tell someone will they call the police on me?" got the
young person's own first words, then the words on exploitation's trouble ("If someone has made
you do things … If you don't want to go to the police first"), which do not answer the fear. A
young writer ("child") whose message names the police brought in (the typed-words pack's
`police_called_told`) gets the about pack's `young_police`: telling is not getting into
trouble; what usually happens when they tell a trusted adult; the police only if someone is in
danger or a crime may have happened, to keep them safe; Childline's confidentiality; 999. Read
in the message that tells of harm (after its signpost) and in a follow-up just after one
(`dialogs.to_the_writer`); a grown writer's is `dialogs.grown_not_in_trouble`.

Pure and linear: one phrase search over the simplified message.
"""

from __future__ import annotations

from dialogs.typed import simplify
from knowledge.matching.phrases import PhraseSet

_YOUNG = "child"  # a young person at risk themselves (`dialogs.own_voice`)


class YoungPolice:
    """The plain answer to a young person afraid that telling brings the police."""

    def __init__(self, phrases: tuple[str, ...], text: str) -> None:
        """`phrases`: the typed-words pack's `police_called_told`; `text`: the about pack's
        `young_police`."""
        self._phrases = PhraseSet(phrases)
        self._text = text

    def said(self, writer: str, text: str) -> str | None:
        """`young_police` when `writer` (a `Voice`) is a young person's and `text` names the
        police brought in by their telling; else None."""
        if writer != _YOUNG or self._phrases.first_in(simplify(text)) is None:
            return None
        return self._text
