"""A short follow-up just after a topic the Q&A does not cover: still about that topic."""

from __future__ import annotations

from collections.abc import Iterable

from dialogs.answers import QAAnswers
from dialogs.contract import Reply
from dialogs.declined_parties import AND_WORDS, FollowUpParties
from dialogs.facts import TurnKind
from dialogs.state import FOLLOW_UP_WORDS, ConversationState
from dialogs.turn_note import TurnNote
from knowledge.matching import MatchResult, NotCoveredHit, NotCoveredTopic
from knowledge.typed_words import TypedWordsPack, after_lead

STILL_OUTSIDE = (
    "That sounds like part of your last question, which the 2008 Q&A doesn't cover, so I "
    "can't quote a published answer for it. If it's a new question, ask it in full."
)


class DeclinedFollowUps:
    """Reads a follow-up ("what if one of the parents says no") to a declined topic."""

    def __init__(
        self, words: TypedWordsPack, topics: Iterable[NotCoveredTopic], qa: QAAnswers
    ) -> None:
        """`topics`: those whose own reply a follow-up gets again (not the consent topics,
        whose follow-ups a published answer may well answer)."""
        self._leads = sorted((lead.split() for lead in words.follow_ups), key=len, reverse=True)
        self._ends = tuple(end.split() for end in words.follow_up_ends)
        self._qa = qa
        self._replies = {t.id: t.reply for t in topics}
        self._parties = FollowUpParties(words.follow_up_parties, words.follow_up_asides)

    def again(self, state: ConversationState, simple: str, note: TurnNote) -> Reply | None:
        """The topic the last turn declined (`note.declined`) replied again, after a line
        saying the follow-up is still outside the Q&A, for a short message (`simple`:
        simplified) that leans on it and tells of no harm; None for anything else, or for a
        topic whose reply this does not repeat (noted as not covered, and not remembered for
        the next turn: one follow-up only). A follow-up naming a party ("what about the
        police?", "and schools?") gets the topic's lines on them, or what can be offered."""
        topic = note.declined
        said = self._replies.get(topic) if topic and note.risk is None else None
        words = simple.split()
        if said is None or topic is None or len(words) > FOLLOW_UP_WORDS:
            return None
        rest = after_lead(words, self._leads)
        if rest is None and any(words[-len(end) :] == end for end in self._ends):
            rest = words  # "do parents have to give consent for that": it names the topic
        party = self._parties.named(words[1:] if rest is None else rest)
        if rest is None and (words[:1] != ["and"] or len(words) > AND_WORDS or party is None):
            return None
        note.kind, note.topic = TurnKind.NOT_COVERED, topic
        again = self._qa.reply_to(
            MatchResult(
                not_covered=NotCoveredHit(
                    topic=topic, reply=said if party is None else self._parties.reply(party, said)
                )
            ),
            concern=state.has_concern(),
        )
        if party is not None:
            return again
        return Reply(
            text=f"{STILL_OUTSIDE}\n\n{again.text}", choices=again.choices, private=again.private
        )
