"""The consent-check flow's values (checked as a graph in `knowledge.flow_graph`).

The pydantic models that check a flow pack read from YAML are in `knowledge.flow_schema`, under
the same names; what each field means is described there.
"""

from dataclasses import field
from enum import StrEnum
from typing import Literal

from knowledge.pack_values import PackValue
from knowledge.value_class import value_class


class AnswerKey(StrEnum):
    """The answers a key question may offer, in the order their buttons appear.

    Every question offers yes and not sure; the rest offer no, or (key question 4) the three
    kinds of "no" the guidance tells apart: refused, not sought because asking would be unsafe,
    and not asked yet.
    """

    YES = "yes"
    NO = "no"
    REFUSED = "refused"
    UNSAFE_TO_ASK = "unsafe-to-ask"
    NOT_ASKED = "not-asked"
    NOT_SURE = "not-sure"


NO_LIKE = (AnswerKey.NO, AnswerKey.REFUSED, AnswerKey.UNSAFE_TO_ASK, AnswerKey.NOT_ASKED)
"""The answers that say "no" in some way: a question offers at least one of them."""

DEFAULT_ANSWER_LABELS: dict[AnswerKey, str] = {
    AnswerKey.YES: "Yes",
    AnswerKey.NO: "No",
    AnswerKey.REFUSED: "No: refused",
    AnswerKey.UNSAFE_TO_ASK: "Not sought: unsafe to ask",
    AnswerKey.NOT_ASKED: "Not asked yet",
    AnswerKey.NOT_SURE: "Not sure",
}


class Outcome(StrEnum):
    """Where a consent check ends: the kinds of outcome a flow pack may name."""

    SHARE = "share"
    DO_NOT_SHARE = "do-not-share"
    SEEK_ADVICE = "seek-advice"


@value_class(kw_only=True)
class FlowQuestion(PackValue):
    """A key question: its text, its help, and where each answer leads."""

    id: str
    number: int
    text: str
    help: str
    guide: str | None = None
    """Said before the question (what to do first, what to tell the person)."""
    listed: str | None = None
    """How the question reads in the list of the seven key questions, if not as `text`."""
    answers: dict[AnswerKey, str]
    answer_labels: dict[AnswerKey, str] = field(default_factory=dict)
    answer_descriptions: dict[AnswerKey, str] = field(default_factory=dict)
    clear_answers: tuple[AnswerKey, ...] = ()
    """Answers a doubtful reply ("probably", "I think so") may not give here: the question is
    asked again after `clear_text`, nothing recorded, for a clear answer or "not sure"."""
    clear_text: str | None = None
    meanings: dict[AnswerKey, tuple[str, ...]] = field(default_factory=dict)
    """Words that say an answer by this question's meaning, simplified ("not public" is a yes
    to "Is the information confidential?"); after a word of `HedgedWords.denials` or
    `negations`, the other answer (a yes or a no)."""
    unable_text: str | None = None
    """Said when a reply tells that the person can't consent ("he lacks capacity"), at a
    question that asks for consent: the question is asked again after it, nothing recorded."""
    waits: tuple[AnswerKey, ...] = ()
    """Answers that keep the place ("not asked yet" where the question asks what was said when
    asked): `wait_text` is said, nothing is recorded and the question waits."""
    wait_text: str | None = None
    unsafe_guide: str | None = None
    """Said instead of `guide` when the case signposted before or in the check is marked
    "unsafe-to-ask" (`RiskFinding.marks`: a child at risk of sexual or physical abuse, FGM):
    asking for consent may increase the risk, so the lead is spoken to first (round 39)."""
    unsafe_wait_text: str | None = None
    """Said instead of `wait_text` for such a case."""
    typed_asks: tuple[AnswerKey, ...] = ()
    """Answers a bare reply typed whole ("yes") may not give here, where it could mean "ok"
    (just after "Ask for consent first"): the question is asked again after `typed_ask_text`,
    nothing recorded, for the button or words that say it ("she agreed")."""
    typed_ask_text: str | None = None
    what_if: tuple[str, ...] = ()
    """Phrases (simplified; a last word may end in "*") of a question asked about this one's
    answers while it waits ("what if she says no?" at key question 4): `what_if_text` is said
    and the question asked again, nothing recorded, never a quote."""
    what_if_text: str | None = None
    ages: dict[int, str] = field(default_factory=dict)
    """What the question's summary says for a person of one age, by the lowest age each holds
    from: said when a bare age ("she's 14") follows the summary."""
    for_adults: str | None = None
    """What the question's summary says for adults ("what about adults?" after it)."""

    @property
    def offered(self) -> tuple[AnswerKey, ...]:
        """The answers this question offers, in button order."""
        return tuple(a for a in AnswerKey if a in self.answers)

    @property
    def buttons(self) -> tuple[AnswerKey, ...]:
        """The answers offered and those that keep the place, in button order."""
        return tuple(a for a in AnswerKey if a in self.answers or a in self.waits)

    def label(self, answer: AnswerKey) -> str:
        """The button label for `answer` at this question."""
        return self.answer_labels.get(answer, DEFAULT_ANSWER_LABELS[answer])

    def for_age(self, age: int | None) -> str | None:
        """What the summary says for a person aged `age` (`ages`' band holding it), or for
        adults (`age` None: `for_adults`); None when it says nothing for them."""
        if age is None:
            return self.for_adults
        band = max((a for a in self.ages if a <= age), default=None)
        return None if band is None else self.ages[band]

    def description(self, answer: AnswerKey) -> str:
        """What a screen reader says for `answer`'s button."""
        return self.answer_descriptions.get(
            answer, f"{self.label(answer)}: answer to key question {self.number}"
        )


@value_class(kw_only=True)
class RecordField(PackValue):
    """One place in a decision record: free text (one line or `long`), or one of `options`.

    Option keys are what a form sends back; the labels are what the record says.
    """

    id: str
    label: str
    long: bool = False
    options: dict[str, str] = field(default_factory=dict)


@value_class(kw_only=True)
class FlowOutcome(PackValue):
    """Where a path ends; `protection_reminder` adds the reminder to follow protection
    procedures (and the safeguarding contacts) to it."""

    id: str
    kind: Outcome
    title: str
    explanation: str
    protection_reminder: bool = False
    tell_person: bool = True
    """For a share: whether the share steps include telling the person."""
    resumable: bool = False
    """The check can go back to the question that led here, keeping the answers before it."""
    record: tuple[str, ...]
    """The ids of the record fields that fit this outcome, in order."""


@value_class(kw_only=True)
class ShareSteps(PackValue):
    """Key question 6: how to share safely."""

    title: str
    steps: tuple[str, ...]
    tell: str
    """The step of telling the person, left out where there is no person to tell."""
    listed: str | None = None
    """How key question 6 reads in the list of the seven, if not as `title`."""

    def for_outcome(self, outcome: FlowOutcome | None = None) -> tuple[str, ...]:
        """The steps that fit `outcome` (all of them when None)."""
        if outcome is not None and not outcome.tell_person:
            return self.steps
        return (*self.steps, self.tell)


@value_class(kw_only=True)
class RecordStep(PackValue):
    """Key question 7: recording the decision."""

    title: str
    text: str
    listed: str | None = None
    """How key question 7 reads in the list of the seven, if not as `title`."""


@value_class(kw_only=True)
class SeekAdvice(PackValue):
    """The lead-in to the list of people to ask."""

    text: str


@value_class(kw_only=True)
class FlowPack(PackValue):
    """A file of kind `flow`: the whole consent check."""

    kind: Literal["flow"]
    version: str
    guidance: str
    start: str
    urgent_note: str
    privacy_note: str
    intro: str
    read_again_text: str | None = None
    """Said before a question asked again after a reply whose words say both a yes and a no
    ("yes she said no", "yes it's already public" at key question 3)."""
    questions: tuple[FlowQuestion, ...]
    record_fields: tuple[RecordField, ...]
    outcomes: tuple[FlowOutcome, ...]
    share_steps: ShareSteps
    record_step: RecordStep
    seek_advice: SeekAdvice
    concern_record: tuple[str, ...] = ()
    """The ids of the record fields every outcome adds when a risk of harm was signposted."""

    def question(self, step_id: str) -> FlowQuestion | None:
        """The question with this id, if any."""
        return next((q for q in self.questions if q.id == step_id), None)

    def key_questions(self) -> tuple[str, ...]:
        """The key questions as a list shows them, in order: the first question of each number
        (as `listed`, else its text), then key questions 6 and 7."""
        first: dict[int, str] = {}
        for q in self.questions:
            first.setdefault(q.number, q.listed or q.text)
        return (
            *(first[n] for n in sorted(first)),
            self.share_steps.listed or self.share_steps.title,
            self.record_step.listed or self.record_step.title,
        )

    def outcome(self, step_id: str) -> FlowOutcome | None:
        """The outcome with this id, if any."""
        return next((o for o in self.outcomes if o.id == step_id), None)

    def shares_on(self, question: FlowQuestion, answer: AnswerKey) -> bool:
        """Whether `answer` to `question` ends the check with sharing, not with not sharing nor
        at another question (key question 1 asks a clear yes, but its yes leads on)."""
        target = question.answers.get(answer)
        shared = self.outcome(target) if target is not None else None
        return shared is not None and shared.kind == Outcome.SHARE

    def fields_of(self, outcome: FlowOutcome, *, concern: bool = False) -> tuple[RecordField, ...]:
        """The record fields of `outcome`, in its order (unknown ids are left out), then those of
        `concern_record` it lacks when a risk of harm was signposted."""
        by_id = {f.id: f for f in self.record_fields}
        extra = tuple(i for i in self.concern_record if i not in outcome.record) if concern else ()
        return tuple(by_id[i] for i in (*outcome.record, *extra) if i in by_id)
