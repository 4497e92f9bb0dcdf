"""The checks of a merged risk pack against what lies outside its models (`knowledge.pack_check`
runs them at a first start): the lines its categories name and the contacts pack's lines' markers,
and its own examples, read by its detector."""

from __future__ import annotations

from knowledge.contacts_pack import ContactsPack as ContactsValue
from knowledge.contacts_pack import Line
from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack

__all__ = ["risk_example_problems", "risk_line_problems", "set_aside_problems"]


def risk_line_problems(risk: RiskPack, contacts: object) -> list[str]:
    """A category naming a line the contacts pack does not have (none when the contacts pack
    has no lines at all: an organisation's own, which shows its own contacts alone), and a line
    named only when told a marker the risk pack lacks (`Line.only_when_told`,
    `Line.only_when_harmed`)."""
    known = {line.id for line in contacts.lines} if isinstance(contacts, ContactsValue) else set()
    return [
        f"risk packs: category {c.id!r} names line {line!r}, which the contacts pack's lines "
        f"do not have (it has {', '.join(sorted(known))})"
        for c in risk.categories
        for line in c.lines
        if known and line not in known
    ] + [
        f"contacts pack: line {line.id!r} is named only when told {name!r}, which is no marker "
        "of the risk packs" + (" nor a kind of harm" if beside else "")
        for line in (contacts.lines if isinstance(contacts, ContactsValue) else ())
        for names, beside in _conditions(line)
        for telling in names
        for name in telling.split()
        if name not in risk.markers and not (beside and risk.category(name) is not None)
    ]


def _conditions(line: Line) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """The names a line's conditions tell by, each with whether kinds of harm may be among them
    (`beside`)."""
    told = line.only_when_told
    harmed = () if line.only_when_harmed is None else ((line.only_when_harmed.told, False),)
    return harmed + (() if told is None else ((told.told, False), (told.beside, True)))


def risk_example_problems(pack: RiskPack, detector: RiskDetector) -> list[str]:
    """Check a merged risk pack against its own examples; one sentence per problem."""
    problems = [
        f"examples.disclosures: {example!r} is not caught by any cue"
        for example in pack.examples.disclosures
        if detector.detect(example) is None
    ]
    for example in pack.examples.ordinary:
        finding = detector.detect(example)
        if finding is not None:
            why = ", ".join(
                f"{c}: {q!r}" for c, q in zip(finding.categories, finding.cues, strict=True)
            )
            problems.append(f"examples.ordinary: {example!r} is taken for a disclosure ({why})")
    return problems


def set_aside_problems(risk: RiskPack) -> list[str]:
    """A reading's `set_aside` naming a category the risk packs do not have."""
    return [
        f"risk packs: set_aside {name!r} names category {id!r}, which no pack has"
        for name, ids in risk.set_aside.items()
        for id in ids
        if risk.category(id) is None
    ]
