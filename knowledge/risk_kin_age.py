"""Whom a harm concerns, read from the one who harms named as the harmed one's relative: round
44 (threat56, tryout45 #8).

A gurdwara volunteer's "his daughter in law locks him in his room" and a rugby coach's "his dad
makes him train till hes sick and hits him if he drops a catch" named "a child or an adult",
with both children's and adult social care; only one fits each. In a message left at "either"
that names no child clearly (an age, or a word for a child that is no relative who may be
grown, `grown-kin`):

- someone whose daughter-in-law, son-in-law or grandchild does it (a word of the pack's
  `elder-kin` marker, or of `grown-kin` followed by "in law", just after one of `kin-owners`:
  "his", "her", "their") has a grown child: adult only; not the kin just after a word of
  harm done (`kin-harms`), who is the one harmed ("a patient told me he abused his
  grandchildren": round 45, lado90);
- someone whose parent does it (`parent-kin` after `kin-owners`: "his dad", "her mum"), in a
  message naming a sport or a youth group (`youth-roles`: a coach, rugby, cadets), no grown-up
  named by a word for one and no age given (which the later readings weigh): a young player,
  child only.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import Concern
from knowledge.risk_types import Hit, Kind, Tokens
from knowledge.risk_words import ADULT_AGE, age_in_word

__all__ = ["kin_aged"]

_IN_LAW = ("in", "law")


def kin_aged(
    concern: Concern, hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> Concern:
    """`concern`, or "adult" or "child" where a rule of the module docstring decides an
    "either" (`hits`: every phrase of the pack that matched and was kept; `read`: the message
    as the detector read it; `markers`: the stems of the pack's markers, by name)."""
    if concern != "either":
        return concern
    words = read.words
    aged = any((age_in_word(w) or 0) >= ADULT_AGE for w in words)  # "one of my players (19)"
    if not aged and _minded_kin_harmed(words, markers):
        return "child"
    if any(
        h.phrase.kind is Kind.CHILD and words[h.end - 1] not in markers["grown-kin"] for h in hits
    ):
        return concern  # a child named clearly
    harms = markers["kin-harms"]
    owned = [
        i + 1
        for i, w in enumerate(words[:-1])
        if w in markers["kin-owners"] and not (i and words[i - 1] in harms)
    ]
    if any(_elder_kin(words, i, markers) for i in owned):
        return "adult"
    old = not markers["old-age"].isdisjoint(words)
    grown = old or aged or any(h.phrase.kind is Kind.ADULT for h in hits)
    young = not markers["youth-roles"].isdisjoint(words)
    if young and not grown and any(words[i] in markers["parent-kin"] for i in owned):
        return "child"
    return concern


def _minded_kin_harmed(words: list[str], markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether a grandchild is harmed (`kin-harms`, `kin-owners`, then `elder-kin`: "he abused
    his grandchildren") and minded as a child after it (`kin-minded`: "and hes still
    babysitting them every weekend"): the grandchildren are children, no adult is at risk
    (round 46, doors113: both doors were named)."""
    return any(
        w in markers["kin-harms"]
        and words[i + 1] in markers["kin-owners"]
        and words[i + 2] in markers["elder-kin"]
        and not markers["kin-minded"].isdisjoint(words[i + 3 :])
        for i, w in enumerate(words[:-2])
    )


def _elder_kin(words: list[str], at: int, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the word at `at` names a grown child's relation, a grandchild or a child-in-law,
    as the one who does something (not "her grandson has bruises": `kin-state`)."""
    if words[at] in markers["elder-kin"]:
        return not markers["kin-state"].intersection(words[at + 1 : at + 2])
    in_law = words[at] in markers["grown-kin"] and tuple(words[at + 1 : at + 3]) == _IN_LAW
    return in_law and not markers["kin-state"].intersection(words[at + 3 : at + 4])
