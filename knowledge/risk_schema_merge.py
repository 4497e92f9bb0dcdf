"""Merging an organisation's risk pack into the built-in one, on the models of
`knowledge.risk_schema`, before the values are made (`knowledge.pack_check`)."""

from __future__ import annotations

from collections.abc import Iterable

from knowledge.risk_phrases import set_names
from knowledge.risk_schema import (
    RiskCategory,
    RiskExamples,
    RiskPack,
    RiskSignals,
    SignalFamily,
)

__all__ = ["merge_risk_packs"]


def merge_risk_packs(packs: list[tuple[str, RiskPack]]) -> tuple[RiskPack, list[str]]:
    """Join the built-in risk pack and an organisation's own, built-in first.

    An organisation's pack extends, never replaces: its sets, markers, set_aside, people, general,
    child and adult phrases and its examples are added; a category with a new id is added (it must
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
        set_aside=_joined(pack.set_aside for _, pack in packs),
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


def _joined(named: Iterable[dict[str, tuple[str, ...]]]) -> dict[str, tuple[str, ...]]:
    """The members of each name in `named`, in order and each once."""
    joined: dict[str, tuple[str, ...]] = {}
    for each in named:
        for name, members in each.items():
            joined[name] = tuple(dict.fromkeys((*joined.get(name, ()), *members)))
    return joined
