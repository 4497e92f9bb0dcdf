"""The writer's own home told unsafe, and whom to talk to about a harm at home: the writer's.

Helpers of `knowledge.risk_finding.judge` (round 50, ask165). Harm counts only when said of
someone; two ways the writer says it of themself name no one at all:

- `own_home`: "home isnt safe", "its not safe at home", "home doesnt feel safe". A sentence that
  tells, with a cue or a term of a category holding a word of the pack's `own-home` marker
  ("home"), is the writer's when it names no one (no noun for people, no word of `own-home-others`:
  "he", "they", "you", "we"…) and the home is no one else's nor a place of work (no word of
  `own-home-not` just before it: "the home", "a care home", "their home"). "the house isn't safe
  for a toddler yet" names a toddler and says "house".
- `talk_asked`: "who can I talk to about abuse at home?", "who can I talk to about abuse? it is
  happening to me at home". A sentence that asks, with "I" and a word of `own-talk` ("talk",
  "speak", "tell") before a sign of a category, naming no one and no work (no word of
  `own-when-work`: "…at home visits"), is the writer asking for help with their own harm when
  the sign is followed, within `_NEAR` words, by "at home" (a word of `own-home` after "at" or
  "in"), or when a later sentence tells it is happening to the writer (a word of
  `own-happening` with "me" after it: "it is happening to me"). "who can I talk to about abuse
  policy?" and "…about abuse at work?" stay general.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from knowledge.risk_types import Kinds

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

    from knowledge.risk_types import Hit, Tokens

_SIGNS = frozenset({Kinds.CUE, Kinds.TERM})
_ASKED = frozenset({Kinds.CUE, Kinds.TERM, Kinds.SIGNAL})
_WRITER = "i"
_ME = "me"
_PLACES = frozenset({"at", "in"})
_NEAR = 3  # "about abuse at home", "about the abuse going on at home"


def own_home(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> frozenset[int]:
    """The sentences telling the writer's own home unsafe, naming no one (module docstring).

    Args:
        hits: the phrases found, harm and context alike.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`own-home`, `own-home-not`,
            `own-home-others`).
    """
    home = markers["own-home"]
    if home.isdisjoint(read.words):
        return frozenset()
    return frozenset(
        h.sentence
        for h in hits
        if h.phrase.kind in _SIGNS
        and h.phrase.category >= 0
        and _home_in(read, h.position, h.end, home, markers["own-home-not"])
        and _no_one(read, h.sentence, markers["own-home-others"])
    )


def talk_asked(
    hits: list[Hit],
    read: Tokens,
    asks: Collection[int],
    markers: Mapping[str, frozenset[str]],
) -> frozenset[int]:
    """The sentences in `asks` where the writer asks whom to talk to about their own harm at
    home, or one a later sentence says is happening to them (module docstring).

    Args:
        hits: the phrases found, harm and context alike.
        read: the message as the detector read it.
        asks: the sentences that ask.
        markers: the pack's markers by name, stemmed (`own-talk`, `own-home`,
            `own-home-others`, `own-happening`, `own-when-work`: "…at home visits").
    """
    words, talk = read.words, markers["own-talk"]
    if _WRITER not in words or talk.isdisjoint(words):
        return frozenset()
    happening = _happening_to_me(read, markers["own-happening"])
    found: set[int] = set()
    for h in hits:
        if (
            h.sentence in found
            or h.sentence not in asks
            or h.phrase.kind not in _ASKED
            or h.phrase.category < 0
            or not _no_one(read, h.sentence, markers["own-home-others"] | markers["own-when-work"])
        ):
            continue
        before = [k for k in range(h.position) if read.sentence_of[k] == h.sentence]
        if not any(
            words[k] == _WRITER and k + 1 < len(words) and words[k + 1] in talk for k in before
        ):
            continue
        after = words[h.end : h.end + _NEAR + 1]
        at_home = any(
            w in _PLACES and nxt in markers["own-home"] for w, nxt in itertools.pairwise(after)
        )
        if at_home or any(s > h.sentence for s in happening):
            found.add(h.sentence)
    return frozenset(found)


def _home_in(
    read: Tokens, start: int, end: int, home: frozenset[str], not_own: frozenset[str]
) -> bool:
    """Whether a word of `home` stands in the words `start`…`end`, not just after one of
    `not_own`."""
    words = read.words
    return any(words[k] in home and not (k and words[k - 1] in not_own) for k in range(start, end))


def _no_one(read: Tokens, sentence: int, others: frozenset[str]) -> bool:
    """Whether `sentence` names no one: no noun for people and no word of `others`."""
    return not any(
        s == sentence and (k in read.persons or read.words[k] in others)
        for k, s in enumerate(read.sentence_of)
    )


def _happening_to_me(read: Tokens, happening: frozenset[str]) -> frozenset[int]:
    """The sentences telling something happens to the writer: a word of `happening`, then "to
    me" ("it is happening to me at home")."""
    words = read.words
    return frozenset(
        read.sentence_of[k]
        for k in range(len(words) - 2)
        if words[k] in happening and words[k + 1] == "to" and words[k + 2] == _ME
    )
