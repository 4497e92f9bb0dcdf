"""The common English words typo correction must take as typed, found as the detector is built.

A word within one slip of a cue word may be the cue word mistyped ("stabed") or a word in its
own right ("clever", not "cleaver"; "banking", not "backing"). The word list of pyspellchecker
(its bundled English frequencies) tells which, by a noisy channel of two kinds of slip (round
23): after a slip people often make (a letter left out or added, two neighbouring letters
swapped, a key beside the one meant: "sacred" for scared, "violet" for violent) the word is taken
as typed only if it is `_FAR_MORE` times commoner than the cue word ("clever", not "cleaver");
after any other slip, unless the cue word is `_FAR_MORE` times commoner ("swapped", not
"slapped"; "chocked" is still "choked"). The detector reads such a word as the cue word all the
same when the message holds a sign of harm read as typed (`RiskDetector.detect`). The list is read
only while the detector's tables are built: the tables keep the few words found (`_uncorrected`,
beside the known words, which the privacy check also reads: "Margaret Panting" is still a name).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge.risk_typos import MIN_TARGET, SHORT

# How much commoner a reading must be to win over a slip of the other kind.
_FAR_MORE = 20
# Fewer uses than this in the list's sources, and a word is not common enough to be taken as meant.
_COMMON = 100
_ONE_SLIP = 10  # as `risk_typos.nearest`: one slip in a word this long or shorter, two above


def real_words(
    by_start: Mapping[tuple[str, int], Iterable[str]],
    nearest: Callable[[str], str],
    known: Collection[str],
    min_length: int,
    ordinary: Collection[str] = (),
) -> frozenset[str]:
    """The words typo correction leaves alone: `known`, and the common words that `nearest`
    would otherwise correct to a different cue word.

    Args:
        by_start: the typo targets by their first letter (after any mark) and length.
        nearest: the detector's correction of one typed word.
        known: words never corrected already.
        min_length: the shortest word corrected.
        ordinary: the cue words a context phrase also holds ("string", "police", "stroking"),
            ordinary words themselves (see `_as_typed`).
    """
    counts = _common_words(min_length)[0]
    # Round 57: a common word near a cue word under `SHORT` (one letter short of `MIN_TARGET`,
    # reached only by a swap, a doubled letter or, from four letters, one left out) is always
    # taken as typed: "my son rapped at the talent show" is no "raped", "huts" no "hurts".
    short = {w for (start, _), words in by_start.items() if start[0] == SHORT for w in words}
    near = common_near((t for targets in by_start.values() for t in targets), min_length)
    # A known word with an "s" ("abuses" of "abuse") is that word, not a slip of the doer's noun
    # ("abusers"): round 51, fa177 ("he abuses his wife" was read as sexual abuse).
    return frozenset(known) | frozenset(
        word
        for word in near - set(known)
        if (fixed := nearest(word)) != word
        and (
            fixed in short
            or _as_typed(counts[word], counts.get(fixed, counts[word]), word, fixed, ordinary)
            or (word[-1] == "s" and word[:-1] in known and fixed in _doers(word[:-1]))
        )
    )


def common_near(targets: Iterable[str], min_length: int) -> set[str]:
    """The common words of the list, `min_length` letters or more, within one slip of a word of
    `targets` (two of a long one): those typo correction may read as it."""
    _, by_deletion, long_words = _common_words(min_length)
    near: set[str] = set()
    for target in targets:
        for key in (target, *_deletions(target)):
            near.update(by_deletion.get(key, ()))
        if len(target) >= _ONE_SLIP - 1:  # two slips in a long word
            near.update(
                found
                for found, _, _ in process.extract(
                    target,
                    long_words.get(target[0], ()),
                    scorer=OSA.distance,
                    processor=None,
                    score_cutoff=2,
                    limit=None,
                )
            )
    return near


def _doers(verb: str) -> tuple[str, str]:
    """The nouns for those who do `verb` ("abusers" of "abuse", "stalkers" of "stalk")."""
    return verb + "rs", verb + "ers"


def _as_typed(typed: int, meant: int, word: str, cue: str, ordinary: Collection[str]) -> bool:
    """Whether a word counted `typed` times is likelier meant than the cue word (`meant`) it is
    one slip from: a slip people often make must be 20 times rarer, any other 20 times commoner.
    A cue word the list lacks ("favourite", "beated") counts as often as the word typed.

    Round 43 (every cue word reached by any slip): a word shorter than any cue word corrected to
    ("beach", not "bleach") and a slip from an `ordinary` cue word that adds or changes a letter
    ("striking", not "stroking"; "polite", not "police") are other slips: until then such words
    were never corrected, and a short or ordinary word is likelier meant."""
    if (
        len(word) >= MIN_TARGET
        and (cue not in ordinary or not Counter(word) - Counter(cue))
        and _common_slip(word, cue)
    ):
        return typed >= meant * _FAR_MORE
    return typed * _FAR_MORE >= meant


def _common_slip(typed: str, meant: str) -> bool:
    """A letter left out or added, two neighbouring letters swapped, or a key beside the one
    meant: the slips of a hurried thumb ("sacred" for scared, "violet" for violent)."""
    if len(typed) != len(meant):
        return abs(len(typed) - len(meant)) == 1
    changed = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    if len(changed) == 2 and changed[0] == changed[1][::-1]:
        return True
    return len(changed) == 1 and changed[0][1] in BESIDE.get(changed[0][0], "")


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Keys touching each key on a QWERTY keyboard (phones' too): beside it, and above or below it.
BESIDE = {
    key: "".join(
        row[j]
        for r2, row in enumerate(_ROWS)
        if abs(r2 - r) <= 1
        for j in range(len(row))
        if (r2 == r and abs(j - i) == 1)
        or (r2 == r - 1 and j in (i, i + 1))
        or (r2 == r + 1 and j in (i - 1, i))
    )
    for r, keys in enumerate(_ROWS)
    for i, key in enumerate(keys)
}


@functools.cache
def _common_words(
    min_length: int,
) -> tuple[dict[str, int], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The list's common words with their counts; them by each word one letter shorter (a word
    one slip from another shares such a word with it, or is one); the long ones by first letter."""
    from spellchecker import SpellChecker  # noqa: PLC0415 (only while the tables are built)

    counts = {
        word: count
        for word, count in SpellChecker(language="en").word_frequency.items()
        if count >= _COMMON and word.isalpha() and word.isascii()
    }
    by_deletion: dict[str, list[str]] = {}
    long_words: dict[str, list[str]] = {}
    for word in (w for w in counts if len(w) >= min_length):
        for key in (word, *_deletions(word)):
            by_deletion.setdefault(key, []).append(word)
        if len(word) > _ONE_SLIP:
            long_words.setdefault(word[0], []).append(word)
    return (
        counts,
        {key: tuple(ws) for key, ws in by_deletion.items()},
        {start: tuple(ws) for start, ws in long_words.items()},
    )


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}
