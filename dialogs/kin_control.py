"""Money or documents held by a partner or family: domestic abuse, not slavery unless told
(round 47, mend124; tryout #5).

"her partner took her passport" named the Modern Slavery Helpline and the Forced Marriage Unit
beside the domestic abuse lines; "my husband takes all my wages", the slavery helpline too. A
partner or relative controlling someone's money or documents is domestic abuse (coercive
control). A finding of domestic abuse and of slavery whose message tells no slavery (the risk
pack's markers `slavery-told`: a boss or employer, a debt, trafficking; or work with no pay,
`unpaid-not` just before `unpaid-pay`) is marked "kin-no-slavery"; of domestic abuse and a
forced marriage whose message tells no marriage (`marriage-told`), "kin-no-marriage". Their
signposts do not name that kind's lines.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from knowledge.matching.text import words
from knowledge.risk import RiskFinding
from knowledge.risk_pack import CaseMark, RiskPack

_DOMESTIC = "domestic-abuse"
_SLAVERY = "modern-slavery-trafficking"
_MARRIAGE = "fgm-forced-marriage-honour"
_MARKS: dict[CaseMark, str] = {"kin-no-slavery": _SLAVERY, "kin-no-marriage": _MARRIAGE}
"""Each mark, and the kind of harm whose lines it drops."""


class KinControl:
    """Marks domestic abuse told with no word of slavery, or of a marriage."""

    def __init__(self, pack: RiskPack) -> None:
        self._slavery = frozenset(pack.markers.get("slavery-told", ()))
        self._marriage = frozenset(pack.markers.get("marriage-told", ()))
        self._not = frozenset(pack.markers.get("unpaid-not", ()))
        self._pay = frozenset(pack.markers.get("unpaid-pay", ()))

    def marked(self, finding: RiskFinding, text: str) -> RiskFinding:
        """`finding`, marked "kin-no-slavery" when it is of domestic abuse and slavery and
        `text` tells no slavery, "kin-no-marriage" when of domestic abuse and a forced marriage
        and `text` tells no marriage."""
        kinds = finding.categories
        if _DOMESTIC not in kinds or (_SLAVERY not in kinds and _MARRIAGE not in kinds):
            return finding
        said = words(text)
        unpaid = any(a in self._not and b in self._pay for a, b in pairwise(said))
        slavery = unpaid or not self._slavery.isdisjoint(said)
        marriage = not self._marriage.isdisjoint(said)
        marks = (
            *(("kin-no-slavery",) if _SLAVERY in kinds and not slavery else ()),
            *(("kin-no-marriage",) if _MARRIAGE in kinds and not marriage else ()),
        )
        return replace(finding, marks=(*finding.marks, *marks)) if marks else finding


def kin_dropped(marks: tuple[str, ...]) -> frozenset[str]:
    """The kinds of harm whose lines a finding with `marks` does not name: slavery's, or a
    forced marriage's, beside domestic abuse that tells neither."""
    return frozenset(kind for mark, kind in _MARKS.items() if mark in marks)
