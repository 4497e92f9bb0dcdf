"""A question told inside a report of who wants it answered ("my manager asked me to find out
why…"), and a question broken across two lines: read as the question itself (`segment`)."""

from __future__ import annotations

from knowledge.matching.question_forms import WRITER, asks_something
from knowledge.matching.text import words

LABEL_CHARS = 60  # a label or report says who asks in at most about this many characters
# "My manager asked me to find out why…", "I've been asked to check whether…": a report of who
# wants to know, before the question wanted answered (`split_reported_ask`).
_REPORTED_ASKS = (" to find out ", " to look into ", " to check ", " to work out ", " to explain ")
_ASKED_WORDS = frozenset(words("whether if why how what whats who whom which when"))
# "I need to check whether we can share…": a question of the writer's own next step, which the
# consent check answers, not a question someone else wants answered.
_OWN_STEP_OPENERS = frozenset(words("whether if"))
_WRITER_WORDS = WRITER | frozenset(words("we weve"))
_ADDRESSEE_WORDS = 5  # "to explain to the whole team why…"
# A line ending in one of these ends its sentence.
_LINE_ENDS = frozenset(".!?:;,")
# A label or a report of who asks with one of these in it says more than who asks.
LABEL_STOPS = frozenset(",;.?!")


def split_reported_ask(sentence: str) -> tuple[str, str]:
    """Split "my manager asked me to find out why we need guidance" into the report of who
    wants to know and the question they want answered ("why we need guidance").

    Returns:
        (report, rest); the report is empty when no verb of finding out ("to find out", "to
        look into", "to check") comes within the first few words, when what follows it opens
        with no question word, when the report asks something itself ("can you help me to
        find out whether…"), when what follows asks whether the writer may do something ("I
        need to check whether we can share this": the consent check's question), or when fewer
        than three words would be left.
    """
    lowered = sentence[: LABEL_CHARS + 40].lower()
    found = [(at, at + len(verb)) for verb in _REPORTED_ASKS if (at := lowered.find(verb)) > 0]
    if not found:
        return "", sentence
    start, end = min(found)
    if sentence[end : end + 3].lower() == "to ":
        # "asked me to explain to the team why…": whom it is explained to is the report's
        end = _after_addressee(sentence, end)
    report, rest = sentence[:start], sentence[end:].strip()
    if (
        LABEL_STOPS.intersection(report)
        or not _ASKED_WORDS.issuperset(words(rest)[:1])
        or len(rest.split()) < 3
        or asks_something("", words(report))
        or _asks_own_step(words(rest))
    ):
        return "", sentence
    return sentence[:end].strip(), rest


def _asks_own_step(rest: list[str]) -> bool:
    # "whether we can share…", "if i'm allowed to pass this on…"
    return len(rest) > 1 and rest[0] in _OWN_STEP_OPENERS and rest[1] in _WRITER_WORDS


def _after_addressee(sentence: str, end: int) -> int:
    # The start of the first question word within a few words after `end`, or `end` itself.
    at = end
    for word in sentence[end:].split()[:_ADDRESSEE_WORDS]:
        at = sentence.index(word, at)
        typed = words(word)
        if typed and _ASKED_WORDS.issuperset(typed):
            return at
        at += len(word)
    return end


def joined_lines(text: str) -> str:
    """`text` with each question broken across two lines joined into one line: one begun on a
    line (opening as a question does, with no end mark) and ended on the next (opening in lower
    case, not as a question): "what do foster carers\nthink about information sharing?" asks
    what foster carers think, and is no story line before its question."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    joined = [lines[0]]
    for line in lines[1:]:
        before, after = joined[-1].strip(), line.strip()
        if (
            before
            and after[:1].islower()
            and before[-1] not in _LINE_ENDS
            and asks_something("", words(before))
            and not asks_something("", words(after)[:1])
        ):
            joined[-1] = f"{before} {after}"
        else:
            joined.append(line)
    return "\n".join(joined)
