"""Whether a line beside a signpost says again what the words above it already say (round 53).

The reply to the person at risk or their family leads with their own first words ("If this is
happening to you … call 999 … or the police on 101"), then the lines their kinds of harm name
("- The police (999 if someone is in danger now, 101 otherwise)"): the same thing said twice in
one reply. A line is said already when every number it gives (its phone, and any in how to
reach it) is in the words above it; a line with no number is never said already.

Pure: reads the pack's own texts, never what a writer typed.
"""

from __future__ import annotations

import re

from knowledge.contacts_pack import Line

# A phone number as the packs write one: digits, in groups split by single spaces ("0808
# 2000 247", "999", "116 123"). Linear: each group is one run of digits.
_NUMBER = re.compile(r"\d+(?: \d+)*")


def numbers_in(text: str) -> frozenset[str]:
    """The numbers `text` gives, each as written ("0800 1111", "101")."""
    return frozenset(_NUMBER.findall(text))


def said_already(line: Line, above: str) -> bool:
    """Whether every number `line` gives is given in `above`, the words before it: "The
    police (999 …, 101 otherwise)" under "call 999 … or the police on 101"."""
    own = numbers_in(" ".join(r for r in (line.phone, line.how) if r))
    return bool(own) and own <= numbers_in(above)


def lines_unsaid(lines: tuple[Line, ...], above: str) -> tuple[str, ...]:
    """The ids of `lines` that `above` does not say already (`said_already`), in order."""
    return tuple(line.id for line in lines if not said_already(line, above))
