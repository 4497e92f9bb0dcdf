"""The last word before a published answer is quoted: does the question ask what it answers?

Fuzzy scores find the nearest entry; they cannot tell "what is an ISP?" from "how do I implement
an ISP?", or "why is sharing important?" from "can I tell the school?". A wrong quote is worse
than none, so an outright answer must also pass two plain checks, both data in the packs:

- the question names the entry's subject: one of the entry's `anchors` is in it;
- the question is not about one case (a sharing verb and a named party: "should I tell her
  parents?"), unless the entry answers such questions (`answers_case_questions`);
- a question of more than a few words names what the entry is about (its `about`: information
  sharing, the guidance): "why is early help important?" asks why something else matters.

A question worded exactly as one of the entry's own phrasings passes both. A failed check turns
the answer into a "Did you mean…" (the entry stays one press away), or, for a case question,
into the reply of the pack's case topic, which points to the consent check.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from knowledge.matching.anchors import AnchorSearch
from knowledge.matching.asks import Asks
from knowledge.matching.conditions import MainClause
from knowledge.matching.models import Match, MatchResult, NotCoveredHit, NotCoveredPack
from knowledge.matching.normalise import Normaliser
from knowledge.matching.phrases import PhraseSet, as_typed
from knowledge.matching.question_forms import (
    ELLIPTIC,
    MANY_QUESTIONS,
    MEANS,
    asks_something,
    asks_to_act,
    asks_who,
    checks_a_claim,
    opens_what_is,
)
from knowledge.matching.reading import Reading
from knowledge.matching.role_label import RoleLabel
from knowledge.matching.segment import Segment, split_label
from knowledge.matching.subjects import SubjectCheck
from knowledge.matching.text import words
from knowledge.qa_pack import QAEntry

_POINTERS = frozenset({"it", "that", "this", "these", "those", "them", "they"})


class QuoteGate:
    """Checks an outright answer against its entry's anchors and the case-question rule."""

    def __init__(
        self,
        entries: Sequence[QAEntry],
        not_covered: NotCoveredPack,
        normaliser: Normaliser,
        *,
        own_wording: Mapping[int, Sequence[str]] | None = None,
    ) -> None:
        """Index the anchors of every entry and the case-question phrases once.

        Args:
            entries: the Q&A entries, with their anchors.
            not_covered: the pack holding `case_questions` and its topic.
            normaliser: the matcher's, so that an anchor is also found misspelt ("protocal").
            own_wording: each entry's phrasings already normalised by `normaliser` (without
                typo correction), by entry number, when the caller has them: read only for the
                entries about to be quoted.
        """
        self._normaliser = normaliser
        # A question worded as one of an entry's own phrasings (the published question, or an
        # alternate someone approved) asks what that entry answers.
        if own_wording is None:
            grouped: dict[int, list[str]] = {}
            for e in entries:
                grouped.setdefault(e.number, []).extend(
                    normaliser.normalise(p, correct=False).text for p in (e.question, *e.alternates)
                )
            own_wording = grouped
        self._own_wording = own_wording
        self._subjects = SubjectCheck(entries, not_covered, own_wording=own_wording)
        self._anchors = {e.number: as_typed(e.anchors) for e in entries if e.anchors}
        self._also = {e.number: as_typed(e.anchors_also) for e in entries if e.anchors_also}
        self._anchor_search = AnchorSearch(
            (self._anchors, self._also), emphasis=not_covered.emphasis
        )
        self._also_phrases = frozenset(a for also in self._also.values() for a in also)
        self._for_cases = frozenset(e.number for e in entries if e.answers_case_questions)
        self._party_ok = self._for_cases | {e.number for e in entries if e.speaks_of_parties}
        self._definers = frozenset(e.number for e in entries if e.answers_definitions)
        self._asks = Asks(not_covered.asks, emphasis=not_covered.emphasis)
        self._about = {
            e.number: PhraseSet(p for name in e.about for p in not_covered.objects.get(name, ()))
            for e in entries
            if e.about
        }
        self._answers_asks = {e.number: frozenset(e.answers_asks) for e in entries}
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
        self._frames = PhraseSet(not_covered.subject_frames)
        cases = not_covered.case_questions
        self._verbs = PhraseSet(cases.verbs if cases else ())
        self._parties = PhraseSet(cases.every_party if cases else ())
        self._main_clause = MainClause(self._anchor_search, self._verbs)
        self._label = RoleLabel((*cases.every_party, *cases.roles) if cases else ())
        self._outside = PhraseSet((*cases.outside_parties, *cases.colleagues) if cases else ())
        self._asking = PhraseSet((*cases.outside_parties, *cases.requesters) if cases else ())
        self._requests = PhraseSet(cases.requests if cases else ())
        self._other_acts = PhraseSet(cases.other_acts if cases else ())
        self._shared_things = PhraseSet(cases.shared_things if cases else ())
        topic = next((t for t in not_covered.topics if cases and t.id == cases.topic), None)
        self._case_reply = NotCoveredHit(topic.id, topic.reply) if topic else None
        self._refers_back = PhraseSet(cases.refers_back if cases else ())
        self._formal = PhraseSet(cases.formal_requesters if cases else ())
        formal = next((t for t in not_covered.topics if cases and t.id == cases.formal_topic), None)
        self._formal_reply = NotCoveredHit(formal.id, formal.reply) if formal else None

    def check(
        self, result: MatchResult, segment: Segment, reading: Reading | None = None
    ) -> MatchResult:
        """The result to give: `result` itself, or what it becomes when its answer fails a check.

        Args:
            result: the matcher's decision for the message.
            segment: the part of the message the decision was made on.
            reading: the message's reading through this gate's normaliser (`Matcher.match`
                passes its own, so the gate's calls for one message share it); a new one if
                None.
        """
        answer = result.answer
        if answer is None:
            return result
        read = reading if reading is not None else Reading(self._normaliser)
        if read.normalise(segment.text).text in self._own_wording.get(answer.number, ()):
            return result
        if segment.part or segment.questions >= MANY_QUESTIONS:
            # The opening sentence of a story that asks nothing ("Dementia support worker."), or
            # one of a list of questions, which asks more than one published answer gives.
            return _withheld(answer, result)
        own = self._label.without(segment.question)
        asked = read.words(own)
        if segment.background and not asks_something(segment.question, asked):
            # The last sentence of a story that asks nothing ("She's said no every time.").
            return _withheld(answer, result)
        question = asked
        # "What is an ISP?" after a story asks about an ISP; "what is that?" leans on the story.
        own_thing = self._asks_what_a_thing_is(asked) and asked[-1] not in _POINTERS
        if len(question) <= ELLIPTIC and not own_thing:
            if (
                segment.background
                and answer.number not in self._for_cases
                and asks_to_act(question)
            ):
                # "Can I?" after a story asks about that one case, not about the guidance.
                return _withheld(answer, result)
            # "Should I?" asks about the story before it; a label opening the story says who
            # asks ("housing team myth: …. True?"), not to whom anything goes.
            question = read.words(split_label(segment.text)[1])
        if (
            self._case_reply is not None
            and answer.number not in self._for_cases
            and self._names_a_recipient(answer.number, question)
        ):
            return MatchResult(not_covered=self._case_reply)
        if self._case_reply is not None and self._tells_someone_outside(question):
            # "Is data protection a barrier to sharing with a journalist?": no entry speaks of it.
            return MatchResult(not_covered=self._case_reply)
        if (
            segment.background
            and answer.number in self._for_cases
            and len(asked) <= 10
            and self._requested_by(self._asking, read.words(segment.text))
        ):
            # "An insurer has asked for a patient's record. Does the DPA stop me?"
            return _withheld(answer, result)
        whole = read.words(segment.text)
        if self._formal_reply is not None and self._requested_by(self._formal, whole):
            # "The police want a statement about a pupil, does the DPA allow it?": a formal
            # request has rules of its own, which no published answer gives.
            return MatchResult(not_covered=self._formal_reply)
        if self._asks_leave_for_another_act(question):
            # "Is she allowed to smack them if we give permission?" asks nothing about sharing.
            return _withheld(answer, result)
        if answer.number not in self._definers and (
            self._asks_meaning(asked) or self._asks_what_a_thing_is(asked)
        ):
            return _withheld(answer, result)
        kind = self._asks.of(asked)
        if (
            segment.background
            and checks_a_claim(asked)
            and self._asks.all_of(read.words(segment.background)) & self._unanswered
        ):
            # "They told us the DPA 1998 doesn't apply any more. Is that right?" asks whether
            # the claim holds: what no published answer says, wherever in the claim it is.
            return _withheld(answer, result)
        every_kind = self._asks.all_of(asked)
        if every_kind & self._unanswered:
            # "Where can I find our protocol?": no published answer says where anything is;
            # nor, further on, "what are the penalties for breaking the Act?".
            return _withheld(answer, result)
        answers = self._answers_asks.get(answer.number, frozenset())
        if kind in self._strict and kind not in answers:
            # "Why was the Data Protection Act updated?" asks why: not what entry 3 answers.
            return _withheld(answer, result)
        if (every_kind & self._strict_anywhere) - answers:
            # "What is the purpose of the Data Protection Act?" opens "what is" but asks the
            # purpose, wherever in the question that is.
            return _withheld(answer, result)
        who = asks_who(asked)
        if who and not self._person_asks & answers:
            # "Who enforces the Data Protection Act?" opens asking for a person or body: only
            # an entry whose answer names some is quoted ("who" further on is often a relative:
            # "support staff who have to decide…").
            return _withheld(answer, result)
        if who and self._who_acts.first_in_words(asked[asked.index("who") :]):
            # "Does the guidance say who in a school should make the decision?" asks who takes
            # a decision: no published answer names anyone for that (entry 9's "who" is its
            # readers).
            return _withheld(answer, result)
        fixed_text = read.corrected_words(segment.text)
        fixed = read.corrected_words(own)  # the same text when there is no story: fixed once
        sharer = self._sharer_end(answer.number, asked)
        if self._subjects.foreign(
            answer.number,
            asked[sharer:],
            fixed[sharer:],
            parties_ok=answer.number in self._party_ok,
        ):
            return _withheld(answer, result)
        if (
            segment.background
            and self._refers_back.first_in_words(asked) is not None
            and self._subjects.foreign_held(
                answer.number,
                read.words(segment.background),
                read.corrected_words(segment.background),
            )
        ):
            # "We have CCTV of the car park. Does data protection stop us sharing it?": what
            # is shared is named in the story, and the entry never speaks of it.
            return _withheld(answer, result)
        if segment.background and self._subjects.later_year(read.words(segment.text)):
            # "The advice was updated in April 2024. What did it replace?" asks of a later one.
            return _withheld(answer, result)
        if not self._names_what_it_is_about(answer.number, asked, fixed, segment, read):
            # "What do families think about early help?" asks about something else.
            return _withheld(answer, result)
        wanted = self._anchors.get(answer.number)
        also = self._also.get(answer.number)
        found = self._anchor_search.found(read.words(segment.text), fixed_text)
        end = self._frames.end_of_first(asked)
        if end is not None:
            # "What does the guidance say about fathers?" names its subject after the frame: the
            # "about" of the frame is not the purpose entry's "what is it about?".
            subject = " ".join(asked[end:])
            found = (found & self._also_phrases) | self._anchor_search.found(
                asked[end:], read.corrected_words(subject)
            )
        terse = len(question) <= ELLIPTIC  # "ISP?" asks what it is
        if self._asks_what_another_defines(answer.number, asked, found):
            return _withheld(answer, result)
        if wanted is not None and self._main_clause.names_nothing(own, wanted, read):
            # "If the family say no, what happens to me?" asks past its condition.
            return _withheld(answer, result)
        if (wanted is None or wanted & found) and (also is None or terse or also & found):
            return result
        return _withheld(answer, result)

    def quotes(self, result: MatchResult, segment: Segment, reading: Reading | None = None) -> bool:
        """Whether `result`'s answer passes every check for the question in `segment`
        (`reading` as for `check`)."""
        return self.check(result, segment, reading).answer is not None

    def ask(self, segment: Segment, reading: Reading | None = None) -> str | None:
        """The kind of ask of the question in `segment` (the pack's `asks`), or None."""
        asked = words(segment.question) if reading is None else reading.words(segment.question)
        return self._asks.of(asked)

    def asks(self, segment: Segment, reading: Reading | None = None) -> frozenset[str]:
        """Every kind of ask in the question in `segment` (`Asks.all_of`)."""
        asked = words(segment.question) if reading is None else reading.words(segment.question)
        return self._asks.all_of(asked)

    def answers_ask(self, number: int, ask: str) -> bool:
        """Whether entry `number`'s published answer answers that kind of ask."""
        return ask in self._answers_asks.get(number, ())

    def sole_answerer(self, ask: str | None) -> int | None:
        """The one entry answering `ask`, when it asks about sharing in general (one of
        `sharer_asks`) and one entry alone answers it ("when may I share?": entry 4)."""
        return None if ask is None else self._sole.get(ask)

    def _asks_what_another_defines(self, number: int, question: list[str], found: set[str]) -> bool:
        # "What is an ISP and why is it needed?" asks first what it is: the defining entry's.
        return (
            number not in self._definers
            and opens_what_is(question)
            and any(self._anchors.get(d, set()) & found for d in self._definers)
        )

    def _names_a_recipient(self, number: int, question: list[str]) -> bool:
        """Whether the question is about one case: a sharing verb and a party named (not the
        one sharing: `_sharer_end`)."""
        if self._verbs.first_in_words(question) is None:
            return False
        told = question[self._sharer_end(number, question) :]
        return self._parties.first_in_words(self._subjects.others(told)) is not None

    def _sharer_end(self, number: int, question: list[str]) -> int:
        """Where the one sharing ends: when the question asks the conditions for sharing, which
        entry `number` answers ("when can a pharmacist share…?", "in what situations can a
        charity pass on…?"), the words before its sharing verb name who shares, not to whom nor
        about what; 0 otherwise."""
        if self._asks.of(question) not in self._sharer_asks & self._answers_asks.get(number, set()):
            return 0
        return self._verbs.end_of_first(question) or 0

    def _tells_someone_outside(self, question: list[str]) -> bool:
        """Whether the question names someone outside the services after its sharing verb."""
        end = self._verbs.end_of_first(question)
        if end is None:
            return False
        after = self._subjects.others(question[end:])
        return self._outside.first_in_words(after) is not None

    def _requested_by(self, parties: PhraseSet, found: list[str]) -> bool:
        """Whether a text's words tell of a request from one of `parties`: a party, then a
        request within two words ("the police have asked", "the court wants")."""
        for ends in parties.all_ends(found).values():
            for end in ends:
                if any(self._requests.ends_at(found, j) for j in range(end, end + 3)):
                    return True
        return False

    def _names_what_it_is_about(
        self, number: int, asked: list[str], fixed: list[str], segment: Segment, read: Reading
    ) -> bool:
        """Whether the question names what entry `number` is about (its `about`), or is too
        short to name anything, or follows a story that does ("Why is it considered so
        important?" after a story about sharing with partner agencies)."""
        about = self._about.get(number)
        if about is None or len(asked) <= ELLIPTIC:
            return True
        texts = [asked, fixed]
        if segment.background:
            texts.append(read.words(segment.text))
        return any(about.first_in_words(t) is not None for t in texts)

    def _asks_leave_for_another_act(self, question: list[str]) -> bool:
        """Whether the question asks leave for an act ("allowed to…") and names no sharing."""
        end = self._other_acts.end_of_first(question)
        return (
            end is not None
            and end < len(question)
            and self._verbs.first_in_words(question) is None
            and self._shared_things.first_in_words(question) is None
        )

    def _asks_what_a_thing_is(self, question: list[str]) -> bool:
        """Whether a short question only asks what something is ("what is information
        governance?"): "what is" and a few words holding no other kind of ask. Not "what are":
        "what are the key factors?" asks for a list the entry gives."""
        opening = 1 if question[:1] == ["whats"] else 2
        # "What is information governance and does it apply to me?" asks that first.
        first = question[: question.index("and")] if "and" in question else question
        return (
            question[:opening] in (["what", "is"], ["what", "s"], ["whats"])
            and len(first) <= ELLIPTIC + 1
            and self._asks.of(first[opening:]) is None
        )

    def _asks_meaning(self, question: list[str]) -> bool:
        """Whether the question asks what a word means."""
        if self._definitions.first_in_words(question) is not None:
            return True
        return len(question) > 2 and question[0] == "what" and question[-1] in MEANS


def _withheld(answer: Match, result: MatchResult) -> MatchResult:
    # The entry stays one press away, offered as related rather than as the answer.
    return MatchResult(suggestions=(answer, *result.suggestions), withheld=True)
