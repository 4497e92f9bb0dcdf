"""The checks of a merged risk pack against what lies outside its models (`knowledge.pack_check`
runs them at a first start): the lines its categories name and the contacts pack's lines' markers,
its own examples, read by its detector, and the cue words an organisation adds that a common
word is one slip from."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from knowledge.contacts_pack import ContactsPack as ContactsValue
from knowledge.contacts_pack import Line
from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from knowledge.risk_real_words import common_near
from knowledge.risk_schema import RiskPack as RiskModel
from knowledge.risk_tokens import MIN_TYPO_LENGTH
from knowledge.risk_types import stem_word

__all__ = [
    "added_cue_words",
    "risk_example_problems",
    "risk_line_problems",
    "set_aside_problems",
    "slip_problems",
]


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


def slip_problems(detector: RiskDetector, added: Collection[str]) -> list[str]:
    """A cue word of `added` (an organisation's own: `added_cue_words`) that typo correction
    reads a common English word one slip away as (`knowledge.risk_real_words`), with that word:
    always, or in a message already holding a sign of harm (round 55: "when my dad is drunk he
    dances in the kitchen" lost its harmless act when "dancers" was a cue word). The built-in
    pack's own are left out: its readings were measured with them; and a word the cue word's
    own once stemmed ("stripper" of "strippers"), which the cue reads as typed. A warning since
    round 57 (`Knowledge.pack_warnings`): the organisation's pack still loads."""
    problems = []
    for word in sorted(common_near(added, MIN_TYPO_LENGTH) - detector.known_words):
        cue = detector.corrected_beside_harm(word)
        if cue in added and stem_word(cue) != stem_word(word):  # "stripper": the cue's own
            when = "always" if detector.corrected(word) == cue else "beside a sign of harm"
            problems.append(
                f"risk packs: cue word {cue!r} is one slip from the common word {word!r}, which "
                f"is read as {cue!r} {when} (as 'dances' was read as 'dancers'): another word "
                "for the cue avoids it"
            )
    return problems


def added_cue_words(builtin: Iterable[RiskModel], local: Iterable[RiskModel]) -> frozenset[str]:
    """The words of the phrases of `local` risk packs (their categories', sets' and signal
    families') that no `builtin` pack's phrase holds, in lower case."""
    return frozenset(_phrase_words(local)) - frozenset(_phrase_words(builtin))


def _phrase_words(packs: Iterable[RiskModel]) -> Iterator[str]:
    """The words (letters only, lower case) of every phrase of `packs` typo correction may read
    a slip as: the categories' cues, terms, groups, near pairs, worries and secrets, the named
    sets' words and the signal families'."""
    for pack in packs:
        texts: list[str] = [w for words in pack.sets.values() for w in words]
        texts += [w for family in pack.signals.families.values() for w in family.words]
        for c in pack.categories:
            texts += [*c.cues, *c.terms, *c.worries, *c.secrets]
            texts += [p for item in c.together for group in item for p in group]
            texts += [p for pair in c.near for group in pair for p in group]
        for text in texts:
            yield from "".join(ch if ch.isalpha() else " " for ch in text.lower()).split()
