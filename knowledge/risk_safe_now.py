"""A harm long past, told of one grown person who is well now: round 44 (fa59, issue 11).

"PT here. a client told me she used to self harm when she was a teenager, shes 35 now and fine.
do i need to tell anyone" (tryout46 #10): what is told happened to one person long ago and the
message says they are well now, so it tells of no one at risk. The signs of harm of a sentence
are set aside only when all of these hold:

- the sentence names its time as long past: "when <someone> was" with, within three words, a
  word of the pack's `own-childhood` marker or an age ("when she was a teenager", "when he was
  14"), "as a|an" before such a word, or a word of `safe-long` just before "ago" ("years ago"),
  or "in" before a word of `safe-long` and a school year ("back in year 10"; round 45, quiet78:
  a reference written for a former pupil, "she self harmed back in year 10, she's doing great
  now");
- a later clause of the message says the one it happened to is well now: "now" and a word of
  `safe-now` ("shes 35 now and fine", "he's doing well now"), no negation and no sign of harm in
  it;
- the sentence names one person only, by one family of pronouns ("she … her"), after the one who
  tells it ("a client told me"): a noun for people ("her dad", "her ex") or a second pronoun ("he
  hit her") is a doer, whose harm may reach others now; the writer's own past ("i used to self
  harm when i was 13, im fine now") is not read so, as a young person may be writing;
- "now" stands in the message only in the clauses that say someone is well;
- no child is named now: no word for a child outside the long-past time, and no age under 18
  given ("her daughter is 15");
- no word of `safe-not` or `own-now` but "now" anywhere ("still", "again", "scared", "thoughts",
  "contact": "…shes fine now but has started having thoughts again" tells a risk now), but the
  "back" that opens a time long past ("back in year 10").

Every other sign of the message counts as before. The learnt model is not asked about a message
whose every sign this sets aside (`knowledge.risk_judging.explained`): it cannot read the frame.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_stated_ages import ages_now
from knowledge.risk_types import Hit, Kind, Tokens, stem_word

__all__ = ["NOT", "safe_now"]

_NOW = stem_word("now")
_WHEN = stem_word("when")
_WAS = frozenset(map(stem_word, ("was", "were")))
_AS = stem_word("as")
_ARTICLES = frozenset(map(stem_word, ("a", "an")))
_AGO = stem_word("ago")
_IN = stem_word("in")
_BACK = stem_word("back")  # "back in year 10": a time, not a harm come back
_AFTER_WHEN = 3  # words after "when she was" that may name the time ("when she was a teenager")
# a clause saying someone is not well ("she's not ok now"; `risk_survived.over_long_ago` too)
NOT = frozenset(map(stem_word, ("not", "no", "never", "isnt", "isn't", "aint", "nt", "hardly")))
# one person named by pronouns
_PRONOUNS = tuple(
    frozenset(map(stem_word, family))
    for family in (
        ("she", "her", "hers", "herself", "shes"),
        ("he", "him", "his", "himself", "hes"),
        ("they", "them", "their", "themselves", "theyre"),
    )
)
_ADULT = 18
_SIGNS = frozenset({Kind.CUE, Kind.TERM, Kind.SIGNAL})  # a sign of harm by itself


def safe_now(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> list[Hit]:
    """The hits without the signs of harm of the sentences that tell a harm long past of one
    person said to be well now (see the module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`own-childhood`, `safe-long`, `safe-now`,
            `safe-not`, `own-now`, `safe-writer`).
    """
    words = read.words
    well = markers.get("safe-now", frozenset())
    if _NOW not in words or well.isdisjoint(words):
        return hits
    frames = _long_past(read, markers.get("own-childhood", frozenset()), markers)
    if not frames:
        return hits
    opening = {start for start, _ in frames.values() if words[start] == _BACK}
    blocking = markers.get("safe-not", frozenset()) | (markers.get("own-now", frozenset()) - {_NOW})
    if any(w in blocking and i not in opening for i, w in enumerate(words)):
        return hits
    signs = {h.clause for h in hits if h.phrase.kind in _SIGNS}
    safe = _safe_clauses(read, well, signs)
    if not safe or any(w == _NOW and read.clause_of[i] not in safe for i, w in enumerate(words)):
        return hits
    if _child_now(hits, read, frames, markers["age-writer"]):
        return hits
    first = min(i for i, c in enumerate(read.clause_of) if c in safe)
    tellers = [h.end for h in hits if h.phrase.kind is Kind.TELLING]
    past = {
        s
        for s, (start, _) in frames.items()
        if start < first  # told before the one it happened to is said to be well
        and _one_person(
            read,
            s,
            max((e for e in tellers if read.sentence_of[e - 1] == s), default=-1),
            frames[s],
            first,
            writer=markers.get("safe-writer", frozenset()),
        )
    }
    # the signs after "she's fine now" ("…but the cuts on her arms are fresh") still count
    return [
        h for h in hits if h.phrase.category < 0 or h.sentence not in past or h.position >= first
    ]


def _safe_clauses(read: Tokens, well: frozenset[str], signs: set[int]) -> set[int]:
    """The clauses with "now" and a word of `well`, no negation, no sign of harm."""
    found = {read.clause_of[i] for i, w in enumerate(read.words) if w == _NOW}
    found &= {read.clause_of[i] for i, w in enumerate(read.words) if w in well}
    found -= signs
    return {
        c
        for c in found
        if not any(read.clause_of[i] == c and w in NOT for i, w in enumerate(read.words))
    }


def _long_past(
    read: Tokens, then: frozenset[str], markers: Mapping[str, frozenset[str]]
) -> dict[int, tuple[int, int]]:
    """The sentences naming a time long past, each with where that time's words start and end."""
    words, long = read.words, markers.get("safe-long", frozenset())
    found: dict[int, tuple[int, int]] = {}
    for i, w in enumerate(words):
        span = None
        if w == _WHEN and i + 2 < len(words) and words[i + 2] in _WAS:
            after = words[i + 3 : i + 3 + _AFTER_WHEN]
            hit = next((k for k, a in enumerate(after) if a in then or a[:1].isdigit()), None)
            if hit is not None:
                span = (i, i + 4 + hit)
        elif w == _AS and words[i + 1 : i + 2] and words[i + 1] in _ARTICLES:
            if words[i + 2 : i + 3] and words[i + 2] in then:
                span = (i, i + 3)
        elif w == _AGO and i and words[i - 1] in long:
            span = (i - 1, i + 1)
        elif (
            w == _IN
            and words[i + 1 : i + 2]
            and words[i + 1] in long
            and words[i + 2 : i + 3]
            and words[i + 2][:1].isdigit()  # "(back) in year 10"
        ):
            back = int(i > 0 and words[i - 1] == _BACK)
            span = (i - back, i + 3)
        if span is not None:
            found.setdefault(read.sentence_of[i], span)
    return found


def _child_now(
    hits: list[Hit], read: Tokens, frames: dict[int, tuple[int, int]], writer: frozenset[str]
) -> bool:
    """Whether a child is named outside the long-past times, or an age under 18 is given (after
    one of `writer`, "im 14", the writer's own)."""
    inside = {i for start, end in frames.values() for i in range(start, end)}
    if any(h.phrase.kind is Kind.CHILD and h.position not in inside for h in hits):
        return True
    return any(a[3] < _ADULT for a in ages_now(read, writer=writer))


def _one_person(
    read: Tokens,
    sentence: int,
    after: int,
    then: tuple[int, int],
    well: int,
    *,
    writer: frozenset[str],
) -> bool:
    """Whether `sentence`, after its teller's words (the word after `after`, the one told: "told
    me"), names one person only, by one family of pronouns, not the writer before the clause
    saying the one told of is well (at `well`: the writer, one of `writer`, asking after it,
    "…she's safe now, should i note it on her record", is no one in the story; their own past is
    not read so, as a young person may be writing), and no noun for people outside
    the time long past (`then`: "a teenager" is the one told of)."""
    start = after + 1 if after >= 0 else 0
    at = [
        i
        for i, s in enumerate(read.sentence_of)
        if s == sentence and i >= start and not then[0] <= i < then[1]
    ]
    if any(i in read.persons or (read.words[i] in writer and i < well) for i in at):
        return False
    used = {n for i in at for n, family in enumerate(_PRONOUNS) if read.words[i] in family}
    return len(used) <= 1
