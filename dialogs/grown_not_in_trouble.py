"""Whether telling brings the police on them, asked by one harmed who is grown or of no age
given (round 48, lines136, trial #4).

"my ex keeps texting that he'll kill himself if i don't go back, if i tell someone will they
call the police on me?" got the signpost and all a practitioners' tool can do; asked just
after it, "I can't tell the police for you" (the worry read was the police, not the fear of
them) or a young person's words on exploitation. A grown writer ("adult"), or one of no age
given ("self") whose case is a partner's control or threat (the marks "life-control",
"threat-to-you"), whose message speaks of the typed-words pack's worry `in-trouble` ("will i
get in trouble", "will they call the police on me") gets the about pack's `grown_in_trouble`:
telling is not getting into trouble; the police may be told if someone is in danger, to keep
people safe; their safety first. Read in the message that tells of harm (after its signpost)
and in a follow-up just after one (`dialogs.to_the_writer`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogs.worries import WorryReader
from dialogs.worry import Worry

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

    from knowledge.text_packs import AboutPack
    from knowledge.typed_word_names import WorryName

_PARTNERS = frozenset({"life-control", "threat-to-you"})
"""The marks of a case of a partner's control or threat: one of no age given is answered as
grown (a young person's exploitation has words of its own: `own_in_trouble`)."""


class GrownNotInTrouble:
    """The plain answer to a grown writer afraid that telling brings the police on them."""

    def __init__(self, worries: Mapping[WorryName, str], about: AboutPack) -> None:
        """`worries`: the typed-words pack's, whose `in-trouble` is read; `about`: its
        `grown_in_trouble`."""
        self._reader = WorryReader({"in-trouble": worries.get("in-trouble", "")})
        self._text = about.grown_in_trouble

    def said(self, writer: str, text: str, marks: Collection[str]) -> str | None:
        """`grown_in_trouble` when `writer` (a `Voice`) is grown, or of no age given with a case
        of a partner's control or threat (`marks`), and `text` speaks of being in trouble or of
        the police called on them; else None."""
        grown = writer == "adult" or (writer == "self" and not _PARTNERS.isdisjoint(marks))
        if not grown or self._reader.worry(text) is not Worry.IN_TROUBLE:
            return None
        return self._text
