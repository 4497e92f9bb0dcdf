"""An unborn baby at risk with its mother (round 37, r1p37, tryout37 finding 9).

A harm to a pregnant woman ("30 wks pregnant and using crack every day", "lady 26wks told me
partner strangled her", told by a maternity support worker) put the unborn baby at risk too: the
standard route is a pre-birth referral to children's social care, beside the adult's own. A
finding for an adult alone becomes one for a child or an adult when the message names a
pregnancy (a word of the pack's `pregnant` marker).

Round 44 (follow54, tryout45 #8): or a gestation said of her with no such word ("lady who is 30
weeks told me her partner kicked her in the stomach"): a number of weeks a pregnancy runs to,
after a word of `gestation-before` ("is", "shes", "lady"), and not followed by one of
`gestation-not` ("3 weeks ago", "7 weeks old").
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import Concern
from knowledge.risk_types import Tokens


def unborn_too(concern: Concern, read: Tokens, markers: Mapping[str, frozenset[str]]) -> Concern:
    """`concern`, or "either" when it is "adult" and `read` names a pregnancy."""
    return "either" if concern == "adult" and names_pregnancy(read, markers) else concern


def names_pregnancy(read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `read` names a pregnancy (a word of the `pregnant` marker) or a gestation."""
    return not markers.get("pregnant", frozenset()).isdisjoint(read.words) or _gestation(
        read.words, markers
    )


_WEEKS = range(4, 43)  # the weeks a pregnancy is told in: from about a month to term


def _gestation(said: list[str], markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `said` (stemmed words) tells a gestation in weeks of someone ("is 30 weeks")."""
    before, weeks = markers.get("gestation-before", ()), markers.get("gestation-weeks", ())
    after_not = markers.get("gestation-not", frozenset())
    return any(
        word.isdigit()
        and int(word) in _WEEKS
        and said[i - 1] in before
        and said[i + 1] in weeks
        and (i + 2 == len(said) or said[i + 2] not in after_not)
        for i, word in enumerate(said[1:-1], start=1)
    )
