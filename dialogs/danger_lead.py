"""The first words of a signpost of danger now, chosen by the finding's marks (moved from
`dialogs.signpost` in round 45, danger81, when a baby shaken or hurt got a lead of its own)."""

from __future__ import annotations

from knowledge.follow_up_texts import WorryReplies


def danger_lead(marks: tuple[str, ...], texts: WorryReplies) -> str | None:
    """The text that leads a signpost whose finding has `marks` (`texts`, the about pack's
    worry replies), most urgent first: an overdose now, a risk to one's own life now (999 now,
    stay with them), harm happening now (999 now), a baby
    shaken or hurt not long ago (checked now, 999 or A&E), the one at risk where the writer is
    now (kept safe); None when no mark calls for one."""
    if "danger-now" in marks:
        if "overdose-now" in marks:
            return texts.now_overdose
        # A risk to one's own life now: 999, and stay with them (round 45, life93).
        return texts.now_life if "own-life" in marks else texts.now_first
    if "baby-hurt" in marks:
        return texts.now_baby
    if "here-now" in marks:
        return texts.here_first
    return None
