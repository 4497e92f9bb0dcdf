"""Whether a message is written in a language other than English: the share of its words the
assistant knows.

The assistant reads English only. A message in Welsh, Polish, French or Urdu typed in Latin
letters may tell of a child or a woman at risk, and its cues and learnt model see nothing there
(round 46: "Que faire en cas de soupçon de maltraitance envers un enfant ? J'entends ma voisine
hurler…" got "I couldn't find that"). The words the assistant knows (the Q&A's, the lexicon's and
the risk pack's, 7,300) hold nearly every word of an English message, typos and text-speak
included (the lexicon's "ur", "bf"): on the development sets, no English message of five words or
more had under half of them known, and no message in another language over a fifth (Italian,
0.21; pyspellchecker's English list was no help: it holds "que", "les" and "und" from subtitles).

Only words of two letters or more that are not capitalised are counted: a capitalised one may be
a name or a place ("Siobhan Ni Bhriain from Dun Laoghaire"), a single letter may be a word cut at
an apostrophe ("j'entends"). A character of Chinese or Japanese writing is a word of its own (it
has no spaces). Fewer than `MIN_WORDS` different words counted, and it is not judged ("should I
dial nine nine nine", a word typed over and over). The first `MOST_WORDS` counted words decide,
so the work is linear in the message and bounded: a long English message with a text in another
language pasted after it reads as English (the cues read all of it), a question of a few words
before such a text does not.
Text that is not words at all (code, keyboard mashing, binary) is not a language: it keeps the
reply it had (`_like_words`). On `bench tail` (round 46) it costs about 36,000 instructions a
question (72,000 for the slowest tenth): +0.9% (+0.6%) of the risk check and matcher together.
"""

from __future__ import annotations

import re
from collections.abc import Container
from itertools import filterfalse, islice

from knowledge.lazy_pattern import LazyPattern

__all__ = ["ENGLISH_SHARE", "MIN_WORDS", "MOST_WORDS", "not_english"]

MIN_WORDS = 5
"""Fewer counted words than this and a message is not judged ("hola", "ok", a name)."""
MOST_WORDS = 60
"""The counted words read at most: enough to tell a language, and a bound on the work."""
ENGLISH_SHARE = 0.4
"""A message with fewer of its counted words known than this share is not in English."""
_MIN_LETTERS = 0.75  # of the characters that are not spaces: fewer, and it is code or symbols
_MIN_VOWELS = 0.25  # of the Latin letters of the words: fewer, and it is keyboard mashing
_VOWELS = frozenset("aeiouy")
_CJK = "\u3040-\u9fff"  # kana and the unified ideographs
_CJK_FIRST = "\u3040"
# A letter of Chinese or Japanese writing alone, else a run of two or more other letters: one
# character class each, no nesting, so the match is linear. Compiled only for a text holding a
# character from U+3040 up: `re` builds its classes a character at a time, and the two CJK
# ranges cost a start 25 million instructions (a sixteenth of `infoshare ask`).
_WORD = LazyPattern(rf"[{_CJK}]|[^\W\d_{_CJK}]{{2,}}")
# `_WORD`'s matches in a text with no character from U+3040 up (where its CJK ranges match
# nothing), compiled at once.
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def not_english(text: str, english: Container[str], also: Container[str] = ()) -> bool:
    """Whether `text` reads as written in a language other than English.

    Args:
        text: a whole message, cleaned (`dialogs.clean_input`).
        english: words in lower case that the assistant knows as English.
        also: English words beside them, in lower case (the risk pack's marker
            "english-also": Scots and text-speak the packs do not hold, "dinnae", "omg").
    """
    if len(text) < 4 * MIN_WORDS:
        return False
    # Each step a C loop (`map`, `filterfalse`, `islice`): this runs on every typed message.
    # (`isascii` reads a flag the string keeps: no scan for most messages)
    pattern = _LETTERS if text.isascii() or max(text) < _CJK_FIRST else _WORD.compiled
    found = map(re.Match.group, pattern.finditer(text))
    words = list(map(str.lower, islice(filterfalse(str.istitle, found), MOST_WORDS)))
    unknown = list(filterfalse(also.__contains__, filterfalse(english.__contains__, words)))
    if len(words) < MIN_WORDS or len(words) - len(unknown) >= ENGLISH_SHARE * len(words):
        return False
    if len(set(words)) < MIN_WORDS:  # "should I dial nine nine nine", "lorem lorem lorem…"
        return False
    return _like_words(text, unknown)


def _like_words(text: str, unknown: list[str]) -> bool:
    """Whether the words not known read as words of a language: most characters letters (not
    code: "def foo(x): return x**2"), and the Latin letters of the words not known holding
    vowels as a language's do (not "xqzv kjhg wprt")."""
    shown = "".join(text.split())
    if sum(map(str.isalpha, shown)) < _MIN_LETTERS * len(shown):
        return False
    latin = [c for word in unknown for c in word if c.isascii()]
    if len(latin) * 2 < sum(map(len, unknown)):  # mostly another script: no vowel test
        return True
    return sum(c in _VOWELS for c in latin) >= _MIN_VOWELS * len(latin)
