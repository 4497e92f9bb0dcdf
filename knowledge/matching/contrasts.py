"""Does a question set one group of people against another?

"Is information sharing important for adults too, or just kids?" shares its words with the entry
on why sharing is important, but asks whether what that entry says holds for one group as for
another: what the entry's general answer never says. Only an entry answering whom something
applies to (the not-covered pack's `contrast_asks`: "who is the guidance for?"), or whose
published answer names each group set against another ("is this the new guidance for adults as
well as children?": the guidance "extended to cover all practitioners, including those working
with adults…"), speaks to that.
A group is set against another when a word of contrast stands just before it ("or just kids",
"or only for children": `contrast_before`) or just after it ("adults too": `contrast_after`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words

# Words that may stand between a word of contrast and its group: "or just for the kids".
_GAP = 2


class GroupContrast:
    """Finds a question setting one group of people against another, for an entry that does
    not answer whom something applies to."""

    def __init__(
        self,
        groups: Iterable[str],
        before: Iterable[str],
        after: Iterable[str],
        answering: Iterable[int],
        answers: Mapping[int, str],
    ) -> None:
        """Keep the phrases, split at the first search.

        Args:
            groups: the groups of people a question may name (parties, people, roles…).
            before: words of contrast just before a group ("or just").
            after: words of contrast just after a group ("too").
            answering: the entries whose answers speak to whom something applies.
            answers: each entry's published answer, by number, read for the groups it names.
        """
        self._groups = PhraseSet(groups)
        self._before = PhraseSet(before)
        self._after = PhraseSet(after)
        self._answering = frozenset(answering)
        self._answers = answers

    def unanswered(self, number: int, asked: Sequence[str]) -> bool:
        """Whether `asked` (a question split by `words`) sets one group against another and
        entry `number` does not answer whom something applies to."""
        if number in self._answering:
            return False
        groups = self._groups.all_ends(asked)
        if not groups:
            return False
        after = set(self._after.all_ends(asked))
        before = {end for ends in self._before.all_ends(asked).values() for end in ends}
        set_against = [
            (start, max(ends))
            for start, ends in groups.items()
            if any(end in after for end in ends)
            or any(start - gap in before for gap in range(_GAP + 1))
        ]
        if not set_against:
            return False
        named = self._groups.all_in_words(words(self._answers.get(number, "")))
        return any(
            not self._groups.all_in_words(asked[start:end]) <= named for start, end in set_against
        )
