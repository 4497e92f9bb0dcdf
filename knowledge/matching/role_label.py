"""Who is asking, said before the question: "health visitor - mum won't give consent, what now?".

A label naming the asker's role ("pharmacist:", "GP receptionist -") says who asks and shares:
it is not a party the question is about, nor a setting. Read as part of the question, "teacher -
why was the guidance updated?" named a subject the entry never speaks of, and "school nurse - why
should we share information with other agencies?" became a question about one case. Labels of
two words or more before a colon are set apart as background already (`segment.split_label`);
the quote gate reads the question without a one-word label before a colon, or a label of up to
six words before a dash, when the label ends with a party or a role the pack lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words

_DASHES = (" - ", " \u2013 ")
_LABEL_WORDS = 6
_MIN_REST_WORDS = 3


class RoleLabel:
    """Finds a role label at the start of a question and reads the question without it."""

    def __init__(self, roles: Iterable[str]) -> None:
        """Split every phrase once.

        Args:
            roles: the parties and the roles (`case_questions.roles`) a label may end with.
        """
        self._roles = PhraseSet(roles)

    def without(self, question: str) -> str:
        """The question without its role label, or the question itself when it has none."""
        head, colon, rest = question.partition(":")
        if colon and len(label := words(head)) == 1 and self._ends_with_role(label):
            return rest
        for dash in _DASHES:
            head, found, rest = question.partition(dash)
            if not found:
                continue
            label = words(head)
            if (
                1 <= len(label) <= _LABEL_WORDS
                and len(words(rest)) >= _MIN_REST_WORDS
                and self._ends_with_role(label)
            ):
                return rest
        return question

    def _ends_with_role(self, label: Sequence[str]) -> bool:
        end = len(label)
        return any(end in self._roles.ends_at(label, i) for i in range(end))
