"""The schema of the risk pack: the pydantic models that check it when read from YAML.

What the conversation and the risk detector read are the values of the same names in
`knowledge.risk_pack`, where each field is described. An organisation's pack is merged with the
built-in one on the models (`knowledge.risk_schema_merge.merge_risk_packs`), before the values
are made.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from knowledge.contacts_pack import ContactRole
from knowledge.risk_markers import MARKERS, SET_ASIDE
from knowledge.risk_pack import CaseMark, Concern
from knowledge.risk_phrases import check_phrases

_ID = r"^[a-z][a-z0-9-]{0,40}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class RiskCategory(_Strict):
    """One kind of harm, with its cues, who it concerns and which contacts it points to.

    The fields, and what each means, are those of `knowledge.risk_pack.RiskCategory`.
    """

    id: str = Field(pattern=_ID)
    name: str | None = Field(default=None, min_length=3)
    concerns: Concern | None = None
    contacts: tuple[ContactRole, ...] | None = None
    cues: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    together: tuple[tuple[tuple[str, ...], ...], ...] = ()
    near: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    note: str | None = Field(default=None, min_length=3)
    adult_contacts: tuple[ContactRole, ...] | None = None
    adult_note: str | None = Field(default=None, min_length=3)
    own_note: str | None = Field(default=None, min_length=3)
    told_note: str | None = Field(default=None, min_length=3)
    lines: tuple[str, ...] = ()
    worries: tuple[str, ...] = ()
    secrets: tuple[str, ...] = ()
    on_record: bool = False
    asked_after: bool = False
    marks: tuple[CaseMark, ...] = ()

    @field_validator("cues", "terms", "worries", "secrets")
    @classmethod
    def _phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return check_phrases(value)

    @field_validator("lines")
    @classmethod
    def _line_ids(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not re.match(_ID, i) for i in value):
            raise ValueError("each line is the id of a line of the contacts pack")
        return value

    @field_validator("together")
    @classmethod
    def _groups(
        cls, value: tuple[tuple[tuple[str, ...], ...], ...]
    ) -> tuple[tuple[tuple[str, ...], ...], ...]:
        for item in value:
            if len(item) < 2 or any(not group for group in item):
                raise ValueError("each 'together' item needs two or more non-empty groups")
        return tuple(tuple(check_phrases(group) for group in item) for item in value)

    @field_validator("near")
    @classmethod
    def _pairs(
        cls, value: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    ) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
        for first, second in value:
            if not first or not second:
                raise ValueError("each 'near' item needs two non-empty groups")
        return tuple((check_phrases(a), check_phrases(b)) for a, b in value)

    def phrases(self) -> list[str]:
        """Every phrase of this category (as the value's `phrases`), for the merge's checks."""
        grouped = [p for item in (*self.together, *self.near) for group in item for p in group]
        return [*self.cues, *self.terms, *grouped, *self.worries, *self.secrets]


class SignalFamily(_Strict):
    """Words for one idea that, beside a word of another family, suggest harm.

    The fields, and what each means, are those of `knowledge.risk_pack.SignalFamily`.
    """

    category: str = Field(pattern=_ID)
    words: tuple[str, ...] = Field(min_length=1)
    telling: bool = False
    alone: bool = False
    related: bool = False

    @field_validator("words")
    @classmethod
    def _phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return check_phrases(value)


class RiskSignals(_Strict):
    """Families of words for the ideas of harm, which count together rather than as phrases.

    The fields, and what each means, are those of `knowledge.risk_pack.RiskSignals`.
    """

    least: int = Field(default=2, ge=2, le=5)
    families: dict[str, SignalFamily] = Field(default_factory=dict)

    @field_validator("families")
    @classmethod
    def _names(cls, value: dict[str, SignalFamily]) -> dict[str, SignalFamily]:
        for name in value:
            if not re.match(r"^[a-z][a-z0-9-]{0,30}$", name):
                raise ValueError(f"family name {name!r} must be lower-case letters, digits and -")
        return value


class RiskExamples(_Strict):
    """Messages the pack is checked against whenever it loads.

    The fields, and what each means, are those of `knowledge.risk_pack.RiskExamples`.
    """

    disclosures: tuple[str, ...] = ()
    ordinary: tuple[str, ...] = ()


class RiskPack(_Strict):
    """A file of kind `risk`. An organisation's own adds to the built-in one, never replaces it.

    The fields, and what each means, are those of `knowledge.risk_pack.RiskPack`.
    """

    kind: Literal["risk"]
    sets: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    people: tuple[str, ...] = ()
    any_person: tuple[str, ...] = ()
    question_words: tuple[str, ...] = ()
    general: tuple[str, ...] = ()
    conditional: tuple[str, ...] = ()
    child_words: tuple[str, ...] = ()
    adult_words: tuple[str, ...] = ()
    framing: tuple[str, ...] = ()
    own_case: tuple[str, ...] = ()
    telling: tuple[str, ...] = ()
    concluded: tuple[str, ...] = ()
    occasion: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    things: tuple[str, ...] = ()
    health_risks: tuple[str, ...] = ()
    records: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    closed: tuple[str, ...] = ()
    enquiries: tuple[str, ...] = ()
    deciding: tuple[str, ...] = ()
    permission: tuple[str, ...] = ()
    known_words: tuple[str, ...] = ()
    also_names: tuple[str, ...] = ()
    given_names: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    children_still_note: str | None = Field(default=None, min_length=3)
    pregnancy_abuse_note: str | None = Field(default=None, min_length=3)
    markers: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    set_aside: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    categories: tuple[RiskCategory, ...] = ()
    # Made without validating (there is nothing to validate): an instance validated here would
    # build the models' validators at import, which every start would pay for.
    signals: RiskSignals = RiskSignals.model_construct()
    examples: RiskExamples = RiskExamples.model_construct()

    @field_validator(
        "people",
        "any_person",
        "general",
        "conditional",
        "child_words",
        "adult_words",
        "framing",
        "own_case",
        "telling",
        "concluded",
        "occasion",
        "names",
        "things",
        "health_risks",
        "records",
        "kinds",
        "closed",
        "enquiries",
        "deciding",
        "permission",
    )
    @classmethod
    def _phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return check_phrases(value)

    @field_validator("known_words", "question_words", "also_names", "given_names", "surnames")
    @classmethod
    def _words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [w for w in value if not re.match(r"^[a-z0-9]+$", w)]
        if bad:
            raise ValueError(f"must be single lower-case words, not {bad[0]!r}")
        return value

    @field_validator("sets")
    @classmethod
    def _sets(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for name, members in value.items():
            if not re.match(r"^[a-z][a-z0-9-]{0,30}$", name):
                raise ValueError(f"set name {name!r} must be lower-case letters, digits and -")
            bad = [m for m in members if not re.match(r"^[a-z0-9]+$", m)]
            if bad or not members:
                raise ValueError(f"set {name!r}: members must be single lower-case words")
        return value

    @field_validator("markers")
    @classmethod
    def _markers(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for name, members in value.items():
            if name not in MARKERS:
                raise ValueError(
                    f"marker {name!r} is none the risk check reads ({', '.join(MARKERS)})"
                )
            bad = [m for m in members if not re.match(r"^[a-z0-9]+$", m)]
            if bad or not members:
                raise ValueError(f"marker {name!r}: members must be single lower-case words")
        return value

    @field_validator("set_aside")
    @classmethod
    def _set_aside(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for name, ids in value.items():
            if name not in SET_ASIDE:
                raise ValueError(
                    f"set_aside {name!r} is no reading of the risk check ({', '.join(SET_ASIDE)})"
                )
            if not ids or any(not re.match(_ID, i) for i in ids):
                raise ValueError(f"set_aside {name!r}: members must be category ids")
        return value
