"""The finding's mark that the writer is the one harmed ("i'm being abused", "i feel like ending
it", "i get hit with a belt"): the risk check's own readings of the writer's harm decide it
(`risk_subjects.writer_states`, `risk_own_told`, `risk_own_home`, `risk_writers_things`, harm
done to "me"), and the reply is spoken to the writer (`dialogs.own_voice.voice_of`; round 51,
voice169). The mark changes no verdict: `RiskFinding.marks` is no part of a finding's equality.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from knowledge.risk_pack import CaseMark
from knowledge.risk_types import Hit, RiskFinding

WRITER_HARMED: CaseMark = "writer-harmed"


def writer_harmed(finding: RiskFinding, counted: list[Hit], own: Collection[int]) -> RiskFinding:
    """`finding`, marked `WRITER_HARMED` when a phrase that counted as harm is in one of the
    sentences `own` (those the risk check read as telling of the writer's own harm)."""
    if WRITER_HARMED in finding.marks or not any(h.sentence in own for h in counted):
        return finding
    return replace(finding, marks=(*finding.marks, WRITER_HARMED))
