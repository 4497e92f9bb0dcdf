"""A question from the person the information is about, not from someone at work (tryout123
#6): "if i tell the school nurse something will she tell my parents", "can my doctor tell my
daughter about my health without asking me", "is it legal for my school to tell my parents im
gay". They got a practitioner's summary of sharing without consent, "I couldn't find that" with
a Caldicott Guardian to ask, or a "Did you mean" of entries for practitioners.

Read only of a question with no harm told and no check under way: it names who holds the
writer's information (the typed-words pack's `own_holders`: "my doctor", "the school nurse") and
the writer's own family, health, records or words (`own_matters`: "my parents", "my medical
records", "what i said"), and no one a practitioner works with ("a pupil", "my client"). Its
reply is the about pack's `own_information`, in the person's own terms.

Pure and linear: two phrase searches and a set lookup over the simplified words.
"""

from __future__ import annotations

from dialogs.practice_words import PRACTICE
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.typed_words import TypedWordsPack


class OwnInformation:
    """Reads a question as the asker's about their own information."""

    def __init__(self, typed: TypedWordsPack) -> None:
        self._holders = PhraseSet(typed.own_holders)
        self._matters = PhraseSet(typed.own_matters)
        self._question_words = frozenset(typed.hedged.question_words)

    def asked(self, simple: str, *, asks: bool) -> bool:
        """Whether `simple` (a simplified message; `asks`: it reads as a question) asks about
        the writer's own information, held by a service they name."""
        found = words(simple)
        # "if i tell the school nurse something will she tell my parents" asks after its "if"
        if not asks and not (found[:1] == ["if"] and self._question_words.intersection(found)):
            return False
        if any(word in PRACTICE for word in found):
            return False
        return (
            self._holders.first_in_words(found) is not None
            and self._matters.first_in_words(found) is not None
        )
