"""A past harm someone has lived through, told as the story they want to make public.

"the councillor was a victim of domestic abuse herself and wants to speak about it in council",
"a learner wrote an essay about surviving abuse as a child and wants it published in our
newsletter": someone who survived a harm choosing to speak or publish it tells no harm now
(tryout39 #12). Round 40 (fa40).

The signs of harm in a sentence are set aside when all of these hold:

- the sentence names the harm as lived through: a word of the pack's `story-past` marker
  ("survived", "surviving", "survivor") or "was"/"were"/"been" just before "a victim" or "a
  survivor";
- the message says someone wants to make it public: a word of `story-wants` ("wants", "would
  like", "asked", "plans") with, within three words after, one of `story-out` ("speak",
  "talk", "write", "share", "publish", "published") not followed by "to" or "with" ("wants to
  speak to the police" seeks help), and the message names it published or a public place
  for it (a word of `story-public`: "council", "assembly", "newsletter", "her story");
- no word of `own-now` ("still", "now", "again", "currently") nor of `story-recent`
  ("yesterday", "night", "week", "recently") stands anywhere in the message; one straight
  after a word of `story-public` names the event, not when it happened ("at our open day",
  "awareness week"; round 43, tryout44 #3).

Every other sentence counts as before ("…and he still turns up at her house" keeps its sign).
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_types import Hit, Tokens, stem_word

__all__ = ["story_made_public"]

_WAS = frozenset(map(stem_word, ("was", "were", "been")))
_A = frozenset(map(stem_word, ("a", "an")))
_LIVED = frozenset(map(stem_word, ("victim", "survivor")))
_TO = frozenset(map(stem_word, ("to", "with", "someone", "somebody", "me", "us")))
_PUBLISH = frozenset(map(stem_word, ("publish", "published", "publicise")))
_WANT_REACH = 3  # "wants it published", "would like to speak"


def story_made_public(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without the signs of harm of sentences telling a harm lived through, in a
    message where someone wants to make it public (see the module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`story-past`, `story-wants`,
            `story-out`, `story-public`, `own-now`,
            `story-recent`).
    """
    words = read.words
    out = markers.get("story-out", frozenset())
    now = markers.get("own-now", frozenset()) | markers.get("story-recent", frozenset())
    venue = markers.get("story-public", frozenset())
    if out.isdisjoint(words) or any(
        w in now and (i == 0 or words[i - 1] not in venue) for i, w in enumerate(words)
    ):
        return hits
    wants = markers.get("story-wants", frozenset())
    public = {
        k
        for i, w in enumerate(words)
        if w in wants
        for k in range(i + 1, min(i + 1 + _WANT_REACH, len(words)))
        if words[k] in out and (k + 1 == len(words) or words[k + 1] not in _TO)
    }
    if not public or (venue.isdisjoint(words) and not _PUBLISH.intersection(words)):
        return hits
    past = markers.get("story-past", frozenset())
    lived = {
        read.sentence_of[i]
        for i, w in enumerate(words)
        if w in past or (w in _LIVED and i > 1 and words[i - 1] in _A and words[i - 2] in _WAS)
    }
    if not lived:
        return hits
    return [h for h in hits if h.phrase.category < 0 or h.sentence not in lived]
