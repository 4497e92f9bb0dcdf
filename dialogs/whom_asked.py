"""Whom to ring or tell, asked just after a signpost (round 42, ring42; tryout42 #1, #12).

"who do i ring", "who should i call", "who do i phone?" after a child's or an adult's signpost
got "I couldn't find that in the published Q&A" and a list naming the information-governance lead
and a professional body: only a few phrasings were ever listed. People ask it in many ways ("who
do we even report to", "who else can i go to", "where do i report it", "do i ring his social
worker or the police"), so it is read as a shape, in the typed-words pack's `whom_asked` words:
an asking word ("who", "where"), then only words like "do i", "should we", "even", then a word of
contacting ("ring", "report", "tell"); or a choice between two ("do i ring X or Y"). The reply is
the case's own contacts (`dialogs.after_signpost`). Imported only after a signpost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from knowledge.matching.text import words
from knowledge.typed_word_names import WhomList

_REACH = 6
"""How many words past an asking word its contacting word may be ("who do we even report", "who
else do i need to inform": round 46, ask116)."""
_CHOICE = 6
"""How many words past "do i ring" the "or" of a choice may be ("his social worker or")."""


def asks_whom(lists: Mapping[WhomList, Sequence[str]], text: str) -> bool:
    """Whether `text` asks whom to ring or tell (`lists`, the typed-words pack's `whom_asked`):
    an `asking` word followed, past one or more `between` words and nothing else, by a
    `contacting` word ("who do i ring", "where should we report it"); or a `between` word and
    a `writer` word ("i", "we") just before a `contacting` word, with "or" a few words on ("do
    i ring his social worker or the police")."""
    asking = frozenset(lists.get("asking", ()))
    between = frozenset(lists.get("between", ()))
    contacting = frozenset(lists.get("contacting", ()))
    writer = frozenset(lists.get("writer", ()))
    said = words(text)
    for at, word in enumerate(said):
        if word in asking:
            for ahead in range(at + 1, min(at + 1 + _REACH, len(said))):
                if said[ahead] in contacting and ahead > at + 1:
                    return True
                if said[ahead] not in between:
                    break
        elif (
            word in contacting
            and at >= 2  # the asking word and the writer before the verb
            and said[at - 1] in writer
            and said[at - 2] in between
            and "or" in said[at + 1 : at + 1 + _CHOICE]
        ):
            return True
    return False
