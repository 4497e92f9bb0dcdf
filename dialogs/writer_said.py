"""Who the writer says they are on a line telling no harm, kept for a harm told on a later line
(round 42, voice43; tryout43 #2, #3): "im 16 and i dont know if this is normal", then the
stepdad; "im worried about my niece, shes 9", then what her mother does. Pure and linear, set
lookups only; imported only for a line with "im", "am" or "my" in it (`dialogs.writer_turn`).
"""

from __future__ import annotations

from dialogs.friend_voice import FriendVoice
from dialogs.own_voice import FAMILY, Voice, knows_them
from dialogs.practice_words import PRACTICE
from knowledge.matching.phrases import PhraseSet
from knowledge.risk_words import ADULT_AGE


def said_before(simple: str, friend: FriendVoice) -> Voice | None:
    """Who the writer says they are in `simple`, a message telling of no harm: a young person
    ("im 16 and i dont know if this is normal"), or family or one of the public who knows the
    person ("im worried about my niece, shes 9"); None for a practitioner, one naming the
    people they work with, or when unclear."""
    words = simple.split()
    if any(w in PRACTICE for w in words):
        return None
    age = friend.own_harm.own_age(words)
    if age is not None:
        return "child" if age < ADULT_AGE else None
    family = PhraseSet(FAMILY).first_in_words(words) is not None
    return "family" if family or knows_them(words, friend, told=False) else None
