"""What a question wants to know: its ask ("what is…", "why…", "do we need…", "who…").

Two entries can share a question's words and yet answer different asks: "What is a data sharing
agreement and why is it required?" names the subject of both the ISP definition and the entry on
whether one is needed, but it asks first what one is. The not-covered pack's `asks` lists, for
each kind of ask, the phrases that open or carry it; each entry's `answers_asks` lists the kinds
its published answer answers. The ask of a question is the kind of the first such phrase in it
(the longest, where two start at the same word; the kind listed first, where two are as long).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from knowledge.matching.phrases import PhraseSet


class Asks:
    """Finds the kind of ask in a question, in time linear in its length."""

    def __init__(self, kinds: Mapping[str, Sequence[str]]) -> None:
        """Split every phrase once.

        Args:
            kinds: each kind of ask with the phrases that carry it, in order of precedence.
        """
        self._kinds = [(kind, PhraseSet(phrases)) for kind, phrases in kinds.items()]

    def of(self, question: Sequence[str]) -> str | None:
        """The kind of ask of a question already split by `words`, or None when none is found."""
        for i in range(len(question)):
            best: tuple[int, str] | None = None
            for kind, phrases in self._kinds:
                end = max(phrases.ends_at(question, i), default=None)
                if end is not None and (best is None or end > best[0]):
                    best = (end, kind)
            if best is not None:
                return best[1]
        return None
