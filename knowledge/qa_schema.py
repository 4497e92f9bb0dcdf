"""The schema of a Q&A pack: published questions and answers, with our own search aids.

The pydantic models that check a pack read from YAML; what the conversation reads are the
values of the same names in `knowledge.qa_pack`, made from these models' dump.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=False, defer_build=True
    )


class QASource(_Strict):
    """Where a pack's answers were published."""

    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    published: str = Field(min_length=1)
    file: str | None = None
    note: str | None = None


class QAEntry(_Strict):
    """One published question and answer, quoted exactly, plus search aids we write."""

    number: int = Field(ge=1)
    question: str = Field(min_length=3)
    answer: str = Field(min_length=1)
    source_line: int | None = Field(default=None, ge=1)
    alternates: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    anchors: tuple[str, ...] = Field(
        default=(),
        description="words or phrases of which one must be in a question for this answer to be "
        "quoted outright (a last word ending in * is a prefix); none listed: no such condition",
    )
    anchors_also: tuple[str, ...] = Field(
        default=(),
        description="where listed, one of these must be in the question as well as an anchor "
        "('what is' as well as 'ISP', for the entry defining an ISP)",
    )
    answers_case_questions: bool = Field(
        default=False,
        description="the answer may be quoted for a question about sharing with a named party "
        "('can I share with the police without an ISP?'); most entries are about the guidance "
        "itself and answer no such question",
    )

    speaks_of_parties: bool = Field(
        default=False,
        description="the answer holds for whichever service or person a question names (who "
        "the guidance is for, why sharing matters, how it fits local procedures), so naming "
        "one is no reason to hold it back",
    )
    answers_definitions: bool = Field(
        default=False,
        description="the answer says what something is, so it may be quoted for a question "
        "asking what a word means ('what is meant by an ISP?'); no other entry is",
    )

    subject: str | None = Field(
        default=None,
        min_length=3,
        description="what the published question asks about, as a noun phrase ('an information "
        "sharing protocol'): just after the answer is quoted, a short follow-up saying 'one' or "
        "'it' ('and what actually is one?') is matched with it in their place",
    )
    holds_for_any_party: bool = Field(
        default=False,
        description="the answer holds whoever the sharing is with: just after it is quoted, a "
        "short follow-up naming only another party ('what about with the police?') gets it again",
    )

    about: tuple[str, ...] = Field(
        default=(),
        description="what the published answer is about, as groups of words listed under "
        "`objects` in the not-covered pack ('sharing', 'guidance'): where listed, a question "
        "of more than four words names one of them, or the answer is not quoted outright "
        "('why is early help important?' asks why something else matters)",
    )

    about_too: tuple[str, ...] = Field(
        default=(),
        description="groups of words under `objects` in the not-covered pack, one of which a "
        "question of more than four words must also name, besides its `about` words, unless it "
        "asks a kind of ask the answer answers: the Data Protection Act's implications for "
        "sharing ('how does the DPA affect restaurants?' asks about the law in another field)",
    )

    answers_asks: tuple[str, ...] = Field(
        default=(),
        description="the kinds of ask (listed under `asks` in the not-covered pack) the "
        "published answer answers ('definition' for what an ISP is, 'necessity' for whether "
        "one is needed): it may be quoted in place of a close or held-back rival only for a "
        "question asking one of these",
    )

    necessity_of: tuple[tuple[str, ...], ...] = Field(
        default=(),
        description="for an entry not answering the 'necessity' ask, the needs its published "
        "answer does speak of, as groups of phrases of which the question names one from every "
        "group: the organisation's support ('my organisation' and 'have to support'), following "
        "one's own procedures alongside the guidance ('follow' and 'as well'); a question asking "
        "such a need ('does my employer have to back me?') is asking what the entry answers",
    )

    necessity_not: tuple[str, ...] = Field(
        default=(),
        description="phrases asking a need `necessity_of` does not reach, though it names it: "
        "the asker's own ('do I need my organisation to back me before sharing?' asks leave, "
        "not the support the organisation owes)",
    )

    narrower_matters: tuple[str, ...] = Field(
        default=(),
        description="phrases naming a narrower matter near the entry that its published answer "
        "does not speak to, though a question about it carries the entry's words: entry 4 says "
        "the decision rests on judgement and consent, not who can consent, how to send, when to "
        "tell the person or how to record it; entry 1 why sharing matters, not why accuracy "
        "does; a question naming one (in its own words, not the story before it) is not quoted "
        "the answer outright. None may be in the entry's own question or alternates",
    )

    requests_told: tuple[str, ...] = Field(
        default=(),
        description="phrases telling of someone asking for a person's information ('came to "
        "the door asking about', 'wants a copy of'), in the question or the story before it: "
        "entry 4 says how to decide whether to share, not how to answer a request someone "
        "made, so a message telling of one is not quoted the answer outright",
    )

    answers_of_requests: tuple[str, ...] = Field(
        default=(),
        description="the kinds of ask (of `answers_asks`) the published answer answers even "
        "where a message tells of a request (`requests_told`): 'what should I weigh up before "
        "deciding whether to pass that on?' after a GP's request asks what entry 4 answers",
    )

    now_called: tuple[str, ...] = Field(
        default=(),
        description="today's names for what the published answer calls by its 2008 name, as "
        "phrases ('data sharing agreement*' for an information sharing protocol): a question "
        "naming one has `now_called_note` before the quoted answer",
    )
    now_called_note: str | None = Field(
        default=None,
        min_length=1,
        description="one line linking today's name to the 2008 one, shown before the quoted "
        "answer when the question names one of `now_called`",
    )

    note_always: bool = Field(
        default=False,
        description="whether `now_called_note` comes before the quoted answer whatever the "
        "question names: for an answer naming a law since replaced (the Data Protection Act "
        "1998), where the note matters to every reader",
    )

    @model_validator(mode="after")
    def _note_with_names(self) -> QAEntry:
        if bool(self.now_called) != (self.now_called_note is not None):
            raise ValueError("now_called and now_called_note go together")
        if self.note_always and self.now_called_note is None:
            raise ValueError("note_always needs a now_called_note")
        if not set(self.answers_of_requests) <= set(self.answers_asks):
            raise ValueError("answers_of_requests must be kinds of ask in answers_asks")
        return self

    @model_validator(mode="after")
    def _narrower_not_its_own(self) -> QAEntry:
        # A narrower matter named by the entry's own question or an approved alternate would
        # say the entry both answers and does not answer it.
        if not self.narrower_matters:
            return self
        from knowledge.matching.phrases import PhraseSet  # noqa: PLC0415 (a cycle)

        narrower = PhraseSet(self.narrower_matters)
        for text in (self.question, *self.alternates):
            found = narrower.first_in(text)
            if found is not None:
                raise ValueError(f"narrower_matters {found!r} is in its own wording {text!r}")
        return self

    @field_validator("alternates", "keywords")
    @classmethod
    def _no_blank(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        if any(not v.strip() for v in values):
            raise ValueError("must not contain blank strings")
        return values

    @field_validator("necessity_of")
    @classmethod
    def _usable_groups(cls, groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        for group in groups:
            cls._usable_anchors(group)
        return groups

    @field_validator(
        "anchors",
        "anchors_also",
        "now_called",
        "necessity_not",
        "narrower_matters",
        "requests_told",
    )
    @classmethod
    def _usable_anchors(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        from knowledge.matching.phrases import phrase_problem  # noqa: PLC0415 (a cycle)

        problems = [p for p in (phrase_problem(v) for v in values) if p]
        if problems:
            raise ValueError("; ".join(problems))
        return values


class QAPack(_Strict):
    """A file of kind `qa`."""

    kind: Literal["qa"]
    source: QASource
    entries: tuple[QAEntry, ...] = Field(min_length=1)


class Phrasings(_Strict):
    """More ways of asking one existing entry."""

    number: int = Field(ge=1)
    alternates: tuple[str, ...] = Field(min_length=1)

    @field_validator("alternates")
    @classmethod
    def _no_blank(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        if any(not v.strip() for v in values):
            raise ValueError("must not contain blank strings")
        return values


class PhrasingsPack(_Strict):
    """A file of kind `phrasings`: alternate phrasings an organisation adds to existing entries,
    for example those a person approved from `infoshare report`'s review file."""

    kind: Literal["phrasings"]
    entries: tuple[Phrasings, ...] = ()
