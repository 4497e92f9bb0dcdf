"""Chat text to plain words: markup removed, case and accents folded, a light stem.

Pure functions on one text; `knowledge.matching.normalise` builds on them (the lexicon, typo
fixes, many texts at once) and the risk detector reads words the same way.
"""

from __future__ import annotations

import re
import unicodedata

from knowledge.lazy_pattern import LazyPattern

# Markup: only a text with a "<" or a "://" is searched with these, compiled at the first.
_SLACK_LINK = LazyPattern(r"<(?:https?|mailto):[^<>|]{0,2000}\|([^<>]{0,500})>")
_SLACK_TOKEN = LazyPattern(r"<[!@#][^<>]{0,200}>|<(?:https?|mailto):[^<>]{0,2000}>")
_HTML_TAG = LazyPattern(r"</?[a-zA-Z][^<>]{0,500}>")
_URL = LazyPattern(r"https?://\S{1,2000}")
# An e-mail address names a person or a mailbox, never what is asked ("can I email
# jane.smith@example.com the referral?" matched nothing for its four name words). Bounded runs
# either side of the "@": only a text with an "@" is searched (compiled at the first).
_EMAIL = LazyPattern(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}")
# An apostrophe after a letter: the apostrophe is matched first and the letter before it looked
# back to from there, so the scan runs through the text for an apostrophe, not a look-behind
# tried at every character (three times faster on a 200-character story; the same matches).
# Only a text with an apostrophe is searched with these (compiled at the first).
_POSSESSIVE = LazyPattern(r"['\u2019](?<=[a-z]['\u2019])s\b")
_APOSTROPHE = LazyPattern(r"['\u2019](?<=[a-z]['\u2019])(?=[a-z])")
# A contracted verb after a word: "we're" is "we are", not the word "were" that removing the
# apostrophe makes ("we'll" no "well", "she'll" no "shell", "I'd" no "id"). "'s" (is, has or a
# possessive) and "n't" ("dont", "cant": as typed without the apostrophe) are left to `clean`.
_CONTRACTION = LazyPattern(r"['\u2019](?<=[a-z]['\u2019])(re|ll|ve|m|d)\b")
_CONTRACTED = {"re": " are", "ll": " will", "ve": " have", "m": " am", "d": " would"}
WORD = re.compile(r"[a-z0-9]+")
# Characters that make `clean` do more than fold the case ("://" always holds a ":").
MARKUP_CHARACTERS = frozenset("<&:'@")
_MARKS = tuple(sorted(MARKUP_CHARACTERS))
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def strip_markup(text: str) -> str:
    """Remove chat and web markup, keeping the words and punctuation.

    Slack mentions such as ``<!channel>`` and ``<@U123>`` are dropped, a link keeps its label,
    bare URLs, e-mail addresses and HTML tags go, and HTML entities are decoded.
    """
    if "<" in text:
        text = _SLACK_LINK.sub(r" \1 ", text)
        text = _SLACK_TOKEN.sub(" ", text)
    if "://" in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    if "&" not in text:
        return text
    import html  # noqa: PLC0415 (with html.entities: only for a text with an entity in it)

    return html.unescape(text)


def clean(text: str) -> str:
    """`strip_markup`, then fold to lower case without accents, possessives or apostrophes."""
    text = strip_markup(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower()
    if "'" in text or "\u2019" in text:
        text = _POSSESSIVE.sub("", text)
        text = _APOSTROPHE.sub("", text)
    return text


def words(text: str) -> list[str]:
    """The lower-case letter-and-digit runs of `text` after `clean`, a contracted verb read as
    its word ("we're" as "we are")."""
    if text.isascii():
        lowered = text.lower()
        if lowered.replace(" ", "").isalnum():
            # Letters and digits between spaces (most phrases of the packs, split when a start
            # first searches their sets): the runs are what lie between the spaces.
            return lowered.split()
        # One scan in C per character looked for: `MARKUP_CHARACTERS.intersection(text)` makes
        # an object of every character of the text, nearly as slow as finding the words.
        if not any(map(text.__contains__, _MARKS)):
            # Nothing for `clean` to do but fold the case: the common case, kept cheap.
            return WORD.findall(lowered)
    if "'" in text or "\u2019" in text:
        text = _CONTRACTION.sub(_expanded, text.lower())
    return WORD.findall(clean(text))


def joined_words(text: str) -> list[str]:
    """The lower-case letter-and-digit runs of `text`, an apostrophe dropped so that the word it
    is in reads as one ("they'll" as "theyll", "don't" as "dont"). Nothing else of `clean`: no
    markup removed, no accent folded. The readings read typed text, whose marks typed for an
    apostrophe (a phone's "\u2019" too) `dialogs.clean_input` made the ASCII one (round 57)."""
    return WORD.findall(text.lower().replace("'", ""))


def _expanded(found: re.Match[str]) -> str:
    return _CONTRACTED[found.group(1)]


def stem(word: str) -> str:
    """A light suffix-stripper so that share, shares, shared and sharing compare equal."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, replacement in _SUFFIXES:
        if not word.endswith(suffix):
            continue
        base = word[: -len(suffix)] + replacement
        if suffix == "es" and not base.endswith(("ss", "x", "z", "ch", "sh")):
            continue
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            break
        if len(base) >= 3:
            word = base
        break
    if len(word) >= 5 and word.endswith("e"):
        word = word[:-1]
    return word
