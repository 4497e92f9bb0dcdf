"""Answering free-text questions from the published Q&A: a quoted card, "Did you mean…", or a
plain "not found" with next steps."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from dialogs.choices import Command, command_value, topic_value
from dialogs.contract import Card, Choice, Private, Reply
from dialogs.share_asks import tells_of_request
from knowledge.loader import Knowledge
from knowledge.matching import Match, Matcher, MatchResult, NotCoveredHit, NotCoveredTopic
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.segment import Segment
from knowledge.matching.text import words
from knowledge.qa_pack import QAEntry

if TYPE_CHECKING:
    from dialogs.agreed import AgreedSharing

NEXT_STEPS = (
    Choice("Browse topics", command_value(Command.TOPICS)),
    Choice("Start a consent check", command_value(Command.CHECK)),
    Choice("Golden rules", command_value(Command.RULES)),
)


CHATTER_NEVER_NAMES = ("he", "kid", "family", "adult")
"""The risk pack's sets of words for someone in particular (he or she, a child, a relative, a
patient): a message naming one is about a person, not chatter. Not "staff" nor "folk", which
chatter names ("social media policy for staff", "protocol for visitors")."""


class QAAnswers:
    """Turns matcher results and topic picks into replies quoting the published answers."""

    def __init__(self, knowledge: Knowledge, matcher: Matcher) -> None:
        self._knowledge = knowledge
        self._matcher = matcher
        self._now_called: dict[int, PhraseSet] = {}  # each entry's `now_called`, when first read
        self._scope_asks: dict[str, PhraseSet] = {}  # each topic's `scope_asks`, when first read
        cases = knowledge.not_covered.case_questions
        own = self._topic(cases.own_request_topic) if cases and cases.own_request_topic else None
        self._own_request = NotCoveredHit(own.id, own.reply) if own is not None else None
        self._own_over = frozenset(cases.own_request_over if cases is not None else ())
        sets = knowledge.risk.sets
        self._people = frozenset(
            {"him", "her", "them"}.union(*(sets.get(n, ()) for n in CHATTER_NEVER_NAMES))
        )

    def match(self, text: str, parts: Sequence[Segment] | None = None) -> MatchResult:
        """Match a question against the Q&A (`parts`: its `question_parts`, if already made).
        A message about someone ("he's just phoned asking for the lesson times", "what if the
        HV is off sick, she was meant to visit") is never off-topic chatter (round 37)."""
        result = self._matcher.match(text, parts)
        if self._own_request is not None and self._acts_for(result, text):
            return MatchResult(not_covered=self._own_request)
        if result.off_topic and not self._people.isdisjoint(words(text)):
            return replace(result, off_topic=False)
        if self._tells_agreement(result, text):
            return MatchResult(not_covered=NotCoveredHit(self._agreed.topic, ""))
        return self._scope_asked(result, text) or result

    def _scope_asked(self, result: MatchResult, text: str) -> MatchResult | None:
        """The topic's `scope_entry` for a message matched to a not-covered topic that asks
        whether the guidance covers it and tells of no request (a magistrate's "does the
        guidance cover sharing between the court and probation?"); None otherwise."""
        topic = self._topic(result.not_covered.topic) if result.not_covered else None
        if topic is None or topic.scope_entry is None:
            return None
        asks = self._scope_asks.get(topic.id)
        if asks is None:
            asks = self._scope_asks[topic.id] = PhraseSet(topic.scope_asks)
        found = words(text)
        if asks.first_in_words(found) is None or tells_of_request(" ".join(found)):
            return None
        return MatchResult(answer=Match(number=topic.scope_entry, score=100.0))

    @functools.cached_property
    def _agreed(self) -> AgreedSharing:
        # Built at the first question no entry answers: `infoshare ask` mostly has none.
        from dialogs.agreed import AgreedSharing  # noqa: PLC0415
        from dialogs.summary_footer import summary_footer  # noqa: PLC0415

        about, flow = self._knowledge.about, self._knowledge.flow
        texts = (about.with_agreement, about.with_agreement_after_harm)
        footer = summary_footer(flow.guidance, about.short_status)
        return AgreedSharing(self._own_over, texts, footer, self._knowledge.typed_words.agreed)

    def _is_agreed(self, result: MatchResult) -> bool:
        """Whether `result` is the one `match` made for sharing the person agreed to."""
        return result.not_covered is not None and result.not_covered.topic == self._agreed.topic

    def _tells_agreement(self, result: MatchResult, text: str) -> bool:
        """Whether `text` asks about sharing the person agreed to ("she said yes"), which no
        entry answered and no topic of its own (one `own_request_over` aside) took."""
        if result.answer is not None:
            return False
        taken = result.not_covered.topic if result.not_covered is not None else None
        return self._agreed.over(taken) and self._agreed.tells(words(text))

    def _acts_for(self, result: MatchResult, text: str) -> bool:
        """Whether `text` tells of a person's own request to pass on his information, which
        no entry answers and no topic but an outside body's request or a case question took."""
        if result.answer is not None:
            return False
        from knowledge.matching.claim_source import tells_own_request  # noqa: PLC0415 (unanswered)

        taken = result.not_covered.topic if result.not_covered is not None else None
        return (taken is None or taken in self._own_over) and tells_own_request(words(text))

    def answer(self, text: str) -> Reply:
        """The reply to a question on its own: the quoted answer, or what to do instead."""
        result = self._matcher.match(text)
        if result.answer is not None:
            card = self.entry_card(result.answer.number, asked=text)
            if card is not None:
                return card
        return self.reply_to(result)

    def entry_card(self, number: int, *, asked: str | None = None) -> Reply | None:
        """Quote entry `number` in full, with its source line; None if there is no such entry.

        Args:
            number: the entry to quote.
            asked: the question it answers, if any: when it names the entry's thing by
                today's name (`now_called`), the entry's note linking the names comes first.
        """
        return self._quote(number, "type about for what is current", asked)

    def shared_card(self, number: int) -> Reply | None:
        """Quote entry `number` as shared into a conversation with colleagues; None if there
        is no such entry.

        The same exact text and source as `entry_card`; the note on currency stands on its own,
        since the people reading it may have no assistant to ask, and so does the entry's note
        on what its 2008 names are called now, whatever was searched for.
        """
        return self._quote(number, _SHARED_NOTE, shared=True)

    def _quote(
        self, number: int, note: str, asked: str | None = None, *, shared: bool = False
    ) -> Reply | None:
        entry = self._knowledge.entry(number)
        if entry is None:
            return None
        source = (
            f"Source: {self._knowledge.citation(number)}. "
            f"{self._knowledge.about.short_status}: {note}."
        )
        named = entry.now_called_note if shared else self._now_called_note(entry, asked)
        # The published answer is quoted exactly: a note on today's name stands apart from it.
        card = Card(
            title=entry.question,
            body=entry.answer,
            facts=() if named is None else (("Since 2008", named),),
            source=source,
        )
        lead = "" if named is None else f"{named}\n\n"
        text = f"{lead}**{entry.question}**\n\n{entry.answer}\n\n*{source}*"
        return Reply(text=text, card=card)

    def _now_called_note(self, entry: QAEntry, asked: str | None) -> str | None:
        """The entry's note linking today's name to its 2008 one, when `asked` names it by
        today's ("what is a data sharing agreement?" is answered by the entry on an ISP), or
        whatever was asked for an entry whose note is always shown (`note_always`)."""
        if entry.note_always:
            return entry.now_called_note
        if asked is None or not self._names_today(entry, asked):
            return None
        return entry.now_called_note

    def _names_today(self, entry: QAEntry, asked: str) -> bool:
        """Whether `asked` names the entry's 2008 thing by one of today's names."""
        if not entry.now_called:
            return False
        names = self._now_called.get(entry.number)
        if names is None:
            names = self._now_called[entry.number] = PhraseSet(entry.now_called)
        return names.first_in_words(words(asked)) is not None

    def law_since_2008(self, asked: str) -> list[Reply]:
        """Before the 2008 summary on consent, for a question naming today's law in place of
        one a published answer names (the UK GDPR for the Data Protection Act 1998: an entry
        whose note is always shown): the law has changed, and consent is usually not the basis
        for a safeguarding share. A pointer, never legal advice; none for any other question."""
        entries = self._knowledge.entries
        if not any(e.note_always and self._names_today(e, asked) for e in entries):
            return []
        return [
            Reply(
                text="**The law has changed since 2008.** The UK GDPR and the Data Protection Act "
                "2018 replaced the Data Protection Act 1998 that the 2008 guidance names. Under "
                "them, consent is usually not the lawful basis for sharing information to keep "
                "someone safe, and data protection law does not stop you sharing without consent "
                "where that is needed to protect a child or an adult at risk. This is a pointer, "
                "not legal advice: your data protection officer can advise on your case."
            )
        ]

    def formal_request(self, simple: str) -> str | None:
        """What the not-covered pack says of a formal request (the police, a court), when a
        message tells of one ("police have asked for a pupil's address, can I give it?"); None
        otherwise, or when the pack names no such topic."""
        hit = self._matcher.formal_request(simple)
        return hit.reply if hit is not None else None

    def _topic(self, topic_id: str) -> NotCoveredTopic | None:
        return next((t for t in self._knowledge.not_covered.topics if t.id == topic_id), None)

    def reply_to(self, result: MatchResult, *, concern: bool = False) -> Reply:
        """The reply for a match result that is not a confident answer; `concern`: a risk of
        harm was described in this conversation, which a subject's reply may speak to first."""
        if self._is_agreed(result):
            return self._agreed.reply(concern=concern, choices=NEXT_STEPS)
        if result.not_covered is not None:
            hit = result.not_covered
            topic = self._topic(hit.topic) if concern else None
            said_first = topic.after_concern if topic is not None else ""
            first = f"{said_first}\n\n" if said_first else ""
            # A reply that says to hold back never follows the signpost: its topic says instead
            # what the risk of harm changes.
            instead = topic.with_concern if topic is not None else ""
            first, said = (f"{instead}\n\n", "") if instead else (first, f"{hit.reply}\n\n")
            return Reply(
                text=f"{first}{said}{self.seek_advice()}",
                choices=NEXT_STEPS,
                # What was described is never spoken of where others can read it.
                private=Private.RISK_OF_HARM if first else None,
            )
        if result.suggestions and result.withheld:
            return self.related(result.suggestions)
        if result.suggestions:
            return self.did_you_mean(result.suggestions)
        if result.off_topic and not concern:  # after a signpost, a follow-up is about the case
            return Reply(
                text="I can only help with sharing information about people: questions from the "
                "published Q&A, and a consent check. Type **help** to see what I can do.",
                choices=NEXT_STEPS,
            )
        return Reply(
            text="I couldn't find that in the published Q&A. You could browse the topics it "
            f"covers, or start a consent check if you have a decision to make.\n\n"
            f"{self.seek_advice()}",
            choices=NEXT_STEPS,
        )

    def reply_with_offer(self, result: MatchResult, offer: Reply) -> Reply:
        """`reply_to`'s reply for a topic's own answer with the consent check `offer`ed in it:
        its text then the offer's, and the offer's menu alone (one reply, one menu)."""
        said = self.reply_to(result)
        if self._is_agreed(result):
            return replace(said, choices=offer.choices)  # the plain answer, with the offer's menu
        return Reply(
            text=f"{said.text}\n\n{offer.text}", choices=offer.choices, private=said.private
        )

    def seek_advice(self) -> str:
        """Who to ask, from the contacts pack (an organisation's own, when it has one)."""
        people = "\n".join(c.as_line() for c in self._knowledge.contacts.for_advice())
        return f"{_SEEK_ADVICE}\n{people}"

    def did_you_mean(self, suggestions: tuple[Match, ...]) -> Reply:
        """Offer the likeliest entries as choices."""
        choices = tuple(
            Choice(entry.question, topic_value(entry.number))
            for entry in (self._knowledge.entry(m.number) for m in suggestions[:3])
            if entry is not None
        )
        listed = "\n".join(f"- {c.label}" for c in choices)
        return Reply(text=f"Did you mean one of these?\n{listed}", choices=choices)

    def related(self, suggestions: tuple[Match, ...]) -> Reply:
        """Say honestly that no published answer fits, and offer the nearest as related."""
        choices = tuple(
            Choice(entry.question, topic_value(entry.number))
            for entry in (self._knowledge.entry(m.number) for m in suggestions[:3])
            if entry is not None
        )
        listed = "\n".join(f"- {c.label}" for c in choices)
        return Reply(
            text="I don't think the published Q&A answers that exactly. These published "
            f"questions are related, but may not answer yours:\n{listed}\n\n"
            "If you have a decision to make, the consent check walks you through the "
            f"guidance's key questions.\n\n{self.seek_advice()}",
            choices=(*choices, NEXT_STEPS[1]),
        )

    def topics(self, *, in_check: bool = False) -> Reply:
        """Every question the Q&A answers, as choices; while a consent check waits for an
        answer (`in_check`), listed without them, so the only buttons shown are the check's."""
        entries = self._knowledge.entries
        listed = "\n".join(f"{e.number}. {e.question}" for e in entries)
        if in_check:
            return Reply(
                text=f"The published Q&A answers these {len(entries)} questions. Ask about any "
                f"of them in your own words, or type **topics** to pick one once your check is "
                f"done.\n{listed}"
            )
        return Reply(
            text=f"The published Q&A answers these {len(entries)} questions. Pick one, or just "
            f"ask in your own words.\n{listed}",
            choices=tuple(Choice(e.question, topic_value(e.number)) for e in entries),
        )


_SHARED_NOTE = "newer guidance and your organisation's own policies take precedence"
_SEEK_ADVICE = "If you need an answer now, seek advice, without naming the person where you can:"
