"""An unborn baby at risk with its mother (round 37, r1p37, tryout37 finding 9).

A harm to a pregnant woman ("30 wks pregnant and using crack every day", "lady 26wks told me
partner strangled her", told by a maternity support worker) put the unborn baby at risk too: the
standard route is a pre-birth referral to children's social care, beside the adult's own. A
finding for an adult alone becomes one for a child or an adult when the message names a
pregnancy (a word of the pack's `pregnant` marker).
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import Concern
from knowledge.risk_types import Tokens


def unborn_too(concern: Concern, read: Tokens, markers: Mapping[str, frozenset[str]]) -> Concern:
    """`concern`, or "either" when it is "adult" and `read` names a pregnancy."""
    if concern != "adult" or markers.get("pregnant", frozenset()).isdisjoint(read.words):
        return concern
    return "either"
