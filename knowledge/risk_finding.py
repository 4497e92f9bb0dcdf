"""What the risk check makes of the phrases it found in a message: harm, to whom, whom to call.

The detector (`knowledge.risk`) finds where the pack's phrases match; `judge` weighs them: who
the message is about, which clauses are general questions, which cues, terms, groups, nearby
families and signal families count, and so which kinds of harm and contacts to show.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from knowledge.risk_clauses import alternatives, listing, permitted
from knowledge.risk_openers import opened, secrets_asked
from knowledge.risk_pack import NEAR_WORDS, Concern, RiskCategory, RiskPack
from knowledge.risk_subjects import (
    a_class,
    done_to_writer,
    passing_on,
    question_stems,
    related_sentences,
    telegraphic,
)
from knowledge.risk_telling import not_a_rule, quoted_writers, reported, told_at
from knowledge.risk_types import Hit, Kind, Phrase, Slot, Tokens, Words
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
# Just before a `concluded` phrase, these say the harm did not in fact happen ("nearly took").
_UNFINISHED = frozenset({"nearly", "almost", "could", "would", "might", "may"})


_DEFINITE = frozenset({"this", "that"})
_WRITER = frozenset({"i", "me", "myself"})
_GOES_ON = frozenset({"he", "she", "they"})  # a sentence opening so tells on about someone
_ASKERS = frozenset({"i", "we", "you"})  # "do we tell…?": the writer asks whom to tell
_HARM = frozenset({Kind.CUE, Kind.TERM, Kind.SIGNAL})


@dataclass(frozen=True, slots=True)
class RiskFinding:
    """Why a message was taken as describing a risk of harm (pack ids and phrases, no text).

    Attributes:
        categories: the ids of the categories found, in pack order.
        concerns: whether the person at risk seems to be a child, an adult, or either.
        contacts: the contact roles to show, in order, without repeats.
        notes: the extra lines of the categories found.
        cues: the pack phrases that matched (for checking a pack; never the message's words).
    """

    categories: tuple[str, ...]
    concerns: Concern
    contacts: tuple[ContactRole, ...]
    notes: tuple[str, ...] = ()
    cues: tuple[str, ...] = field(default=(), compare=False)


def judge(
    hits: list[Hit], read: Tokens, pack: RiskPack, labels: frozenset[str] = frozenset()
) -> RiskFinding | None:
    """The harm the phrases found in a message show, or None.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        pack: the pack the phrases came from.
        labels: the stems of the words that make a noun for people before them a label
            (the pack's `label` set: "child protection policy").

    Returns:
        The categories found and whom to signpost to; None when nothing counts.
    """
    hits = _not_concluded(hits, read)
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
    anyone = frozenset(h.position for h in hits if h.phrase.kind is Kind.ANY_PERSON)
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
    specific |= passing_on(read)
    about = specific | {h.sentence for h in hits if h.phrase.kind is Kind.ANY_PERSON}
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
    if not about or (
        not own and any(h.phrase.kind is Kind.FRAMING and not reported(h, told) for h in hits)
    ):
        return None
    # A general phrase opening with a question word ("what a", "how do") inside a sentence
    # that tells, not asks, is not a question: "texts about what a terrible daughter she is".
    general = {
        h.clause
        for h in hits
        if h.phrase.kind is Kind.GENERAL
        and (h.sentence in asks or read.words[h.position] not in openers)
    }
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
    general |= permitted(hits, read, asks, openers)
    general |= listing(read, general, specific - pointing)
    general |= alternatives(read, general, asks)
    asking = read.questions - specific - on_occasion
    counted = [h for h in hits if h.clause not in general and h.sentence not in asking]
    counted = not_a_rule(counted, read)
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
    found = _found(
        counted,
        about,
        telling,
        pack,
        read.marked,
        statements=statements,
        related=related,
        continued=_continued(read),
    ) or opened(hits, read, openers, general, about)
    if not found:
        return None
    categories = [pack.categories[c] for c in sorted(found)]
    concern = _concern(categories, hits)
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


def _not_concluded(hits: list[Hit], read: Tokens) -> list[Hit]:
    """The hits without the signs of harm that lie inside a `concluded` phrase ("took his own
    life" is over), unless a word just before it says it nearly happened ("nearly took"), or
    the message reports what someone said or a worry (a `telling` phrase outside a sentence
    that starts with a question word): "since her brother took his own life she says she wants
    to join him" is about someone at risk now; "what can we tell staff?" and "…, do we tell the
    parents?" (the writer asking, in a sentence ending "?") report nothing."""
    if any(
        h.phrase.kind is Kind.TELLING
        and h.sentence not in read.questions
        and not (h.sentence in read.marked and _asked_by_writer(read, h.position))
        for h in hits
    ):
        return hits
    spans = [
        (h.position, h.end)
        for h in hits
        if h.phrase.kind is Kind.CONCLUDED
        and not _UNFINISHED.intersection(read.words[max(0, h.position - 2) : h.position])
    ]
    if not spans:
        return hits
    return [
        h
        for h in hits
        if h.phrase.category < 0
        or not any(start <= h.position and h.end <= end for start, end in spans)
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


def _continued(read: Tokens) -> frozenset[int]:
    """The sentences that tell on about someone the sentence before told of: they open with
    "he", "she" or "they", and neither they nor the one before ask."""
    asked = read.questions | read.marked
    return frozenset(
        sentence
        for i, sentence in enumerate(read.sentence_of)
        if i
        and read.sentence_of[i - 1] == sentence - 1
        and read.words[i] in _GOES_ON
        and not {sentence, sentence - 1} & asked
    )


def _asked_by_writer(read: Tokens, at: int) -> bool:
    """Whether the telling word at `at` is the writer's own, asked ("…, do we tell the
    parents?"), not what someone said."""
    return at > 0 and read.words[at - 1] in _ASKERS


def _found(
    hits: list[Hit],
    about: set[int],
    telling: dict[int, int],
    pack: RiskPack,
    marked: frozenset[int] = frozenset(),
    *,
    statements: frozenset[int] = frozenset(),
    related: frozenset[int] = frozenset(),
    continued: frozenset[int] = frozenset(),
) -> dict[int, str]:
    """The categories the counted hits show, each with the first phrase (or rule) that did.

    Signal words count in a sentence about someone together with those of the sentence before
    it: a story told over two sentences, neither of them a question (`marked`: ends with "?").
    After a `telling` phrase ("she said", "I'm worried about"), one word of a family marked
    `telling` is enough; so is one word of a family marked `alone` in one of the `statements`
    (sentences telling, not asking, about someone in particular), or of a family marked
    `related` in a telling sentence that names someone by their relation ("her ex"). When
    nothing else counts, a sentence that goes on about the same person (`continued`: "…her
    nursery teacher keeps picking her up. She also kisses her…") completes a `together` item
    with the one before; when a cue was found, only an item whose first group is the doer named
    right before the cue ("her nursery teacher keeps picking her up … when she says no").
    """
    strong = [family.telling for family in pack.signals.families.values()]
    alone = [family.alone for family in pack.signals.families.values()]
    close = [family.related for family in pack.signals.families.values()]
    found: dict[int, str] = {}
    groups: dict[tuple[int, int, int], set[int]] = {}
    near: dict[tuple[int, int, int, int], list[int]] = {}
    signals: dict[int, dict[int, int]] = {}  # sentence -> family -> its category
    signal_words: dict[int, set[int]] = {}  # sentence -> where its signal words are
    told: dict[int, str] = {}  # categories of strong signal words after a telling phrase
    for hit in hits:
        phrase = hit.phrase
        if phrase.kind is Kind.CUE or (phrase.kind is Kind.TERM and hit.sentence in about):
            found.setdefault(phrase.category, phrase.text)
        elif phrase.kind is Kind.GROUP:
            groups.setdefault((phrase.category, phrase.item, hit.sentence), set()).add(phrase.group)
        elif phrase.kind is Kind.SIGNAL:
            if strong[phrase.item] and telling.get(hit.sentence, hit.position + 1) <= hit.position:
                told.setdefault(phrase.category, "telling")
            elif alone[phrase.item] and hit.sentence in statements:
                told.setdefault(phrase.category, "alone")
            elif close[phrase.item] and hit.sentence in related:
                told.setdefault(phrase.category, "related")
            signals.setdefault(hit.sentence, {}).setdefault(phrase.item, phrase.category)
            signal_words.setdefault(hit.sentence, set()).add(hit.position)
        elif phrase.kind is Kind.NEAR:
            place = (phrase.category, phrase.item, hit.sentence, phrase.group)
            near.setdefault(place, []).append(hit.position)
    for (category, item, _), matched in groups.items():
        if len(matched) == len(pack.categories[category].together[item]):
            found.setdefault(category, "together")
    for (category, item, sentence, group), firsts in near.items():
        seconds = near.get((category, item, sentence, 1)) if group == 0 else None
        if seconds and _within(firsts, sorted(seconds)):
            found.setdefault(category, "near")
    if found:
        # A story whose cue names who did it ("…her nursery teacher keeps picking her up …
        # when she says no. She also kisses her…"): the next sentence completes a `together`
        # item whose first group (who) is that doer, right before the cue, so the allegation's
        # contacts are named.
        starts = {hit.position for hit in hits if hit.phrase.kind is Kind.CUE}
        doers = {
            (hit.phrase.category, hit.phrase.item, hit.sentence + 1)
            for hit in hits
            if hit.phrase.kind is Kind.GROUP and hit.phrase.group == 0 and hit.end in starts
        }
        return found | _stories(groups, continued, pack, found, doers)
    if told:  # the signals are a net for what no phrase caught, not more kinds of harm
        return told
    found = _stories(groups, continued, pack, found)  # a story over two sentences
    if found:
        return found
    least = pack.signals.least
    for sentence in signals.keys() & about:
        before = sentence - 1 if not {sentence, sentence - 1} & marked else -1
        families = {**signals.get(before, {}), **signals[sentence]}
        words = len(signal_words[sentence]) + len(signal_words.get(before, ()))
        # Different words, too: "scared" stems to "scar", which is not two ideas. One more word
        # than `least` counts whatever its families ("no breakfast, too small, holes").
        if (len(families) >= least and words >= least) or words > least:
            for category in families.values():
                found.setdefault(category, "signals")
    return found


def _stories(
    groups: dict[tuple[int, int, int], set[int]],
    continued: frozenset[int],
    pack: RiskPack,
    found: dict[int, str],
    only: set[tuple[int, int, int]] | None = None,
) -> dict[int, str]:
    """The categories not yet `found` whose `together` item a `continued` sentence completes
    with the sentence before it (only the items and sentences in `only`, when given)."""
    stories: dict[int, str] = {}
    for (category, item, sentence), matched in groups.items():
        earlier = groups.get((category, item, sentence - 1), set())
        if (
            category not in found
            and sentence in continued
            and (only is None or (category, item, sentence) in only)
            and len(matched | earlier) == len(pack.categories[category].together[item])
        ):
            stories.setdefault(category, "together")
    return stories


def _concern(categories: list[RiskCategory], hits: list[Hit]) -> Concern:
    """Whether the person at risk seems to be a child, an adult, or either."""
    concerns = {c.concerns for c in categories}
    child = any(h.phrase.kind is Kind.CHILD for h in hits)
    adult = any(h.phrase.kind is Kind.ADULT for h in hits)
    if concerns == {"child"} or ("adult" not in concerns and child and not adult):
        return "child"
    if concerns == {"adult"} or ("child" not in concerns and adult and not child):
        return "adult"
    return "either"


def _within(firsts: list[int], seconds: list[int]) -> bool:
    """Whether a position of `firsts` is within NEAR_WORDS of one of `seconds` (sorted)."""
    for position in firsts:
        at = bisect.bisect_left(seconds, position - NEAR_WORDS)
        if at < len(seconds) and seconds[at] <= position + NEAR_WORDS:
            return True
    return False
