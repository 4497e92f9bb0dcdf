"""A drink or drug word said of someone at work, with no one named who could be harmed.

An employer or co-worker asking about "an employee using drugs" or "a manager who did a line of
coke at the work do" tells of an adult's own use, a matter for their employer: no child, relative
or person in care is named, so there is no one the use puts at risk. The risk check
(`knowledge.risk_finding.judge`) drops the substance and drug terms and signal words of a sentence
that names a work role (`WORK_ROLES`) when the whole message names no child, adult in care or
relative. Cues keep counting ("smelt of alcohol", "drunk … at pickup"), and so does every
other family of signs; "our nursery staff came in on drugs … with the babies" names the babies
and is untouched.
"""

from __future__ import annotations

from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Hit, Kind, Tokens, stem_word

__all__ = ["WORK_ROLES", "use_at_work"]

# Nouns for someone at work, whatever the workplace (stemmed as the detector reads
# them); carers, teachers and nurses are left out: their use may put those in their care at risk.
WORK_ROLES = frozenset(
    stem_word(w)
    for w in (
        "employee",
        "employees",
        "colleague",
        "colleagues",
        "coworker",
        "manager",
        "managers",
        "director",
        "directors",
        "supervisor",
        "boss",
        "staff",
        "worker",
        "receptionist",
        "driver",
        "engineer",
    )
)
# The exploitation terms that name a drug rather than a gang or exploitation itself.
_DRUG_TERMS = frozenset(stem_word(w) for w in ("drugs", "drug", "weed", "cannabis", "dealing"))
_SOMEONE = frozenset({Kind.CHILD, Kind.ADULT})
_WORDS = frozenset({Kind.TERM, Kind.SIGNAL})  # terms, and signal words (the `substance` family)


def use_at_work(hits: list[Hit], read: Tokens, pack: RiskPack) -> list[Hit]:
    """The hits without the drink and drug terms and signal words of a sentence naming a work
    role, when the message names no child, adult in care or relative (see the module docstring)."""
    if read.kin or any(h.phrase.kind in _SOMEONE for h in hits):
        return hits
    working = {s for w, s in zip(read.words, read.sentence_of, strict=True) if w in WORK_ROLES}
    if not working:
        return hits
    ids = [c.id for c in pack.categories]

    def own_use(h: Hit) -> bool:
        if h.phrase.kind not in _WORDS or h.sentence not in working:
            return False
        family = ids[h.phrase.category]
        return family == "parental-substance" or (
            family == "exploitation" and read.words[h.end - 1] in _DRUG_TERMS
        )

    return [h for h in hits if not own_use(h)]
