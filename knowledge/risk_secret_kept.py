"""An ordinary secret the writer keeps: no threat, whatever the words of telling say.

Helper of `knowledge.risk_finding.judge` (round 55, secret218). The cues for secrets kept and
threats for telling ("if i tell anyone…", "dont tell anyone", "its a secret") ring a secret of
any kind: "its a secret and if i tell him the surprise party will be ruined", "dont tell anyone
but i got the job". What counts is what the secret holds and what follows the telling: a threat
of harm to the child or someone ("…he'll hurt my mum"), a consequence to the teller or to
someone ("…he'll go to prison and its my fault", "…they'll kill me"), a secret bid by someone
else ("she said its our secret"), or an ordinary consequence. Only the last is set aside here:

- the secret's signs are the cues and signal words of a category holding a word of the pack's
  `secret-kept` marker ("tell", "secret") among their first `_LEAD` words;
- no other cue or term of a category is in the message ("dont tell anyone but he touches me"
  rings by its touching, and keeps its secret too), but for one after a telling made a
  condition (a word of `secret-if` before it: "if i tell mum about my grades she'll take my
  phone"), which is what would follow the telling, read as the rest of it is;
- no word of `secret-bid` ("said", "told", "made", "promised") is in its sentence: the writer
  keeps the secret, no one bids it nor tells it ("little lad told me a secret about his dad"),
  nor tells someone of `secret-told` ("he tells me not to tell anyone"), but for the writer's
  own telling ("if i told mum…", "if i tell him…");
- after the last word of telling in its sentence and the one told just after it ("if i tell
  him", "if i tell mum", "if i tell my sister"), no word of `secret-after` ("me", "him",
  "fault", "prison") and no noun for people ("I can't tell mummy about the man in the park"):
  what follows names no one it falls on or is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_own_told import not_ours
from knowledge.risk_types import Kinds

if TYPE_CHECKING:
    from collections.abc import Mapping

    from knowledge.risk_types import Hit, Tokens

_HARM = frozenset({Kinds.CUE, Kinds.TERM})
_SECRET_SIGNS = frozenset({Kinds.CUE, Kinds.TERM, Kinds.SIGNAL})
# The word of telling leads the sign ("dont tell anyone", "keep it a secret"), not a word far into
# a cue of another harm ("hugging her son even though he tells him to stop").
_LEAD = 4
_WRITER = frozenset({"i"})  # "if i told mum…": the writer's own telling, no one else's
_TOLD = 1  # "if i tell him …", "if i tell mum …": the one told, just after the telling


def kept_secrets(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> list[Hit]:
    """`hits` without the secrets the writer's own tutor asks of them (`risk_own_told.not_ours`)
    and without the signs of an ordinary secret the writer keeps (`ordinary_secrets`)."""
    return ordinary_secrets(not_ours(hits, read, markers), read, markers)


def ordinary_secrets(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """`hits` without the signs of a secret the writer keeps with an ordinary consequence (see
    the module docstring); the hits as they are when any sign of harm is not the secret's."""
    words, kept = read.words, markers["secret-kept"]
    secret = {
        id(h)
        for h in hits
        if h.phrase.category >= 0
        and h.phrase.kind in _SECRET_SIGNS
        and not kept.isdisjoint(
            words[h.position : min(max(h.end, h.position + 1), h.position + _LEAD)]
        )
    }
    if not secret:
        return hits
    secret |= {
        id(h)
        for h in hits
        if h.phrase.category >= 0 and h.phrase.kind in _HARM and _consequence(h, read, markers)
    }
    if any(h.phrase.category >= 0 and h.phrase.kind in _HARM and id(h) not in secret for h in hits):
        return hits
    sentences = {h.sentence for h in hits if id(h) in secret}
    if not all(_ordinary(read, sentence, markers) for sentence in sentences):
        return hits
    return [h for h in hits if id(h) not in secret]


def _tellings(read: Tokens, sentence: int, kept: frozenset[str]) -> tuple[list[int], list[int]]:
    """The places of `sentence`, and those of its words of telling."""
    places = [i for i, s in enumerate(read.sentence_of) if s == sentence]
    return places, [i for i in places if read.words[i] in kept]


def _consequence(hit: Hit, read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `hit` stands after a telling made a condition in its sentence, past the one
    told ("if i tell mum about my grades she'll take my phone"): what would follow the telling,
    read by `_ordinary` as the rest of it is."""
    places, telling = _tellings(read, hit.sentence, markers["secret-kept"])
    conditions = markers["secret-if"]
    return (
        bool(telling)
        and hit.position > telling[-1] + _TOLD
        and any(read.words[i] in conditions for i in places if i < telling[0])
    )


def _ordinary(read: Tokens, sentence: int, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the secret of `sentence` is kept by the writer, no one bidding it, and what
    follows its last word of telling names no one it falls on."""
    words = read.words
    places, telling = _tellings(read, sentence, markers["secret-kept"])
    if not telling:
        return False
    bid, after, told = markers["secret-bid"], markers["secret-after"], markers["secret-told"]
    last = places[-1]
    if any(
        (words[i] in bid or (i in telling and i < last and words[i + 1] in told))
        and (i == 0 or words[i - 1] not in _WRITER)
        for i in places
    ):
        return False  # "he tells me not to tell anyone": someone bids it
    start = telling[-1] + 1 + _TOLD
    while start <= last and start in read.persons:  # "if i tell my sister…": the one told
        start += 1
    return not any(words[i] in after or i in read.persons for i in places if i >= start)
