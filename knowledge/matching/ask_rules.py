"""Whether an entry's published answer answers the kind of thing a question asks.

Two entries can share a question's words and yet answer different asks (`asks.py`). The
not-covered pack says which kinds of ask no published answer answers (`asks` less every entry's
`answers_asks`: "where can I find…?"), which must be answered by the entry itself wherever they
open (`strict_asks`: "why…") or wherever they stand (`strict_anywhere`: "the purpose of…"), and
which ask for a person (`person_asks`); each entry says which kinds it answers and whether it
defines terms (`answers_definitions`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from knowledge.matching.asks import Asks
from knowledge.matching.models import NotCoveredPack
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.question_forms import (
    ELLIPTIC,
    MEANS,
    asks_who,
    asks_whom_for,
    opens_what_is,
    whom_for_end,
)
from knowledge.qa_pack import QAEntry

if TYPE_CHECKING:
    from knowledge.matching.reading import Reading


class AskRules:
    """Reads a question's kind of ask against what each entry's published answer answers."""

    def __init__(
        self,
        entries: Sequence[QAEntry],
        not_covered: NotCoveredPack,
        anchors: Mapping[int, frozenset[str]],
        verbs: PhraseSet,
    ) -> None:
        """Index the kinds of ask and which entries answer them once.

        Args:
            entries: the Q&A entries, with their `answers_asks`.
            not_covered: the pack holding `asks` and the rules on them.
            anchors: each entry's anchors as typed, by number.
            verbs: the sharing verbs of the case questions.
        """
        self.asks = Asks(
            not_covered.asks,
            emphasis=not_covered.emphasis,
            passed_after=not_covered.what_passed_after,
            at_end=not_covered.asks_at_end,
        )
        self._verbs = verbs
        self._answers_asks = {e.number: frozenset(e.answers_asks) for e in entries}
        self._needs = {
            e.number: tuple(PhraseSet(group) for group in e.necessity_of)
            for e in entries
            if e.necessity_of
        }
        self._needs_not = {e.number: PhraseSet(e.necessity_not) for e in entries if e.necessity_not}
        answered = {kind for e in entries for kind in e.answers_asks}
        answering = {
            k: [e.number for e in entries if k in e.answers_asks] for k in not_covered.sharer_asks
        }
        self._sole = {k: found[0] for k, found in answering.items() if len(found) == 1}
        self._unanswered = frozenset(not_covered.asks) - answered
        self._strict = frozenset(not_covered.strict_asks)
        self._strict_anywhere = frozenset(not_covered.strict_anywhere)
        self._sharer_asks = frozenset(not_covered.sharer_asks)
        self._person_asks = frozenset(not_covered.person_asks)
        self._who_acts = PhraseSet(not_covered.who_acts)
        self._definitions = PhraseSet(not_covered.definitions)
        self._definers = frozenset(e.number for e in entries if e.answers_definitions)
        self._defined = [anchors.get(d, frozenset()) for d in self._definers]

    def answers(self, number: int, ask: str) -> bool:
        """Whether entry `number`'s published answer answers that kind of ask."""
        return ask in self._answers_asks.get(number, ())

    def sole_answerer(self, ask: str | None) -> int | None:
        """The one entry answering `ask`, when it asks about sharing in general (one of
        `sharer_asks`) and one entry alone answers it ("when may I share?": entry 4)."""
        return None if ask is None else self._sole.get(ask)

    def unanswered(
        self,
        number: int,
        asked: list[str],
        every_kind: frozenset[str],
        claim_story: list[str] | None = None,
        reading: Reading | None = None,
    ) -> bool:
        """Whether the question asks what entry `number`'s published answer does not answer:
        a meaning (unless the entry defines terms), a strict kind the entry does not answer,
        who acts. A kind no entry answers is the caller's to rule out first
        (`asks_what_none_answers`, on the same `every_kind`).

        Args:
            number: the entry about to be quoted.
            asked: the question's words.
            every_kind: `asks.all_of(asked)`, worked out once by the caller.
            claim_story: the story's words, when the question checks a claim the story makes
                ("Is that right?"); None otherwise.
            reading: the message's reading, where what is read of its words is kept.
        """
        if number not in self._definers and (
            self._asks_meaning(asked) or self.asks_what_a_thing_is(asked, reading)
        ):
            return True
        kind = self.asks.of(asked, reading)
        if claim_story is not None and self.asks.all_of(claim_story) & self._unanswered:
            # "They told us the DPA 1998 doesn't apply any more. Is that right?" asks whether
            # the claim holds: what no published answer says, wherever in the claim it is.
            return True
        answers = self._answers_asks.get(number, frozenset())
        if (
            kind in self._strict
            and kind not in answers
            and not self._need_spoken_of(number, kind, asked)
        ):
            # "Why was the Data Protection Act updated?" asks why: not what entry 3 answers.
            return True
        end = whom_for_end(asked)
        if end is not None:
            # "who is this guidance actually for, does it cover…": its "actually for" ends
            # asking whom it is for, not the purpose; what follows may ask anything.
            every_kind = self.asks.all_of(asked[end + 1 :])
        if (every_kind & self._strict_anywhere) - answers:
            # "What is the purpose of the Data Protection Act?" opens "what is" but asks the
            # purpose, wherever in the question that is.
            return True
        who = asks_who(asked)
        if who and not self._person_asks & answers:
            # "Who enforces the Data Protection Act?" opens asking for a person or body: only
            # an entry whose answer names some is quoted ("who" further on is often a relative:
            # "support staff who have to decide…").
            return True
        if kind in self._person_asks and kind not in answers and asks_whom_for(asked):
            # "Who is the pocket guide for?" asks its readers: the entry naming who made the
            # guidance answers another person ask.
            return True
        # "Does the guidance say who in a school should make the decision?" asks who takes a
        # decision: no published answer names anyone for that (entry 9's "who" is its readers).
        return who and self._who_acts.first_in_words(asked[asked.index("who") :]) is not None

    def answers_need(self, number: int, kind: str | None, asked: list[str]) -> bool:
        """Whether entry `number`'s published answer answers the question's `kind` of ask: a
        kind it answers, or a `necessity` ask of the need its answer speaks of
        (`necessity_of`): "do we really need to share information with other agencies?" asks
        entry 1's need, though entry 1 answers no `necessity` ask in general (round 54)."""
        return kind is not None and (
            self.answers(number, kind) or self._need_spoken_of(number, kind, asked)
        )

    def asks_its_need(self, number: int, asked: list[str], reading: Reading | None = None) -> bool:
        """Whether the question asks, as a `necessity` ask, the need entry `number`'s answer
        speaks of (`necessity_of`): "do we really need to share information?" names entry
        1's subject, sharing doubted, though none of its anchors (round 54)."""
        return number in self._needs and self._need_spoken_of(
            number, self.asks.of(asked, reading), asked
        )

    def _need_spoken_of(self, number: int, kind: str | None, asked: list[str]) -> bool:
        """Whether a `necessity` ask asks a need entry `number`'s published answer speaks of
        (its `necessity_of`: a phrase of every group named): "does my employer have to back
        me?" asks the support entry 14 says employers owe; "do I need to have confidence
        before I share?" names no one who owes it; "do I need my organisation to back me?"
        asks the asker's own need (its `necessity_not`)."""
        groups = self._needs.get(number) if kind == "necessity" else None
        return (
            bool(groups)
            and all(g.first_in_words(asked) is not None for g in groups or ())
            and (
                number not in self._needs_not
                or not self._needs_not[number].first_in(" ".join(asked))
            )
        )

    def asks_what_none_answers(self, every_kind: frozenset[str]) -> bool:
        """Whether a question holding, anywhere, `every_kind` of ask (`asks.all_of`) holds one
        no published answer answers: "where can I find our protocol?" (no published answer
        says where anything is); "what is an ISP, and what are the penalties for breaking the
        Act?" further on."""
        return bool(every_kind & self._unanswered)

    def sharer_end(self, number: int, question: list[str], reading: Reading | None = None) -> int:
        """Where the one sharing ends: when the question asks the conditions for sharing, which
        entry `number` answers ("when can a pharmacist share…?", "in what situations can a
        charity pass on…?"), the words before its sharing verb name who shares, not to whom nor
        about what; 0 otherwise. What is read of the question is kept on `reading`, if given."""
        if self.asks.of(question, reading) not in self._sharer_asks & self._answers_asks.get(
            number, set()
        ):
            return 0
        if reading is None:
            return self._verbs.end_of_first(question) or 0
        said = tuple(question)
        end = reading.sharer_verbs.get(said)
        if end is None:
            end = reading.sharer_verbs[said] = self._verbs.end_of_first(question) or 0
        return end

    def asks_what_another_defines(self, number: int, question: list[str], found: set[str]) -> bool:
        """Whether the question opens asking what something is that a defining entry, not
        entry `number`, names ("What is an ISP and why is it needed?")."""
        return (
            number not in self._definers
            and opens_what_is(question)
            and any(anchors & found for anchors in self._defined)
        )

    def asks_what_a_thing_is(self, question: list[str], reading: Reading | None = None) -> bool:
        """Whether a short question only asks what something is ("what is information
        governance?"): "what is" and a few words holding no other kind of ask. Not "what are":
        "what are the key factors?" asks for a list the entry gives. What is read of the
        question is kept on `reading`, if given."""
        if question[:1] == ["whats"]:
            opening, most = 1, ELLIPTIC
        elif question[:2] in (["what", "is"], ["what", "s"]):
            opening, most = 2, ELLIPTIC - 1
        elif question[:2] in (["what", "a"], ["what", "an"]):
            opening, most = 1, ELLIPTIC - 1  # a typed "what's a…" loses its "'s" (a possessive)
        else:
            return False
        # "What is information governance and does it apply to me?" asks that first.
        first = question[: question.index("and")] if "and" in question else question
        thing = first[opening:]
        if thing[:1] == ["in"]:
            # "whats in the guidance pack?" asks what a thing holds, not what it is
            return False
        # "what is an information governance lead?": the article is none of the thing's words
        named = thing[1:] if thing[:1] in (["a"], ["an"]) and question[0] == "what" else thing
        return len(named) <= most and self.asks.of(thing, reading) is None

    def _asks_meaning(self, question: list[str]) -> bool:
        """Whether the question asks what a word means."""
        if self._definitions.first_in_words(question) is not None:
            return True
        return len(question) > 2 and question[0] == "what" and question[-1] in MEANS
