"""The cue bonus of the matcher's index: a document gains for each of its cues (normalised
keywords) all of whose words are in a message, up to a cap. Only the cues filed under a word of
the message can count, so a document's cues are filed by one of their words when it is first
scored (a document may have a hundred cues, a message a dozen words). Moved from
`knowledge.matching.index`, which asks it for every document it scores.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from knowledge.pack_values import Value
from knowledge.value_class import value_class

if TYPE_CHECKING:
    from array import array

    from knowledge.matching.index import Doc
    from knowledge.matching.models import MatcherSettings


@value_class
class CueGroups(Value):
    """A document's cues by their least word (any word would do), and how many are empty."""

    by_word: dict[str, tuple[frozenset[str], ...]]
    empty: int

    @classmethod
    def of(cls, cues: Sequence[frozenset[str]]) -> CueGroups:
        """`cues`, a document's, filed by their least word."""
        by_word: dict[str, list[frozenset[str]]] = {}
        for cue in cues:
            if cue:
                by_word.setdefault(min(cue), []).append(cue)
        return cls({w: tuple(c) for w, c in by_word.items()}, sum(1 for c in cues if not c))


class CueBonus:
    """The cue bonus of each document of an index. Scoring only reads, apart from filing a
    document's cues when it is first scored (always the same values, so threads racing to
    write them agree)."""

    def __init__(
        self,
        docs: Sequence[Doc],
        cue_docs: Mapping[str, array[int]],
        settings: MatcherSettings,
    ) -> None:
        """`docs`: the index's documents, with their cues; `cue_docs`: the documents with a cue
        holding each word; `settings`: the bonus per cue and its cap."""
        self._docs, self._settings = docs, settings
        self._cue_docs = {t: tuple(ds) for t, ds in cue_docs.items()}
        # Each document's cues filed by one of their words, made when first needed.
        self._cue_groups: list[CueGroups | None] = [None] * len(docs)

    def in_message(self, present: frozenset[str]) -> dict[int, float]:
        """The bonus of each document with a cue filed under a word of `present`, a message's
        tokens (perhaps nothing)."""
        bonus = {}
        for token in present:
            for d in self._cue_docs.get(token, ()):
                if d not in bonus:
                    bonus[d] = self.of(d, present)
        return bonus

    def of(self, doc: int, present: frozenset[str]) -> float:
        """The bonus of document `doc` for `present`, a message's tokens: the cues all of whose
        words are in it, each `keyword_bonus`, up to `keyword_bonus_cap`."""
        s = self._settings
        groups = self._cue_groups[doc]
        if groups is None:
            groups = self._cue_groups[doc] = CueGroups.of(self._docs[doc].cues)
        hits = groups.empty
        issuperset = present.issuperset
        for word in groups.by_word.keys() & present:
            hits += sum(map(issuperset, groups.by_word[word]))
        return min(s.keyword_bonus_cap, hits * s.keyword_bonus)
