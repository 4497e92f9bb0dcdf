"""Whom a harm concerns when the words for people left it "either": the grown-up told of.

Round 35 (r1i35, tryout35b finding 2). `knowledge.risk_concern.concern_of` reads the words for
people; some messages it leaves at "either" name only a grown-up at risk, or only a child:

- an old person's relative ("an elderly man, his nephew takes his bank card"): a son or a
  nephew (a word of the pack's `grown-kin` marker) of someone elderly (its `old-age` marker) is
  grown, so no child is named;
- a man or a woman who tells of a harm ("a man told me he'd rather be dead, he has a plan", "a
  woman at the food bank said…"), a word of its `grown-nouns` marker before a telling word in
  one clause, not just after a word of its `young-words` marker ("a young man"), in a message
  naming no child at all, nor one unborn (a word of its `unborn` marker: "a woman pregnant with
  her second told me her partner tried to strangle her" may need children's social care too);
- a child named clearly inside every cue of an adult's kind of harm found ("mum says she leaves
  the 3yo alone at night"), no word for an adult named and every other kind's cues and terms
  overlapping those cues ("… alone at night", neglect): they tell of the child alone ("mum
  leaves the 3yo alone and her partner hits her" stays as it was). A word for an adult just
  before such a cue names who does it, not another at risk ("my neighbour leaves her 3yo
  alone"; round 36, r1k36).
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import Concern, RiskPack
from knowledge.risk_types import Hit, Kinds, Tokens

__all__ = ["grown_teller", "grown_up"]

_SIGNS = frozenset({Kinds.CUE, Kinds.TERM})


def grown_up(
    concern: Concern,
    found: list[int],
    hits: list[Hit],
    read: Tokens,
    *,
    pack: RiskPack,
    markers: Mapping[str, frozenset[str]],
) -> Concern:
    """`concern`, or "adult" or "child" where a rule of the module docstring decides an
    "either" whose kinds of harm (the indexes `found` of the pack's categories) include none
    only a child suffers.

    Args:
        concern: whom `knowledge.risk_concern.concern_of` took the harm to concern.
        found: the indexes of the categories found.
        hits: every phrase of the pack that matched and was kept.
        read: the message as the detector read it.
        pack: the pack the phrases came from.
        markers: the stems of the words of the pack's markers, by name.
    """
    kinds = {pack.categories[c].concerns for c in found}
    if concern != "either" or "child" in kinds:
        return concern
    kids = [h for h in hits if h.phrase.kind is Kinds.CHILD]
    clear = [h for h in kids if read.words[h.end - 1] not in markers["grown-kin"]]
    adults = [h for h in hits if h.phrase.kind is Kinds.ADULT]
    if kids and not clear and any(read.words[h.end - 1] in markers["old-age"] for h in adults):
        return "adult"
    unborn = not markers["unborn"].isdisjoint(read.words)
    if not kids and not unborn and grown_teller(hits, read, markers):
        return "adult"
    adult_only = {c for c in found if pack.categories[c].concerns == "adult"}
    cues = [h for h in hits if h.phrase.kind is Kinds.CUE and h.phrase.category in adult_only]
    # a grown-up just before the cue does it ("my neighbour leaves her 3yo alone"; round 36)
    doers = [a for a in adults if any(c.position == a.end for c in cues)]
    if len(doers) < len(adults) or not cues or not all(_holds(c, clear) for c in cues):
        return concern
    # each other kind found only where the adult's cues are ("… alone at night" beside them)
    for kind in set(found) - adult_only:
        signs = [h for h in hits if h.phrase.kind in _SIGNS and h.phrase.category == kind]
        if not signs:  # a pair of words near each other: one of them in the adult's cue
            signs = [h for h in hits if h.phrase.kind is Kinds.NEAR and h.phrase.category == kind]
            if not any(_overlaps(s, c) for s in signs for c in cues):
                return concern
        elif not all(any(_overlaps(s, c) for c in cues) for s in signs):
            return concern
    return "child"


def grown_teller(
    hits: list[Hit],
    read: Tokens,
    markers: Mapping[str, frozenset[str]],
    *,
    in_sentence: bool = False,
) -> bool:
    """Whether a man or a woman tells something in the message: a word of `grown-nouns`, not
    just after one of `young-words`, with a telling word after it in its clause (or, with
    `in_sentence`, its sentence)."""
    tellings = [h for h in hits if h.phrase.kind is Kinds.TELLING]
    of = read.sentence_of if in_sentence else read.clause_of
    for i, word in enumerate(read.words):
        if word not in markers["grown-nouns"] or (
            i and read.words[i - 1] in markers["young-words"]
        ):
            continue
        if any(
            (t.sentence if in_sentence else t.clause) == of[i] and t.position > i for t in tellings
        ):
            return True
    return False


def _holds(cue: Hit, people: list[Hit]) -> bool:
    """Whether a word for someone of `people` lies inside `cue`."""
    return any(cue.position <= k.position and k.end <= cue.end for k in people)


def _overlaps(one: Hit, other: Hit) -> bool:
    """Whether the words of two hits overlap."""
    return one.position < other.end and other.position < one.end
