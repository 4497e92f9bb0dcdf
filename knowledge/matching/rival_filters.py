"""Which of the matcher's nearest documents are real rivals to an entry, and which are not.

Chatter and topics we don't cover share words with questions the Q&A answers. Each filter here
takes the documents nearest a message, best first, and drops those that should not speak for it:
chatter when the message names our own subject or an entry close behind passes the gate, and a
topic we don't cover when the message names none of its anchors. And one that adds to the
index's shortlist the topics a message names while one it does not name holds a place there.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence

from knowledge.matching.index import Doc, DocKind, Index, Scored
from knowledge.matching.models import Match, MatcherSettings, NotCoveredPack
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.question_forms import ELLIPTIC
from knowledge.matching.reading import Reading
from knowledge.matching.segment import Segment
from knowledge.matching.text import words
from knowledge.matching.verdicts import Verdicts


class RivalFilters:
    """The filters on one matcher's nearest documents; built once with the matcher, pure after."""

    def __init__(
        self,
        index: Index,
        not_covered: NotCoveredPack,
        settings: MatcherSettings,
    ) -> None:
        """Read the topics' anchors and the phrases naming our own subject from `not_covered`.

        Args:
            index: the matcher's index, whose documents the scores point to.
            not_covered: topics the Q&A does not answer (with their anchors), and `on_topic`.
            settings: the matcher's thresholds.
        """
        self._docs = index.docs
        self._settings = settings
        self.anchored = {t.id: frozenset(t.anchors) for t in not_covered.topics if t.anchors}
        self._anchored_ids = frozenset(self.anchored)
        self._anchors = PhraseSet(a for t in not_covered.topics for a in t.anchors)
        self._on_topic = PhraseSet(not_covered.on_topic)
        cases = not_covered.case_questions
        self._case_topic = cases.topic if cases is not None else None
        # The formal-request topic's anchors that only name a requester ("police", "court"):
        # named alone in a short follow-up ("same for the police?"), no request is told.
        self._formal_topic = cases.formal_topic if cases is not None else None
        self._requesters = frozenset(
            r.removesuffix("*") for r in (cases.formal_requesters if cases else ())
        )
        self._requests = PhraseSet(cases.requests if cases else ())
        self._frames = PhraseSet(not_covered.subject_frames)

    def without_chatter(self, scored: list[Scored], typed: Sequence[str]) -> list[Scored]:
        """`scored` without chatter when chatter leads it and the message names our subject.

        "what should we cover in our information sharing training?" shares its words with
        "training room booking", but a message naming our own subject is not chatter.
        """
        kept = self._chatter_dropped(scored)
        if kept is None or not self._on_topic.first_in_words(typed):
            return scored
        return kept

    def without_chatter_on_topic(self, scored: list[Scored], typed: Sequence[str]) -> list[Scored]:
        """`scored` without any chatter, leading or not, when the message names our subject.

        "why is information sharing guidance important?" shares "important" with workplace
        chatter, which is no rival to an entry for a message about sharing information.
        """
        if not self._on_topic.first_in_words(typed):
            return scored
        return [r for r in scored if self._docs[r.doc].kind is not DocKind.CHATTER]

    def without_weak_chatter(
        self, scored: list[Scored], segment: Segment, gate: Verdicts
    ) -> list[Scored]:
        """`scored` without chatter when an entry close behind it would be quoted.

        Chatter shares a short question's few words ("who is it for" with "who is the cake
        for", "public interest test" with "this is a test"): it is no rival to an entry that
        scores the minimum, is within `suggest_window` of it and passes the gate. Far ahead
        ("what is the purpose of this channel") it is still chatter.
        """
        kept = self._chatter_dropped(scored)
        if kept is None:
            return scored
        if self._on_topic.first_in_words(words(segment.text)):
            return kept  # chatter that leads once a rival was set aside ("… sharing information …")
        docs = self._docs
        entry = next((r for r in scored if docs[r.doc].kind is DocKind.ENTRY), None)
        s = self._settings
        if (
            entry is None
            or entry.score < s.min_score
            or scored[0].score - entry.score >= s.suggest_window
        ):
            return scored
        if not gate.quotes(as_match(docs, entry), segment):
            return scored
        return kept

    def without_unanchored_topics(
        self, scored: list[Scored], typed: Sequence[str], reading: Reading | None = None
    ) -> list[Scored]:
        """`scored` without the topics we don't cover whose anchors the message does not name.

        A topic speaks only when the message names its subject: a letter to a solicitor shares
        words with a misdirected e-mail, but telling that person to report a data breach would
        be wrong. Who made a claim the message reports ("our DSL says…") is not its subject.
        """
        docs = self._docs
        anchored = self.anchored
        if not any(
            docs[s.doc].kind is DocKind.TOPIC and docs[s.doc].topic in anchored for s in scored
        ):
            return list(scored)  # no anchors to look for
        present = self._anchors_named(typed, reading)
        return [
            s
            for s in scored
            if docs[s.doc].kind is not DocKind.TOPIC
            or docs[s.doc].topic not in anchored
            or self._names_topic(docs[s.doc].topic, anchored[docs[s.doc].topic] & present, typed)
        ]

    def topics(
        self, typed: Sequence[str], reading: Reading | None = None
    ) -> Callable[[list[int], Mapping[int, float], Sequence[Doc]], list[int]] | None:
        """What adds to the index's shortlist the topics a message of the words `typed` names
        (`NamedTopics.added_to`); None when no topic has anchors."""
        if not self.anchored:
            return None
        return NamedTopics(self._anchored_ids, lambda: self.topics_named(typed, reading)).added_to

    def topics_named(self, typed: Sequence[str], reading: Reading | None = None) -> frozenset[str]:
        """The topics with anchors whose subject a message of the words `typed` names, as
        `without_unanchored_topics` reads them."""
        present = self._anchors_named(typed, reading)
        return frozenset(
            t
            for t, anchors in self.anchored.items()
            if self._names_topic(t, anchors & present, typed)
        )

    def _anchors_named(self, typed: Sequence[str], reading: Reading | None) -> frozenset[str]:
        """The topics' anchors a message of the words `typed` names (kept in `reading`, the
        message's, when given: the shortlist and the choice among topics read the same words)."""
        key = tuple(typed)
        found = reading.topic_anchors.get(key) if reading is not None else None
        if found is None:
            from knowledge.matching.claim_source import (  # noqa: PLC0415 (a shortlist's topics)
                without_claim_source,
                without_own_requester,
            )

            kept = without_own_requester(without_claim_source(typed))
            found = frozenset(self._anchors.all_in_words(kept))
            if reading is not None:
                reading.topic_anchors[key] = found
        return found

    def _names_topic(self, topic: str | None, named: frozenset[str], typed: Sequence[str]) -> bool:
        """Whether the anchors `named` name the topic's subject: not the formal-request topic's
        for a question too short to tell of a request that names only who might make one ("same
        for the police?", "what about the court?" lean on the answer before them) and tells of
        no request ("police request for records" does)."""
        if topic != self._formal_topic or len(typed) > ELLIPTIC:
            return bool(named)
        if self._requests.first_in_words(typed) is not None:
            return bool(named)  # "police request for records"
        return any(a.removesuffix("*") not in self._requesters for a in named)

    def without_the_case_topic(self, scored: list[Scored], typed: Sequence[str]) -> list[Scored]:
        """`scored` without the case topic when the question asks what the guidance says.

        "What does the Q&A say about sharing information with the police?" shares its words
        with the case topic's cues ("can I tell the police about…"), but asks what the guidance
        says, not what to do in one case (the gate reads such a question the same way when an
        entry leads: `QuoteGate.check`).
        """
        if self._case_topic is None or self._frames.first_in_words(typed) is None:
            return scored
        docs = self._docs
        return [
            r
            for r in scored
            if docs[r.doc].kind is not DocKind.TOPIC or docs[r.doc].topic != self._case_topic
        ]

    def _chatter_dropped(self, scored: list[Scored]) -> list[Scored] | None:
        # The documents other than chatter when chatter leads; None when it does not.
        docs = self._docs
        if docs[scored[0].doc].kind is not DocKind.CHATTER:
            return None
        return [r for r in scored if docs[r.doc].kind is not DocKind.CHATTER]


def as_match(docs: Sequence[Doc], scored: Scored) -> Match:
    """The `Match` a scored entry is offered or quoted as: its number and its score, rounded
    and at most 100."""
    return Match(docs[scored.doc].number, round(min(100.0, scored.score), 1))


class NamedTopics:
    """The topics with anchors, and (read when first needed) those of them a message names.

    The index's shortlist is made by word weight before anchors are read: a topic sharing
    common words with a message could take the place of the topic the message names, which was
    then never scored, and the one shortlisted was set aside for its missing anchors ("a
    journalist rang asking me to confirm … one of our clients" lost the media topic to a cue for
    trustees reading client notes: round 45). So while a topic the message does not name holds
    a place, the topics it names are scored too.
    """

    def __init__(self, anchored: frozenset[str], named: Callable[[], frozenset[str]]) -> None:
        """Args:
        anchored: every topic that speaks only when one of its anchors is named.
        named: the topics among them the message names (`RivalFilters.topics_named`).
        """
        self._anchored = anchored
        self._named = named

    @functools.cached_property
    def named(self) -> frozenset[str]:
        """The topics the message names."""
        return self._named()

    def added_to(
        self, shortlist: list[int], matched: Mapping[int, float], docs: Sequence[Doc]
    ) -> list[int]:
        """`shortlist`, followed by the topics the message names that share word weight with it
        (`matched`) but were left out, when a topic it does not name holds a place."""
        held = [docs[d].topic for d in shortlist if docs[d].kind is DocKind.TOPIC]
        anchored = [t for t in held if t in self._anchored]
        if not anchored or all(t in self.named for t in anchored):
            return shortlist
        shortlisted = set(shortlist)
        return shortlist + sorted(
            d
            for d in matched
            if d not in shortlisted
            and docs[d].kind is DocKind.TOPIC
            and docs[d].topic in self.named
        )
