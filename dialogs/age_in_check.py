"""An age asked about in a consent check under way ("what if she's 15?", "wait, he's only 13?").

Round 48 (asks137, a practitioners' trial): typed at a key question, such a question got "I
couldn't find that in the published Q&A… start a consent check" beside the check it was typed
in. It is a question, not an answer: it gets what the summary of the key question with ages
(consent, key question 4) says for that age, and the check keeps its place (the waiting question
is asked again after it, by the caller). Never read as a yes or no, never quoted on.
"""

from __future__ import annotations

from collections.abc import Collection

from dialogs.told_age import ages_beside_age_words
from knowledge.flow_pack import FlowPack


def age_asked_about(
    flow: FlowPack, step: str, simple: str, age_words: Collection[str]
) -> tuple[str, int] | None:
    """The key question (its id) whose summary speaks of ages, and the one age `simple` (a
    question, already simplified) gives beside one of `age_words` ("what if shes 15"): the
    waiting `step`'s when it speaks of ages, else the first that does; None for a question
    giving no age, or more than one."""
    ages = set(ages_beside_age_words(simple, age_words))
    if len(ages) != 1:
        return None
    waiting = flow.question(step)
    aged = waiting if waiting is not None and waiting.ages else None
    aged = aged or next((q for q in flow.questions if q.ages), None)
    return None if aged is None else (aged.id, ages.pop())
