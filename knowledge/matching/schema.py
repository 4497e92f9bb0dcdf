"""The schema of the matcher's two packs: the pydantic models that check them when read from YAML.

What the matcher reads are the values of the same names in `knowledge.matching.models`. The
models of the not-covered pack's `case_questions` (`knowledge.matching.case_schema`) and topics
(`knowledge.matching.topic_schema`), and of the lexicon pack (`knowledge.matching.lexicon_schema`),
are offered here with the others (`__all__`), as `knowledge.pack_values.SCHEMA_MODULES` looks for
them.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from knowledge.matching.case_schema import CaseQuestions
from knowledge.matching.lexicon_schema import LexiconPack
from knowledge.matching.schema_checks import StrictModel, no_blanks, phrases_checked
from knowledge.matching.topic_schema import NotCoveredTopic

__all__ = ["CaseQuestions", "LexiconPack", "NotCoveredPack", "NotCoveredTopic"]

_KIND = re.compile(r"[a-z][a-z_]*")


class NotCoveredPack(StrictModel):
    """A file of kind `not-covered`: topics the Q&A does not answer, and off-topic chatter."""

    kind: Literal["not-covered"]
    topics: tuple[NotCoveredTopic, ...] = ()
    off_topic: tuple[str, ...] = ()
    on_topic: tuple[str, ...] = Field(
        default=(),
        description="phrases that name the assistant's own subject ('information sharing'): a "
        "message holding one is never taken for `off_topic` chatter",
    )
    case_questions: CaseQuestions | None = None
    definitions: tuple[str, ...] = Field(
        default=(),
        description="phrases that ask what a word means ('what is meant by', 'definition of'; "
        "a last word ending in * is a prefix): such a question is quoted only an entry that "
        "`answers_definitions`",
    )

    subject_frames: tuple[str, ...] = Field(
        default=(),
        description="phrases after which a question names its subject ('what does the "
        "guidance say about …'): an entry's anchors count only when found after them",
    )

    topic_frames: tuple[str, ...] = Field(
        default=(),
        description="phrases after which a question names what a document or an act is about "
        "('the guidance on …', 'all instances of …'): when the few words after one name no "
        "sharing (`objects.sharing`) and point back to nothing, the question is about another "
        "guidance or another act, and no entry is quoted",
    )

    asks: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="each kind of ask (what is, why, do we need, who…) with the phrases that "
        "carry it, in order of precedence: between two entries, only the one whose "
        "`answers_asks` holds the question's kind may be quoted in its rival's place",
    )

    strict_asks: tuple[str, ...] = Field(
        default=(),
        description="kinds of ask (of `asks`) whose phrases say plainly what is asked ('why', "
        "'what do families think'): a question of one of these kinds is quoted only an entry "
        "whose `answers_asks` holds it, however near another entry scores",
    )

    strict_anywhere: tuple[str, ...] = Field(
        default=(),
        description="strict kinds (of `strict_asks`) read anywhere in the question, not only "
        "as its first ask ('what is the purpose of the Data Protection Act?' opens 'what is' "
        "but asks the purpose, which entry 3 does not answer)",
    )

    asks_at_end: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="kinds of ask carried by the last words of a question opening 'is' or 'are', "
        "whatever stands between ('is the guidance for exclusions statutory?' asks its force)",
    )

    emphasis: tuple[str, ...] = Field(
        default=(),
        description="single words of emphasis ('actually') that may stand inside an anchor as "
        "typed: anchors are also looked for without them ('why does it actually matter?')",
    )

    instructs: tuple[str, ...] = Field(
        default=(),
        description="words of a rule laid down ('should', 'must', 'are expected to'): a message "
        "of one sentence that asks nothing and says one of these states a policy ('Staff should "
        "seek consent before sharing.'), which no published answer is quoted for; a claim put "
        "to be checked ('Consent is always needed to share') says none of them",
    )

    what_passed_after: tuple[str, ...] = Field(
        default=(),
        description="verbs of passing something on ('share', 'report'): a 'what' right after "
        "one heads the thing passed on and opens no ask ('do we share what a young person "
        "tells us…?' asks no definition)",
    )

    writer_support: tuple[str, ...] = Field(
        default=(),
        description="phrases naming the support the writer gives the people they work with "
        "('someone I support', 'a support worker'): no entry's anchor is found inside one, as "
        "the writer's job is not the writer being supported by their organisation (entry 14)",
    )

    bodies_told: tuple[str, ...] = Field(
        default=(),
        description="phrases naming another body as where information goes ('with another "
        "organisation', 'to an organisation'): no entry's anchor is found inside one, as entry "
        "14's organisation is the writer's own, which supports them, not the one told",
    )

    support_asked_after: tuple[str, ...] = Field(
        default=(),
        description="words right before a `writer_support` phrase that make it a question of "
        "how to support, or of being supported ('how can I support my staff', 'am I "
        "supported'): its anchors are found as usual",
    )

    who_acts: tuple[str, ...] = Field(
        default=(),
        description="words after a 'who' that is asked ('who should decide', 'does the guidance "
        "say who in a school should make the decision?'): the question asks who takes a "
        "decision or answers for it, which no published answer names: nothing is quoted",
    )

    said_no_to: tuple[str, ...] = Field(
        default=(),
        description="words that say what a no is to ('says no to sharing', 'asked if it's ok "
        "to pass it on'): an entry found only by an anchor ending in 'no' is quoted only when "
        "the question holds one of them (`knowledge.matching.bare_no`)",
    )

    person_asks: tuple[str, ...] = Field(
        default=(),
        description="kinds of ask (of `asks`) that want a person or body ('who is the guidance "
        "for?', 'who developed it?'): a question opening with 'who' is quoted only an entry "
        "whose `answers_asks` holds one of them ('who enforces the Act?' is not entry 3's)",
    )

    sharer_asks: tuple[str, ...] = Field(
        default=(),
        description="kinds of ask (of `asks`) asking when one may share: the words before a "
        "sharing verb name who shares ('when can a pharmacist share…?'), not to whom",
    )

    contrast_groups: tuple[str, ...] = Field(
        default=(),
        description="groups of people a question may set against others ('adults', 'kids', "
        "'volunteers'), besides the case questions' parties, people, roles and settings",
    )

    contrast_before: tuple[str, ...] = Field(
        default=(),
        description="words just before a group that set it against another ('or just kids', "
        "'or only children'): the question narrows the entry's topic to a group",
    )

    contrast_after: tuple[str, ...] = Field(
        default=(),
        description="words just after a group that set it beside another ('adults too', "
        "'volunteers as well'): the question narrows the entry's topic to a group",
    )

    contrast_asks: tuple[str, ...] = Field(
        default=(),
        description="kinds of ask (of `asks`) whose answering entries speak to whom something "
        "applies: only they are quoted for a question setting one group against another ('is "
        "information sharing important for adults too or just kids?' is not entry 1's)",
    )

    objects: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="the things a published answer may be about (information sharing, the "
        "guidance), each with the words that name it (a last word ending in * a prefix): an "
        "entry listing one under `about` is quoted outright only for a question naming it",
    )

    @field_validator("asks", "objects")
    @classmethod
    def _check_asks(cls, kinds: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        from knowledge.matching.phrases import phrase_problem  # noqa: PLC0415 (a cycle)

        problems = [f"{k!r} is not a usable name" for k in kinds if not _KIND.fullmatch(k)]
        problems += [f"{k!r} lists no phrase" for k, phrases in kinds.items() if not phrases]
        problems += [p for phrases in kinds.values() for p in map(phrase_problem, phrases) if p]
        if problems:
            raise ValueError("; ".join(problems))
        return kinds

    @field_validator(
        "definitions",
        "subject_frames",
        "topic_frames",
        "who_acts",
        "contrast_groups",
        "contrast_before",
        "contrast_after",
        "said_no_to",
        "instructs",
        "writer_support",
        "bodies_told",
        "support_asked_after",
    )
    @classmethod
    def _check_definitions(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return phrases_checked(values)

    @field_validator("emphasis", "what_passed_after")
    @classmethod
    def _check_emphasis(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        from knowledge.matching.text import words  # noqa: PLC0415 (a cycle)

        problems = [f"{v!r} is not one word as typed" for v in values if words(v) != [v]]
        if problems:
            raise ValueError("; ".join(problems))
        return values

    @field_validator("off_topic", "on_topic")
    @classmethod
    def _check_off_topic(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return no_blanks(values)

    @field_validator("topics")
    @classmethod
    def _unique_ids(cls, topics: tuple[NotCoveredTopic, ...]) -> tuple[NotCoveredTopic, ...]:
        seen: set[str] = set()
        for topic in topics:
            if topic.id in seen:
                raise ValueError(f"topic id {topic.id!r} is used twice")
            seen.add(topic.id)
        return topics

    @model_validator(mode="after")
    def _strict_asks_are_asks(self) -> NotCoveredPack:
        for name in ("strict_asks", "person_asks", "sharer_asks", "contrast_asks", "asks_at_end"):
            unknown = [k for k in getattr(self, name) if k not in self.asks]
            if unknown:
                raise ValueError(f"{name} names kinds that asks does not list: {unknown}")
        loose = [k for k in self.strict_anywhere if k not in self.strict_asks]
        if loose:
            raise ValueError(f"strict_anywhere names kinds that strict_asks does not list: {loose}")
        return self

    @model_validator(mode="after")
    def _case_topic_exists(self) -> NotCoveredPack:
        cases = self.case_questions
        ids = {t.id for t in self.topics}
        if cases is not None and cases.topic not in ids:
            raise ValueError(f"case_questions names topic {cases.topic!r}, which is not listed")
        if cases is not None and cases.formal_topic is not None and cases.formal_topic not in ids:
            raise ValueError(
                f"case_questions names formal_topic {cases.formal_topic!r}, which is not listed"
            )
        for topic in cases.consent_topics if cases is not None else ():
            if topic not in ids:
                raise ValueError(
                    f"case_questions names consent_topics {topic!r}, which is not listed"
                )
        own = (cases.own_request_topic,) if cases and cases.own_request_topic else ()
        for topic in (*own, *(cases.own_request_over if cases is not None else ())):
            if topic not in ids:
                raise ValueError(f"case_questions names topic {topic!r}, which is not listed")
        return self
