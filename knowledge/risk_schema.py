"""The schema of the risk pack: the pydantic models that check it when read from YAML.

What the conversation and the risk detector read are the values of the same names in
`knowledge.risk_pack`, where each field is described. An organisation's pack is merged with the
built-in one here, on the models (`merge_risk_packs`), before the values are made.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from knowledge.risk_pack import Concern
from knowledge.risk_phrases import check_phrases, set_names
from knowledge.text_packs import ContactRole

_ID = r"^[a-z][a-z0-9-]{0,40}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class RiskCategory(_Strict):
    """One kind of harm, with its cues, who it concerns and which contacts it points to.

    Attributes:
        id: a stable name, e.g. ``sexual-abuse``; an organisation's pack adds cues to a built-in
            category by using its id.
        name: what the category is, in words (for people reading the pack and the logs).
        concerns: whether the harm is to a child, an adult, or either.
        contacts: the contact roles the signpost shows for it, in order.
        cues: phrases that, anywhere in a message, suggest this harm.
        terms: words for the harm itself ("neglect", "county lines"). They count only in a
            sentence that is not a general question, in a message about someone in particular,
            so "what counts as neglect?" is not taken for a disclosure.
        together: each item is a list of groups of phrases; every group must match in one
            sentence (e.g. "older lads" with "gave him a phone").
        near: each item is two groups of phrases; one phrase of each must start within
            `NEAR_WORDS` words of the other, in either order, in one sentence.
        note: one short extra line for the signpost, if this harm needs one.
        worries: phrases for the writer's worry about someone, enough when nothing says why.
        secrets: phrases for someone asking the writer to keep a secret, enough when nothing
            says what about.
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
    worries: tuple[str, ...] = ()
    secrets: tuple[str, ...] = ()

    @field_validator("cues", "terms", "worries", "secrets")
    @classmethod
    def _phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return check_phrases(value)

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

    Attributes:
        category: the id of the kind of harm this idea points to (for the contacts shown).
        words: phrases for the idea, one word each as a rule ("bruise|bruises", "hiding").
        telling: whether one of its words is enough in a sentence that reports what someone
            said or a worry about someone (the pack's `telling` phrases).
        alone: whether one of its words is enough in a sentence that tells rather than asks
            (starts with no question word, ends with no "?") about someone in particular
            ("her boyfriend", "my pupil", "he"), not a person of a kind ("a pupil").
        related: the same for a sentence that names someone by their relation to someone, a
            noun for people a few words after "my", "her", "their"… ("her ex", "my year 9
            pupil"): for families whose words are weaker ("screaming", "smells").
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

    A sentence about someone in particular, neither a general question nor asking, with words of
    at least `least` different families ("scared" and "bruise"; "older" and "snapchat"), or with
    more than `least` words of any families, is taken as a sign of harm when no phrase of a
    category was found: this generalises past the wording of the cues.

    Attributes:
        least: how many different families one sentence must hold.
        families: the families by name; an organisation's pack adds words to a family by name.
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

    Attributes:
        disclosures: each must be caught.
        ordinary: ordinary questions that merely mention harm words; none may be caught.
    """

    disclosures: tuple[str, ...] = ()
    ordinary: tuple[str, ...] = ()


class RiskPack(_Strict):
    """A file of kind `risk`. An organisation's own adds to the built-in one, never replaces it.

    Attributes:
        sets: named word sets that cues use as ``<name>``.
        people: phrases showing a message is about someone in particular (he, my pupil…).
        any_person: words for a person who may be anyone ("a child", "pupils", "a tenant"):
            enough for a message to be about someone, but a question that names nobody more
            particular is a general question, in which nothing counts.
        question_words: words that make a sentence starting with them a question.
        general: phrases marking a sentence as a general question ("what counts as", "policy"),
            in which `terms` do not count.
        conditional: phrases that make a general question only in a sentence that asks (starts
            with a question word or ends with "?"): "if a child…?" is general, but "a flat where
            a vulnerable man lives" is not.
        child_words: phrases showing the person at risk is a child.
        adult_words: phrases showing the person at risk is an adult.
        framing: phrases showing a whole message is about training, study, a published case or
            the news, not about someone the writer is worried about; nothing in it counts.
        telling: phrases showing a sentence reports what someone said or that the writer is
            worried about someone ("she told me", "I'm worried about"): in such a sentence one
            word of a signal family is enough, and framing after it does not count.
        concluded: phrases saying the harm they name is over ("took his own life"): the cues
            and signal words inside them do not count; every other sign in the message does.
        occasion: words naming one occasion ("yesterday", "this morning"): a conditional
            opening that names one ("when a boy came in yesterday, …?") reports what happened.
        names: words after a sign of harm that make it the name of a service or a job
            ("coordinator", "referral centre"): "domestic abuse coordinator" is not a harm.
        things: phrases naming an ordinary thing with a harm word in it ("breast cancer",
            "drinks too much coffee", "cut to twice a day"): a sign ending inside one is no harm.
        records: phrases for someone's criminal record ("convicted of", "arrested for"): the
            harm named in or just after one is an offence on a record, not a harm now.
        kinds: phrases naming a kind of people by a harm ("victims of", "families affected
            by"): the harm just after one describes the kind, not someone now.
        closed: phrases saying a matter is over ("the court case … finished", "was jailed"):
            the signs in their clause do not count.
        enquiries: phrases for someone asking the writer about another's incident ("wants to
            know which"): the signs after one in its sentence do not count.
        deciding: phrases for how to decide about sharing ("how do I decide", "whether to
            share"), in whose question worries and secrets alone are no sign of harm.
        permission: phrases asking whether an act would be allowed ("is it legal to", "in
            trouble for"): in a sentence that asks, the rest of the clause is the act asked
            about, unless it names a relative or the writer before the act, or says "that".
        known_words: ordinary words that look like a misspelt cue word ("setting" is not
            "sexting"); typo correction leaves them alone.
        categories: the kinds of harm.
        signals: families of words whose meeting in one sentence suggests harm.
        examples: messages the pack must catch, and ordinary questions it must not.
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
    telling: tuple[str, ...] = ()
    concluded: tuple[str, ...] = ()
    occasion: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    things: tuple[str, ...] = ()
    records: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    closed: tuple[str, ...] = ()
    enquiries: tuple[str, ...] = ()
    deciding: tuple[str, ...] = ()
    permission: tuple[str, ...] = ()
    known_words: tuple[str, ...] = ()
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
        "telling",
        "concluded",
        "occasion",
        "names",
        "things",
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

    @field_validator("known_words", "question_words")
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


def merge_risk_packs(packs: list[tuple[str, RiskPack]]) -> tuple[RiskPack, list[str]]:
    """Join the built-in risk pack and an organisation's own, built-in first.

    An organisation's pack extends, never replaces: its sets, people, general, child and adult
    phrases and its examples are added; a category with a new id is added (it must then say
    its name, whom it concerns and its contacts); one with a built-in id adds its cues, terms,
    `together` and `near` items, worries and secrets to that category.

    Args:
        packs: (where it came from, pack) pairs, the built-in pack first.

    Returns:
        The merged pack, and one sentence per problem found (each naming where it came from).
    """
    problems: list[str] = []
    sets: dict[str, tuple[str, ...]] = {}
    # Every list of phrases or words in the pack, as the model declares them.
    lists: dict[str, tuple[str, ...]] = {
        name: () for name, f in RiskPack.model_fields.items() if f.annotation == tuple[str, ...]
    }
    categories: dict[str, RiskCategory] = {}
    disclosures: tuple[str, ...] = ()
    ordinary: tuple[str, ...] = ()
    families: dict[str, SignalFamily] = {}
    least = RiskSignals().least
    for origin, pack in packs:
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
                    }
                )
        disclosures += pack.examples.disclosures
        ordinary += pack.examples.ordinary
    merged = RiskPack(
        kind="risk",
        sets=sets,
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
    return merged, problems
