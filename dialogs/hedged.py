"""Reading a longer or hedged reply during a consent check as yes, no or not sure.

"I think so", "yes, she told me in confidence" and "we haven't asked yet" are answers, not
questions for the Q&A. They are read by how they begin (the leads of the typed-words pack), and
the assistant says how it read them so that a wrong reading is one **back** away. Anything that
looks like a question is left alone.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.flow_pack import NO_LIKE, AnswerKey
from knowledge.typed_words import LEAD_ORDER, HedgedWords, after_lead

MAX_WORDS = 16  # longer than this and it is a story or a question, not an answer


class HedgedReader:
    """Reads a longer reply by how it begins, with the typed-words pack's hedged words."""

    def __init__(self, words: HedgedWords) -> None:
        self._leads = tuple(
            (AnswerKey(key), tuple(lead.split() for lead in words.leads[key]))
            for key in LEAD_ORDER
            if key in words.leads
        )
        self._echoes = tuple(lead.split() for lead in words.echoes)
        self._question_words = frozenset(words.question_words)
        self._joining_words = frozenset(words.joining_words)

    def as_hedged_answer(
        self, text: str, simple: str, asked: Collection[str] = ()
    ) -> AnswerKey | None:
        """Yes, no or not sure for a reply that begins like one and is not a question.

        Args:
            text: the message as cleaned (its question mark still there).
            simple: the same message simplified (lower case, no punctuation).
            asked: the words of the question it answers; a yes that repeats the question's verb
                ("we have …") must go on with one of them ("we have consent").

        Returns:
            The answer it begins with, or None.
        """
        found = simple.split()
        if not found or len(found) > MAX_WORDS or "?" in text:
            return None
        key, rest = self._lead(found)
        if key is AnswerKey.YES and not self._echoes_question(found, asked):
            return None
        if key is AnswerKey.NO and rest:
            # "no, she refused": the kind of no that follows says more than the "no".
            kind, _ = self._lead(rest)
            if kind in NO_LIKE:
                return kind
        return key

    def _echoes_question(self, found: Sequence[str], asked: Collection[str]) -> bool:
        """False when `found` begins with an echo ("we have") and goes on with something other
        than the question's words ("we have a safeguarding concern")."""
        rest = after_lead(found, self._echoes)
        words = [w for w in rest or () if w not in self._joining_words]
        return not words or words[0] in asked

    def _lead(self, found: Sequence[str]) -> tuple[AnswerKey | None, Sequence[str]]:
        """The answer `found` begins with (None if it begins with none, or goes on to ask
        something) and the words after its lead."""
        for key, leads in self._leads:
            rest = after_lead(found, leads)
            if rest is not None:
                return (None if self._asks(rest) else key), rest
        return None, found

    def is_asked(self, text: str, simple: str) -> bool:
        """Whether a message reads as a question: a question mark, or a question word first."""
        return "?" in text or self._asks(simple.split())

    def is_bare_reply(self, text: str, simple: str) -> bool:
        """Whether a short message is only a yes, no or not sure ("I think so", "no idea")."""
        return len(simple.split()) <= 3 and self.as_hedged_answer(text, simple) is not None

    def _asks(self, rest: Sequence[str]) -> bool:
        # "yes but can I share it with the school" and "not sure what an ISP is" ask something.
        words = [w for w in rest if w not in self._joining_words]
        return bool(words) and words[0] in self._question_words
