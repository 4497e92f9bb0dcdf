"""The writer's own harm told in a question's "when" or "if": a disclosure, not a case supposed.

Helper of `knowledge.risk_finding.judge` (round 49, miss154). A sentence that asks is read as a
general question unless it names someone in particular, and the writer's own harm counted only
in a sentence that tells ("I am being abused at home"). So "who do I tell when I am being abused
at home?", "what should I do when my dad hits me?" set the signs aside, as if the clause after
"when" or "if" supposed a case; but the writer asking what to do while it happens to them tells
it. A sentence that asks holds such a clause when all of these hold for a sign of harm in it (a
cue, a term or a signal word of a category):

- the sign stands in a clause opened, at most `_REACH` words before it, by a word of the pack's
  `own-when` marker ("when", "whenever", "if");
- the writer is the one harmed: "I" just after the opening word, then only words of
  `own-when-between` ("am", "being", "keep", "always") before the sign ("when I am being hit",
  "if I keep getting hurt", "when I'm scared to go home"), one of `own-when-done-to` among them
  for a signal word alone ("if I am being touched"), and not "my" just after the sign ("if I
  cut my finger", "if I burn my hand": a mishap supposed); or "me"/"myself" in the sign or just
  after it ("when my dad hits me", "when he gets drunk and hits me");
- it is told in the present: no word of `own-when-past` between the opening word and the sign's
  end ("if I was abused as a child…" is the past, read elsewhere);
- no one of a kind stands there (a word of `anyone` or of `own-when-any`: "when a pupil hits
  me", "if you are being bullied"; inside the sign, a word of `own-when-no-one` names no one:
  "when I feel like ending it all"), nor just after "by" later in the clause ("if I am
  threatened by a parent"): what to do when anyone does something is a practice question;
  but "someone" (`own-when-someone`) may stand there when "me" is in the sign or just after it
  ("what do I do if someone keeps hurting me", round 50, ask165; not "if someone discloses abuse
  to me" nor "if someone tells me something worrying" (a word of `told-to` just before "me"),
  where the writer is told);
- the clause names no work of the writer's (a word of `own-when-work`: "if I get hurt at work",
  "if I am assaulted by a patient", "when I feel unsafe on a home visit"): staff asking about
  their own safety at work ask how their employer's procedures go, not for protection.

"when a child is being abused at home, who do we tell?" names no writer and stays general.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from knowledge.risk_types import Kinds

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

    from knowledge.risk_types import Hit, Tokens

_KINDS = frozenset({Kinds.CUE, Kinds.TERM, Kinds.SIGNAL})
_WRITER = "i"
_OBJECTS = frozenset({"me", "myself"})
_REACH = 8  # "when he gets drunk and comes home and hits me"
_OWN = "my"  # "if I cut my finger", "if I burn my hand": a mishap supposed
_BY = "by"
_AFTER = 3  # "hits me", "hurts me badly"


def own_harm_asked(
    hits: list[Hit], read: Tokens, asks: Collection[int], markers: Mapping[str, frozenset[str]]
) -> frozenset[int]:
    """The sentences in `asks` whose "when" or "if" clause tells the writer's own harm in the
    present (see the module docstring): someone in particular, and a sentence that tells.

    Args:
        hits: the phrases found, harm and context alike.
        read: the message as the detector read it.
        asks: the sentences that ask (start with a question word or end with "?").
        markers: the pack's markers by name, stemmed (`own-when`, `own-when-between`,
            `own-when-past`, `own-when-any`, `own-when-work`, `own-when-done-to`,
            `own-when-no-one`, `own-when-someone`, `told-to`, `anyone`).
    """
    words = read.words
    if _WRITER not in words and _OBJECTS.isdisjoint(words):
        return frozenset()
    openers = markers["own-when"]
    others = markers["anyone"] | markers["own-when-any"]
    named = others - markers["own-when-no-one"]  # "all" in "ending it all" names no one
    found: set[int] = set()
    for hit in hits:
        if (
            hit.sentence in found
            or hit.sentence not in asks
            or hit.phrase.category < 0
            or hit.phrase.kind not in _KINDS
        ):
            continue
        opening = _opening(read, hit, openers)
        if opening is None:
            continue
        span = words[opening + 1 : hit.end]
        clause = _rest_of_clause(read, hit)
        anyone = others
        if _harmed_me(words[hit.position : hit.end + 1], markers["told-to"]):
            anyone = others - markers["own-when-someone"]  # "if someone keeps hurting me"
        if not (
            markers["own-when-past"].isdisjoint(span)
            and (named & anyone).isdisjoint(span)
            and anyone.isdisjoint(words[opening + 1 : hit.position])
            and markers["own-when-work"].isdisjoint(span + clause)
            and not _by_anyone(clause, others)
        ):
            continue
        if _writer_harmed(
            read, opening, hit, markers["own-when-between"], markers["own-when-done-to"]
        ):
            found.add(hit.sentence)
    return frozenset(found)


def _harmed_me(sign: list[str], telling: frozenset[str]) -> bool:
    """Whether "me"/"myself" stands in `sign` (with the word after it), not just after a word of
    `telling` ("if someone tells me something worrying": the writer is told, not harmed)."""
    return any(w in _OBJECTS and not (k and sign[k - 1] in telling) for k, w in enumerate(sign))


def _opening(read: Tokens, hit: Hit, openers: frozenset[str]) -> int | None:
    """Where the nearest word of `openers` before `hit` in its clause is, at most `_REACH`
    words before it; None when there is none."""
    for k in range(hit.position - 1, max(-1, hit.position - 1 - _REACH), -1):
        if read.clause_of[k] != hit.clause:
            return None
        if read.words[k] in openers:
            return k
    return None


def _rest_of_clause(read: Tokens, hit: Hit) -> list[str]:
    """The words of `hit`'s clause after it."""
    end = hit.end
    while end < len(read.words) and read.clause_of[end] == hit.clause:
        end += 1
    return read.words[hit.end : end]


def _by_anyone(words: list[str], others: frozenset[str]) -> bool:
    """Whether "by" stands just before a word of `others` in `words` ("by a parent")."""
    return any(w == _BY and after in others for w, after in itertools.pairwise(words))


def _writer_harmed(
    read: Tokens, opening: int, hit: Hit, between: frozenset[str], done_to: frozenset[str]
) -> bool:
    """Whether the writer is the one `hit` tells harm of: "I" just after `opening` and only
    words of `between` up to the sign (one of `done_to` among them for a signal word), or
    "me"/"myself" in the sign or just after it."""
    words = read.words
    subject = opening + 1
    before = words[subject + 1 : hit.position]
    if (
        subject <= hit.position
        and words[subject] == _WRITER
        and all(w in between for w in before)
        and words[hit.end : hit.end + 1] != [_OWN]
        and (hit.phrase.kind is not Kinds.SIGNAL or not done_to.isdisjoint(before))
    ):
        return True
    return not _OBJECTS.isdisjoint(words[hit.position : hit.end + _AFTER])
