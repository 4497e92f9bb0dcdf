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
# An apostrophe typed as one of its look-alikes between two letters ("i`m 15"; an acute accent,
# a left quotation mark, a modifier letter apostrophe or a prime):
# read as the apostrophe every reading knows, so the writer's age and the contractions are read
# (round 52). Only between letters: a backtick pair around words is chat markup for code. A
# phone's apostrophe (U+2019) is left as typed: the readings know it, and the learnt model reads
# it as it was trained to (folded, a dev item's "haven't" and "you've" so typed rang).
_LOOK_ALIKES = "`\u00b4\u2018\u02bc\u2032"
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
    read an apostrophe's look-alike between letters as the apostrophe.

    Messages longer than `limit` are cut there. A question never needs more than
    `MAX_INPUT_CHARS`, and a pasted document should not cost more than a question does; the
    risk check asks for more (`MAX_READ_CHARS`).
    """
    text = text[:limit]
    text = _SLACK_MARKUP.sub(lambda m: m.group(1) or " ", text)
    text = _HTML_TAG.sub(" ", text)
    text = _BROADCAST.sub(" ", text)
    text = _APOSTROPHE_LIKE.sub("'", text)
    return _CONTROL.sub(" ", text).strip()
