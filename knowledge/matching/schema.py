"""The schema of the matcher's two packs: the pydantic models that check them when read from YAML.

What the matcher reads are the values of the same names in `knowledge.matching.models`.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_KIND = re.compile(r"[a-z][a-z_]*")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _no_blanks(values: tuple[str, ...]) -> tuple[str, ...]:
    if any(not v.strip() for v in values):
        raise ValueError("must not contain blank strings")
    return values


class NotCoveredTopic(_Strict):
    """A subject near the Q&A that it does not answer, with what we say instead."""

    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9-]*$")
    cues: tuple[str, ...] = Field(min_length=1)
    reply: str = Field(min_length=1)
    anchors: tuple[str, ...] = Field(
        default=(),
        description="words or phrases of which one must be in a message for this reply to be "
        "given (a last word ending in * is a prefix); none listed: no such condition",
    )

    @field_validator("cues")
    @classmethod
    def _check_cues(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _no_blanks(values)

    @field_validator("anchors")
    @classmethod
    def _check_anchors(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        from knowledge.matching.phrases import phrase_problem  # noqa: PLC0415 (a cycle)

        problems = [p for p in (phrase_problem(v) for v in values) if p]
        if problems:
            raise ValueError("; ".join(problems))
        return values


class CaseQuestions(_Strict):
    """How to tell a question about one case ("can I tell the school about…?") from a question
    about the guidance: a sharing verb and a named party, both in the question itself."""

    topic: str = Field(min_length=1, description="the topic whose reply such questions get")
    verbs: tuple[str, ...] = Field(min_length=1)
    parties: tuple[str, ...] = Field(min_length=1)
    people: tuple[str, ...] = Field(
        default=(),
        description="the person the information is about, by their relation to the service "
        "(patient, pupil, client…): like a party, no reason to withhold an entry that answers "
        "case questions",
    )
    subjects: tuple[str, ...] = Field(
        default=(),
        description="particular settings, ages, laws and situations (as the parties, words or "
        "phrases, a last word ending in * a prefix): an entry is quoted for a question naming "
        "one, a party or a person only when the entry's own wording names it too",
    )
    settings: tuple[str, ...] = Field(
        default=(),
        description="places where a service is given (a nursery, a pharmacy, a care home): "
        "subjects as the others are, except to an entry that `speaks_of_parties`, whose answer "
        "holds whichever service a question names ('is the guidance for nurseries?')",
    )

    consent_after: tuple[str, ...] = Field(
        default=(),
        description="words that, right after a party or person, name them as the one whose "
        "consent or wishes are asked about ('the parents' consent', 'mum said no'): the one "
        "asked, not the one the information would go to, so no reason to hold an entry back",
    )
    consent_before: tuple[str, ...] = Field(
        default=(),
        description="the same, right before the party or person ('consent from the')",
    )
    owner_after: tuple[str, ...] = Field(
        default=(),
        description="words that, right after a party or person, name them as the one the "
        "information is about ('a patient's information', 'something a pupil told me'): whose "
        "it is, not where it would go nor a setting the question is asked in",
    )
    owner_before: tuple[str, ...] = Field(
        default=(),
        description="the same, right before the party or person ('information about a')",
    )
    other_acts: tuple[str, ...] = Field(
        default=(),
        description="words that name an act a question asks consent or leave for ('allowed "
        "to', 'permission to'): when the question names no act of sharing (`verbs`) and "
        "nothing shared (`shared_things`) anywhere, that act is not sharing ('is she allowed "
        "to smack them if we give permission?') and no entry is quoted",
    )
    shared_things: tuple[str, ...] = Field(
        default=(),
        description="what is shared, or ways of passing it on that are not in `verbs` "
        "('information', 'records', 'contact'): naming one makes a question about sharing",
    )
    outside_parties: tuple[str, ...] = Field(
        default=(),
        description="people outside the services (family, friends, the press, a solicitor), "
        "parties as the others are: named after a sharing verb ('can I tell a journalist?'), "
        "no entry is quoted, even one that answers case questions",
    )
    colleagues: tuple[str, ...] = Field(
        default=(),
        description="people in the asker's own organisation (a manager, a supervisor, senior "
        "leaders): named after a sharing verb ('can I share this with my manager?') as "
        "`outside_parties` are, so the entry on organisational support, whose anchors name "
        "them as the ones supporting, is not quoted for telling them",
    )
    roles: tuple[str, ...] = Field(
        default=(),
        description="the asker's roles ('receptionist', 'youth worker', 'DSL'): a label "
        "ending with one (or a party) before a dash or colon says who asks ('health visitor "
        "- mum won't give consent…'), and the question is read without it",
    )
    provisions: tuple[str, ...] = Field(
        default=(),
        description="single words that, followed by a number, name a numbered part of a law "
        "or code ('section 42', 'schedule 2'): like a year ('the 2018 guidance'), such a "
        "subject is quoted only an entry whose own wording names it",
    )

    requests: tuple[str, ...] = Field(
        default=(),
        description="words of asking for something ('asked', 'wants'): a story telling of an "
        "outside party asking ('a journalist has asked…'), then a short question ('Does the "
        "DPA stop me?'), is about that request, and no entry is quoted",
    )

    requesters: tuple[str, ...] = Field(
        default=(),
        description="people outside the services who are not `outside_parties` (not named "
        "after a sharing verb, where 'family' would also be 'family support'), but whose "
        "request told in a story ('the family want the CCTV…', 'a carer wants to know what "
        "tablets…') makes the short question after it about that request",
    )

    refers_back: tuple[str, ...] = Field(
        default=(),
        description="a sharing verb whose object is a word pointing back ('sharing it', "
        "'passing them on'): the thing shared is in the story before the question, so the "
        "story's subjects count as the question's ('we have CCTV of the car park. does data "
        "protection stop us sharing it?' names CCTV, which no entry speaks of)",
    )
    held_things: tuple[str, ...] = Field(
        default=(),
        description="records and media a story may name as what is held and then shared "
        "('CCTV', 'photos', 'the register'): after `refers_back`, one in the story that an "
        "entry's own wording never names holds that entry back",
    )

    formal_requesters: tuple[str, ...] = Field(
        default=(),
        description="parties whose requests for information have rules of their own (the "
        "police, a court): a message telling of a request from one ('the police want a "
        "statement about a pupil, does the DPA allow it?') is quoted no entry and gets the "
        "reply of `formal_topic`",
    )
    formal_topic: str | None = Field(
        default=None, description="the topic whose reply a formal request gets"
    )
    consent_topics: tuple[str, ...] = Field(
        default=(),
        description="other topics whose questions asking whether one may share without consent "
        "are case questions too: 'do I need consent to share with the MASH?' asks about consent, "
        "not how to make a referral",
    )

    @field_validator(
        "verbs",
        "parties",
        "people",
        "subjects",
        "settings",
        "consent_after",
        "consent_before",
        "owner_after",
        "owner_before",
        "other_acts",
        "shared_things",
        "outside_parties",
        "colleagues",
        "roles",
        "provisions",
        "requests",
        "requesters",
        "refers_back",
        "held_things",
        "formal_requesters",
    )
    @classmethod
    def _check_phrases(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        from knowledge.matching.phrases import phrase_problem  # noqa: PLC0415 (a cycle)

        problems = [p for p in (phrase_problem(v) for v in values) if p]
        if problems:
            raise ValueError("; ".join(problems))
        return values


class NotCoveredPack(_Strict):
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

    emphasis: tuple[str, ...] = Field(
        default=(),
        description="single words of emphasis ('actually') that may stand inside an anchor as "
        "typed: anchors are also looked for without them ('why does it actually matter?')",
    )

    who_acts: tuple[str, ...] = Field(
        default=(),
        description="words after a 'who' that is asked ('who should decide', 'does the guidance "
        "say who in a school should make the decision?'): the question asks who takes a "
        "decision or answers for it, which no published answer names: nothing is quoted",
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

    @field_validator("definitions", "subject_frames", "who_acts")
    @classmethod
    def _check_definitions(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        from knowledge.matching.phrases import phrase_problem  # noqa: PLC0415 (a cycle)

        problems = [p for p in (phrase_problem(v) for v in values) if p]
        if problems:
            raise ValueError("; ".join(problems))
        return values

    @field_validator("emphasis")
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
        return _no_blanks(values)

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
        for name in ("strict_asks", "person_asks", "sharer_asks"):
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
        return self


class LexiconPack(_Strict):
    """A file of kind `lexicon`: the words the matcher rewrites before comparing.

    Keys and values are words or short phrases; matching is case-insensitive. `fillers` are
    greetings and politeness (a message of nothing else is chatter), `ignored` words are dropped
    before comparing (articles, pronouns, auxiliaries), and `stopwords` are kept for the fuzzy
    comparison but carry no weight of their own.
    """

    kind: Literal["lexicon"]
    abbreviations: dict[str, str] = Field(default_factory=dict)
    spellings: dict[str, str] = Field(default_factory=dict)
    synonyms: dict[str, str] = Field(default_factory=dict)
    fillers: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    stopwords: tuple[str, ...] = ()

    @field_validator("abbreviations", "spellings", "synonyms")
    @classmethod
    def _no_blank_pairs(cls, mapping: dict[str, str]) -> dict[str, str]:
        for key, value in mapping.items():
            if not key.strip() or not value.strip():
                raise ValueError(f"blank word in pair {key!r}: {value!r}")
        return mapping

    @field_validator("fillers", "ignored", "stopwords")
    @classmethod
    def _check_words(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _no_blanks(values)
