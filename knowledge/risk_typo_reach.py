"""Whether typo correction reaches every cue word by any one slip (round 43).

`infoshare knowledge check` warns of a cue word that some kind of slip never brings back: a
dropped, doubled or wrong letter, or two neighbouring letters swapped, anywhere after the first
letter (correction keeps the first letter typed). Such a word is one whose every slip of a kind
is a real word ("violet" is taken as typed, not as "violent") or nearer another cue word, so a
disclosure misspelling it that way is not read as meant; an organisation adding its own phrases
sees which. Words shorter than `MIN_TARGET` are never corrected, by design, and are not named.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from knowledge.risk_real_words import BESIDE
from knowledge.risk_typos import MIN_TARGET

SLIPS = ("dropped", "doubled", "swapped", "wrong")
"""The kinds of one slip, as `slips` makes them."""


def slips(word: str, kind: str) -> Iterator[str]:
    """Each slip of `kind` (one of `SLIPS`) in `word` after its first letter, left to right; a
    wrong letter is a key beside the one meant."""
    for i in range(1, len(word)):
        if kind == "dropped":
            yield word[:i] + word[i + 1 :]
        elif kind == "doubled":
            yield word[:i] + word[i] + word[i:]
        elif kind == "swapped" and i + 1 < len(word) and word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == "wrong":
            yield from (word[:i] + key + word[i + 1 :] for key in BESIDE.get(word[i], ""))


def unreached(words: Iterable[str], corrected: Callable[[str], str]) -> dict[str, tuple[str, ...]]:
    """The words of `words` typo correction is meant to reach (`MIN_TARGET` letters or more)
    with the kinds of slip that never bring them back.

    Args:
        words: the cue words.
        corrected: the detector's reading of one typed word (`RiskDetector.corrected`).
    """
    found: dict[str, tuple[str, ...]] = {}
    for word in sorted(set(words)):
        if len(word) >= MIN_TARGET and word.isalpha():
            kinds = tuple(k for k in SLIPS if all(corrected(s) != word for s in slips(word, k)))
            if kinds:
                found[word] = kinds
    return found


def typo_warnings(words: Iterable[str], corrected: Callable[[str], str]) -> list[str]:
    """One sentence per cue word some kind of slip never brings back (see `unreached`)."""
    return [
        f"risk packs: typo correction cannot reach cue word {word!r} by a {' or '.join(kinds)} "
        "letter: a disclosure misspelling it so is not read as meant"
        for word, kinds in unreached(words, corrected).items()
    ]
