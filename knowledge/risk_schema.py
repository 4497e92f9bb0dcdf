"""The schema of the risk pack: the pydantic models that check it when read from YAML.

What the conversation and the risk detector read are the values of the same names in
`knowledge.risk_pack`, where each field is described. An organisation's pack is merged with the
built-in one here, on the models (`merge_risk_packs`), before the values are made.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from knowledge.contacts_pack import ContactRole
from knowledge.risk_markers import MARKERS
from knowledge.risk_pack import CaseMark, Concern
from knowledge.risk_phrases import check_phrases, set_names

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


def merge_risk_packs(packs: list[tuple[str, RiskPack]]) -> tuple[RiskPack, list[str]]:
    """Join the built-in risk pack and an organisation's own, built-in first.

    An organisation's pack extends, never replaces: its sets, markers, people, general, child
    and adult phrases and its examples are added; a category with a new id is added (it must
    then say its name, whom it concerns and its contacts); one with a built-in id adds its cues,
    terms, `together` and `near` items, worries and secrets to that category.

    Args:
        packs: (where it came from, pack) pairs, the built-in pack first.

    Returns:
        The merged pack, and one sentence per problem found (each naming where it came from).
    """
    problems: list[str] = []
    sets: dict[str, tuple[str, ...]] = {}
    markers: dict[str, tuple[str, ...]] = {}
    # Every list of phrases or words in the pack, as the model declares them.
    lists: dict[str, tuple[str, ...]] = {
        name: () for name, f in RiskPack.model_fields.items() if f.annotation == tuple[str, ...]
    }
    categories: dict[str, RiskCategory] = {}
    disclosures: tuple[str, ...] = ()
    ordinary: tuple[str, ...] = ()
    still_note: str | None = None
    pregnancy_note: str | None = None
    families: dict[str, SignalFamily] = {}
    least = RiskSignals().least
    for origin, pack in packs:
        still_note = pack.children_still_note or still_note
        pregnancy_note = pack.pregnancy_abuse_note or pregnancy_note
        if "least" in pack.signals.model_fields_set:
            least = pack.signals.least
        for name, family in pack.signals.families.items():
            known_family = families.get(name)
            families[name] = (
                family
                if known_family is None
                else known_family.model_copy(
                    update={"words": tuple(dict.fromkeys((*known_family.words, *family.words)))}
                )
            )
        for name, members in pack.sets.items():
            sets[name] = tuple(dict.fromkeys((*sets.get(name, ()), *members)))
        for name, members in pack.markers.items():
            markers[name] = tuple(dict.fromkeys((*markers.get(name, ()), *members)))
        for field, known_phrases in lists.items():
            lists[field] = tuple(dict.fromkeys((*known_phrases, *getattr(pack, field))))
        seen: set[str] = set()
        for category in pack.categories:
            if category.id in seen:
                problems.append(f"{origin}: category {category.id!r} appears more than once")
                continue
            seen.add(category.id)
            known = categories.get(category.id)
            if known is None:
                missing = [
                    f for f in ("name", "concerns", "contacts") if getattr(category, f) is None
                ]
                if missing:
                    problems.append(
                        f"{origin}: category {category.id!r} is new, so it needs "
                        + ", ".join(missing)
                    )
                    continue
                categories[category.id] = category
            else:
                categories[category.id] = known.model_copy(
                    update={
                        "cues": (*known.cues, *category.cues),
                        "terms": (*known.terms, *category.terms),
                        "together": (*known.together, *category.together),
                        "near": (*known.near, *category.near),
                        "worries": (*known.worries, *category.worries),
                        "secrets": (*known.secrets, *category.secrets),
                        "contacts": category.contacts or known.contacts,
                        "note": category.note or known.note,
                        "adult_contacts": category.adult_contacts or known.adult_contacts,
                        "adult_note": category.adult_note or known.adult_note,
                        "own_note": category.own_note or known.own_note,
                        "told_note": category.told_note or known.told_note,
                        "on_record": category.on_record or known.on_record,
                        "asked_after": category.asked_after or known.asked_after,
                        "marks": category.marks or known.marks,
                        "lines": category.lines or known.lines,
                    }
                )
        disclosures += pack.examples.disclosures
        ordinary += pack.examples.ordinary
    merged = RiskPack(
        kind="risk",
        sets=sets,
        markers=markers,
        children_still_note=still_note,
        pregnancy_abuse_note=pregnancy_note,
        categories=tuple(categories.values()),
        signals=RiskSignals(least=least, families=families),
        examples=RiskExamples(disclosures=disclosures, ordinary=ordinary),
        **lists,
    )
    ids = {category.id for category in merged.categories}
    problems += [
        f"signals: family {name!r} points to category {family.category!r}, which no pack has"
        for name, family in families.items()
        if family.category not in ids
    ]
    problems += [
        f"signals: family {name!r}: {phrase!r} uses <{set_name}>, which no pack defines"
        for name, family in families.items()
        for phrase in family.words
        for set_name in set_names(phrase)
        if set_name not in sets
    ]
    for category in merged.categories:
        for phrase in category.phrases():
            problems += [
                f"category {category.id!r}: {phrase!r} uses <{name}>, which no pack defines"
                for name in set_names(phrase)
                if name not in sets
            ]
    for field, phrases in lists.items():
        problems += [
            f"{field}: {phrase!r} uses <{name}>, which no pack defines"
            for phrase in phrases
            for name in set_names(phrase)
            if name not in sets
        ]
    if not merged.categories:
        problems.append("the risk pack has no categories")
    if not merged.also_names:
        problems.append("also_names: the risk pack has none (common names also known as words)")
    if merged.children_still_note is None:
        problems.append("children_still_note: the risk pack has none (see its description)")
    return merged, problems
