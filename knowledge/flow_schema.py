"""The schema of the consent-check flow: the pydantic models that check it when read from YAML.

What the conversation reads are the values of the same names in `knowledge.flow_pack`; its
checks as a graph are there too.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from knowledge.flow_pack import NO_LIKE, AnswerKey, Outcome


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


YES_OR_NO = (AnswerKey.YES, AnswerKey.NO)
_ID = r"^[a-z][a-z0-9-]{0,30}$"


class FlowQuestion(_Strict):
    """A key question: its text, its help, and where each answer leads."""

    id: str = Field(pattern=_ID)
    number: int = Field(ge=1, le=7)
    text: str = Field(min_length=3)
    help: str = Field(min_length=3)
    guide: str | None = None
    """Said before the question (what to do first, what to tell the person)."""
    listed: str | None = Field(default=None, min_length=3)
    """How the question reads in the list of the seven key questions, if not as `text`."""
    answers: dict[AnswerKey, str]
    answer_labels: dict[AnswerKey, str] = Field(default_factory=dict)
    answer_descriptions: dict[AnswerKey, str] = Field(default_factory=dict)
    clear_answers: tuple[AnswerKey, ...] = ()
    """Answers a doubtful reply ("probably", "I think so") may not give here: the question is
    asked again after `clear_text`, nothing recorded, for a clear answer or "not sure"."""
    clear_text: str | None = None
    meanings: dict[AnswerKey, tuple[str, ...]] = Field(default_factory=dict)
    """Words that say an answer by this question's meaning, simplified ("not public" is a yes
    to "Is the information confidential?")."""
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
    ages: dict[int, str] = Field(default_factory=dict)
    """What the question's summary says for a person of one age, by the lowest age each holds
    from: said when a bare age ("she's 14") follows the summary."""
    for_adults: str | None = None
    """What the question's summary says for adults: said when "what about adults?" follows
    the summary."""

    @model_validator(mode="after")
    def _answers_are_sound(self) -> FlowQuestion:
        missing = [a.value for a in (AnswerKey.YES, AnswerKey.NOT_SURE) if a not in self.answers]
        if missing:
            raise ValueError(f"answers for {', '.join(missing)} are missing")
        if not any(a in self.answers for a in NO_LIKE):
            raise ValueError("no answer says no (no, refused, unsafe-to-ask or not-asked)")
        stray = [a.value for a in (*self.answer_labels, *self.answer_descriptions)]
        stray = [a for a in stray if AnswerKey(a) not in (*self.answers, *self.waits)]
        if stray:
            raise ValueError(f"labels for answers not offered: {', '.join(stray)}")
        if [a for a in self.clear_answers if a not in self.answers]:
            raise ValueError("clear_answers must be answers offered")
        if bool(self.clear_answers) != bool(self.clear_text):
            raise ValueError("clear_answers and clear_text go together")
        if [a for a in self.meanings if a not in self.answers or a not in YES_OR_NO]:
            raise ValueError("meanings are of the yes and no the question offers")
        said = [w for words in self.meanings.values() for w in words]
        if [w for w in said if not re.fullmatch(r"[a-z0-9]+(?: [a-z0-9]+)*", w)]:
            raise ValueError("meanings are simplified words (lower case, no punctuation)")
        if self.unable_text and AnswerKey.REFUSED not in self.answers:
            raise ValueError("unable_text is for a question that asks for consent (offers refused)")
        if [a for a in self.waits if a in self.answers]:
            raise ValueError("an answer that waits cannot lead anywhere too")
        if bool(self.waits) != bool(self.wait_text):
            raise ValueError("waits and wait_text go together")
        if [a for a in self.typed_asks if a not in self.answers]:
            raise ValueError("typed_asks must be answers offered")
        if bool(self.typed_asks) != bool(self.typed_ask_text):
            raise ValueError("typed_asks and typed_ask_text go together")
        if bool(self.what_if) != bool(self.what_if_text):
            raise ValueError("what_if and what_if_text go together")
        if [w for w in self.what_if if not re.fullmatch(r"[a-z0-9]+(?: [a-z0-9]+)*\*?", w)]:
            raise ValueError("what_if phrases are simplified words (lower case, no punctuation)")
        if self.ages and (0 not in self.ages or any(not 0 <= a <= 120 for a in self.ages)):
            raise ValueError("ages start at 0 and stay between 0 and 120")
        if any(len(text) < 3 for text in self.ages.values()):
            raise ValueError("an age's text is empty")
        return self


class RecordField(_Strict):
    """One place in a decision record: free text (one line or `long`), or one of `options`.

    Option keys are what a form sends back; the labels are what the record says.
    """

    id: str = Field(pattern=_ID)
    label: str = Field(min_length=3, max_length=150)
    long: bool = False
    options: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _options_are_ids(self) -> RecordField:
        if any(not re.match(_ID, key) for key in self.options):
            raise ValueError(f"field {self.id!r}: option keys must be ids")
        return self


class FlowOutcome(_Strict):
    """Where a path ends; `protection_reminder` adds the reminder to follow protection
    procedures (and the safeguarding contacts) to it."""

    id: str = Field(pattern=_ID)
    kind: Outcome
    title: str = Field(min_length=3)
    explanation: str = Field(min_length=3)
    protection_reminder: bool = False
    tell_person: bool = True
    """For a share: whether the share steps include telling the person."""
    resumable: bool = False
    """The check can go back to the question that led here, keeping the answers before it."""
    record: tuple[str, ...] = Field(min_length=1)
    """The ids of the record fields that fit this outcome, in order."""


class ShareSteps(_Strict):
    """Key question 6: how to share safely."""

    title: str
    steps: tuple[str, ...] = Field(min_length=1)
    tell: str
    """The step of telling the person, left out where there is no person to tell."""
    listed: str | None = Field(default=None, min_length=3)
    """How key question 6 reads in the list of the seven, if not as `title`."""


class RecordStep(_Strict):
    """Key question 7: recording the decision."""

    title: str
    text: str
    listed: str | None = Field(default=None, min_length=3)
    """How key question 7 reads in the list of the seven, if not as `title`."""


class SeekAdvice(_Strict):
    """The lead-in to the list of people to ask."""

    text: str


class FlowPack(_Strict):
    """A file of kind `flow`: the whole consent check."""

    kind: Literal["flow"]
    version: str = Field(min_length=1)
    guidance: str = Field(min_length=1)
    start: str
    urgent_note: str
    privacy_note: str
    intro: str
    read_again_text: str | None = Field(default=None, min_length=3)
    """Said before a question asked again after a reply whose words say both a yes and a no."""
    questions: tuple[FlowQuestion, ...] = Field(min_length=1)
    record_fields: tuple[RecordField, ...] = Field(min_length=1)
    outcomes: tuple[FlowOutcome, ...] = Field(min_length=1)
    share_steps: ShareSteps
    record_step: RecordStep
    seek_advice: SeekAdvice
    concern_record: tuple[str, ...] = ()
