"""The writer's own life asked about as "is it normal…?": a disclosure, not a general question.

Helper of `knowledge.risk_finding.judge` (round 50, probe158). "is it normal that my dad says
he'll send me away", "is it normal for my dance teacher to touch me like that", "is it ok that
my employer keeps my ID" ask whether what is happening to the writer is all right: the question
takes the telling as true, so it tells it. A sentence that asks is such a question when:

- it opens with "is" then one of `normal-asked-it` ("it", "this", "that") and, at most one word
  later, one of `normal-asked` ("normal", "ok", "wrong": "is it really normal…");
- after that word the writer stands in it (a word of `normal-asked-own`: "i", "me", "my", "we"),
  or is left unsaid before "to" ("is it normal to want to not wake up", "…to be forced to
  marry at 17") where a cue (not a signal word alone: "to be scared of the dark") is found
  and no one of a kind is named (`anyone`, `own-when-any`: "to feel upset after a child
  discloses abuse");
- it does not ask leave for the writer's own doing ("is it ok if I'm talking to a younger kid
  online?", "is it ok for me to…");
- it names no work of the writer's (a word of `own-when-work`: "is it normal for my manager to
  shout at me") and no practice (a word of `practice-terms` or `normal-asked-not`: "is it ok if
  I share information about domestic abuse?", "…if I tell the school about…" ask how to work).

Or a question naming no one in particular ("…to leave someone in the same pad all night?") that
the next sentence, telling, makes the writer's own case: it opens with "my" and a noun for
people, and holds a word of `normal-asked-told` ("was", "again", "morning"): "…? my dad was
soaked this morning" (round 52, quiet185); not "…? my dad is moving into one next week".
Or it opens pointing back at what was asked (a word of `normal-asked-back`: "it", "that", "he",
"mine"), then holds the writer (`normal-asked-own`) and a word of `normal-asked-told` or
`normal-asked-back-told` ("happened", "did"): "…? it happened to me again today", "…? that's
what happened to my son" (round 53, quiet197); not "…? it happened on the school trip today".

"is it normal for a child to have bruises?" names no writer and stays general; the rest of the
check (who did it, an ordinary cause, the past) still applies to the sentence as to a telling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_types import Kinds, sentence_end, sentence_spans

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

    from knowledge.risk_types import Hit, Tokens

__all__ = ["normal_asked", "own_case_next"]

_IS = "is"
_MY = "my"
_TO = "to"  # "is it normal to want to not wake up": the writer, left unsaid, wants it
# "is it ok if I'm talking to a younger kid online?", "is it ok for me to…": the writer asks
# leave for something of their own doing, not whether what is done to them is all right
_PERMISSION = (["if", "i"], ["if", "im"], ["if", "we"], ["for", "me"], ["for", "us"])
_LEAD = 2  # "so is it…", "hi is it…": a short greeting before the question


def normal_asked(
    hits: list[Hit],
    read: Tokens,
    asks: Collection[int],
    markers: Mapping[str, frozenset[str]],
) -> frozenset[int]:
    """The sentences in `asks` that ask whether the writer's own plight is normal (see the
    module docstring): someone in particular, and a sentence that tells.

    Args:
        hits: the phrases found, harm and context alike.
        read: the message as the detector read it.
        asks: the sentences that ask (start with a question word or end with "?").
        markers: the pack's markers by name, stemmed (`normal-asked`, `normal-asked-it`,
            `normal-asked-own`, `normal-asked-not`, `normal-asked-told`, `normal-asked-back`,
            `normal-asked-back-told`, `own-when-work`, `own-when-any`, `practice-terms`).
    """
    words = read.words
    normal, its = markers["normal-asked"], markers["normal-asked-it"]
    own = markers["normal-asked-own"]
    barred = markers["own-when-work"] | markers["practice-terms"] | markers["normal-asked-not"]
    anyone = markers["own-when-any"] | markers["anyone"]
    cued = {h.sentence for h in hits if h.phrase.kind is Kinds.CUE and h.phrase.category >= 0}
    found: set[int] = set()
    for sentence, start, end in sentence_spans(read):
        if sentence in asks:
            after = _after_opening(words[start:end], normal, its)
            rest = words[start + after : end] if after else []
            if (
                rest
                and rest[:2] not in _PERMISSION
                and (
                    not own.isdisjoint(rest)
                    or (rest[0] == _TO and sentence in cued and anyone.isdisjoint(rest))
                    or _own_next(read, end, asks, markers, back=rest[0] != _TO)
                )
                and barred.isdisjoint(words[start:end])
            ):
                found.add(sentence)
    return frozenset(found)


def own_case_next(
    read: Tokens, asks: Collection[int], markers: Mapping[str, frozenset[str]]
) -> frozenset[int]:
    """The sentences asking "is it ok|normal|alright…" whose next sentence tells the writer's own
    case (`_own_next`: "is it ok for a nursery to leave a baby crying in a cot for hours? my
    daughter was left again yesterday"): a `permission` phrase ("ok for") does not make such a
    question general (round 53, quiet190).

    Args:
        read: the message as the detector read it.
        asks: the sentences that ask.
        markers: the pack's markers by name, stemmed (`normal-asked`, `normal-asked-it`,
            `normal-asked-own`, `normal-asked-told`, `normal-asked-back`, `normal-asked-back-told`).
    """
    words = read.words
    normal, its = markers["normal-asked"], markers["normal-asked-it"]
    found: set[int] = set()
    for sentence, start, end in sentence_spans(read):
        after = _after_opening(words[start:end], normal, its) if sentence in asks else 0
        if (
            after
            and start + after < end
            and _own_next(read, end, asks, markers, back=words[start + after] != _TO)
        ):
            found.add(sentence)
    return frozenset(found)


def _own_next(
    read: Tokens,
    start: int,
    asks: Collection[int],
    markers: Mapping[str, frozenset[str]],
    *,
    back: bool,
) -> bool:
    """Whether the sentence from `start` tells (is not in `asks`) the writer's own case after a
    general question: it opens with "my" and a noun for people and holds a word of
    `normal-asked-told`, or opens pointing back (`normal-asked-back`) and holds the writer
    (`normal-asked-own`) and a word of `normal-asked-told` or `normal-asked-back-told`, when
    `back` (the question names a doer: not "is it ok to leave my son…? he asked me again")."""
    words = read.words
    if start + 1 >= len(words) or read.sentence_of[start] in asks:
        return False
    end = sentence_end(read, start)
    told = markers["normal-asked-told"]
    if words[start] == _MY and start + 1 in read.persons:
        return not told.isdisjoint(words[start + 2 : end])
    if not back or words[start] not in markers["normal-asked-back"]:
        return False
    rest = words[start:end]  # "mine did it again": the opening word may be the writer
    return not markers["normal-asked-own"].isdisjoint(rest) and not (
        told | markers["normal-asked-back-told"]
    ).isdisjoint(rest[1:])


def _after_opening(words: list[str], normal: frozenset[str], its: frozenset[str]) -> int:
    """How many words "is it normal" (or the like) takes at the start of `words`, after at
    most `_LEAD` words before it; 0 when the sentence does not open so."""
    for k in range(min(_LEAD + 1, len(words))):
        if words[k] != _IS or k + 1 >= len(words) or words[k + 1] not in its:
            continue
        for m in (k + 2, k + 3):
            if m < len(words) and words[m] in normal:
                return m + 1
    return 0
