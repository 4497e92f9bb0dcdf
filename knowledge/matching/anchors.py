"""Where a question names an entry's subject: the entry's `anchors` (and `anchors_also`) found in
its words, as typed or with typos fixed.

Words of emphasis are read past ("why does it *actually* matter?" names what "why does it
matter" does), and a phrase that holds one ("really think") is still found as typed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from knowledge.matching.phrases import PhraseSet


class AnchorSearch:
    """Finds every entry's anchors in a question's words, in one search."""

    def __init__(
        self, tables: Sequence[Mapping[int, Collection[str]]], *, emphasis: Collection[str] = ()
    ) -> None:
        """Index every anchor once.

        Args:
            tables: anchors by entry number (the entries' `anchors`, their `anchors_also`).
            emphasis: single words of emphasis, read past.
        """
        self._all = PhraseSet(a for table in tables for anchors in table.values() for a in anchors)
        self._emphasis = frozenset(emphasis)

    def found(self, typed: Sequence[str], fixed: Sequence[str]) -> set[str]:
        """Every anchor in a question split by `words`, as typed (`typed`) or with its typos
        fixed (`fixed`)."""
        found = self._all.all_in_either(typed, fixed)
        plain = [w for w in typed if w not in self._emphasis]
        if len(plain) < len(typed):
            # "why does it actually matter?" names what "why does it matter" does
            found |= self._all.all_in_words(plain)
        return found
