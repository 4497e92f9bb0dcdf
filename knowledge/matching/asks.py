"""What a question wants to know: its ask ("what is…", "why…", "do we need…", "who…").

Two entries can share a question's words and yet answer different asks: "What is a data sharing
agreement and why is it required?" names the subject of both the ISP definition and the entry on
whether one is needed, but it asks first what one is. The not-covered pack's `asks` lists, for
each kind of ask, the phrases that open or carry it; each entry's `answers_asks` lists the kinds
its published answer answers. The ask of a question is the kind of the first such phrase in it
(the longest, where two start at the same word; the kind listed first, where two are as long).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from knowledge.matching.phrases import phrase_problem
from knowledge.matching.text import words


class Asks:
    """Finds the kind of ask in a question, in time linear in its length."""

    def __init__(self, kinds: Mapping[str, Sequence[str]]) -> None:
        """Split every phrase once, filed under its first word.

        Args:
            kinds: each kind of ask with the phrases that carry it, in order of precedence;
                phrases that fail `phrase_problem` are skipped.
        """
        self._by_first: dict[str, list[tuple[tuple[str, ...], bool, int, str]]] = {}
        for rank, (kind, phrases) in enumerate(kinds.items()):
            for phrase in phrases:
                if phrase_problem(phrase) is not None:
                    continue
                first, *rest = words(phrase.removesuffix("*"))
                found = (tuple(rest), phrase.endswith("*"), rank, kind)
                self._by_first.setdefault(first, []).append(found)

    def of(self, question: Sequence[str]) -> str | None:
        """The kind of ask of a question already split by `words`, or None when none is found."""
        return next(self._kinds(question), None)

    def all_of(self, question: Sequence[str]) -> frozenset[str]:
        """Every kind of ask whose phrase is in a question already split by `words` (the kind
        at each word, as `of` reads the first)."""
        return frozenset(self._kinds(question))

    def _kinds(self, question: Sequence[str]) -> Iterator[str]:
        for i, word in enumerate(question):
            best: tuple[int, int, str] | None = None  # (length, -rank, kind)
            for rest, prefix, rank, kind in self._by_first.get(word, ()):
                if _follows(question, i + 1, rest, prefix=prefix) and (
                    best is None or (len(rest), -rank) > best[:2]
                ):
                    best = (len(rest), -rank, kind)
            if best is not None:
                yield best[2]


def _follows(found: Sequence[str], start: int, rest: tuple[str, ...], *, prefix: bool) -> bool:
    if start + len(rest) > len(found):
        return False
    if not rest:
        return True
    if any(found[start + k] != w for k, w in enumerate(rest[:-1])):
        return False
    last = found[start + len(rest) - 1]
    return last.startswith(rest[-1]) if prefix else last == rest[-1]
