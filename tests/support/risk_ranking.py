"""How well a learnt score ranks disclosures above ordinary messages, whatever its threshold.

Read off the scored set itself, so a figure here is never a decision: it says whether ANY
threshold could have done better than the cues, not what a threshold chosen beforehand does.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Scored:
    """One scored message: its label, the model's score, whether the cues fired."""

    risk: bool
    score: float
    cue: bool


def auc(items: list[Scored]) -> float:
    """The chance that a disclosure scores above an ordinary message (ties count half)."""
    ordered = sorted(items, key=lambda s: s.score)
    disclosures = sum(s.risk for s in ordered)
    ordinary = len(ordered) - disclosures
    if not disclosures or not ordinary:
        return float("nan")
    rank_sum = 0.0
    start = 0
    while start < len(ordered):
        end = start
        while end < len(ordered) and ordered[end].score == ordered[start].score:
            end += 1
        mean_rank = (start + end + 1) / 2  # ranks start + 1 .. end share their mean
        rank_sum += mean_rank * sum(s.risk for s in ordered[start:end])
        start = end
    return (rank_sum - disclosures * (disclosures + 1) / 2) / (disclosures * ordinary)


def alarms_at_recall(items: list[Scored], caught: int) -> tuple[int, int]:
    """False alarms (and ordinary messages) at the highest threshold catching ``caught``
    disclosures: the model's cost for the cues' recall on the same set."""
    disclosures = sorted((s.score for s in items if s.risk), reverse=True)
    ordinary = [s.score for s in items if not s.risk]
    if not caught or not disclosures:
        return 0, len(ordinary)
    cut = disclosures[min(caught, len(disclosures)) - 1]
    return sum(score >= cut for score in ordinary), len(ordinary)


def ranking_line(name: str, items: list[Scored]) -> str:
    """The model's AUC on a set and its false alarms at the cues' recall there."""
    caught = sum(s.risk and s.cue for s in items)
    disclosures = sum(s.risk for s in items)
    alarms, ordinary = alarms_at_recall(items, caught)
    cue_alarms = sum(s.cue and not s.risk for s in items)
    share = alarms / ordinary if ordinary else 0.0
    cue_share = cue_alarms / ordinary if ordinary else 0.0
    target = math.ceil(0.98 * disclosures)
    at_target, _ = alarms_at_recall(items, target)
    target_share = at_target / ordinary if ordinary else 0.0
    return (
        f"{name}: model AUC {auc(items):.3f}; at the cues' recall ({caught}/{disclosures}) "
        f"the model's own ranking raises {share:.1%} ({alarms}/{ordinary}) false alarms, "
        f"the cues {cue_share:.1%} ({cue_alarms}/{ordinary}); at 98% recall ({target}) "
        f"{target_share:.1%} ({at_target}/{ordinary}) (thresholds read off this set)"
    )
