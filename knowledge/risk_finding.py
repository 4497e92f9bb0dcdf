"""What the risk check makes of the phrases it found in a message: harm, to whom, whom to call.

The detector (`knowledge.risk`) finds where the pack's phrases match; `judge` weighs them: who
the message is about, which clauses are general questions, which cues, terms, groups, nearby
families and signal families count, and so which kinds of harm and contacts to show.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from knowledge.risk_at_work import AT_WORK, at_work
from knowledge.risk_clauses import alternatives, listing, not_a_topic, own_supposed, permitted
from knowledge.risk_concluded import not_concluded
from knowledge.risk_counted import categories_shown, going_on
from knowledge.risk_openers import opened, secrets_asked
from knowledge.risk_pack import Concern, RiskCategory, RiskPack
from knowledge.risk_scene import scene_of
from knowledge.risk_subjects import (
    a_class,
    done_to_writer,
    passing_on,
    question_stems,
    related_sentences,
    role_label,
    subjectless,
    telegraphic,
    writer_states,
)
from knowledge.risk_telling import (
    asked_by_writer,
    not_a_rule,
    own_told,
    passes_on,
    passing_on_asked,
    quoted_writers,
    reported,
    told_at,
)
from knowledge.risk_types import Hit, Kind, Phrase, RiskFinding, Slot, Tokens, Words
from knowledge.text_packs import ContactRole

__all__ = [
    "Hit",
    "Kind",
    "Phrase",
    "RiskFinding",
    "Slot",
    "Tokens",
    "Words",
    "judge",
]

_CHILD_ROLES = frozenset({"childrens-social-care"})
_ADULT_ROLES = frozenset({"adult-social-care"})


_DEFINITE = frozenset({"this", "that"})
_WRITER = frozenset({"i", "me", "myself"})
# A son or a daughter may be grown; "adult", "older" before a noun for a child describe it.
_GROWN_KIN = frozenset(
    {"son", "daughter", "stepson", "stepdaughter", "grandson", "granddaughter"}
    | {"brother", "sister", "cousin", "nephew", "niece", "lad", "lads"}
)
_GROWN_WORDS = frozenset({"adult", "older", "elderly", "frail", "vulnerabl"})
_HARM = frozenset({Kind.CUE, Kind.TERM, Kind.SIGNAL})
_GAPLESS = re.compile(r"[^.*]*")  # a phrase with no gap ("..." or "*") in it
_STAFF = "<staff>"  # the set a `together` group names staff by


def judge(
    hits: list[Hit],
    read: Tokens,
    pack: RiskPack,
    labels: frozenset[str] = frozenset(),
    negations: frozenset[str] = frozenset(),
    *,
    speakers: frozenset[str] = frozenset(),
    markers: Mapping[str, frozenset[str]],
) -> RiskFinding | None:
    """The harm the phrases found in a message show, or None.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        pack: the pack the phrases came from.
        labels: the stems of the words that make a noun for people before them a label
            (the pack's `label` set: "child protection policy").
        negations: the stems of the pack's `not` set ("didnt", "never"): a general phrase just
            after one, in a sentence that tells, plays harm down rather than asks.
        speakers: the stems of nouns for children, relatives and people in care, not staff:
            when one of them says "I can't tell", it is their plight, not a rule on sharing.
        markers: the stems of the words of the pack's markers, by name (`RiskPack.markers`).

    Returns:
        The categories found and whom to signpost to; None when nothing counts.
    """
    # (A drink or drug word said of someone at work is dropped before, by the detector:
    # `knowledge.risk_at_work.use_at_work`.)
    hits = _writer_not_staff(
        _in_one_clause(_not_asked_by_writer(not_concluded(hits, read), read), read), read
    )
    # A noun for people naming a thing ("our child protection policy", "adult social care") is
    # no one in particular.
    if labels:
        hits = [h for h in hits if h.phrase.kind is not Kind.PEOPLE or not _labels(h, read, labels)]
    # A signal word naming who someone is ("her adult daughter", "my older sister") describes
    # the person, not an idea of harm.
    naming = {
        i
        for h in hits
        if h.phrase.kind is Kind.PEOPLE and h.end - 1 in read.persons
        for i in range(h.position, h.end)
    }
    hits = [h for h in hits if h.phrase.kind is not Kind.SIGNAL or h.position not in naming]
    # A secret asked of the writer is no threat; where it is asked or supposed, its clause is a
    # general question ("what do I say if a child asks me to keep a secret?").
    openers = question_stems(pack.question_words)
    hits, supposed = secrets_asked(hits, read, openers)
    # Harm counts only when said about someone, and not in a clause that is a general
    # question ("what counts as neglect?", "if a child goes missing…"), nor in a question
    # that names nobody in particular ("what happens after a child goes missing?").
    asks = read.questions | read.marked
    anyone = frozenset(h.position for h in hits if _anyone(h))
    # A person in a sentence naming one occasion ("a boy came in yesterday") is someone, and
    # that sentence tells what happened, whatever it goes on to ask.
    occasions = {h.clause for h in hits if h.phrase.kind is Kind.OCCASION}
    on_occasion = {h.sentence for h in hits if h.phrase.kind is Kind.OCCASION}
    reports = told_at(hits).keys()  # sentences reporting what someone said
    specific = {
        h.sentence
        for h in hits
        if h.phrase.kind is Kind.PEOPLE
        and not (
            h.sentence in asks
            and h.sentence not in on_occasion
            and a_class(h, read, anyone, reports)
        )
    }
    specific |= passing_on(read, markers)
    about = specific | {h.sentence for h in hits if _anyone(h)}
    # The writer telling what happened to them ("he did it to me", "I was abused in the
    # 1980s"): someone in particular, in a sentence that tells rather than asks.
    # A framing phrase inside what someone is reported to have said is part of what was said
    # ("says he looked up how many pills"); `general` phrases still count there, as they also
    # guard ("asked me not to tell anyone").
    told = told_at(hits)
    # The writer telling harm done to them ("a priest abused me", "I was raped"), not in a
    # question nor in someone's reported words: someone in particular, and never a frame
    # ("… abused me. The news reports have brought it all back").
    own = (
        {
            h.sentence
            for h in hits
            if h.phrase.kind in _HARM
            and h.sentence not in asks
            and not reported(h, told)
            and done_to_writer(read, h.position, h.end)
        }
        if not _WRITER.isdisjoint(read.words)
        else set()
    )
    about |= own | quoted_writers(hits, read, told)
    # The writer telling a harm of their own ("i want to die", "im scared to go home"), in a
    # sentence that tells: someone in particular. Frames still apply. Someone at work named by
    # their role is someone when no one else is.
    about, hits = at_work(hits, about | (writer_states(hits, read) | subjectless(read)) - asks)
    # A frame (a lesson, an essay, a training day) is the setting, not the matter, of a sentence
    # that tells what someone told the writer after it: "after the assembly on grooming a year 8
    # girl told me her uncle touches her".
    hits, scene = scene_of(hits, read, markers)
    if not about or (
        not own
        and any(
            h.phrase.kind is Kind.FRAMING
            and not reported(h, told)
            and (h.sentence, h.position) > scene
            for h in hits
        )
    ):
        return None
    general = _general_phrases(
        hits, read, scene, asks, openers=openers, negations=negations, markers=markers
    )
    # "if a", "where a" make a general question only in a sentence that asks; in a telling
    # ("strangers in and out of a flat where a vulnerable man lives") they are not general.
    # A clause naming one occasion ("when a boy came in yesterday") reports what happened.
    general |= {
        h.clause
        for h in hits
        if h.phrase.kind is Kind.CONDITIONAL and h.sentence in asks and h.clause not in occasions
    }
    # "is that abuse?" in a sentence listing examples points at the example, not a person.
    people = [h for h in hits if h.phrase.kind is Kind.PEOPLE]
    pointing = {h.sentence for h in people if read.words[h.end - 1] in _DEFINITE} - {
        h.sentence for h in people if read.words[h.end - 1] not in _DEFINITE
    }
    general |= supposed
    general |= permitted(hits, read, asks, openers) - passing_on_asked(
        hits, read, markers["pass-on"]
    )
    general |= listing(read, general, specific - pointing)
    general |= alternatives(read, general, asks)
    asking = read.questions - specific - on_occasion
    counted = [h for h in hits if h.clause not in general and h.sentence not in asking]
    counted = not_a_rule(counted, read, speakers, sharing=markers["rule-sharing"])
    telling = told_at(counted, about)
    # Sentences that tell (neither start with a question word nor end with "?") about someone
    # in particular: one word of a family marked `alone` is enough there.
    statements: frozenset[int] = frozenset()
    related: frozenset[int] = frozenset()
    if any(h.phrase.kind is Kind.SIGNAL for h in counted):
        statements = frozenset((specific | telegraphic(read)) - read.questions - read.marked)
        related = frozenset(
            (related_sentences(read) | telegraphic(read)) - read.questions - read.marked
        )
    found = categories_shown(
        counted,
        about,
        telling,
        pack,
        read.marked,
        statements=statements,
        related=related,
        continued=going_on(read),
    ) or opened(hits, read, openers, general, about)
    if not found:
        return None
    categories = [pack.categories[c] for c in sorted(found)]
    concern = _concern(categories, hits, read)
    roles: list[ContactRole] = []
    for kind in categories:
        for role in kind.contacts or ():
            if concern == "adult" and role in _CHILD_ROLES:
                continue
            if concern == "child" and role in _ADULT_ROLES:
                continue
            if role not in roles:
                roles.append(role)
    return RiskFinding(
        categories=tuple(c.id for c in categories),
        concerns=concern,
        contacts=tuple(roles),
        notes=tuple(dict.fromkeys(c.note for c in categories if c.note)),
        cues=tuple(found[c] for c in sorted(found)),
    )


def _general_phrases(
    hits: list[Hit],
    read: Tokens,
    scene: tuple[int, int],
    asks: frozenset[int],
    *,
    openers: frozenset[str],
    negations: frozenset[str],
    markers: Mapping[str, frozenset[str]],
) -> set[int]:
    """The clauses a `general` phrase after the scene (`knowledge.risk_scene`) makes general.

    A general phrase opening with a question word ("what a", "how do") inside a sentence that
    tells, not asks, is not a question: "texts about what a terrible daughter she is". Nor is one
    just after a negation in a sentence that tells ("he says he didn't mean it" plays harm down),
    nor one after "in" ("talking in lessons about…": when, not a topic), nor a supposition about
    someone of the writer's own ("…if I think my friend is…", `risk_clauses.own_supposed`).
    """
    starts = frozenset(h.position for h in hits if h.phrase.kind is Kind.PEOPLE)
    tellings = frozenset(h.position for h in hits if h.phrase.kind is Kind.TELLING)
    return {
        h.clause
        for h in hits
        if h.phrase.kind is Kind.GENERAL
        and (h.sentence, h.position) > scene
        and not own_supposed(h, read, starts, markers)
        and not own_told(h, read, starts, tellings, markers)
        and not (h.sentence in asks and passes_on(h, read, markers["pass-on"], that=True))
        and (
            h.sentence in asks
            or (
                read.words[h.position] not in openers
                and not not_a_topic(read, h.position, negations)
            )
        )
    }


def _anyone(hit: Hit) -> bool:
    """Whether `hit` names anyone of a kind, not someone at work (`knowledge.risk_at_work`)."""
    return hit.phrase.kind is Kind.ANY_PERSON and AT_WORK not in hit.phrase.text


def _in_one_clause(hits: list[Hit], read: Tokens) -> list[Hit]:
    """The hits without a phrase of the pack's kinds of harm whose words follow one another,
    with no gap, across a clause: "at my wits' end, it's all…" holds no "end it all"."""
    return [
        h
        for h in hits
        if h.phrase.category < 0
        or read.clause_of[h.end - 1] == h.clause
        or not _GAPLESS.fullmatch(h.phrase.text)
    ]


def _writer_not_staff(hits: list[Hit], read: Tokens) -> list[Hit]:
    """The hits without the words of the writer's role opening the message ("support worker:
    a client wants…", "junior cricket coach - can I…") in a `together` item pairing staff with
    what they did: the role is who writes, not the member of staff an allegation is about."""
    label = role_label(read)
    if not label:
        return hits
    items = {
        (h.phrase.category, h.phrase.item)
        for h in hits
        if h.phrase.kind is Kind.GROUP and _STAFF in h.phrase.text
    }
    return [
        h
        for h in hits
        if not (
            h.phrase.kind is Kind.GROUP
            and h.position in label
            and (h.phrase.category, h.phrase.item) in items
        )
    ]


def _not_asked_by_writer(hits: list[Hit], read: Tokens) -> list[Hit]:
    """The hits without the `telling` phrases of the writer asking how or whether to tell
    ("how do I tell a mum at the gate that her daughter has nits?"): they report nothing anyone
    said."""
    asked = read.questions | read.marked
    return [
        h
        for h in hits
        if not (
            h.phrase.kind is Kind.TELLING
            and h.sentence in asked
            and asked_by_writer(read, h.position)
        )
    ]


def _labels(hit: Hit, read: Tokens, labels: frozenset[str]) -> bool:
    """Whether the noun for people ending `hit` is followed by a word making it a label."""
    after = hit.end
    return (
        after - 1 in read.persons
        and after < len(read.words)
        and read.sentence_of[after] == hit.sentence
        and read.words[after] in labels
    )


def _concern(categories: list[RiskCategory], hits: list[Hit], read: Tokens) -> Concern:
    """Whether the person at risk seems to be a child, an adult, or either.

    Kinds of harm that only children or only adults suffer decide. Otherwise the words for who
    it is do: when they name only children or only adults, and, where the kinds found are a
    child's and an adult's both, only when a kind found fits them and a child is named clearly
    (an age, a school year, "kids", not a son or a daughter, who may be grown): "the man I care
    for … met online" is an adult. A grown-up named as whose the children are ("my neighbour's
    kids") names the children.
    """
    concerns = {c.concerns for c in categories}
    kids = [h for h in hits if h.phrase.kind is Kind.CHILD]
    young = {h.position for h in kids if read.words[h.end - 1] not in _GROWN_KIN}
    clear = bool(young)
    starts = young  # "my client's son" is the client's: the son may be who harms her
    adult = any(
        h.phrase.kind is Kind.ADULT
        and not (h.end in starts and read.words[h.end - 1] not in _GROWN_WORDS)
        for h in hits
    )
    child = bool(kids)
    if concerns == {"child"} or ("adult" not in concerns and child and not adult):
        return "child"
    if concerns == {"adult"} or ("child" not in concerns and adult and not child):
        return "adult"
    if {"child", "adult"} <= concerns and adult != child:
        return "adult" if adult else "child" if clear else "either"
    return "either"
