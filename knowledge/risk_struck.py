"""Whom a blow struck: the object of the act of harm says who is harmed (round 50, shape162).

"my neighbours boyfriend hits her kids" names a grown-up ("my neighbour") and children, so
`knowledge.risk_concern.concern_of` reads a harm to either, and the signpost named the Men's
Advice Line, a line for grown men harmed; the children are the ones hit. So for an "either", each
act of harm (a word of the pack's `struck-acts` marker: "hits", "beats", "hurts") is read for
whom it struck, the first noun for people within `OBJECT_REACH` words after it in its clause:

- **children struck** ("hits her kids", "hurts the baby", "beats their toddler"): a word for a
  child there (the pack's child phrases), not one that may be grown (`grown-kin`: "her son",
  "his daughter"): a child's harm alone, unless a kind of harm found is an adult's alone;
- **a spouse struck** ("beats his wife", "hits her husband": a word of `struck-spouses`): one
  who has a husband or a wife is grown, and so is the one who strikes them: an adult's harm
  alone, when no word for a child is named but just before an act, as the one who has the
  spouse ("my neighbours son beats his wife"; "her sons dad beats his wife", "beats his wife in
  front of the kids" stay either), no age under 18 is stated and no kind found is a child's
  alone.

Only when every act of the message struck the same kind of person, as named there (a "her" or a
"him" struck, "hits her and her kids", or an act with no one named after it keeps either); when
no one is named after the first one struck but others of that kind (no noun for people, no word
of `struck-others`: "… hits her kids and she is scared of him", "… hits his wife and his
daughter" keep either); when every sign of harm counted stands in the clause of an act, not
after the one it struck ("mum is terrified, her boyfriend hits the kids" keeps either); and when
no grown woman is read as harmed (`woman`, `knowledge.risk_women.woman_harmed`). Linear: each
word is looked at a bounded number of times.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import Concern
from knowledge.risk_stated_ages import ages_now
from knowledge.risk_types import Hit, Kinds, Tokens
from knowledge.risk_words import ADULT_AGE

__all__ = ["OBJECT_REACH", "struck_whom"]

OBJECT_REACH = 3
"""How far after the act the one struck is named ("hits her 2 little kids")."""

_SIGNS = frozenset({Kinds.CUE, Kinds.TERM, Kinds.SIGNAL})
_CHILD, _SPOUSE, _SOMEONE = "child", "adult", None  # whom an act struck (None: not read)
_NONE: frozenset[str] = frozenset()


def struck_whom(
    concern: Concern,
    people: list[Hit],
    counted: list[Hit],
    read: Tokens,
    markers: Mapping[str, frozenset[str]],
    *,
    kinds: frozenset[str | None],
    woman: bool = False,
) -> Concern:
    """`concern`, or "child" or "adult" where whom every act of harm struck decides (module
    docstring); only an "either" changes.

    Args:
        concern: whom the harm concerns, as read so far.
        people: every phrase found, with the words for children and their ages.
        counted: the phrases that counted as harm, of the kinds found.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`struck-acts`, `struck-spouses`,
            `struck-others`, `grown-kin`).
        kinds: whom each kind of harm found concerns ("child", "adult", "either").
        woman: whether a grown woman is read as harmed (`knowledge.risk_women.woman_harmed`).
    """
    if concern != "either" or woman:
        return concern
    words, clause_of = read.words, read.clause_of
    acts = [i for i, w in enumerate(words) if w in markers.get("struck-acts", _NONE)]
    if not acts:
        return concern
    grown_kin = markers.get("grown-kin", _NONE)
    children = {h.position for h in people if h.phrase.kind is Kinds.CHILD}
    clear = {p for p in children if words[p] not in grown_kin}
    spouses, others = markers.get("struck-spouses", _NONE), markers.get("struck-others", _NONE)
    struck = [_object(read, i, children | read.persons, others) for i in acts]
    whom = {_kind(words[p], p in clear, spouses) if p is not None else _SOMEONE for p in struck}
    if len(whom) != 1 or (kind := whom.pop()) is _SOMEONE:
        return concern
    told = [(i, p) for i, p in zip(acts, struck, strict=True) if p is not None]
    covered = {w for i, p in told for w in range(i, p + 1)}  # each act up to the one it struck
    first, last = min(p for _, p in told), max(p for _, p in told)
    if any(
        (p in read.persons or words[p] in others) and p not in covered
        for p in range(first + 1, len(words))
    ):
        return concern  # someone else named after the one struck
    clauses = {clause_of[i] for i in acts}
    if any(
        h.phrase.kind in _SIGNS and (h.clause not in clauses or h.end > last + 1) for h in counted
    ):
        return concern  # a sign of harm outside the acts' clauses, or told after the one struck
    if kind == _CHILD:
        return "child" if "adult" not in kinds else concern
    named = children - {i - 1 for i in acts}  # "my neighbours son beats his wife": who has one
    young = any(age < ADULT_AGE for _, _, _, age, _ in ages_now(read, writer=markers["age-writer"]))
    return "adult" if "child" not in kinds and not named and not young else concern


def _object(read: Tokens, act: int, named: set[int], others: frozenset[str]) -> int | None:
    """Where the one the act at `act` struck is named: the first noun for people within
    `OBJECT_REACH` words after it in its clause; None when a word of `others` is struck there
    ("hits her", "hit him and his kids": no noun for people just after it) or no one is named."""
    words, clause = read.words, read.clause_of[act]
    for p in range(act + 1, min(act + 1 + OBJECT_REACH, len(words))):
        if read.clause_of[p] != clause:
            return None
        if p in named:
            return p
        if p == act + 1 and p + 1 not in named and words[p] in others:
            return None
    return None


def _kind(word: str, clear_child: bool, spouses: frozenset[str]) -> str | None:
    """Whom the noun for people `word` names as struck: a child named clearly, a spouse, or
    someone who may be either."""
    if clear_child:
        return _CHILD
    return _SPOUSE if word in spouses else _SOMEONE
