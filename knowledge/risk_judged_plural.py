"""People in the plural told after the "if" of a judging question (round 61, census287).

"is it abuse if a parent smacks…" tells its case after "if" (`risk_words.judged_case`), but a
case told of people in the plural with no article ("is it cuckooing if dealers have moved into
my neighbour's flat", "is it neglect if staff at the nursery are leaving babies in soiled
nappies") was read as a supposition, so the harm in it was taken for a general question. A word
after the "if" that is no one of a kind (not a word of the pack's `judged-plural-not`: "you",
"someone") followed, within `_VERB_REACH` words, by a verb of `judged-plural-verbs` ("are",
"have", "keep": what is going on or has been done) opens the case told, when its clause
then places it in particular (a word of `judged-plural-here`: "on our road", "in that house",
"upstairs", "where I work", "shouting at me"). "is it abuse if parents take away phones?" asks
about a habit in general, in the plain present; "is it abuse if parents are smacking their
children?" and "is it neglect if children are left alone in the house?" place it nowhere: both
stay suppositions ("the" places nothing: "the nursery" is anyone's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

__all__ = ["judged_plural"]

_VERB_REACH = 4
"""How many words after the first may stand before the verb: "men in their 30s are"."""
_CLAUSE_REACH = 24
"""How many words from the first the placing word is looked for in: a clause runs on no
further, and every word of a message is asked, so an unbounded look would be quadratic."""


def judged_plural(raws: Sequence[str], at: int, markers: Mapping[str, Sequence[str]]) -> bool:
    """Whether the word at `at` of `raws` (the words and marks as typed) opens people in the
    plural told with a verb of the pack's `judged-plural-verbs` (module docstring). The caller
    asks only after the "if" of a judging question (`risk_words.told_apart`).

    Args:
        raws: the words and marks of the message, as typed (lower case).
        at: where the word is.
        markers: the pack's markers, as typed (`judged-plural-not`, `judged-plural-verbs`,
            `judged-plural-here`).
    """
    verbs = markers.get("judged-plural-verbs", ())
    if not verbs or raws[at] in markers.get("judged-plural-not", ()) or raws[at] in verbs:
        return False
    told = next(
        (at + 1 + i for i, w in enumerate(raws[at + 1 : at + 2 + _VERB_REACH]) if w in verbs), -1
    )
    if told < 0 or not all(w.isalnum() for w in raws[at:told]):
        return False  # no verb, or the clause ends before it
    here = markers.get("judged-plural-here", ())
    for word in raws[at : at + _CLAUSE_REACH]:
        if not word.isalnum():
            return False  # "…if parents are smacking kids, should I report?" places nothing
        if word in here:
            return True
    return False
