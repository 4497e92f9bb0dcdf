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

Round 61 (fa281, issue 11): a story that is over, told with no survivor's word ("Years ago my
dad used to hit me when he was drunk. It stopped when I left home at 18. I'm 34 now and doing
fine."), is read as the writer's own harm long ago when the writer says they are well now
(`over_long_ago`): the same time long past, no question and no age under 18, and in place of the
survivor's word and the missing "he" or "she",

- a clause of the writer's own (a word of `stance-writer`) holding "now" and a word of
  `over-well`, not negated ("I'm 34 now and doing fine", "I'm safe now"), or the harm said to
  have ended (a word of `over-ended` just after one of `over-it`: "it stopped when I left home",
  "that all ended", "it's over"), and "now" in no other clause than the writer's well one;
- no word of `own-now` (but that "now"), `story-recent`, `safe-not` or `over-not` anywhere, and
  none of `survived-not` outside a childhood told ("when I was a kid", "as a child":
  `risk_childhood.childhood`): "…I'm fine but my little sister still lives with him", "…it
  stopped but he has started again", "…now my daughter is cutting herself" still ring;
- no word of `over-present` just after a word of `stance-others` ("he works with kids", "she
  has my nephew at weekends"): the one who did it, told of now, may be near someone;
- the writer grown: an age of 18 or more given after "I'm" ("I'm 34 now"; none under it), or a
  time at least 18 years ago ("20 years ago", "decades ago": a word of `over-long`), as a young
  person telling their own harm of a few years ago ("I'm fine now") still tells of a child's.

Each test reads the words once: linear in the message.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_childhood import childhood
from knowledge.risk_safe_now import NOT
from knowledge.risk_stance import marker_words
from knowledge.risk_stated_ages import ages_now
from knowledge.risk_types import Tokens, stem_word
from knowledge.risk_words import ADULT_AGE, age_in_word

__all__ = ["over_long_ago", "survived_long_ago"]

_AGO = stem_word("ago")
_NOW = stem_word("now")
_OVER = stem_word("over")
_AND = stem_word("and")
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
    long = markers.get("safe-long", _NONE)
    if not any(w == _AGO and i and words[i - 1] in long for i, w in enumerate(words)):
        return False
    if any(a[3] < _ADULT for a in ages_now(read, writer=markers["age-writer"])):
        return False
    if markers.get("survived-words", _NONE).isdisjoint(said):
        return over_long_ago(read, markers)
    blocking = marker_words(markers, "stance-others", "own-now", "story-recent", "survived-not")
    return blocking.isdisjoint(said) or over_long_ago(read, markers)


def over_long_ago(read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the writer, in a message telling a time long past, says they are well now and the
    message tells of no one near the harm now (module docstring, round 61); the time long past,
    the question and the ages are `survived_long_ago`'s to read.

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`stance-writer`, `over-well`, `own-now`,
            `story-recent`, `safe-not`, `over-not`, `survived-not`, `stance-others`,
            `over-present`, `age-writer`, `over-long`, `over-it`, `over-ended`).
    """
    words, clause_of = read.words, read.clause_of
    writer, well = markers.get("stance-writer", _NONE), markers.get("over-well", _NONE)
    clauses: dict[int, set[str]] = {}
    for at, word in enumerate(words):
        clauses.setdefault(clause_of[at], set()).add(word)
    fine = {
        c
        for c, said in clauses.items()
        if _NOW in said
        and not said.isdisjoint(well)
        and not said.isdisjoint(writer)
        and said.isdisjoint(NOT)
    }
    if not fine and not _ended(read, markers):
        return False
    if any(w == _NOW and clause_of[i] not in fine for i, w in enumerate(words)):
        return False
    blocking = marker_words(markers, "own-now", "story-recent", "safe-not", "over-not") - {_NOW}
    kin = markers.get("survived-not", _NONE)
    then = childhood(words, read.persons)
    if any(w in blocking or (w in kin and i not in then) for i, w in enumerate(words)):
        return False
    others, present = markers.get("stance-others", _NONE), markers.get("over-present", _NONE)
    if any(
        w in others and words[i + 1 : i + 2] and words[i + 1] in present
        for i, w in enumerate(words)
    ):
        return False
    return _grown(words, markers.get("age-writer", _NONE), markers.get("over-long", _NONE))


def _ended(read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the message says the harm ended: a word of `over-ended` just after one of
    `over-it` ("it stopped when I left home", "that all ended", "it's over"), not before a
    person ("it stopped me going out"), and "over" only last in its clause or before "and"
    ("it's over and…"; not "he threw it over the fence")."""
    words, clause_of = read.words, read.clause_of
    it, ended = markers.get("over-it", _NONE), markers.get("over-ended", _NONE)
    others = markers.get("stance-others", _NONE) | markers.get("stance-writer", _NONE)
    for i, word in enumerate(words):
        if not i or word not in ended or words[i - 1] not in it:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if after in others:
            continue
        if word == _OVER and after and after != _AND and clause_of[i + 1] == clause_of[i]:
            continue
        return True
    return False


def _grown(words: list[str], writer: frozenset[str], long: frozenset[str]) -> bool:
    """Whether the writer is grown: an age of 18 or more just after one of `writer` ("I'm 34
    now") and none under it ("im 15"), or a time at least 18 years ago (a number of 18 or more,
    or a word of `long`, in the two words before "ago": "20 years ago", "decades ago")."""
    grown = False
    for i, word in enumerate(words):
        if i and words[i - 1] in writer and (age := age_in_word(word)) is not None:
            if age < ADULT_AGE:
                return False
            grown = True
        elif word == _AGO:
            before = words[max(0, i - 2) : i]
            grown = grown or any(w in long or (age_in_word(w) or 0) >= ADULT_AGE for w in before)
    return grown
