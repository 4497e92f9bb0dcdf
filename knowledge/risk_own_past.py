"""The writer's own childhood, told beside a question about the writer's own work.

"my own dad was violent when i was a kid, does that affect my work with clients", "i was abused
as a child myself, does that mean i cant do safeguarding", "I was abused as a child myself years
ago and it comes back when patients tell me things. is there support for staff?": a practitioner
asking whether their own past bears on their work, or what support there is, tells no one's
harm now (tryout38 #12, tryout39 #12). The same childhood told with no such question is still
read as a disclosure ("when I was a boy a priest abused me… 30 years ago": the dev sets label
a writer's own childhood abuse both ways, so that alone decides nothing).

A clause tells the writer's own childhood when it holds "when I was" with, within three words
after, a word of the pack's `own-childhood` marker or an age ("when i was a kid", "when I was
14"), or "as a" or "as an" before one of those words, with "I" and a past verb ("i was", "i got")
before it in the clause or "myself" just after ("i was abused as a child myself").

The signs of harm in those clauses are set aside only when all of these hold:

- a later clause opens on a word of the `own-asks` marker ("does that affect…", "can i still…")
  and holds a word of `own-work` (work, job, clients, safeguarding, support, staff…), or a
  later sentence that asks holds one ("is there support for staff?");
- no clause of the writer's childhood holds a word of `own-now` ("still", "now": "…when i was a
  kid, and he still babysits my nieces" tells a risk now).

Every other sign of the message counts as before. Round 39 (r1u39); the marker words are data
in the pack.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_types import Hit, Tokens, stem_word

__all__ = ["own_past_at_work"]

_WHEN = tuple(map(stem_word, ("when", "i", "was")))
_AS = stem_word("as")
_ARTICLES = frozenset(map(stem_word, ("a", "an")))
_I = stem_word("i")
_PAST = frozenset(map(stem_word, ("was", "were", "got", "had", "been")))
_MYSELF = stem_word("myself")
_AFTER_WHEN = 3  # words after "when I was" that may name the childhood ("when i was a kid")


def own_past_at_work(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without the signs of harm of the clauses telling the writer's own childhood,
    when a later clause asks about the writer's own work (see the module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`own-childhood`, `own-asks`, `own-work`,
            `own-now`).
    """
    childhood = markers.get("own-childhood", frozenset())
    work = markers.get("own-work", frozenset())
    if work.isdisjoint(read.words) or (childhood.isdisjoint(read.words) and not _aged(read)):
        return hits
    past = _childhood_clauses(read, childhood)
    if not past or not _asks_about_work(read, min(past), markers["own-asks"], work):
        return hits
    now = markers.get("own-now", frozenset())
    if any(read.clause_of[i] in past and w in now for i, w in enumerate(read.words)):
        return hits
    return [h for h in hits if h.phrase.category < 0 or h.clause not in past]


def _aged(read: Tokens) -> bool:
    """Whether any word is a number ("when i was 14")."""
    return any(w[:1].isdigit() for w in read.words)


def _childhood_clauses(read: Tokens, childhood: frozenset[str]) -> set[int]:
    """The clauses telling the writer's own childhood (see the module docstring)."""
    words, clause_of = read.words, read.clause_of
    found: set[int] = set()
    for i in range(len(words)):
        clause = clause_of[i]
        if tuple(words[i : i + 3]) == _WHEN:
            after = words[i + 3 : i + 3 + _AFTER_WHEN]
            if any(w in childhood or w[:1].isdigit() for w in after):
                found.add(clause)
        elif (
            words[i] == _AS
            and i + 2 < len(words)
            and words[i + 1] in _ARTICLES
            and words[i + 2] in childhood
            and (_writer_before(read, i) or _MYSELF in words[i + 3 : i + 5])
        ):
            found.add(clause)
    return found


def _writer_before(read: Tokens, at: int) -> bool:
    """Whether "I" and a past verb just after it come before `at` in its clause ("i was…")."""
    words, clause = read.words, read.clause_of[at]
    return any(
        words[k] == _I and words[k + 1] in _PAST and read.clause_of[k] == clause
        for k in range(at - 1)
    )


def _asks_about_work(read: Tokens, after: int, asks: frozenset[str], work: frozenset[str]) -> bool:
    """Whether a clause after clause `after` opens on an asking word and holds a work word, or a
    sentence that asks, after it, holds one."""
    words, clause_of, sentence_of = read.words, read.clause_of, read.sentence_of
    asking = read.questions | read.marked
    opened = {
        clause_of[i]
        for i, w in enumerate(words)
        if w in asks and clause_of[i] > after and (i == 0 or clause_of[i - 1] != clause_of[i])
    }
    return any(
        w in work and clause_of[i] > after and (clause_of[i] in opened or sentence_of[i] in asking)
        for i, w in enumerate(words)
    )
