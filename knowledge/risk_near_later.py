"""A closed harm whose doer a later sentence puts near someone now.

Round 51 (miss176, issue 11). "I survived an attack by my ex years ago. He is out of prison next
month and I am scared", "I'm a survivor of abuse by my father years ago. He lives with my mother
who has dementia": the first sentence tells a closed matter ("years ago", a `closed` phrase),
which `risk_setting.outside_settings` sets aside unless its own sentence says it goes on. Here
the next sentence says so: it opens with a word of `near-later-openers` ("he", "she": the one
told of) and holds a word of `near-later` ("lives", "coaches", "prison", "scared"). The sentence
before such a sentence goes on, and, past a sentence that asks ("I was abused by my uncle years
ago. Can I still report him? He coaches a junior team": round 52, quiet185), the one before
that. Not when a `recovered` or `safe-places` word stands just before
the near word ("she is well now", "lives in sheltered housing"), as for `going-on`.

Each sentence is read once: linear in the message.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_types import Tokens

__all__ = ["going_on_later"]

_NONE: frozenset[str] = frozenset()
_WELL_REACH = 2
_PLACE_REACH = 3
_ASKED_BACK = 2  # sentences that ask read past between the harm and the doer told near


def going_on_later(read: Tokens, markers: Mapping[str, frozenset[str]]) -> set[int]:
    """The sentences a later sentence says go on (module docstring): the sentence just before
    (past any that ask) each sentence that opens with a `near-later-openers` word and holds a
    `near-later` word.

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`near-later-openers`, `near-later`,
            `recovered`, `safe-places`).
    """
    openers = markers.get("near-later-openers", _NONE)
    near = markers.get("near-later", _NONE)
    well = markers.get("recovered", _NONE) | markers.get("safe-places", _NONE)
    places = markers.get("safe-places", _NONE)
    words, sentence_of = read.words, read.sentence_of
    starts: dict[int, int] = {}
    for i, s in enumerate(sentence_of):
        starts.setdefault(s, i)
    found: set[int] = set()
    for i, w in enumerate(words):
        s = sentence_of[i]
        if not s or w not in near or s - 1 in found:
            continue
        start = starts[s]
        if (
            words[start] in openers
            and well.isdisjoint(words[max(start, i - _WELL_REACH) : i])
            and places.isdisjoint(words[i + 1 : i + 1 + _PLACE_REACH])
        ):
            found.update(_told_before(s, read))
    return found


def _told_before(near: int, read: Tokens) -> list[int]:
    """The sentence before the sentence `near`, and before each sentence that asks just before
    it (up to `_ASKED_BACK`): the harm told before a question about it."""
    asked = read.questions | read.marked
    before = [near - 1]
    while before[-1] in asked and before[-1] > 0 and len(before) <= _ASKED_BACK:
        before.append(before[-1] - 1)
    return before
