"""The learnt model's finding: a general worry, as it cannot say which harm.

Split from `dialogs.risk_reading` (round 48, shape133), whose `RiskReading` gives it when the
cues find nothing and the learnt second opinion (knowledge/risk_model.py) fires.
"""

from __future__ import annotations

from knowledge.risk import RiskFinding
from knowledge.risk_pack import RiskPack

LEARNT_CATEGORY = "worry-or-secret"
"""The category whose contacts and wording the learnt model's finding takes: a general worry."""
LEARNT_CUE = "(learnt model)"
"""What the learnt model's finding gives as its cue: never the message's words."""


def learnt_finding(pack: RiskPack) -> RiskFinding | None:
    """The finding the learnt model gives: the `worry-or-secret` category's, or None when an
    organisation's pack has no such category."""
    category = pack.category(LEARNT_CATEGORY)
    if category is None:
        return None
    return RiskFinding(
        categories=(category.id,),
        concerns=category.concerns or "either",
        contacts=category.contacts or (),
        notes=(category.note,) if category.note else (),
        cues=(LEARNT_CUE,),
    )
