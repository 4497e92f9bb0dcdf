"""The first words of a signpost of danger now, chosen by the finding's marks (moved from
`dialogs.signpost` in round 45, danger81, when a baby shaken or hurt got a lead of its own)."""

from __future__ import annotations

from knowledge.follow_up_texts import WorryReplies

# A young person about a friend: their own first words already say to tell an adult straight
# away or call 999 if they might hurt themselves tonight; the life-now lead and its steps ("stay
# with them", "your safeguarding lead or manager") are for a worker or an adult with the person.
# A young person's own words ("child") speak of their own danger only: a mum's plan for tonight
# keeps the lead.
_FRIEND = "friend"


def own_words_first(marks: tuple[str, ...], writer: str | None) -> bool:
    """Whether a case with `marks`, written by `writer` (`dialogs.own_voice`'s voice, None for a
    practitioner), keeps the writer's own first words and follow-ups: a young person's about a
    friend's life at risk, told as planned for now and nothing else happening now (the mark
    "life-now"; round 45, fixb: "me and my friend are both 14, she said shes going to kill
    herself tonight")."""
    return "life-now" in marks and writer == _FRIEND


def danger_lead(
    marks: tuple[str, ...], texts: WorryReplies, writer: str | None = None
) -> str | None:
    """The text that leads a signpost whose finding has `marks` (`texts`, the about pack's
    worry replies), most urgent first: an overdose now, a risk to one's own life now (999 now,
    stay with them), harm happening now (999 now), a baby
    shaken or hurt not long ago (checked now, 999 or A&E), the one at risk where the writer is
    now (kept safe); None when no mark calls for one, or for a young `writer` about a friend
    whose own text comes first (`own_words_first`)."""
    if "danger-now" in marks:
        if "overdose-now" in marks:
            return texts.now_overdose
        if own_words_first(marks, writer):
            return None
        if "child-lost" in marks:  # a small child alone now: keep them, 999 (round 47)
            return texts.now_lost
        # A risk to one's own life now: 999, and stay with them (round 45, life93).
        return texts.now_life if "own-life" in marks else texts.now_first
    if "baby-hurt" in marks:
        return texts.now_baby
    if "here-now" in marks:
        return texts.here_first
    return None
