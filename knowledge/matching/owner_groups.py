"""Whose confidence a question names, whoever they are: "a young person's confidence".

The owners' reading (`subjects.ConsentGivers`) drops a party or person the pack lists when the
words right after it say the information is theirs ("a client's confidence"). A confidence is
always someone's, so before a word of the pack's `owner_group_after` ("confidence",
"confidentiality") the short noun group a word of `owner_group_openers` opens ("a", "the",
"my"…) names whose it is, listed or not: "break a young person's confidence", "a care home
resident's", "a GP patient's" (the GP is no one told). The possessive is gone from the words
read ("a young person confidence"), so a word of `owner_group_breaks` between the opener and
the owned word ends the group: "tell the GP in confidence" names the GP as the one told.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from knowledge.matching.phrases import PhraseSet

_GROUP = 3  # words of a noun group after its opener: "a care home resident's"


class OwnerGroups:
    """Drops the noun group naming whose confidence it is."""

    def __init__(self, after: Iterable[str], openers: Iterable[str], breaks: Iterable[str]) -> None:
        """Keep the pack's lists.

        Args:
            after: what is always someone's ("confidence", "confidentiality").
            openers: words opening a noun group ("a", "the", "my", "their").
            breaks: words no noun group holds ("in", "of", "and"): they end the group.
        """
        self._after = PhraseSet(after)
        self._openers = frozenset(openers)
        self._breaks = frozenset(breaks)

    def others(self, found: Sequence[str]) -> list[str]:
        """The words without each noun group (opener included) right before an owned word."""
        dropped: set[int] = set()
        for at in self._after.all_ends(found):
            for start in range(at - 1, max(-1, at - _GROUP - 2), -1):
                word = found[start]
                if word in self._breaks:
                    break
                if word in self._openers:
                    if start < at - 1:  # a noun after the opener: "a confidence" names no one
                        dropped.update(range(start, at))
                    break
        return [w for i, w in enumerate(found) if i not in dropped] if dropped else list(found)
