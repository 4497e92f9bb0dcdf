"""Whether a question names another guidance or act than information sharing's.

The entries' "guidance" is the information sharing guidance. "Who is the guidance on restraint
for?" asks about another: a topic frame ("guidance on", "instances of") names what a document or
act is about, and when the few words after it name no sharing and point back to nothing
("guidance on this"), it is another (round 28, quote28). A guidance named by the words before it
("the attendance guidance") was read in round 29 and withdrawn: it lost a held-out right answer
(docs/matcher.md, "Round 29 (quote29)").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from knowledge.matching.phrases import PhraseSet

POINTERS = frozenset({"it", "that", "this", "these", "those", "them", "they"})
_TOPIC_WORDS = 4  # words after a topic frame that name the topic ("on sharing personal data")


class AnotherTopic:
    """Reads the topic a question's guidance or act is about, after a topic frame."""

    def __init__(self, *, topic_frames: Iterable[str], sharing: PhraseSet) -> None:
        """Gather the phrases once.

        Args:
            topic_frames: `topic_frames` of the not-covered pack ("guidance on").
            sharing: the phrases naming sharing (`objects.sharing`).
        """
        self._frames = PhraseSet(topic_frames)
        self._sharing = sharing

    def named(self, asked: Sequence[str], fixed: Sequence[str]) -> bool:
        """Whether the question (as typed, and typos fixed, word for word) names, after a topic
        frame, a topic other than sharing: within the few words after the frame no sharing is
        named, as typed or typos fixed, and nothing is pointed back to ("guidance on this")."""
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
