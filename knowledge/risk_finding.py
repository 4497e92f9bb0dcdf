"""What the risk check makes of the phrases it found in a message: harm, to whom, whom to call.

The detector (`knowledge.risk`) finds where the pack's phrases match; `judge` weighs them: who
the message is about, which clauses are general questions, which cues, terms, groups, nearby
families and signal families count, and so which kinds of harm and contacts to show. Its
helpers: the hits set aside first (`knowledge.risk_set_aside`), who a sentence is about
(`knowledge.risk_subjects`), which clauses are general (`knowledge.risk_clauses`), and whom the
harm concerns and whom to signpost to (`knowledge.risk_concern`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from knowledge.risk_adult_aged import adult_aged
from knowledge.risk_adult_doer import adult_doers
from knowledge.risk_aged_child import child_aged
from knowledge.risk_ages import baby_age_alone
from knowledge.risk_at_work import AT_WORK, at_work
from knowledge.risk_campus import on_campus
from knowledge.risk_child_door import child_door
from knowledge.risk_childhood import grown_since
from knowledge.risk_clauses import (
    alternatives,
    case_in_frame,
    general_phrases,
    listing,
    permitted,
)
from knowledge.risk_concern import concern_of, contacts_for
from knowledge.risk_concluded import not_concluded
from knowledge.risk_consent_case import consent_cases
from knowledge.risk_counted import categories_shown, going_on
from knowledge.risk_dealt_with import dealt_with
from knowledge.risk_duty import clauses_of, duty_cases
from knowledge.risk_generic import in_general
from knowledge.risk_girl_at_work import girl_at_work
from knowledge.risk_grown import grown_up
from knowledge.risk_grown_harmed import grown_harmed
from knowledge.risk_kids_reason import kids_as_reason
from knowledge.risk_kin_age import kin_aged
from knowledge.risk_life_named import life_named
from knowledge.risk_no_parent import no_parent
from knowledge.risk_openers import opened, secrets_asked
from knowledge.risk_pack import ADULT_MARKS, RiskCategory, RiskPack
from knowledge.risk_partner_harmed import partner_harmed
from knowledge.risk_scene import real_cases, scene_of
from knowledge.risk_set_aside import (
    in_one_clause,
    not_asked_by_writer,
    not_labels,
    not_naming,
    writer_not_staff,
)
from knowledge.risk_stated_ages import aged
from knowledge.risk_subjects import (
    DEMONSTRATIVES,
    a_class,
    done_to_writer,
    dropped_writer,
    passing_on,
    question_stems,
    related_sentences,
    rhetorical,
    subjectless,
    telegraphic,
    writer_states,
)
from knowledge.risk_telling import (
    WRITER_WORDS,
    not_a_rule,
    passing_on_asked,
    quoted_writers,
    reported,
    told_at,
)
from knowledge.risk_twice import read_again
from knowledge.risk_types import Hit, Kind, Phrase, RiskFinding, Slot, Tokens, Words
from knowledge.risk_unborn import unborn_too
from knowledge.risk_whom import whom
from knowledge.risk_with_children import with_children
from knowledge.risk_women import woman_harmed
from knowledge.risk_words import UNSURE
from knowledge.risk_young_named import young_named

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

_HARM = frozenset({Kind.CUE, Kind.TERM, Kind.SIGNAL})
_ACCUSED = "allegation-against-staff"  # staff accused: who may still work with children


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
    # A question that is the harm's own words ("whats the point anymore") asks nothing.
    if rhetoric := rhetorical(hits, read):
        read = replace(read, questions=read.questions - rhetoric, marked=read.marked - rhetoric)
    hits = writer_not_staff(
        in_one_clause(not_asked_by_writer(not_concluded(hits, read), read), read), read
    )
    # A noun for people naming a thing ("our child protection policy", "adult social care") is
    # no one in particular; a signal word naming who someone is ("her adult daughter", "my
    # older sister") describes the person, not an idea of harm.
    hits = not_naming(not_labels(hits, read, labels), read)
    # A secret asked of the writer is no threat; where it is asked or supposed, its clause is a
    # general question ("what do I say if a child asks me to keep a secret?").
    openers = question_stems(pack.question_words)
    hits, supposed = secrets_asked(hits, read, openers, anyone=markers["anyone"])
    # Harm counts only when said about someone, and not in a clause that is a general
    # question ("what counts as neglect?", "if a child goes missing…"), nor in a question
    # that names nobody in particular ("what happens after a child goes missing?").
    asks = read.questions | read.marked
    anyone = frozenset(h.position for h in hits if _anyone(h))
    # A person in a sentence naming one occasion ("a boy came in yesterday") is someone, and
    # that sentence tells what happened, whatever it goes on to ask.
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
    # "is there a duty to report if a child says her dad hits her": the case told (risk_duty);
    # "do i need consent to ring the MASH if i think the child is being hurt" (risk_consent_case)
    specific |= (
        duty_told := duty_cases(hits, read, markers["duty"]) | consent_cases(read, markers)
    )
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
        if not WRITER_WORDS.isdisjoint(read.words)
        else set()
    )
    about |= own | quoted_writers(hits, read, told)
    # The writer telling a harm of their own ("i want to die", "im scared to go home"), in a
    # sentence that tells: someone in particular. Frames still apply. Someone at work named by
    # their role is someone when no one else is.
    # With the "I" left out ("feel like ending it all") too.
    own_states = writer_states(hits, read) | dropped_writer(hits, read, markers["dropped-subject"])
    own_states |= rhetoric
    about, hits = at_work(hits, about | (own_states | subjectless(read)) - asks)
    # A frame (a lesson, an essay, a training day) is the setting, not the matter, of a sentence
    # that tells what someone told the writer after it: "after the assembly on grooming a year 8
    # girl told me her uncle touches her".
    hits, scene = scene_of(hits, read, markers)
    if (
        about
        and not own
        and any(
            h.phrase.kind is Kind.FRAMING
            and not reported(h, told)
            and (h.sentence, h.position) > scene
            for h in hits
        )
    ):
        # A frame makes the message a general one, but for the sentences that tell of a real
        # case ("general question: … the lad said his dad burns him"), outside the frame's own
        # clause ("my toddler watched a film about a dog and said…" is the film's), by a cue, a
        # term or a group: signal words alone are too weak to overrule the frame.
        # …and a case told inside the frame's own clause ("the training session said this
        # girl's uncle touching her is sexual abuse"): `case_in_frame`.
        told_in = {
            h.clause: h.sentence
            for h in hits
            if h.phrase.kind is Kind.FRAMING
            and h.sentence not in asks
            and case_in_frame(h, hits, read, markers)
        }
        cases = real_cases(hits, read, markers) | set(told_in.values())
        framed = {h.clause for h in hits if h.phrase.kind is Kind.FRAMING} - told_in.keys()
        about &= cases
        hits = [
            h
            for h in hits
            if h.phrase.category < 0
            or (h.sentence in cases and h.clause not in framed and h.phrase.kind is not Kind.SIGNAL)
        ]
    if not about:
        return None
    general = general_phrases(
        hits, read, scene, asks, openers=openers, negations=negations, markers=markers
    )
    # "if a", "where a" make a general question only in a sentence that asks; in a telling
    # ("strangers in and out of a flat where a vulnerable man lives") they are not general.
    # A sentence naming one occasion ("when a boy came in yesterday", "asking for a friend - if…")
    # reports what happened.
    general |= {
        h.clause
        for h in hits
        if h.phrase.kind is Kind.CONDITIONAL
        and h.sentence in asks
        and h.sentence not in on_occasion
        and not (h.position and read.words[h.position - 1] in UNSURE)  # "know if…": whether
    }
    general -= clauses_of(read, duty_told)
    # "is that abuse?" in a sentence listing examples points at the example, not a person.
    people = [h for h in hits if h.phrase.kind is Kind.PEOPLE]
    pointing = {h.sentence for h in people if read.words[h.end - 1] in DEMONSTRATIVES} - {
        h.sentence for h in people if read.words[h.end - 1] not in DEMONSTRATIVES
    }
    general |= supposed
    # what a kind of people does or faces; a case a court has dealt with (round 43)
    general |= in_general(hits, read, markers) | dealt_with(hits, read, markers)
    general |= permitted(hits, read, asks, openers, negations) - passing_on_asked(
        hits, read, markers["pass-on"]
    )
    general |= listing(read, general, specific - pointing, markers["examples"])
    general |= alternatives(read, general, asks)
    asking = read.questions - specific - on_occasion
    counted = [h for h in hits if h.clause not in general and h.sentence not in asking]
    counted = not_a_rule(
        counted,
        read,
        speakers,
        sharing=markers["rule-sharing"],
        pointers=markers["case-pointers"],
    )
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
    ) or opened(hits, read, openers, general, about, anyone=markers["anyone"])
    if not found:
        return None
    return _finding(found, counted, hits, read, pack=pack, markers=markers)


def _finding(
    found: Mapping[int, str],
    counted: list[Hit],
    hits: list[Hit],
    read: Tokens,
    *,
    pack: RiskPack,
    markers: Mapping[str, frozenset[str]],
) -> RiskFinding:
    """The finding for the categories `found` (by the cue that showed each), with whom to
    signpost to, read from the phrases that counted and every phrase found."""
    grown = grown_harmed(found, counted, pack=pack)  # "pushed an older man over"
    found = {c: cue for c, cue in found.items() if c not in grown}
    categories = [pack.categories[c] for c in sorted(found)]
    again = read_again(counted, hits, read, found, pack=pack, grown_kin=markers["grown-kin"])
    people = aged(hits, read, markers["age-roles"], markers["grown-kin"])
    people = adult_doers(people, read, markers)  # "the adult instructors" (round 41)
    adult_kinds = frozenset(c for c in found if pack.categories[c].concerns != "child")
    woman = woman_harmed(
        counted + [h for h in hits if h.phrase.kind is Kind.CHILD],
        read,
        markers["grown-women"],
        adult_kinds,
        said=markers["said-opens"],
        partners=markers["partners"],
    ) or partner_harmed(  # "said her partner did it to punish her" (round 39)
        counted + [h for h in hits if h.phrase.kind is Kind.CHILD],
        read,
        adult_kinds,
        markers["partner-doers"],
        markers["offspring"],
    )
    concern = concern_of(
        [pack.categories[c] for c in sorted(found) if c not in again],
        people,
        read,
        markers["grown-kin"],
        markers["grown-words"],
        grown_people=markers["grown-people"],
        places=markers["child-places"],
        relative_age=markers["relative-age"],
        woman=woman,
        baby_aged=baby_age_alone(
            read, markers["baby-ages"], markers["age-openers"], markers["age-times"]
        ),
    )
    concern = grown_up(concern, sorted(found), hits, read, pack=pack, markers=markers)
    concern = kin_aged(concern, hits, read, markers)  # "his daughter in law" (round 44)
    kinds = frozenset(pack.categories[c].concerns for c in found)
    ids = frozenset(pack.categories[c].id for c in found)
    concern = whom(concern, people, read, kinds=kinds, found=ids, markers=markers, woman=woman)
    concern = on_campus(concern, hits, read, kinds=kinds, markers=markers)  # "uni welfare"
    concern = child_aged(concern, read, markers, woman=woman)  # "a lad about 15" (round 38)
    concern = young_named(concern, read, markers, woman=woman)  # "a young girl" (round 39)
    concern = girl_at_work(concern, people, read, markers)  # "girl doing my nails" (round 41)
    concern = kids_as_reason(concern, people, read, markers, kinds=kinds, found=ids)  # round 39
    terms = all(cue in pack.categories[c].terms for c, cue in found.items())
    concern = no_parent(concern, people, read, markers, found=ids, by_term=terms)  # round 39
    concern = adult_aged(concern, hits, read, markers)  # "a girl, she's 19" (round 42)
    concern = life_named(concern, hits, read, markers, woman=woman)  # "a claimant" (round 42)
    concern = unborn_too(concern, read, markers)  # a pregnant woman: her baby too (round 37)
    # "abused her as a child" (round 38): the adult's now, and a line on children around them
    now = grown_since(concern, people, read, markers, accused=_ACCUSED in ids)
    concern, since = now, now != concern
    # An adult harmed by someone who works with children is still the LADO's ("one of our
    # teachers hits his wife"); by other staff, the adult safeguarding process's.
    adult = concern == "adult" and markers["child-work"].isdisjoint(read.words)
    still = pack.children_still_note if since and concern == "adult" else None
    return RiskFinding(
        categories=tuple(c.id for c in categories),
        concerns=concern,
        contacts=child_door(
            with_children(contacts_for(categories, concern, child_work=not adult), read, markers),
            concern,
            people,
            read,
            markers,
            counted=[h for h in counted if h.phrase.category in found],
        ),
        notes=tuple(dict.fromkeys(n for c in categories if (n := _note(c, adult=adult))))
        + ((still,) if still else ()),
        cues=tuple(found[c] for c in sorted(found)),
        marks=tuple(
            dict.fromkeys(
                m for c in categories for m in c.marks if concern != "adult" or m in ADULT_MARKS
            )
        ),
    )


def _note(category: RiskCategory, *, adult: bool) -> str | None:
    """The signpost line of `category`: its `adult_note`, if it has one, when an adult is at
    risk from no one who works with children (`adult`)."""
    return (category.adult_note if adult else None) or category.note


def _anyone(hit: Hit) -> bool:
    """Whether `hit` names anyone of a kind, not someone at work (`knowledge.risk_at_work`)."""
    return hit.phrase.kind is Kind.ANY_PERSON and AT_WORK not in hit.phrase.text
