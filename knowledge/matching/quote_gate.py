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

What a question asks against what an entry answers is read by `AskRules` (`ask_rules.py`); the
marks of one case (a recipient, an outsider, a request) by `CaseQuestions` (`case_questions.py`);
the packs are read into the tables these checks look up once, in `quote_gate_tables.py`; the checks
of where the asker is, the kinds of ask unanswered and what an entry is about are in
`quote_gate_checks.py`; the last checks, that the question names what the entry speaks of
(its subject, its anchors), in `quote_gate_subject.py`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from knowledge.matching.anchors import BareNo
from knowledge.matching.asked_of import (
    CONTENT,
    SCOPE,
    AboutToo,
    IncludedReaders,
    points_elsewhere,
)
from knowledge.matching.models import Match, MatchResult, NotCoveredHit, NotCoveredPack
from knowledge.matching.normalise import Normaliser
from knowledge.matching.question_forms import (
    ELLIPTIC,
    MANY_QUESTIONS,
    POINTERS,
    asks_something,
    asks_to_act,
    checks_a_claim,
    states_a_rule,
    tells_of_the_writer,
)
from knowledge.matching.quote_gate_checks import (
    asks_unanswered,
    foreign_in_label,
    narrowed_after,
)
from knowledge.matching.quote_gate_subject import SubjectChecks
from knowledge.matching.quote_gate_tables import build_gate_tables
from knowledge.matching.reading import Reading
from knowledge.matching.segment import Segment, split_label
from knowledge.matching.text import words
from knowledge.qa_pack import QAEntry


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
        """Read the packs into the gate's tables once: the arguments are
        `build_gate_tables`'s, and the normaliser also reads each message the gate checks."""
        self._normaliser = normaliser
        self._t = build_gate_tables(entries, not_covered, normaliser, own_wording)
        self._readers = IncludedReaders(not_covered.objects.get("readers", ()))
        self._subject = SubjectChecks(
            self._t, BareNo(entries, not_covered), AboutToo(entries, not_covered.objects)
        )

    def check(
        self,
        result: MatchResult,
        segment: Segment,
        reading: Reading | None = None,
        *,
        kinds: frozenset[str] | None = None,
    ) -> MatchResult:
        """The result to give: `result` itself, or what it becomes when its answer fails a check.

        Args:
            result: the matcher's decision for the message.
            segment: the part of the message the decision was made on.
            reading: the message's reading through this gate's normaliser (`Matcher.match`
                passes its own, so the gate's calls for a message share it); new if None.
            kinds: `asks(segment, reading)`, when the caller has read them already
                (`Verdicts` reads them once per part of a message); read here if None.
        """
        answer = result.answer
        if answer is None:
            return result
        read = reading if reading is not None else Reading(self._normaliser)
        if foreign_in_label(self._t, answer.number, f"{segment.label} {segment.background}", read):
            # "Health visitor in Scotland: …", "I'm a GP in Wales, …", "I'm a nurse in Ontario.
            # …": asked under another nation's law and guidance, however it is worded.
            return _withheld(answer, result)
        own = self._without_label(segment)
        asked = read.words(own)
        every_kind = self._t.asks.all_of(asked) if kinds is None else kinds
        if self._t.rules.asks_what_none_answers(every_kind) or points_elsewhere(
            self._t.about.get(answer.number), asked, segment
        ):
            # "What was that about?" (`points_elsewhere`) names nothing an entry is about.
            # "Can they share my information without my consent?" reads, normalised, as "can I
            # share information without consent?": the asker's words still ask what no
            # published answer answers (here, of their own information). Read before the
            # case checks too: the case reply points a practitioner to the consent check,
            # which is not what the one asking of their own information needs.
            return _withheld(answer, result)
        after = narrowed_after(self._t, answer.number, segment, read)
        if after is not None:
            # "Do I need consent to share? Asking because she's 17.": the sentence after the
            # question narrows it, even one worded as the entry's own; "…? I mean with his
            # employer." names the one told.
            reply = self._t.cases.reply if after == "case" else None
            return _withheld(answer, result) if reply is None else MatchResult(not_covered=reply)
        if read.normalise(segment.text).text in self._t.own_wording.get(answer.number, ()):
            return result
        if segment.part or segment.questions >= MANY_QUESTIONS:
            # The opening sentence of a story that asks nothing ("Dementia support worker."), or
            # one of a list of questions, which asks more than one published answer gives.
            return _withheld(answer, result)
        rule_end = self._t.instructs.end_of_first(asked)
        if (
            (segment.background and not asks_something(segment.question, asked))
            or tells_of_the_writer(segment.question, self._t.asks.plain(asked))
            or states_a_rule(segment.question, asked, rule_end)
        ):
            # The last sentence of a story that asks nothing ("She's said no every time."), or a
            # worry told with nothing before it ("I'm nervous about breaking her trust.",
            # "Honestly I'm scared of getting it wrong.": emphasis read past): the
            # writer tells of themselves and asks no published question. Or a policy stated
            # ("Staff should seek consent first unless it is unsafe."): a statement of policy is
            # no question, even where it echoes a published answer's words.
            return _withheld(answer, result)
        told = self._t.requests_told.get(answer.number)
        whole = f"{segment.earlier} {segment.text}"
        if (
            told is not None
            and not every_kind & self._t.of_requests.get(answer.number, frozenset())
            and told.first_in_words(read.words(whole)) is not None
        ):
            # "The police came to the door asking about a resident. She refused consent. What
            # now?": how to answer a request someone made, which entry 4 does not speak to;
            # "what should I weigh before deciding whether to pass that on?" still asks it.
            reply = self.formal_requester(whole) or self._t.cases.reply
            return _withheld(answer, result) if reply is None else MatchResult(not_covered=reply)
        narrower = self._t.narrower.get(answer.number)
        leaning = len(asked) <= ELLIPTIC and segment.background
        before = f"{segment.earlier} {segment.background}"
        if narrower is not None and (
            narrower.first_in_words(asked) is not None
            or (leaning and narrower.first_in_words(read.words(before)) is not None)
        ):
            # "Who can consent for a child of 13?", "How should I record that I shared?": the
            # entry's words, asking a narrower matter its published answer does not speak to;
            # "He's 14 and refused consent. What now?": a short question asks its story's.
            return _withheld(answer, result)
        question = asked
        # "What is an ISP?" after a story asks about an ISP; "what is that?" leans on the story.
        own_thing = self._t.rules.asks_what_a_thing_is(asked, read) and asked[-1] not in POINTERS
        if len(question) <= ELLIPTIC and not own_thing:
            if (
                segment.background
                and answer.number not in self._t.for_cases
                and asks_to_act(question)
            ):
                # "Can I?" after a story asks about that one case, not about the guidance.
                return _withheld(answer, result)
            # "Should I?" asks about the story before it; a label opening the story says who
            # asks ("housing team myth: …. True?"), not to whom anything goes.
            question = read.words(split_label(segment.text)[1])
        # "How do parents feel about the school sharing information with the council?" asks the
        # view of the entry's own people, not what to do in one case: whoever is told is what
        # the view is of (`ViewHolders.of_others_sharing`).
        case_reply = (
            None
            if self._t.holders.of_others_sharing(answer.number, question)
            else self._t.cases.reply
        )
        if (
            case_reply is not None
            and answer.number not in self._t.for_cases
            and (
                self._t.cases.names_a_recipient(
                    question, self._t.rules.sharer_end(answer.number, question, read)
                )
                or self._t.cases.keeps_from_a_party(question)
                or self._t.cases.names_a_service_by_initials(
                    question, segment.question, self._normaliser.known_words
                )
            )
        ):
            # "What does the guidance say about sharing with the police?" asks what the
            # guidance says, not what to do in a case: the nearest entry is offered.
            if self._t.frames.end_of_first(asked) is not None:
                return _withheld(answer, result)
            return MatchResult(not_covered=case_reply)
        if (
            case_reply is not None
            and segment.background
            and answer.number not in self._t.for_cases
            and asks_to_act(asked)
            and self._t.cases.acts_on_a_story_party(asked, read.words(segment.background))
        ):
            # "Her booking info going to the health visitor … do I still send the form?": to
            # whom is told in the story, and the question asks about that one case.
            return MatchResult(not_covered=case_reply)
        if case_reply is not None and (
            self._t.cases.tells_someone_outside(question)
            or (
                self._t.told.names_one_told(answer.number, asked)
                and self._t.frames.end_of_first(asked) is None
            )
        ):
            # "Is data protection a barrier to sharing with a journalist?": no entry speaks of it.
            # "Does the guidance cover sharing info with a client's cleaner?" asks whether the
            # cleaner may be told: not whom the guidance is for, nor which kinds of sharing
            # ("what does the guidance say about…" asks what it says, as above).
            return MatchResult(not_covered=case_reply)
        if (
            segment.background
            and answer.number in self._t.for_cases
            and len(asked) <= 10
            and self._t.cases.requested(read.words(segment.text))
        ):
            # "An insurer has asked for a patient's record. Does the DPA stop me?"
            return _withheld(answer, result)
        formal_reply = self._formal_reply(read.words(f"{segment.earlier} {segment.text}"))
        if formal_reply is not None:
            # "The police want a statement about a pupil, does the DPA allow it?": a formal
            # request has rules of its own, which no published answer gives.
            return MatchResult(not_covered=formal_reply)
        if self._t.cases.asks_leave_for_another_act(question) or self._t.contrast.unanswered(
            answer.number, asked
        ):
            # "Is she allowed to smack them if we give permission?" asks nothing about sharing;
            # "is information sharing important for adults too, or just kids?" asks whether
            # entry 1's answer holds for one group as for another, which it never says.
            return _withheld(answer, result)
        claim_story = (
            read.words(segment.background) if segment.background and checks_a_claim(asked) else None
        )
        if asks_unanswered(
            self._t,
            self._readers,
            answer.number,
            asked,
            kinds=every_kind,
            claim_story=claim_story,
            read=read,
        ):
            return _withheld(answer, result)
        if not self._subject.passes(
            answer.number, segment, read, asked=asked, own=own, question=question, kinds=every_kind
        ):
            return _withheld(answer, result)
        return result

    def quotes(self, result: MatchResult, segment: Segment, reading: Reading | None = None) -> bool:
        """Whether `result`'s answer passes every check for the question in `segment`
        (`reading` as for `check`)."""
        return self.check(result, segment, reading).answer is not None

    def ask(self, segment: Segment, reading: Reading | None = None) -> str | None:
        """The kind of ask of the question in `segment` (the pack's `asks`), or None: read, as
        `check` reads it, without a role label ("Benefit sanctions adviser - why…?")."""
        asked = self._own_words(segment, reading)
        return SCOPE if self._readers.asked(asked) else self._t.asks.of(asked, reading)

    def asks(self, segment: Segment, reading: Reading | None = None) -> frozenset[str]:
        """Every kind of ask in the question in `segment` (`Asks.all_of`), without its role
        label, as `check` reads them."""
        asked = self._own_words(segment, reading)
        kinds = self._t.asks.all_of(asked)
        return kinds - {CONTENT} | {SCOPE} if self._readers.asked(asked) else kinds

    def _own_words(self, segment: Segment, reading: Reading | None) -> list[str]:
        own = self._without_label(segment)
        return words(own) if reading is None else reading.words(own)

    def _without_label(self, segment: Segment) -> str:
        # "Teacher - …": a role label says who asks, not what is asked, so `check`, `ask` and
        # `asks` all read the question without it.
        return self._t.label.without(segment.question)

    def formal_requester(self, text: str) -> NotCoveredHit | None:
        """The not-covered reply for formal requests when `text` names a formal requester (the
        police, a court), for a caller who knows a request is told of; None otherwise, or when
        the pack names no such topic."""
        reply = self._t.cases.formal_reply
        return reply if reply is not None and self._t.cases.names_formal(words(text)) else None

    def _formal_reply(self, found: list[str]) -> NotCoveredHit | None:
        reply = self._t.cases.formal_reply
        return reply if reply is not None and self._t.cases.requested_formally(found) else None

    def asks_what_none_answers(self, kinds: frozenset[str]) -> bool:
        """Whether `kinds` (`asks`) hold a kind of ask no published answer answers."""
        return self._t.rules.asks_what_none_answers(kinds)

    def answers_ask(self, number: int, ask: str) -> bool:
        """Whether entry `number`'s published answer answers that kind of ask."""
        return self._t.rules.answers(number, ask)

    def answers_ask_of(
        self, number: int, ask: str, segment: Segment, reading: Reading | None = None
    ) -> bool:
        """Whether entry `number`'s published answer answers the question in `segment`'s kind
        of ask `ask` (`AskRules.answers_need`: a need its answer speaks of counts)."""
        return self._t.rules.answers_need(number, ask, self._own_words(segment, reading))

    def sole_answerer(self, ask: str | None) -> int | None:
        """The one entry answering `ask`, when it asks about sharing in general (one of
        `sharer_asks`) and one entry alone answers it ("when may I share?": entry 4)."""
        return self._t.rules.sole_answerer(ask)


def _withheld(answer: Match, result: MatchResult) -> MatchResult:
    # The entry stays one press away, offered as related rather than as the answer.
    return MatchResult(suggestions=(answer, *result.suggestions), withheld=True)
