"""A question opening with a condition asks in its main clause: "if a parent refuses consent
and I share anyway, what happens to me?" sets the scene of entry 4 (consent refused, sharing)
in its condition, then asks what happens to the one who shares, which no published answer says.

The condition's words weigh as much as the ask's when the question is scored, so its subject
can carry an entry that the ask never names. When the main clause asks for a thing (it opens
"what", "which", "whose", "where", "how" or "who"), it must itself name the entry's subject (one
of its `anchors`) or an act of sharing ("if consent is refused, how can I still share?").
A main clause asking yes or no ("if someone refuses, is it ever ok to go ahead?") leans on its
condition as a short question leans on a story, and is read with it (docs/matcher.md, round 21).
"""

from __future__ import annotations

from collections.abc import Collection

from knowledge.matching.anchors import AnchorSearch
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.reading import Reading
from knowledge.matching.text import words

_CONDITIONS = frozenset(words("if once before after whenever unless"))
# "when a family refuses consent, …" opens a condition; "when can I share, …" asks when.
_ASKING_WHEN = frozenset(
    words("can could should shall must may might do does did will would is am are was were")
)
_ASKING_FOR = frozenset(words("what whats which whose where how who whom"))


def main_clause(question: str) -> str | None:
    """The main clause of a question opening with a condition, when it asks for a thing ("if
    the two conflict, which one applies?": "which one applies?"); None for any other
    question."""
    if "," not in question:
        return None
    typed = words(question)
    opens = bool(typed) and (
        typed[0] in _CONDITIONS
        or (typed[0] == "when" and len(typed) > 1 and typed[1] not in _ASKING_WHEN)
    )
    if not opens:
        return None
    main = question.split(",", 1)[1]
    return main if words(main)[:1] and words(main)[0] in _ASKING_FOR else None


class MainClause:
    """Finds, for the quote gate, a main clause naming neither an entry's subject nor sharing."""

    def __init__(self, anchors: AnchorSearch, sharing_verbs: PhraseSet) -> None:
        """Keep the gate's anchor search and its list of sharing verbs (`case_questions`)."""
        self._anchors = anchors
        self._verbs = sharing_verbs

    def names_nothing(self, question: str, wanted: Collection[str], read: Reading) -> bool:
        """Whether `question` opens with a condition and its main clause, asking for a thing,
        names none of `wanted` (an entry's anchors) and no act of sharing."""
        main = main_clause(question)
        if main is None:
            return False
        typed = read.words(main)
        if self._verbs.first_in_words(typed) is not None:
            return False
        found = self._anchors.found(typed, read.corrected_words(main))
        return not any(anchor in found for anchor in wanted)
