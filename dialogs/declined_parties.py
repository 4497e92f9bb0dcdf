"""Who a short follow-up to a topic the Q&A does not cover asks about: "what about the police?",
"and schools?", "what if it's the GP asking?" just after "how long should we keep records?".

The topic's own reply may say something for that party (the formal-request topic names the
police, the duties-to-report topic teachers): it is given again, as theirs too. Otherwise the
reply says plainly that the 2008 Q&A doesn't cover that for them either, and what the assistant
can offer. Only the topic's id is remembered between turns (`TurnNote.declined`), never the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from knowledge.typed_words import simplify

# "and schools?", "and the GP?": a short message opening "and" is a follow-up only when it names
# a party, at most this many words.
AND_WORDS = 4

ON_THEM = (
    "That goes for {name} too: the 2008 Q&A doesn't cover it, so I can't quote a published "
    "answer for it.\n\n{reply}"
)
OFFER = (
    "The 2008 Q&A doesn't cover that for {name} either, so I can't quote a published answer "
    "for it. What I can offer: ask me your question about {name} in full (if they've asked you "
    "for information, say so), or type **check** to walk through the guidance's seven key "
    "questions before you share anything with them."
)


class FollowUpParties:
    """The parties of the typed-words pack's `follow_up_parties`, found in simplified words."""

    def __init__(self, parties: Mapping[str, Sequence[str]], asides: Iterable[str]) -> None:
        """`parties`: a name to say, and the words or phrases naming them; `asides`: the words a
        follow-up may hold beside them."""
        self._parties = tuple(
            (name, tuple(f" {simplify(w)} " for w in named)) for name, named in parties.items()
        )
        self._asides = frozenset(simplify(w) for w in asides)

    def named(self, words: Sequence[str]) -> str | None:
        """The name of the party that `words` (simplified) name with nothing but asides beside
        them ("its the gp asking"); None for none, or for words telling of more."""
        text = f" {' '.join(words)} "
        for name, phrases in self._parties:
            found = [p for p in phrases if p in text]
            if not found:
                continue
            for phrase in sorted(found, key=len, reverse=True):
                text = text.replace(phrase, " ")
            return name if self._asides.issuperset(text.split()) else None
        return None

    def reply(self, name: str, topic_reply: str) -> str:
        """What to say of party `name` after the topic whose reply is `topic_reply`: that reply
        again when it names them, or what the assistant can offer for them."""
        phrases = next(p for n, p in self._parties if n == name)
        if _names(f" {simplify(topic_reply)} ", phrases):
            return ON_THEM.format(name=name, reply=topic_reply)
        return OFFER.format(name=name)


def _names(text: str, phrases: Sequence[str]) -> bool:
    return any(p in text for p in phrases)
