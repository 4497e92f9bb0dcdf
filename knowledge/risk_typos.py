"""Typo correction of one typed word towards the risk pack's cue words.

Split from knowledge/risk.py. `nearest` is the correction (strict, like the matcher's);
`done_to` keeps a word that already reads as a harm word when it is done to someone, so a letter
typed twice ("he rapped her", "I was rapped" for raped) is not corrected away to another word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Container, Mapping, Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge.risk_types import stem_word

HOLDING = "+"  # marks the typo targets reached only by a slip keeping every letter typed
SHORT = "-"  # marks the cue words one letter short of `MIN_TARGET` (see `typo_targets`)
MIN_TARGET = 6  # the shortest word reached by any slip (a typed word one shorter may)
_LONG = 10  # one slip in a word this long or shorter, two above
# After the word, someone it is done to; before it, a passive ("was rapped by her ex").
_DONE_TO = frozenset({"her", "him", "me", "them", "us", "you"})
_PASSIVE = frozenset({"was", "were", "been", "being", "got", "get", "gets", "getting", "is", "am"})


def typo_targets(
    cue_words: Collection[str], signal_words: Collection[str]
) -> dict[tuple[str, int], list[str]]:
    """The words typo correction reaches, by first letter (after `HOLDING` for the signal
    families' words) and length: every word of the cues by any one slip, whatever context phrase
    also holds it (round 43: a cue word written into a first-aid or `people` phrase too had lost
    all but the slips keeping every letter typed, and "her partner chocked her" went quiet); the
    signal families' words, many and common ("homeless" must not become "hopeless"), only by a
    slip keeping every letter typed. A cue word one letter shorter (under `SHORT`) is reached
    only by two neighbouring letters swapped or one letter doubled, or from a word of four
    letters by one left out (round 57: "he hurst me", "staff shouut at the babies", "emotional
    abue" went quiet where "hurts", "shout" and "abuse" stood a disclosure's one missing word;
    any other letter added to so short a word makes another word too often: "touchy" is not
    "touch"; a common word of four letters is taken as typed, `knowledge.risk_real_words`)."""
    by_start: dict[tuple[str, int], list[str]] = {}
    for word in sorted(cue_words):
        if word.isalpha() and len(word) >= MIN_TARGET:
            by_start.setdefault((word[0], len(word)), []).append(word)
        elif word.isalpha() and len(word) == MIN_TARGET - 1:
            by_start.setdefault((SHORT + word[0], len(word)), []).append(word)
    for word in sorted(set(signal_words).difference(cue_words)):
        if word.isalpha() and len(word) >= MIN_TARGET:
            by_start.setdefault((HOLDING + word[0], len(word)), []).append(word)
    return by_start


def nearest(word: str, by_start: Mapping[tuple[str, int], Sequence[str]]) -> str:
    """The cue word `word` is one slip from (two in a long word), or `word` itself.

    Same first letter, one edit (two for long words). Of the nearest, one holding every letter
    typed comes first, as a letter left out or two swapped are the commonest slips ("slaped" is
    "slapped", not "shaped"); the words under `HOLDING` (the signal families') are reached only
    so ("stabed", "mising"), never by a changed letter. Only when none is near, a cue word
    under `SHORT` (one letter short of `MIN_TARGET`) is tried (`_short`).
    """
    limit = 1 if len(word) <= _LONG else 2
    best: tuple[float, bool] | None = None
    chosen = word
    for key, holding in ((word[0], False), (HOLDING + word[0], True)):
        for length in range(len(word) - limit, len(word) + limit + 1):
            for found, distance, _ in process.extract(
                word,
                by_start.get((key, length), ()),
                scorer=OSA.distance,
                processor=None,
                score_cutoff=limit,
                limit=None,
            ):
                holds = not Counter(word) - Counter(found)
                if (holds or not holding) and (best is None or (distance, not holds) < best):
                    best, chosen = (distance, not holds), found
    if best is None:  # only then a shorter cue word (`SHORT`), its letters all kept
        chosen = _short(word, by_start)
    return chosen


def _swapped(typed: str, meant: str) -> bool:
    """Whether `typed` is `meant` with two neighbouring letters swapped (same length)."""
    changed = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    return (
        len(changed) == 2
        and changed[1] == changed[0] + 1
        and typed[changed[0]] == meant[changed[1]]
        and typed[changed[1]] == meant[changed[0]]
    )


def _short(word: str, by_start: Mapping[tuple[str, int], Sequence[str]]) -> str:
    """The cue word one letter short of `MIN_TARGET` that `word` is with two neighbouring
    letters swapped, one doubled, or (four letters typed) one left out; or `word` itself."""
    key = SHORT + word[0]
    for short in by_start.get((key, len(word)), ()):
        if _swapped(word, short):
            return short
    for short in by_start.get((key, len(word) - 1), ()):
        if _doubled(word, short):
            return short
    for short in by_start.get((key, len(word) + 1), ()) if len(word) < MIN_TARGET - 1 else ():
        if _dropped(word, short):
            return short
    return word


def _dropped(typed: str, meant: str) -> bool:
    """Whether `typed` is `meant` with one letter left out (one letter shorter)."""
    return any(meant[:i] + meant[i + 1 :] == typed for i in range(1, len(meant)))


def _doubled(typed: str, meant: str) -> bool:
    """Whether `typed` is `meant` with one of its letters typed twice (one letter longer)."""
    return any(
        typed[i] == typed[i - 1] and typed[:i] + typed[i + 1 :] == meant
        for i in range(1, len(typed))
    )


def done_to(word: str, before: str, after: str, harm_stems: Container[str]) -> bool:
    """Whether `word`, whose stem is a harm word's, is done to someone: a pronoun after it or
    a passive before it. Such a word is read as typed, never corrected to another."""
    return (after in _DONE_TO or before in _PASSIVE) and stem_word(word) in harm_stems
