"""A signpost for a message that names a "safe account" or bank-impersonation scam call (tryout123
#6): "im 76 a man on the phone says hes from my bank and i need to move my savings to a safe
account today, hes calling back in an hour" got the adult protection procedures and a bank's
own vulnerable-customer route, but not the one thing that matters in the next hour: it is a
scam; don't move money; call the bank on the card's number or 159.

The line (the about pack's `scam_call`) goes after the signpost's first paragraph, so the
signpost still comes first. The phrases are the typed-words pack's `scam_told`. To the one
called telling of it themselves (round 48, voice134: "i got a call saying … move my savings to
a safe account, i'm 81"), whose signpost is their own door alone (`dialogs.public_door`), where
to report it follows the line (`scam_report`: Report Fraud).

Pure and linear: one phrase search over the simplified words.
"""

from __future__ import annotations

from dataclasses import replace

from dialogs.contract import Reply
from knowledge.matching.phrases import PhraseSet


class ScamCall:
    """Adds the scam line to a signpost whose message names a scam call."""

    def __init__(self, phrases: tuple[str, ...], line: str, report: str) -> None:
        self._phrases = PhraseSet(phrases)
        self._line = line
        self._report = report

    def added(self, signpost: Reply, simple: str, *, own: bool = False) -> Reply:
        """`signpost` with the scam line after its first paragraph when `simple` (the message,
        simplified) names a scam call; else `signpost` as it was. `own`: the one called tells
        of it, and their own door is the signpost: where to report follows the line."""
        if self._phrases.first_in(simple) is None:
            return signpost
        first, _, rest = signpost.text.partition("\n\n")
        line = f"{self._line}\n\n{self._report}" if own else self._line
        text = f"{first}\n\n{line}" + (f"\n\n{rest}" if rest else "")
        return replace(signpost, text=text)
