"""Which clauses of a question are general, beyond those a `general` phrase marks.

Helpers of `knowledge.risk_finding.judge`: a sentence listing examples that names nobody in
particular is general throughout ("what counts as coercive control - e.g. tracking someone's
phone?"), and a clause opening with "or" after a general clause is the other half of the same
question ("does that count as emotional abuse, or is that neglect?").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knowledge.risk_finding import Tokens

# Words that mark a list of examples ("e.g." is read as "eg").
_LISTS = frozenset({"eg", "ie", "etc", "example", "examples"})


def listing(read: Tokens, general: set[int], specific: set[int]) -> set[int]:
    """The clauses of a sentence that lists examples ("what counts as coercive control - e.g.
    tracking someone's phone?") and names nobody in particular: all general when one is."""
    lists = {s for w, s in zip(read.words, read.sentence_of, strict=True) if w in _LISTS}
    lists -= specific
    if not lists:
        return set()
    places = list(zip(read.clause_of, read.sentence_of, strict=True))
    broad = {s for c, s in places if s in lists and c in general}
    return {c for c, s in places if s in broad}


def alternatives(read: Tokens, general: set[int], asks: frozenset[int]) -> set[int]:
    """The clauses of a question that open with "or" after a general clause: the other half
    of the same question ("does that count as emotional abuse, or is that neglect?")."""
    found: set[int] = set()
    if not general or "or" not in read.words:
        return found
    for i, word in enumerate(read.words):
        clause = read.clause_of[i]
        if (
            word == "or"
            and i > 0
            and read.clause_of[i - 1] == clause - 1
            and read.sentence_of[i] in asks
            and read.sentence_of[i - 1] == read.sentence_of[i]
            and (clause - 1 in general or clause - 1 in found)
        ):
            found.add(clause)
    return found
