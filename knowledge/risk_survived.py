"""The writer's own harm survived long ago: a message that tells of no one at risk now.

Round 51 (fa173, issue 11). "I am a suicide survivor. Years ago, I had a breakdown and it led
to a very serious attempt on my own life. … I, myself, am doing well": the writer tells their
own harm as a thing survived long ago, and names no one at risk now. Round 44's `safe_now`
(`knowledge.risk_safe_now`) never reads the writer's own past, as a young person may be
writing; this reading does, only when the writer calls themselves a survivor of it. The whole
message's signs are set aside, the message read once, when all of these hold:

- a word of the pack's `stance-writer` ("i", "my"): the writer's own story;
- a word of `survived-words` ("survivor", "survived"): the harm told as survived;
- a time long past: a word of `safe-long` just before "ago" ("years ago", "thirty years ago";
  "a week ago" is recent);
- no word of `stance-others` ("he", "her": someone told of, who may be near another now), of
  `own-now` or `story-recent` ("still", "now", "just", "last night": a time of now) and none of
  `survived-not`: a fear now ("scared"), someone near the harm or a child now ("contact",
  "babysits", "lives", "kids", "niece"), or a harm told for the first time ("never", "nobody",
  "secret"): "years ago my uncle abused me and he still babysits my niece" and "I survived it
  years ago and have never told anyone" are disclosures (harm-dev40's rule);
- no age under 18 given now ("my daughter is 15") and no sentence that asks: a survivor asking
  what to do ("can I still report it?") may tell of someone at risk now.

Each test reads the words once: linear in the message.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_stance import marker_words
from knowledge.risk_stated_ages import ages_now
from knowledge.risk_types import Tokens, stem_word

__all__ = ["survived_long_ago"]

_AGO = stem_word("ago")
_ADULT = 18
_NONE: frozenset[str] = frozenset()


def survived_long_ago(read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the whole message tells the writer's own harm, survived long ago, and no one at
    risk now (module docstring).

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`stance-writer`, `survived-words`,
            `safe-long`, `stance-others`, `own-now`, `story-recent`, `survived-not`).
    """
    words = read.words
    said = frozenset(words)
    if read.questions or read.marked:
        return False
    if markers.get("stance-writer", _NONE).isdisjoint(said):
        return False
    if markers.get("survived-words", _NONE).isdisjoint(said):
        return False
    blocking = marker_words(markers, "stance-others", "own-now", "story-recent", "survived-not")
    if not blocking.isdisjoint(said):
        return False
    long = markers.get("safe-long", _NONE)
    if not any(w == _AGO and i and words[i - 1] in long for i, w in enumerate(words)):
        return False
    return not any(a[3] < _ADULT for a in ages_now(read, writer=markers["age-writer"]))
