"""People in the plural told of after a question about sharing (round 59, quiet265).

"should I share, the kids are home alone every night": the sentence asks, and "the kids", typed
in the plural without a possessive, reads as anyone of a kind (`risk_subjects.a_class`), so the
telling was taken for a general question. A later clause of an asking sentence that opens on a
word of the pack's `told-plural-the` ("the"), a noun for people in the plural and a verb of
`told-plural-verbs` ("are", "keep", "have been") tells what happens to those children in
particular, as "the child keeps…" already did. Not when the clause supposes (a word of
`practice-maybe`: "should I share, if the kids are home alone?") and not the sentence's first
clause ("should I share if the kids are home alone?", "what if the children are left alone?":
a general question).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from knowledge.risk_types import Tokens

__all__ = ["told_plural"]

_NONE: frozenset[str] = frozenset()


def told_plural(read: Tokens, markers: Mapping[str, frozenset[str]]) -> set[int]:
    """The asking sentences with a later clause telling of people in the plural in particular
    (module docstring).

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`told-plural-the`, `told-plural-verbs`,
            `practice-maybe`).
    """
    asks = read.questions | read.marked
    if not asks or not read.plural:
        return set()
    the = markers.get("told-plural-the", _NONE)
    verbs = markers.get("told-plural-verbs", _NONE)
    maybe = markers.get("practice-maybe", _NONE)
    words, clause_of, sentence_of = read.words, read.clause_of, read.sentence_of
    opens: dict[int, int] = {}
    for i, c in enumerate(clause_of):
        opens.setdefault(c, i)
    firsts = {sentence_of[i]: clause_of[i] for i in reversed(range(len(words)))}
    supposing = {c for w, c in zip(words, clause_of, strict=True) if w in maybe}
    found: set[int] = set()
    for clause, at in opens.items():
        sentence = sentence_of[at]
        if (
            sentence in asks
            and clause != firsts[sentence]
            and at + 2 < len(words)
            and words[at] in the
            and at + 1 in read.plural
            and words[at + 2] in verbs
            and clause not in supposing
        ):
            found.add(sentence)
    return found
