"""A Teams message's text as the core reads it: without mentions, markup or surplus spaces.

Pure, no SDK: a converter of `adapters.teams.inbound`. No pattern here is worse than linear.
"""

from __future__ import annotations

import html
import re

__all__ = ["strip_mentions"]

# Mention tags only: an opening tag cannot run past the next "<", so finding every tag is linear
# (``<at>.*?</at>`` in one pattern is quadratic when the closing tags are missing).
_AT_TAG = re.compile(r"<at\b[^<>]*>|</at>", re.IGNORECASE)
_INLINE_HTML = re.compile(
    r"</?(?:p|div|span|b|i|u|s|em|strong|strike|br|a|ol|ul|li|code|pre|blockquote)\b[^<>]*>",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\u00a0]+")


def strip_mentions(text: str, mentions: tuple[str, ...] = ()) -> str:
    """The text of a message without mentions, markup or surplus spaces.

    Every ``<at>…</at>`` span goes, not only the assistant's own: a mention names a person,
    and the assistant never needs names. `mentions` are further mention texts to remove (other
    channels write mentions without the tags).
    """
    text = _without_at_spans(text)
    for mention in mentions:
        if mention:
            text = text.replace(mention, " ")
    text = html.unescape(_INLINE_HTML.sub(" ", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _without_at_spans(text: str) -> str:
    """`text` with every ``<at …>…</at>`` span replaced by a space, in one pass.

    Each opening tag runs to the first closing tag after it, as a lazy pattern would; an opening
    tag with no closing tag after it leaves the rest of the text alone.
    """
    kept: list[str] = []
    copied_to = 0
    opened_at: int | None = None
    for tag in _AT_TAG.finditer(text):
        closing = tag[0].startswith("</")
        if opened_at is None and not closing:
            opened_at = tag.start()
        elif opened_at is not None and closing:
            kept += (text[copied_to:opened_at], " ")
            copied_to, opened_at = tag.end(), None
    kept.append(text[copied_to:])
    return "".join(kept)
