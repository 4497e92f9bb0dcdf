"""The signpost's line for a message that asks whether to tell someone close to the person at
risk: round 39 (tryout39 I).

"a 12 yr old told me her mums boyfriend makes her sleep in his bed. do we ring her mum?" got
the signpost and "When you're ready…", and the question was never answered: ringing her mum,
who lives with the boyfriend, is the risk. When a message that tells of harm asks whether to
tell, ring or let know one of the family ("do we ring her mum", "should I tell his wife", "can
we let the parents know"), its signpost carries the about pack's `before_telling` note: not
before social care or the police advise, if they may be involved. Just after a signpost, the
same question typed alone is the `tell` worry's (dialogs/after_signpost.py), whose reply says
as much. Imported only when a message tells of harm, or just after a signpost.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.matching.text import words
from knowledge.risk_types import RiskFinding

__all__ = ["FAMILY", "asks_to_tell_family", "before_telling"]

FAMILY = frozenset(
    {
        *("mum", "mom", "mam", "mother", "dad", "father", "parent", "parents", "stepdad"),
        *("stepmum", "stepfather", "stepmother", "partner", "boyfriend", "girlfriend"),
        *("husband", "wife", "carer", "carers", "family", "son", "daughter", "brother"),
        *("sister", "nan", "gran", "grandma", "grandad", "grandparents", "uncle", "aunt"),
        *("auntie", "fiance", "ex", "mums", "dads", "wifes", "husbands"),
    }
)
"""The family or partner of the person at risk, as asked about ("her mum", "his wife")."""

_ASKING = frozenset({"do", "should", "shall", "can", "could", "must", "need", "ought"})
_WHO = frozenset({"i", "we"})
_TELLING = frozenset(
    {"tell", "ring", "call", "phone", "text", "contact", "inform", "let", "speak", "talk", "warn"}
    | {"ask", "raise", "mention", "approach", "confront", "question", "challenge"}  # tryout42 #5
)
_REACH = 3
"""How many words after the verb the one told is looked for ("speak to his wife")."""


def asks_to_tell_family(text: str, family: frozenset[str] = FAMILY) -> bool:
    """Whether `text` asks whether to tell one of `family` ("do we ring her mum?", "should I
    speak to his wife"): an asking word, "i" or "we", a telling verb (after any more asking
    words: "do we need to ring"), and a word of `family` within `_REACH` words of it."""
    said = [w for w in words(text) if w not in ("to", "with")]  # "raise it with her mum"
    for at, word in enumerate(said[:-3]):
        if word in _ASKING and said[at + 1] in _WHO:
            verb = at + 2
            while verb < len(said) and said[verb] in _ASKING:  # "do we need to ring"
                verb += 1
            told = said[verb + 1 : verb + 1 + _REACH]
            if verb < len(said) and said[verb] in _TELLING and not family.isdisjoint(told):
                return True
    return False


def before_telling(finding: RiskFinding, text: str, note: str) -> RiskFinding:
    """`finding`, for `text`, with `note` (the about pack's `before_telling`) among its notes
    when `text` asks whether to tell one of the family (`asks_to_tell_family`)."""
    if not note or note in finding.notes or not asks_to_tell_family(text):
        return finding
    return replace(finding, notes=(*finding.notes, note))
