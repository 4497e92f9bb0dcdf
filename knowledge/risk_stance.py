"""The stance of a whole message: told in general terms, or looking back on one's own past work.

Most look-alikes that still rang after round 47 were long web text (explainers, policy and news
pages) that tell of nobody at risk now; vetoes on single cue words could not narrow them (docs
/risk-cues.md, round 47). This reading weighs the whole message once instead, and sets its signs
aside only when its stance is clear and it tells of no particular person (round 48, stance135):

- **Told in general** (`told_in_general`): at least `MIN_GENERAL_WORDS` words, at least
  `MIN_GENERAL_MARKS` different words of the pack's `stance-general` ("signs", "include",
  "often", "may", "law", "victims", "people"…), no word of `stance-writer` ("i", "my") nor of
  `stance-others` (a "he" or "she": someone in particular; not in a pair naming anyone, "his or
  her own", "he/she": round 53), `own-now` or `story-recent` (a time of now), and every noun for
  one person standing just after a word of `stance-any` ("any child", "every parent"), never
  after "a" ("A nurse is caring for an adolescent who…" is a case), "my", "the", "this" or
  alone ("girl arrived at nursery…", a name), unless its clause holds a word of `stance-frame`
  ("if a child may be at risk", "the family of a prisoner can usually…": one person in a
  conditional or a general rule is anyone; round 49, fa145) or it stands just before a word of
  `stance-kinds` ("child abuse", "patient neglect", "family member": it names a kind of harm
  or service, not a person; round 49); nor may a sentence
  open on one word and a verb of `stance-one-verbs` ("Jayden has been given a new phone…": a
  name at a sentence's start is not read as one), unless that word is one of `stance-openers`
  ("it is", "there was"), of `stance-general`, a plural noun for people or where a phrase of the
  pack starts ("neglect is…").
- **Looked back on** (`looked_back`): "when i was" with, within `BACK_ROLE_REACH` words after,
  a word of `back-roles` ("when i was a social worker"), a word of `long-ago` ("in the 90s",
  "years ago") in the message, no word of `stance-others` (a "he" or "she" told of), and no
  word of `own-now` or `story-recent` but a "still" just before a word of `back-feels` ("it
  still haunts me": the writer's memory, not the harm).

Each test reads the words once, in order: linear in the message.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from knowledge.risk_types import Hit, Tokens, stem_word

__all__ = ["looked_back", "marker_words", "quiet_stance", "told_in_general"]

MIN_GENERAL_WORDS = 30
"""A message told in general is a page, not a line: shorter ones are read by the cues alone."""
MIN_GENERAL_MARKS = 3
"""How many different words of `stance-general` make a message's stance general."""
BACK_ROLE_REACH = 4
"""How far after "when i was" the role stands ("when i was a newly qualified social worker")."""

_WHEN, _I, _WAS, _STILL = (stem_word(w) for w in ("when", "i", "was", "still"))
_OR, _S = stem_word("or"), stem_word("s")
_NONE: frozenset[str] = frozenset()


def quiet_stance(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the whole message's stance tells of nobody in particular at risk now: told in
    general (`told_in_general`) or a memory of one's own past work (`looked_back`).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed.
    """
    return told_in_general(hits, read, markers) or looked_back(read, markers)


def told_in_general(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `read` is written in general terms of no one in particular (module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`stance-general`, `stance-writer`,
            `stance-others`, `stance-any`, `stance-frame`, `stance-kinds`,
            `stance-one-verbs`, `stance-openers`, `own-now`, `story-recent`).
    """
    words = read.words
    if len(words) < MIN_GENERAL_WORDS:
        return False
    general = markers.get("stance-general", _NONE)
    if len(general.intersection(words)) < MIN_GENERAL_MARKS:
        return False
    particular = marker_words(markers, "stance-writer", "stance-others", "own-now", "story-recent")
    paired = _paired(words, markers.get("stance-others", _NONE))
    if any(w in particular and i not in paired for i, w in enumerate(words)):
        return False
    anyone = markers.get("stance-any", _NONE)
    framed = _framed_clauses(read, markers.get("stance-frame", _NONE))
    kinds = markers.get("stance-kinds", _NONE)
    if not all(
        i in read.plural
        or (i > 0 and words[i - 1] in anyone)
        or read.clause_of[i] in framed
        or (i + 1 < len(words) and words[i + 1] in kinds)
        for i in read.persons
    ):
        return False
    return not any(_one_opens(hits, read, markers))


def _paired(words: list[str], others: frozenset[str]) -> frozenset[int]:
    """Where a word of `others` stands in a pair naming anyone, not someone in particular
    (round 53): "his or her own", "he or she", and "he/she", "him/her", "s/he" as read (the
    slash dropped: two different such words side by side, or "s" and "he")."""
    paired: set[int] = set()
    for i, word in enumerate(words[:-1]):
        after = words[i + 1]
        if after == _OR and i + 2 < len(words) and {word, words[i + 2]} <= others:
            paired.update((i, i + 2))
        elif (word in others or word == _S) and after in others and word != after:
            paired.update((i, i + 1))
    return frozenset(paired)


def _framed_clauses(read: Tokens, frame: frozenset[str]) -> frozenset[int]:
    """The clauses of `read` that hold a word of `stance-frame` ("if", "may", "should"): one
    person named there is anyone, not someone in particular (round 49)."""
    return frozenset(c for w, c in zip(read.words, read.clause_of, strict=True) if w in frame)


def _one_opens(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> Iterator[int]:
    """The first word of each sentence that opens on one word and a verb of `stance-one-verbs`
    and may be a name there (see `told_in_general`)."""
    words, sentence_of = read.words, read.sentence_of
    verbs = markers.get("stance-one-verbs", _NONE)
    known = markers.get("stance-openers", _NONE) | markers.get("stance-general", _NONE)
    phrases = {h.position for h in hits}
    for i in range(len(words) - 1):
        if (
            (i == 0 or sentence_of[i - 1] != sentence_of[i])
            and sentence_of[i + 1] == sentence_of[i]
            and words[i + 1] in verbs
            and words[i] not in known
            and i not in read.plural
            and i not in phrases
        ):
            yield i


def looked_back(read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `read` is the writer's memory of a case at their past work, long ago and told
    of no one now (module docstring).

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`back-roles`, `back-feels`, `long-ago`,
            `stance-others`, `own-now`, `story-recent`).
    """
    words = read.words
    if markers.get("long-ago", _NONE).isdisjoint(words) or not markers.get(
        "stance-others", _NONE
    ).isdisjoint(words):
        return False
    roles = markers.get("back-roles", _NONE)
    if not any(
        w == _WHEN
        and words[i + 1 : i + 3] == [_I, _WAS]
        and not roles.isdisjoint(words[i + 3 : i + 3 + BACK_ROLE_REACH])
        for i, w in enumerate(words)
    ):
        return False
    now = markers.get("own-now", _NONE) | markers.get("story-recent", _NONE)
    feels = markers.get("back-feels", _NONE)
    return not any(
        w in now and not (w == _STILL and i + 1 < len(words) and words[i + 1] in feels)
        for i, w in enumerate(words)
    )


def marker_words(markers: Mapping[str, frozenset[str]], *names: str) -> frozenset[str]:
    """The words of the markers `names`, together (a name the pack lacks gives none): what a
    whole-message reading finds no word of ("stance-others", "own-now"…; `told_in_general`,
    `risk_survived.survived_long_ago`)."""
    return _NONE.union(*(markers.get(name, _NONE) for name in names))
