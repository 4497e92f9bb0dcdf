"""Whether a reply names a contacts-pack line: as its bullet, or said in the words above it."""

from __future__ import annotations

import re

from knowledge.contacts_pack import Line

_NUMBER = re.compile(r"\d+(?: \d+)*")


def numbers(text: str) -> set[str]:
    """The phone numbers (digit groups split by single spaces) `text` gives."""
    return set(_NUMBER.findall(text))


def given(line: Line) -> set[str]:
    """The numbers `line` gives: its phone and any in how to reach it."""
    return numbers(" ".join(r for r in (line.phone, line.how) if r))


def line_named(line: Line, text: str) -> bool:
    """Whether `text` names `line`: its bullet, its phone, or every number it gives."""
    own = given(line)
    return (
        line.as_line() in text
        or (line.phone is not None and line.phone in text)
        or (bool(own) and own <= numbers(text))
    )
