"""The writer's own harm told in a short first-person sentence: someone in particular.

Helper of `knowledge.risk_finding.judge` (round 50, young164). Young people type their own harm
in a few words, the doer left out: "i get hit with a belt", "i feel like ending it", "i keep
thinking about jumping off the bridge", "i hate my life and want to disappear". The judge counted
the writer's own harm only with "I" at most three words before a cue or a term
(`risk_subjects.writer_states`), or "I was…", "…me" (`done_to_writer`), and a signal word alone
("hit", "end it") only in a sentence naming someone else. (Both this and writer_states walk
back to "I" with `risk_writer_walk.writer_chain`, round 51.) A sentence that tells (neither asks nor
ends with "?") is the writer's own when, for a sign of harm in it (a cue, a term or a signal word
of a category; not a `together` group, whose single words are too common: "i work", "we have"):

- "I" (or "im", "ive", "we") stands before the sign with only words of the pack's
  `own-told-between` marker between ("am", "get", "keep", "feel", "like", "thinking", "about"…),
  at most `_REACH` words; or the chain starts after a joiner (`own-told-joiners`: "and", "but")
  whose clause opens on "I" and names no one else ("i hate my life and want to disappear");
- no one else is named between (a noun for people, or "he", "she", "they", "him"…);
- for a term or a signal word alone (a term: round 50's merge, "I have been thinking about
  neglect referrals" asks about work), no doer named after a signal word ("kicked by the same
  few children": the sentence is read as any naming them), and the chain holds a word of
  `own-told-done-to` ("i get hit", "i keep getting slapped", "i was smacked": done to the
  writer, not "i hit my brother"), or, for a sign of a category marked `own-life`, a word of
  `own-told-wish` ("i feel like ending it", "i want to end it");
- or the writer's own home is in the cue's words, and no one else ("theres needles in our
  bathroom", "keep our chats secret": `own-told-home`).

Such a sentence is about someone in particular, and one word of a signal family marked `alone`
counts in it, as in a sentence telling of someone named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_types import Kinds
from knowledge.risk_writer_walk import OTHERS, WRITERS, Walk, writer_chain

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

    from knowledge.risk_pack import RiskPack
    from knowledge.risk_types import Hit, Tokens

__all__ = ["OwnToldTables", "not_ours", "own_told", "own_told_tables"]

_KINDS = frozenset({Kinds.CUE, Kinds.TERM, Kinds.SIGNAL})
_WRITERS = WRITERS | {"we"}
_REACH = 6  # "i keep thinking about jumping off…", "i really just feel like ending…"
_BY_REACH = 4  # "by the same few children"
_MINE = "my"  # the writer's own thing, just before a cue (`_home_within`)

OwnToldTables = tuple[frozenset[int], frozenset[int], Walk]
"""What `own_told` reads of the pack, made once with its other tables (`own_told_tables`)."""


def own_told_tables(pack: RiskPack, markers: Mapping[str, frozenset[str]]) -> OwnToldTables:
    """The categories of `pack` marked `own-life` and those marked `lead-not-acting`, and the
    walk back to the writer (`markers`: the pack's markers by name, stemmed), for `own_told`."""
    life = frozenset(i for i, c in enumerate(pack.categories) if "own-life" in c.marks)
    # a lead not acting on a report ("told our dsl, nothing happened") is no harm to the writer
    reports = frozenset(i for i, c in enumerate(pack.categories) if "lead-not-acting" in c.marks)
    # "I" then only words of `own-told-between` ("am", "get", "keep", "feel", "like"…), or a
    # clause opening on "I" then a joiner; "we" is the writer too ("we said goodbye…": `_by_us`)
    walk = Walk(
        _REACH,
        _REACH + 1,
        between=markers["own-told-between"],
        joiners=markers["own-told-joiners"],
        sentence=True,
        we=True,
    )
    return life, reports, walk


def own_told(
    hits: list[Hit],
    read: Tokens,
    asks: Collection[int],
    markers: Mapping[str, frozenset[str]],
    tables: OwnToldTables,
) -> frozenset[int]:
    """The sentences not in `asks` where the writer tells a harm of their own in a short
    first-person chain (see the module docstring).

    Args:
        hits: the phrases found, harm and context alike.
        read: the message as the detector read it.
        asks: the sentences that ask (start with a question word or end with "?").
        markers: the pack's markers by name, stemmed (`own-told-wish`, `own-told-home`,
            `own-told-done-to`).
        tables: `own_told_tables` of the pack the phrases came from (its categories marked
            `own-life`: self-harm and suicide; the walk, by `own-told-between` and
            `own-told-joiners`).
    """
    words = read.words
    if _WRITERS.isdisjoint(words) and markers["own-told-home"].isdisjoint(words):
        return frozenset()
    life, reports, walk = tables
    found: set[int] = set()
    for hit in hits:
        kind = hit.phrase.kind
        if (
            hit.sentence in found
            or hit.sentence in asks
            or hit.sentence in read.marked
            or hit.phrase.category < 0
            or hit.phrase.category in reports
            or kind not in _KINDS
        ):
            continue
        if kind is Kinds.CUE and _home_within(read, hit, markers["own-told-home"]):
            found.add(hit.sentence)
            continue
        chain = writer_chain(read, hit, walk)
        if chain is None or (hit.phrase.category in life and _by_us(read, hit, chain)):
            continue  # "we said goodbye to everyone at the party": a life at risk is one's own
        if kind is Kinds.SIGNAL and _by_someone(read, hit):
            continue  # "i get kicked by the same few children": whom the doer names
        done_to = not markers["own-told-done-to"].isdisjoint(chain)
        wish = hit.phrase.category in life and not markers["own-told-wish"].isdisjoint(chain)
        if kind is Kinds.CUE or done_to or wish:  # a term alone: "thinking about neglect referrals"
            found.add(hit.sentence)
    return frozenset(found)


def _by_us(read: Tokens, hit: Hit, chain: list[str]) -> bool:
    """Whether the writer word that `chain` reaches back to, just before it, is "we"."""
    at = hit.position - 1 - len(chain)
    return at >= 0 and read.words[at] == "we"


def _by_someone(read: Tokens, hit: Hit) -> bool:
    """Whether "by" then someone follows the signal word in its clause ("kicked by the same few
    children", "hit by my dad"): the doer named, the sentence read as any other naming them."""
    words, end = read.words, hit.end
    return any(
        words[k] == "by" and any(j in read.persons for j in range(k + 1, k + 1 + _BY_REACH))
        for k in range(end, min(len(words), end + _BY_REACH))
        if read.clause_of[k] == hit.clause
    )


def _home_within(read: Tokens, hit: Hit, home: frozenset[str]) -> bool:
    """Whether the cue's own words hold the writer's home ("in our bathroom") and no one."""
    # …or "my" just before them, whose the thing is ("my clothes are all too small"; round 51);
    # not "our" ("the surprise party is our little secret": "little secret" is the cue)
    at = hit.position
    before = at > 0 and read.words[at - 1] == _MINE and read.sentence_of[at - 1] == hit.sentence
    span = range(at - before, hit.end)
    return any(read.words[k] in home for k in span) and not any(
        k in read.persons or read.words[k] in OTHERS for k in span
    )


def not_ours(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> list[Hit]:
    """`hits` without the secrets asked of the writer by their own tutor, coach, relative…
    about what is between the two of them ("my tutor asked me to keep our chats secret"): the
    writer is the child, and the secret no confidence told to a practitioner, whose signs
    `risk_openers.secrets_asked` would set aside (a word of `secret-ours` inside the secret,
    "my" then a word of `secret-askers` before it)."""
    words, askers, ours = read.words, markers["secret-askers"], markers["secret-ours"]
    return [
        h
        for h in hits
        if h.phrase.kind is not Kinds.SECRET
        or ours.isdisjoint(words[h.position : h.end])
        or not any(
            # "my tutor", "my football coach" (round 51, young170)
            words[k] == "my"
            and not askers.isdisjoint(words[k + 1 : min(k + 3, h.position)])
            and read.sentence_of[k] == h.sentence
            for k in range(max(0, h.position - _REACH), h.position - 1)
        )
    ]
