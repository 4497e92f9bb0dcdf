"""Whom the learnt model's finding names: round 36 (r1m36, tryout36 findings 7 and 8).

The learnt second opinion (`dialogs.risk_reading`) cannot say which harm, and its finding was
always "a child or an adult". The words for people in the message can still say whom:

- a child's age given after a word for a child ("one of the girls (16)…", "16yo"), with no grown
  woman named (the pack's `grown-women` marker: she may be at risk beside the child) and no old
  person (`old-age`): the child's alone;
- no child named at all (no word of the pack's `kid` set, its `child_words`' "school" and
  "nursery", a number under 18, nor one of `unborn`) and a grown-up named by a role or a noun
  (`age-roles`, `grown-nouns`: "CPN, client … said he'll 'sort out' his neighbour"): the
  adult's alone.

Imported only when the model fires: no part of a start that answers a question.
"""

from __future__ import annotations

from knowledge.risk_concern import contacts_for
from knowledge.risk_pack import Concern, RiskPack
from knowledge.risk_types import RiskFinding, stem_word
from knowledge.risk_whom import young_after
from knowledge.risk_words import ADULT_AGE, age_in_word, words_of

__all__ = ["learnt_for"]

_CHILD_PLACES = frozenset({"school", "nursery", "playground", "classroom"})


def learnt_for(finding: RiskFinding, text: str, pack: RiskPack) -> RiskFinding:
    """The learnt model's `finding` for `text`, naming only a child or only an adult where the
    module docstring's rules decide whom, with the contacts for them (`pack`'s category)."""
    concern = whom_learnt(text, pack)
    category = next((c for c in pack.categories if c.id in finding.categories), None)
    if concern == finding.concerns or category is None:
        return finding
    contacts = contacts_for([category], concern)
    return RiskFinding(
        categories=finding.categories,
        concerns=concern,
        contacts=contacts,
        notes=finding.notes,
        cues=finding.cues,
    )


def whom_learnt(text: str, pack: RiskPack) -> Concern:
    """Whom the people named in `text` make a harm the model found concern (module docstring)."""
    words = [stem_word(w) for w in words_of(text) if w.isalnum()]  # "girls (16)": no brackets

    def stems(*names: str) -> frozenset[str]:
        found = (pack.sets.get(n, ()) if n == "kid" else pack.markers.get(n, ()) for n in names)
        return frozenset(stem_word(w) for group in found for w in group)

    kid = stems("kid")
    ages = [a for w in words if (a := age_in_word(w)) is not None]
    # as the cues' reading does of a child named by age (`knowledge.risk_whom`), "16yo" too
    young = young_after(words, kid, run_in=True)
    if young and stems("grown-women", "old-age").isdisjoint(words):
        return "child"
    named_child = (
        any(w in kid or w in _CHILD_PLACES for w in words)
        or any(age < ADULT_AGE for age in ages)
        or not stems("unborn").isdisjoint(words)
    )
    if not named_child and not stems("age-roles", "grown-nouns").isdisjoint(words):
        return "adult"
    return "either"
