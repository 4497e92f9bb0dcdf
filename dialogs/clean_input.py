"""Make any message safe to read before anything reads it: no control characters, mention or
HTML markup, broadcasts, nor more than a question or the risk check needs."""

from __future__ import annotations

from knowledge.lazy_pattern import LazyPattern, holding

__all__ = ["MAX_INPUT_CHARS", "MAX_READ_CHARS", "clean_input"]

# Every message is cleaned; few hold markup, a broadcast or a character that is not printable.
_CONTROL = LazyPattern(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]",
    needs=lambda text: not text.isprintable(),  # every one of them is not
)
_SLACK_MARKUP = LazyPattern(r"<[@#!][^<>|]*(?:\|([^<>]*))?>", needs=holding("<"))
_HTML_TAG = LazyPattern(r"</?[a-zA-Z][^>]{0,200}>", needs=holding("<"))
_BROADCAST = LazyPattern(r"(?<!\w)@(here|channel|everyone)\b", needs=holding("@"))
# Every reading, the cues, the learnt model and the matcher read the ASCII apostrophe; the marks
# typed for it are made that one here, once for them all (round 57, curly244). A phone's
# apostrophe (U+2019), its opening twin and the modifier letter apostrophe wherever they stand:
# each is an apostrophe or a single quote, and both read as "'" ("what\u2019s" was "what" and
# "s" to the readings that split words at any other mark). Left as typed, the same message read
# one way with "'" and another with "\u2019"; the published answers quoted are not typed text.
# Curly double quotes are left as typed: every reading of quotation marks knows them, and they
# say which way they face, which straight ones do not (`knowledge.quoted_words` pairs them so;
# folded, dev read the same, but a report's nested or mixed quotes would mark nothing).
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u02bc", "'"))
# A backtick, an acute accent or a prime between two letters ("i`m 15", "don\u00b4t"): only
# there, since a backtick pair around words is chat markup for code (round 52).
_LOOK_ALIKES = "`\u00b4\u2032"
_APOSTROPHE_LIKE = LazyPattern(
    rf"(?<=[^\W\d_])[{_LOOK_ALIKES}](?=[^\W\d_])",
    needs=lambda text: "`" in text or not text.isascii(),
)
MAX_INPUT_CHARS = 4000
MAX_READ_CHARS = 40_000
"""How much of a message the risk check reads: a whole Slack message (Slack cuts at 40,000
characters; Teams at about 28 KB), so a pasted case note is read to its last sentence."""


def clean_input(text: str, limit: int = MAX_INPUT_CHARS) -> str:
    """Make any message safe to read: drop control characters, mention and HTML markup, and
    read the marks typed for an apostrophe as the ASCII one.

    Messages longer than `limit` are cut there. A question never needs more than
    `MAX_INPUT_CHARS`, and a pasted document should not cost more than a question does; the
    risk check asks for more (`MAX_READ_CHARS`).
    """
    text = text[:limit]
    text = _SLACK_MARKUP.sub(lambda m: m.group(1) or " ", text)
    text = _HTML_TAG.sub(" ", text)
    text = _BROADCAST.sub(" ", text)
    if not text.isascii():
        text = text.translate(_APOSTROPHES)
    text = _APOSTROPHE_LIKE.sub("'", text)
    return _CONTROL.sub(" ", text).strip()
