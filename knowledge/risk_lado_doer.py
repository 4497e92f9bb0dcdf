"""One who works or volunteers with children, told as doing a child's harm: the LADO as well.

Round 44 (rule57, tryout46 #5). "one of the volunteer mods has been sending gift cards to a 12
year old player and asking to video call him privately", "a volunteer coach has been sending…",
"another leader has been going into the girls tent at night and told them not to tell anyone"
found grooming or a secret (a child's harm) with the children's front door alone: the pack's
allegation items pair a role with acts of their own, and these acts were grooming's. The LADO is
for anyone who works or volunteers with children, paid or not. Where the harm concerns a child,
and a sentence that tells of it opens on such a one (the first person it names is a word of the
pack's `lado-roles` marker, before any other noun for people and before "I" or "we"), the LADO
is added to the contacts. Not when the role ends its clause ("activity camp leader, a girl told
me…": who is writing), nor when a word of `lado-tells` follows the role within two words
("our volunteer told me a girl's dad hits her", "the coach noticed bruises": the role tells of
it; "the TA got punched by a year 6 boy": the role is harmed) or anywhere before the first sign
of harm in its sentence ("a guitar teacher working in a school noticed a pupil has cuts").

Round 44 (miss63, tryout47 #4): the one harmed telling it comes first ("one of the kids on our
school minibus said the driver touches her leg…"): after a word of the pack's `lado-said`
marker, the sentence is read again from there, so a role the child tells of as doing it is the
first person of what was said; "a girl said her dad hits her" names no role there.

Round 45 (lado77): a be-word after the role reads as the role harmed ("the TA was punched"),
but not before a word of the pack's `lado-doing` ("the school run driver was staggering when
he got out of the minibus": the driver's own state, the LADO's).

Round 45 (doors95, tryout88 #3): the writer named first in a clause of their own ("i work at a
dance school, the owner pinches them") tells who writes; the sentence is read on from the next
clause ("im a volunteer and a girl told me…" names the writer and the child in one clause);
so does a clause ending "here" ("scout committee member here, one of the dads…").
A person told as one who helps or runs the place (the pack's `lado-runs` after "who": "one of
the dads who helps out has been messaging a 12yo girl… telling her to keep it secret") is read
as a role; a word of telling that bids the child ("telling her to keep it secret": the pack's
`lado-bid-whom` then `lado-bid`) is the role's act, not the role telling of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from knowledge.contacts_pack import ContactRole
from knowledge.risk_pack import Concern
from knowledge.risk_types import Hit, Tokens, sentence_end

__all__ = ["lado_doer"]

_LADO: ContactRole = "lado"
_TELLS_GAP = 2  # "the coach noticed", "one of our volunteers has said"


def lado_doer(
    contacts: tuple[ContactRole, ...],
    concern: Concern,
    counted: Sequence[Hit],
    read: Tokens,
    markers: Mapping[str, frozenset[str]],
) -> tuple[ContactRole, ...]:
    """`contacts`, with the LADO where the module docstring says.

    Args:
        contacts: the contacts of the harm found.
        concern: whom the harm concerns.
        counted: the phrases that counted as signs of the kinds of harm found.
        read: the message as the detector read it.
        markers: the stems of the words of the pack's markers, by name.
    """
    if _LADO in contacts or concern == "adult" or not contacts:
        return contacts
    signs: dict[int, list[int]] = {}  # where each sentence's signs of harm start
    for h in counted:
        if h.phrase.category >= 0:
            signs.setdefault(h.sentence, []).append(h.position)
    if any(_opens_on_a_role(read, s, signs[s], markers) for s in signs):
        return (*contacts, _LADO)
    return contacts


def _opens_on_a_role(
    read: Tokens, sentence: int, signs: list[int], markers: Mapping[str, frozenset[str]]
) -> bool:
    """Whether the first person `sentence` names is one who works or volunteers with children,
    told as doing rather than telling, or, once someone else is named first and then one of
    `lado-said`, the first person of what they said (module docstring; `signs`: where its signs
    of harm start)."""
    words, roles, said = read.words, markers["lado-roles"], markers["lado-said"]
    at = read.sentence_of.index(sentence)
    end = sentence_end(read, at)
    k, again = at, True  # the sentence is read again once, from what was said
    while k < end:
        if _writer_clause(read, (k, end), signs, roles, markers["lado-writer"]):
            k = _clause_end(read, k, end)  # the writer's own clause: read on from its end
            continue
        runs = _runs_it(read, k, end, markers)
        if words[k] in roles or runs:
            last = runs + 2 if runs else k + 1  # "helps out", "helps teach"
            while last < len(words) and words[last] in roles:  # "volunteer coach", "mods"
                last += 1
            after = range(last, min(last + _TELLS_GAP, len(words)))
            if not runs and not all(read.clause_of[j] == read.clause_of[k] for j in after):
                return False
            harm = min((p for p in signs if p >= last), default=last)  # the first after the role
            return not any(_tells(read, j, markers) for j in (*after, *range(last, harm)))
        if k in read.persons:
            told = next((j for j in range(k + 1, end) if words[j] in said), None)
            if told is None or not again:
                return False
            k, again = told, False
        k += 1
    return False


def _runs_it(read: Tokens, at: int, end: int, markers: Mapping[str, frozenset[str]]) -> int:
    """Where a word of `lado-runs` tells the one named at `at` as one who helps at or runs the
    place, or 0: a person then one of `lado-runs-who` ("one of the dads who helps out", "the man
    who runs the riding stables"; round 45, doors95), or such a person's aside opening on a
    pronoun of it, with up to three words of `lado-runs-gap` or an age between ("one of my
    black belts, hes 19 and helps teach, has been messaging a 13 yr old girl", "one of the dads,
    he helps run the club, …"; round 46, doors113). Not an age under 18 in between ("my
    daughter, shes 15 and helps out at the nursery": the child, no grown helper)."""
    words, who = read.words, markers["lado-runs-who"]
    if at in read.persons and at + 1 < end and words[at + 1] in who:
        at += 1
    elif at in read.persons or words[at] not in who or words[at] == "who":
        return 0
    for k in range(at + 1, min(at + 5, end)):
        if words[k] in markers["lado-runs"]:
            return k
        if words[k].isdigit() and int(words[k]) < 18:
            return 0
        if not words[k].isdigit() and words[k] not in markers["lado-runs-gap"]:
            return 0
    return 0


def _bids(read: Tokens, at: int, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the word of telling at `at` bids the child ("telling her to keep it secret",
    "told him not to say": one of `lado-bid-whom`, then one of `lado-bid`): the role's act, not
    the role telling of a harm (round 45, doors95); not when someone named just before it is who
    tells ("the coachs 12 year old son asked him not to tell": the son's bid). The bid may
    follow with no one named ("sent her messages saying keep it secret"; round 47, mend124)."""
    words = read.words
    if at - 1 in read.persons or at + 2 >= len(words):
        return False
    if words[at + 1] in markers["lado-bid"]:  # "messages saying keep it secret" (round 47)
        return True
    if words[at + 1] not in markers["lado-bid-whom"]:
        return False
    bid = at + 3 if words[at + 2] == "to" else at + 2  # "to keep", "not to"
    return bid < len(words) and words[bid] in markers["lado-bid"]


def _writer_clause(
    read: Tokens,
    span: tuple[int, int],
    signs: list[int],
    roles: frozenset[str],
    writer: frozenset[str],
) -> bool:
    """Whether the clause from the start of `span` (up to its end) tells who writes: it opens on
    one of `writer` ("I", "we": "im a volunteer and a girl told me…"), or ends "here"
    ("scout committee member here, …"), or a role opens it with no sign of harm in it and the
    next clause opens on someone else ("trip leader on a school residential, a kid just
    disclosed abuse at home"; round 45, doors95)."""
    at, end = span
    words, close = read.words, _clause_end(read, at, end)
    if words[at] in writer or words[close - 1] == "here":
        return True
    if words[at] not in roles or close >= end or any(at < p < close for p in signs):
        return False
    return any(j in read.persons for j in range(close, min(close + 2, end)))


def _clause_end(read: Tokens, at: int, end: int) -> int:
    """Where the clause of the word at `at` ends, at most `end` ("i work at a dance school, the
    owner pinches them": the writer's own clause tells who writes; round 45, doors95)."""
    k = at
    while k < end and read.clause_of[k] == read.clause_of[at]:
        k += 1
    return k


def _tells(read: Tokens, at: int, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the word at `at`, after a role, makes the role one who tells of the harm or is
    harmed: a word of `lado-tells`, but not a be-word of `lado-being` before one of
    `lado-doing` ("the driver was staggering" tells what the driver did; round 45, lado77)."""
    words = read.words
    if words[at] not in markers["lado-tells"] or _bids(read, at, markers):
        return False
    doing = at + 1 < len(words) and words[at + 1] in markers["lado-doing"]
    return not (doing and words[at] in markers["lado-being"])
