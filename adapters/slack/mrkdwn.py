"""Text both ways between the core's neutral markup and Slack's `mrkdwn`. Pure functions.

Outbound, everything is escaped first (``&``, ``<``, ``>``), so nothing the assistant repeats can
ping a channel, mention a person or forge a link; only then is the core's markup (``**bold**``,
``*italic*``, ``- `` bullets, ``[label](https://…)``) turned into Slack's. Inbound, Slack's own
escapes and its ``<…>`` tokens become the plain words a person typed.
"""

from __future__ import annotations

import re

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?![\s*])(.+?)(?<![\s*])\*(?![\w*])")
_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s|]+)\)")
_BULLET = re.compile(r"^(\s*)- ", re.MULTILINE)
_BROADCAST = re.compile(r"(?<![\w@])@(channel|here|everyone)\b", re.IGNORECASE)
_BOLD_MARK = "\x00"
_WORD_JOINER = "\u2060"

_INBOUND_TOKEN = re.compile(r"<([^<>]*)>")
_ELLIPSIS = "…"


def escape(text: str) -> str:
    """Make any text inert in Slack: no entity, mention, broadcast or link can come of it.

    Escapes ``&``, ``<`` and ``>`` as Slack asks, which defuses ``<!channel>``, ``<!here>``,
    ``<@U…>`` and ``<https://…|label>``; a bare ``@here`` gets an invisible word joiner so it
    cannot be linked either.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "@" not in text:  # every reply is escaped: skip the pattern where it cannot match
        return text
    return _BROADCAST.sub(lambda m: "@" + _WORD_JOINER + m.group(1), text)


def to_mrkdwn(markup: str) -> str:
    """The core's neutral markup as Slack `mrkdwn`, with everything else escaped."""
    text = escape(markup)
    # Each pattern runs only where its mark is present: most replies carry few or none.
    if "](" in text:
        text = _LINK.sub(lambda m: f"<{m.group(2)}|{m.group(1)}>", text)
    if "**" in text:
        text = _BOLD.sub(lambda m: f"{_BOLD_MARK}{m.group(1)}{_BOLD_MARK}", text)
    if "*" in text:
        text = _ITALIC.sub(r"_\1_", text)
    text = text.replace(_BOLD_MARK, "*")
    return _BULLET.sub(r"\1• ", text) if "- " in text else text


def code_block(text: str) -> str:
    """Verbatim text, in a block that copies cleanly (nothing inside is formatted)."""
    return "```\n" + escape(text).replace("```", "`\u200b``") + "\n```"


def from_slack(text: str) -> str:
    """What a person typed, from the text Slack sends (escaped, with ``<…>`` tokens).

    Links become their label (or address), channel names stay as ``#name``, mentions of people
    and broadcasts are dropped: the core never needs who was mentioned.
    """

    def plain(match: re.Match[str]) -> str:
        inner = match.group(1)
        target, _, label = inner.partition("|")
        if target.startswith(("@", "!")):
            return ""
        if target.startswith("#"):
            return f"#{label}" if label else ""
        return label or target.removeprefix("mailto:")

    text = _INBOUND_TOKEN.sub(plain, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = limit - len(_ELLIPSIS)
    cut = text.rfind(" ", 0, room + 1)
    head = text[:cut] if cut > room // 2 else text[:room]
    return head.rstrip(" ,;:.-") + _ELLIPSIS


def split(text: str, limit: int) -> list[str]:
    """Cut `text` into pieces of at most `limit` characters, between paragraphs if possible,
    else between lines, else between words; never inside a ``<…|…>`` link or an ``&…;`` entity.

    Only a single word longer than `limit` is ever cut through.
    """
    pieces: list[str] = []
    rest = text.strip("\n")
    while len(rest) > limit:
        cut, width = _cut_point(rest, limit)
        head = rest[:cut].rstrip()
        if head:
            pieces.append(head)
        rest = rest[cut + width :].lstrip("\n ")
    if rest:
        pieces.append(rest)
    return pieces


def _cut_point(text: str, limit: int) -> tuple[int, int]:
    """Where to cut `text` (at most `limit` characters before the cut) and the separator width."""
    protected = [m.span() for m in re.finditer(r"<[^<>\n]*>|&[a-z]{2,4};", text[: limit + 60])]

    def inside(at: int) -> bool:
        return any(start < at < end for start, end in protected)

    for separator in ("\n\n", "\n", " "):
        at = text.rfind(separator, 0, limit + 1)
        while at > 0 and inside(at):
            at = text.rfind(separator, 0, at)
        if at > 0:
            return at, len(separator)
    at = limit
    while at > 1 and inside(at):
        at -= 1
    return at, 0
