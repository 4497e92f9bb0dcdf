"""`LazyPattern`: a regular expression compiled when first used, not when its module is imported.

Compiling a pattern runs `re`'s parser and compiler in Python: the fifty patterns a start of
`infoshare ask` imported cost it more than a tenth of its instructions, and half of them (the
button values, the shapes of phone and NHS numbers, a request for records) are never used by
most messages. A pattern only some messages reach is declared as a `LazyPattern`; one that every
message uses stays `re.compile`d (a `LazyPattern` costs a Python call more at each use).

A pattern that every message reaches but few can match (a request to share needs "can",
"should" or the like; markup needs a "<") is given `needs`: a test that every text holding a
match passes, such as `holding("<")`. A text that fails it is answered "no match" at once, and
the pattern is compiled only for the first text that passes (`tests/knowledge/
test_lazy_pattern.py` draws matches of every such pattern and checks each passes its test).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator


def holding(*parts: str) -> Callable[[str], bool]:
    """A `needs` test: whether a text holds any of `parts` (as they are, case and all)."""

    def holds_a_part(text: str) -> bool:
        return any(map(text.__contains__, parts))

    holds_a_part.__qualname__ = f"holding{parts!r}"
    return holds_a_part


class LazyPattern:
    """`re.compile(pattern, flags)`, made at the first search, match or substitution (of a text
    that passes `needs`, when given)."""

    __slots__ = ("_compiled", "_flags", "_pattern", "needs")

    def __init__(
        self, pattern: str, flags: int = 0, *, needs: Callable[[str], bool] | None = None
    ) -> None:
        """Args:
        pattern: the regular expression, as `re.compile` takes it.
        flags: its flags, as `re.compile` takes them.
        needs: a test every whole text holding a match passes (a necessary condition, cheap
            beside a search); a text that fails it is not searched.
        """
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None
        self.needs = needs

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, the first time)."""
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        """The regular expression's text."""
        return self._pattern

    @property
    def flags(self) -> int:
        """The flags it is compiled with."""
        return self._flags

    def _cannot_match(self, string: str) -> bool:
        return self.needs is not None and not self.needs(string)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.Pattern.search`."""
        if self._cannot_match(string):
            return None
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.Pattern.match`."""
        if self._cannot_match(string):
            return None
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """`re.Pattern.fullmatch`."""
        if self._cannot_match(string):
            return None
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        """`re.Pattern.finditer`."""
        if self._cannot_match(string):
            return iter(())
        return self.compiled.finditer(string)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """`re.Pattern.sub`."""
        if self._cannot_match(string):
            return string
        return self.compiled.sub(repl, string, count)


def holding_any_case(*parts: str) -> Callable[[str], bool]:
    """A `needs` test for a pattern that ignores case: whether a text holds any of `parts`
    (lower case) in any case. A text not all ASCII passes: ignoring case, `re` matches a few
    other letters to ASCII ones (the dotless and the dotted capital i to an "i", the long s to an
    "s", the Kelvin sign to a "k")."""

    def holds_a_part(text: str) -> bool:
        if not text.isascii():
            return True
        return any(map(text.lower().__contains__, parts))

    holds_a_part.__qualname__ = f"holding_any_case{parts!r}"
    return holds_a_part
