"""Whether a question names another guidance or act than information sharing's.

The entries' "guidance" is the information sharing guidance. "Who is the guidance on restraint
for?" asks about another: a topic frame ("guidance on", "instances of") names what a document or
act is about, and when the few words after it name no sharing and point back to nothing
("guidance on this"), it is another (round 28, quote28). A guidance is also named by the words
before it: "Who is the attendance guidance for?", "Why was the safer recruitment guidance
updated?". Between an article or possessive and the word for a guidance ("the 2008 guidance",
"the government's guidance", "the new guidance", "our information sharing guidance"), each word
must be one the published texts use, a sharing word, a number (a year), or a word qualifying any
guidance ("the main guidance", the pack's `guidance_qualities`); a word none of them uses
("attendance", "restraint") names another guidance, as does a word written in capitals that the
texts never write so ("the SEND guidance": "send" is a word of theirs, "SEND" is not). No list of
other topics is kept: the published texts say which words describe their guidance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.qa_pack import QAEntry

POINTERS = frozenset({"it", "that", "this", "these", "those", "them", "they"})
_TOPIC_WORDS = 4  # words after a topic frame that name the topic ("on sharing personal data")
# Grammar of "<determiner> <modifiers> guidance": what opens the noun phrase, and how many words
# may stand between it and the noun ("the HM Government cross-government guidance").
_DETERMINERS = frozenset(
    ("the", "this", "that", "these", "those", "a", "an", "our", "your", "their", "its", "my")
)
_MODIFIERS = 3
_LETTERS = re.compile(r"[A-Za-z]+")


def in_capitals(text: str) -> frozenset[str]:
    """The words of two letters or more `text` writes in capitals ("SEND", "HM"), lower-cased;
    none when the whole text is in capitals (a shout names no initials)."""
    if text.isupper():
        return frozenset()
    return frozenset(w.lower() for w in _LETTERS.findall(text) if len(w) > 1 and w.isupper())


class AnotherTopic:
    """Reads the topic a question's guidance or act is about, against the published texts."""

    def __init__(
        self,
        entries: Iterable[QAEntry],
        *,
        topic_frames: Iterable[str],
        sharing: PhraseSet,
        guidance: Iterable[str],
        qualities: Iterable[str] = (),
    ) -> None:
        """Gather the words the published texts use, and the phrases, once.

        Args:
            entries: every Q&A entry: their questions, answers, alternates, keywords and
                anchors hold the words that may describe the guidance.
            topic_frames: `topic_frames` of the not-covered pack ("guidance on").
            sharing: the phrases naming sharing (`objects.sharing`).
            guidance: the words naming a guidance as a document (`guidance_words`).
            qualities: words qualifying any guidance (`guidance_qualities`: "the main guidance").
        """
        own: set[str] = set()
        capitals: set[str] = set()
        for e in entries:
            for text in (e.question, e.answer, *e.alternates, *e.keywords, *e.anchors):
                own.update(words(text.replace("*", " ")))
                capitals.update(in_capitals(text))
        self._own = frozenset(own.union(qualities))
        self._capitals = frozenset(capitals)
        self._frames = PhraseSet(topic_frames)
        self._sharing = sharing
        self._guidance = frozenset(guidance)

    def named(self, asked: Sequence[str], fixed: Sequence[str], question: str = "") -> bool:
        """Whether the question (as typed, and typos fixed, word for word) names a topic
        other than sharing: after a topic frame, or before the word for a guidance. A word
        `question` (the text) writes in capitals that the published texts never do ("the SEND
        guidance") is read as initials, whatever the same letters mean in lower case."""
        return self._after_a_frame(asked, fixed) or (
            len(fixed) == len(asked)
            and self._before_the_guidance(asked, fixed, in_capitals(question) - self._capitals)
        )

    def _after_a_frame(self, asked: Sequence[str], fixed: Sequence[str]) -> bool:
        # Within the few words after a frame no sharing is named, as typed or typos fixed, and
        # nothing is pointed back to ("guidance on this").
        for ends in self._frames.all_ends(asked).values():
            for end in ends:
                topic = asked[end : end + _TOPIC_WORDS]
                if (
                    topic
                    and POINTERS.isdisjoint(topic)
                    and self._sharing.first_in_words(topic) is None
                    and self._sharing.first_in_words(fixed[end : end + _TOPIC_WORDS]) is None
                ):
                    return True
        return False

    def _before_the_guidance(
        self, asked: Sequence[str], fixed: Sequence[str], initials: frozenset[str]
    ) -> bool:
        for at in (i for i, word in enumerate(asked) if word in self._guidance):
            opening = next(
                (
                    i
                    for i in range(at - 1, max(-1, at - _MODIFIERS - 2), -1)
                    if asked[i] in _DETERMINERS
                ),
                None,
            )
            if opening is None or opening == at - 1:
                continue
            between = range(opening + 1, at)
            if (
                self._sharing.first_in_words(asked[opening + 1 : at]) is not None
                or self._sharing.first_in_words(fixed[opening + 1 : at]) is not None
            ):
                continue  # "the information sharing guidance"
            if any(
                asked[i] in initials
                or (not self._describes(asked[i]) and not self._describes(fixed[i]))
                for i in between
            ):
                return True
        return False

    def _describes(self, word: str) -> bool:
        # A word the published texts use, or a number ("the 2008 guidance").
        return word in self._own or word.isdigit()
