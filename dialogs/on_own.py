"""The signpost for someone with no safeguarding lead of their own: round 37 (tryout37 #14).

A one-person salon, a self-employed piano teacher, a landlord: told to tell "your designated
safeguarding lead", they have none. When the message the signpost answers says so (a phrase of
the typed-words pack's `alone` worry: "i'm self employed", "not a professional", "no
safeguarding lead"), its contacts are social care's front door, rung by the writer (children's,
adult's or both, by whom the harm concerns), with any others the harm named (the LADO), and no
safeguarding lead; a note (the about pack's `on_your_own`, the words said to the same writer
just after a signpost) says that anyone can ring, and may ask for advice first with no name.
Imported only when a message tells of harm.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.contacts_pack import ContactRole
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.risk_types import RiskFinding
from knowledge.typed_words import phrases_of

__all__ = ["alone_phrases", "on_own"]

_LEAD: ContactRole = "safeguarding-lead"
_CARE: dict[str, tuple[ContactRole, ...]] = {
    "child": ("childrens-social-care",),
    "adult": ("adult-social-care",),
    "either": ("childrens-social-care", "adult-social-care"),
}


def alone_phrases(lines: str) -> PhraseSet:
    """The phrases that say the writer has no safeguarding lead (`lines`, the typed-words
    pack's `alone` worry, one a line)."""
    return PhraseSet(phrases_of(lines))


def on_own(
    finding: RiskFinding,
    text: str,
    alone: PhraseSet,
    note: str,
    *,
    said: bool = False,
    life: Mapping[str, str] | None = None,
) -> RiskFinding:
    """`finding`, for `text`, with social care's front door in place of a safeguarding lead
    when `text` says its writer has none (a phrase of `alone`; the module docstring), or an
    earlier line of theirs did (`said`: `ConversationState.alone`), and `note` first among its
    notes (the about pack's `on_your_own`, as said after a signpost). `life` maps the line of
    a kind of risk to one's own life to the words for a writer with no lead (the about pack's
    `on_your_own_life`; round 45, life93): said in its place, and in place of `note` when no
    other kind's line is left."""
    if _LEAD not in finding.contacts:
        return finding
    if not said and alone.first_in_words(words(text)) is None:
        return finding
    care = _CARE[finding.concerns]
    others = tuple(c for c in finding.contacts if c != _LEAD and c not in care)
    life = life or {}
    notes = tuple(life.get(n, n) for n in finding.notes)
    first = () if notes and all(n in life for n in finding.notes) else (note,)
    return RiskFinding(
        categories=finding.categories,
        concerns=finding.concerns,
        contacts=(*care, *others),
        notes=(*first, *notes),
        cues=finding.cues,
        marks=finding.marks,
    )
