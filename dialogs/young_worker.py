"""A young person at work telling of harm to themselves (tryout40 #4): "im a 16 yr old apprentice
at a garage. one of the older mechanics keeps putting his hand on my leg", "hi im 16 and doing a
level 2 apprenticeship in a care home. a resident keeps grabbing my bum". They got a
practitioner's procedures and contacts: "im a 16 yr old" was not read as the writer's age, and
the resident named made the message a practitioner's. Now a writer under 18 who names their
work (an apprenticeship, a placement, "my manager") is a young person writing; one who also
names a resident, a client or a patient is when they tell of harm to their own body ("grabbing
my bum"), as a practitioner writing of a resident's harm does not.

Pure: phrase lookups over the simplified words, the typed-words pack's `friend` lists `at_work`
and `own_body`. Imported only when a message tells of harm.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.matching.phrases import PhraseSet
from knowledge.risk_words import ADULT_AGE, age_in_word
from knowledge.typed_word_names import FriendList

# Within this many words after a word of harm, the writer's own body is what was harmed
# ("grabbed me by my neck", "he grabbed my neck").
_BODY_REACH = 3
# Hands put on the writer's body are harm as much as a word of harm is ("he put his hands round
# my neck"); read only before the writer's body, never before "me" ("she hands me a note").
_HANDS = frozenset(["hand", "hands", "squeezed", "squeezing", "pinned", "choking", "strangling"])
# "im a 16 yr old", "i am a 17 year old", "im a 16yo": the writer's age before a noun.
_I_AM_A = (("im", "a"), ("i", "am", "a"), ("i", "m", "a"))
# Soon after it, the writer is someone of that age's ("im a 16 year old's mum").
_ANOTHERS = frozenset(
    ["s", "mum", "mom", "dad", "mother", "father", "parent", "son", "sons", "daughter", "daughters"]
)


class YoungWorker:
    """Reads a message telling of harm as a young person's at work."""

    def __init__(self, words: Mapping[FriendList, tuple[str, ...]]) -> None:
        """`words`: the typed-words pack's `friend` (with an organisation's own added)."""
        self._at_work = PhraseSet(words.get("at_work", ()))
        self._own_body = PhraseSet(words.get("own_body", ()))

    def age(self, words: list[str], own: int | None) -> int | None:
        """The age of a writer under 18 who names their work in `words` (a message simplified):
        the one they give (`own`, "im 16") or one before what they are ("im a 16 yr old
        apprentice"); None when they give none, are 18 or over, or name no work."""
        if self._at_work.first_in_words(words) is None:
            return None
        age = own if own is not None else _age_before_a_noun(words)
        return age if age is not None and age < ADULT_AGE else None

    def harmed(self, words: list[str]) -> bool:
        """Whether `words` tell of harm to the writer's own body ("grabbing my bum")."""
        return self._own_body.first_in_words(words) is not None

    def body_harmed(self, words: list[str], harms: frozenset[str]) -> bool:
        """Whether a word of `harms` comes within `_BODY_REACH` words before the writer's own
        body in `words` ("last week he grabbed my neck", "he burnt my arm"): harm to the writer,
        at any age, told with no "me" (round 46, doors110: a woman's own telling read as
        family's, "If you're worried about someone you know")."""
        last_harm = -_BODY_REACH - 1
        starts = self._own_body.all_ends(words)
        for at, word in enumerate(words):
            if word in harms or word in _HANDS:
                last_harm = at
            elif at in starts and at - last_harm <= _BODY_REACH:
                return True
        return False


def _age_before_a_noun(words: list[str]) -> int | None:
    for at in range(len(words)):
        for lead in _I_AM_A:
            end = at + len(lead)
            if tuple(words[at:end]) != lead or end >= len(words):
                continue
            age = age_in_word(words[end])
            if age and _ANOTHERS.isdisjoint(words[end + 1 : end + 5]):
                return age
    return None
