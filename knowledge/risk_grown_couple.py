"""Two grown people in a relationship, each of an adult's age: no child groomed.

Round 52 (fa182, issue 11). "my niece is 25 and shes seeing a guy who is 40", "husband's cousin
(21) is marrying a 19 yr old he met online", "My daughter is 19 … going out with a 30-year-old
man": the grooming cues read an older man, a meeting online or an age gap, and a word for a
relative who may be a child ("niece", "daughter"). When every person aged is grown, no child is
being groomed, and the message tells of no one at risk now by those cues alone. So the signs of
the grooming category (the risk pack's `set_aside` "grown-couple", as `knowledge.risk_animals`
reads its own) are set aside when:

- the message gives at least two ages (`knowledge.risk_stated_ages.stated_ages`): both people
  of the relationship told as aged, whatever the tense;
- every age given is at least 18 and under 65 (`_OLD`: a scam or a financial grooming of an old
  person, "my mum (78) met a man online", is an adult's harm read by these cues too);
- every word for a child (`Kind.CHILD`) is one of `grown-kin` or an age follows it within three
  words ("my niece is 25"): "her 12 yr old", "the kids", "a pupil" keep the signs.

A past age under 18 ("we met when I was 17") keeps them, as does any other category's sign.
Each test reads the words once: linear in the message.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import RiskPack
from knowledge.risk_stated_ages import stated_ages
from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["grown_couple"]

_ADULT = 18
_OLD = 65
_AGES = 2
_REACH = 3  # "my niece is 25": the word for the one aged, up to three words before the age
_NONE: frozenset[str] = frozenset()


def grown_couple(
    hits: list[Hit], read: Tokens, pack: RiskPack, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """`hits` less the signs of the grooming category (`set_aside` "grown-couple"), when every
    person the message ages is a grown adult (module docstring).

    Args:
        hits: the phrases of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        pack: the pack the phrases came from (its categories by index, and `set_aside`).
        markers: the pack's markers by name, stemmed (`grown-kin`).
    """
    named = pack.set_aside.get("grown-couple", ())
    kept = frozenset(i for i, c in enumerate(pack.categories) if c.id in named)
    if not kept or not any(h.phrase.category in kept for h in hits):
        return hits
    ages = stated_ages(read, writer=markers["age-writer"])
    if len(ages) < _AGES or any(not _ADULT <= a[3] < _OLD for a in ages):
        return hits
    at = [a[2] for a in ages]
    grown, words = markers.get("grown-kin", _NONE), read.words
    for h in hits:
        if h.phrase.kind is not Kind.CHILD or words[h.end - 1] in grown:
            continue
        if not any(0 < k - h.end + 1 <= _REACH for k in at):
            return hits
    return [h for h in hits if h.phrase.category not in kept]
