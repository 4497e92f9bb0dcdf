"""A parent telling of their own child's upset, and no one else: "our baby wakes crying".

Round 39 (fa39). The `distress` signal family ("crying", "nightmares", "clingy") counts in a
sentence naming someone by their relation (`related`): "her ex is sending their daughter
screaming voicemails". But "my" or "our" before a child is most often a parent asking how to
help their own child ("our baby wakes crying at half five", "my 5 year old has started crying
herself to sleep over him" after the dog died), and the relation then says only whose child is
upset. A distress word is set aside in a sentence where every person named is the writer's own
child ("my son", "our 7 year old", "my daughter"): no one else is there to have caused it.
Anyone else named in the sentence ("my 14 yr old keeps begging me not to let her stepbrother
stay", "my husband tears into our son", "a man", "my son's tutor") keeps it, as does a sentence
that reports what someone said (`telling`: "my son told me he is scared"). Every other sign of
the message counts as before. Read once, word by word, and only when a distress word is found.

Round 55 (fa211): a relative told dead just before is no one near the child now ("my dad died last
month and my 8 year old keeps crying at night", "since grandad passed away my 6 year old has
nightmares"): one of the risk pack's `upset-died` words, or `upset-passed` then `upset-away`,
within `_DEATH_GAP` words after them sets them aside; "my dad died and my stepdad shouts at my 8
year old till she cries" still names the stepdad.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_harmed_words import Harmed
from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Hit, Kinds, Tokens

__all__ = ["own_child_upset"]

_FAMILIES = ("distress", "anger")
_WRITERS = frozenset({"my", "our"})
_OTHERS = frozenset({"his", "her", "their", "your"})
_AGE_WORDS = frozenset({"year", "yr", "yo", "old", "month", "week"})  # "my 7 year old"
_GAP = 3  # "my year 9 son", "our little girl"
_DEATH_GAP = 2  # "dad died", "grandad sadly died", "nan passed away"


def own_child_upset(
    hits: list[Hit],
    read: Tokens,
    pack: RiskPack,
    words: Harmed,
    markers: Mapping[str, frozenset[str]],
) -> list[Hit]:
    """The hits without the distress words of sentences whose only people are the writer's
    own children (module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        pack: the pack the phrases came from (its signal families, in order).
        words: the `Harmed` table (its `kids`, `grown` and `staff`).
        markers: the pack's markers by name, stemmed once with the detector's tables
            (`upset-died`, `upset-passed`, `upset-away`; stemmed here at every call until
            round 56).
    """
    names = list(pack.signals.families)
    families = {names.index(f) for f in _FAMILIES if f in names}
    upset = [h for h in hits if h.phrase.kind is Kinds.SIGNAL and h.phrase.item in families]
    if not upset:
        return hits
    # a telling phrase that is the distress word itself ("crying", "screamed") tells nothing
    felt = {(h.sentence, h.position) for h in upset}
    told = {
        h.sentence
        for h in hits
        if h.phrase.kind is Kinds.TELLING and (h.sentence, h.position) not in felt
    }
    dead = _told_dead(read, markers)
    quiet = {
        h.sentence
        for h in upset
        if h.sentence not in told and _only_own_children(read, h.sentence, words, dead)
    }
    marked = {id(h) for h in upset if h.sentence in quiet}
    return [h for h in hits if id(h) not in marked]


def _told_dead(read: Tokens, markers: Mapping[str, frozenset[str]]) -> frozenset[int]:
    """The places of the words told dead just after them ("dad died", "nan passed away"), by the
    stemmed `markers`."""
    none = frozenset[str]()
    died, passed = markers.get("upset-died", none), markers.get("upset-passed", none)
    away = markers.get("upset-away", none)
    tokens = read.words
    ends = [
        k
        for k, word in enumerate(tokens)
        if word in died or (word in passed and k + 1 < len(tokens) and tokens[k + 1] in away)
    ]
    return frozenset(i for k in ends for i in range(max(0, k - _DEATH_GAP), k))


def _only_own_children(
    read: Tokens, sentence: int, words: Harmed, dead: frozenset[int] = frozenset()
) -> bool:
    """Whether the sentence names someone, and everyone it names is "my" or "our" child, or
    told dead (`dead`: `_told_dead`)."""
    tokens = read.words
    named = [i for i in read.persons if read.sentence_of[i] == sentence and i not in dead]
    if not named or any(
        (tokens[k] in words.grown or tokens[k] in words.staff) and k not in dead
        for k, at in enumerate(read.sentence_of)
        if at == sentence
    ):
        return False  # a grown-up or staff ("my son's tutor", "the karate instructor")
    for i in named:
        before = [
            tokens[k]
            for k in range(max(0, i - _GAP), i)
            if read.sentence_of[k] == sentence and (tokens[k] in _WRITERS or tokens[k] in _OTHERS)
        ]
        own = bool(before) and before[-1] in _WRITERS
        if not own or not (tokens[i] in words.kids or tokens[i] in _AGE_WORDS):
            return False
    return True
