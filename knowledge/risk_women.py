"""A grown woman who is herself the one harmed, in a message that also names children.

"A mum came to reception crying and said she can't go home because he'll kill her, her kids are
in year 2 and 4": the threat is to the mother, an adult at risk, as well as to the children. A
harm of a kind an adult may suffer, whose object is "her" (not "her son", "her 10 year old"),
is the woman's when the nearest one named before it in its clause, a grown woman (a word of
the pack's `grown-women` marker: "mum", "his ex") or a child, is the woman, and someone else is
named between her and the harm, who may do it ("he'll kill her", "her partner won't let her
have any money"): with no one between she does it herself ("her mum slapped her", "mum says
she'll kill her", "her ex has been parked outside her house"), and the one named before her is
looked at. A clause opening on "said" goes on from the clause before ("a mum came in crying,
said her ex…"). A child just before a "her" that ends its clause is the subject the harm is
set against, not its object ("she thinks the baby would be better off without her"). A woman
named as whose someone is ("her mum's boyfriend makes her watch") is not the one; "herself",
and the "she" of a woman's own words ("mum said she wants to die"), are the one named before
them, unless a child is named before, whom they may be ("a girl in year 8, mum says she has
been cutting herself").

A helper of `knowledge.risk_finding.judge`, read only when a message shows harm.
"""

from __future__ import annotations

from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["woman_harmed"]

_HER = frozenset({"her", "herself"})
_OBJECTS = frozenset({"her"})  # who is harmed, not the one harming herself ("herself", "she")
_SHE = frozenset({"she", "shes"})
_NOT_HERS = frozenset(
    {"he", "hes", "they", "him", "them", "me", "us", "you", "himself", "themselves", "myself"}
)
_OTHERS = frozenset({"he", "hes", "they", "theyr", "someone", "somebody"})
_HARM = frozenset({Kind.CUE, Kind.TERM})
_REACH = 3  # words after a "her" that may name whose someone is ("her 15 yo daughter")
_SUBJECT_REACH = 5  # words before a harm where its subject is named
_SHE_REACH = 3  # words before a harm where "she" says who does it to herself
_SAID_FILLERS = frozenset({"me", "us", "that", "has", "have", "had", "just"})
_JOINS = frozenset({"and", "but", "so", "because", "becaus", "while", "when"})


def woman_harmed(
    hits: list[Hit],
    read: Tokens,
    women: frozenset[str],
    kinds: frozenset[int],
    *,
    said: frozenset[str] = frozenset(),
    partners: frozenset[str] = frozenset(),
) -> bool:
    """Whether a harm among `hits` is done to a grown woman the message names.

    Args:
        hits: the phrases that counted, with the nouns for children.
        read: the message as read.
        women: the stems of the words for a grown woman (the pack's `grown-women` marker).
        kinds: the categories found (their places in the pack) that an adult may suffer.
        said: the stems of the pack's `said-opens` marker: a clause opening on one of them
            goes on from the clause before, whose subject it shares ("a mum came in crying,
            said her ex…").
        partners: the stems of the pack's `partners` marker: after "her", one of them is her
            partner, not a woman harmed ("her ex has been parked outside her house").
    """
    young = {p for h in hits if h.phrase.kind is Kind.CHILD for p in range(h.position, h.end)}
    named = young | read.persons
    before = {
        (h.position, p): _named_before(
            read,
            h.position,
            p,
            women=women,
            young=young,
            named=named,
            said=said,
            partners=partners,
        )
        for h in hits
        if h.phrase.kind in _HARM and h.phrase.category in kinds
        for p in _harmed_at(read, h, named, women=women, said=said)
    }
    return any(
        _hers(read, people, start, her, young=young, named=named)
        for (start, her), people in before.items()
    )


def _harmed_at(
    read: Tokens, hit: Hit, named: set[int], *, women: frozenset[str], said: frozenset[str]
) -> list[int]:
    """Where a woman harmed may be named in or by `hit`: a "her" in it or just after it in its
    clause ("raped her"), not one saying whose ("her 10 year old"); or the "she" of a woman's
    own words, just before a harm that names no one else it is done to ("mum told me she's
    thinking of ending it all"; not "mum has told me she smothers the baby").
    """
    after = hit.end < len(read.words) and read.clause_of[hit.end] == hit.clause
    hers = [
        p
        for p in range(hit.position, hit.end + 1 if after else hit.end)
        if read.words[p] in _HER and not _whose(read, p, named)
    ]
    if hers:
        return hers
    shes = [
        p
        for p in range(max(hit.position - _SHE_REACH, 0), hit.position)
        if read.words[p] in _SHE and read.clause_of[p] == hit.clause
    ]
    if not shes or not _her_own_words(read, shes[-1], women, said):
        return []
    for p in range(shes[-1] + 1, len(read.words)):
        if read.clause_of[p] != hit.clause or read.words[p] in _JOINS:
            break
        if p in named or read.words[p] in _NOT_HERS | _HER:
            return []
    return shes[-1:]


def _her_own_words(read: Tokens, she: int, women: frozenset[str], said: frozenset[str]) -> bool:
    """Whether the "she" at `she` opens what a woman named just before said ("mum said she",
    "mum has told me that she")."""
    p = she - 1
    while p >= 0 and read.words[p] in _SAID_FILLERS:
        p -= 1
    if p < 0 or read.words[p] not in said:
        return False
    p -= 1
    while p >= 0 and read.words[p] in _SAID_FILLERS:
        p -= 1
    return p >= 0 and read.words[p] in women


def _hers(
    read: Tokens, people: list[int], start: int, her: int, *, young: set[int], named: set[int]
) -> bool:
    """Whether the "her" at `her`, in a harm starting at `start`, is the nearest of `people`
    (women and children named before it, nearest first) who is a grown woman: one with no one
    else named between her and the harm does it herself, and the next is looked at."""
    if read.words[her] not in _OBJECTS and any(p < her for p in young):
        return False  # "a girl in year 8, mum says she has been cutting herself": the girl's
    for person in people:
        if person in young:
            return False
        if read.words[her] not in _OBJECTS or _another_between(read, person, start, named):
            return True
    return False


def _named_before(
    read: Tokens,
    start: int,
    her: int,
    *,
    women: frozenset[str],
    young: set[int],
    named: set[int],
    said: frozenset[str],
    partners: frozenset[str],
) -> list[int]:
    """The women and children named before the harm starting at `start` in its clause, nearest
    first, less a child who is the subject of a harm to the "her" at `her` ending the clause,
    and less a word of `partners` after "her" ("her ex": her partner, not her)."""
    clause = read.clause_of[her]
    first = read.clause_of.index(clause)
    clauses = {clause}
    if read.words[first] in said and first and read.sentence_of[first - 1] == read.sentence_of[her]:
        clauses.add(read.clause_of[first - 1])
    people = [
        p
        for p in range(start - 1, -1, -1)
        if read.clause_of[p] in clauses
        and p not in read.plural
        and (p in young or (read.words[p] in women and not {p + 1, p + 2} & named))
        and not (read.words[p] in partners and p and read.words[p - 1] == "her")
    ]
    people = _after_and_said(read, people, start, young, said)
    ends = her + 1 >= len(read.words) or read.clause_of[her + 1] != read.clause_of[her]
    if people and people[0] in young and ends and start - people[0] <= _SUBJECT_REACH:
        return people[1:]
    return people


def _another_between(read: Tokens, woman: int, start: int, named: set[int]) -> bool:
    """Whether someone else is named between the woman at `woman` and the harm at `start`."""
    return any(p in named or read.words[p] in _OTHERS for p in range(woman + 1, start))


def _whose(read: Tokens, at: int, named: set[int]) -> bool:
    """Whether the "her" at `at` says whose someone named just after it in its clause is ("her
    10 year old", "her 15 yo daughter")."""
    after = range(at + 1, min(at + 1 + _REACH, len(read.words)))
    if read.words[at + 1 : at + 2] == ["her"]:
        after = range(at + 1, at + 2)
    return any(p in named and read.clause_of[p] == read.clause_of[at] for p in after)


def _after_and_said(
    read: Tokens, people: list[int], start: int, young: set[int], said: frozenset[str]
) -> list[int]:
    """`people` (nearest first) less those named before an "and said" (a word of `said` after
    "and") before the harm at `start`, but the sentence's first young person named: what follows
    is theirs to have said ("our foster girl (10) came back from contact with her birth mum and
    said mums new boyfriend touched her": the girl said it, and her mum is no one it is done
    to; round 43, adults48). With no young person named before it, `people` as they are: "mum
    scored high … and said sometimes she thinks the baby would be better off without her"."""
    sentence = read.sentence_of[start]
    for q in range(start - 1, 0, -1):
        if read.sentence_of[q] != sentence:
            return people
        if read.words[q] in said and read.words[q - 1] == "and":
            speaker = next(
                (p for p in range(q) if read.sentence_of[p] == sentence and p in young), None
            )
            return people if speaker is None else [p for p in people if p > q or p == speaker]
    return people
