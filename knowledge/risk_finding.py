"""What the risk check makes of the phrases it found in a message: harm, to whom, whom to call.

The detector (`knowledge.risk`) finds where the pack's phrases match; `judge` weighs them: who
the message is about, which clauses are general questions, which cues, terms, groups, nearby
families and signal families count, and so which kinds of harm and contacts to show. Its
helpers: the hits set aside first (`knowledge.risk_set_aside`), who a sentence is about
(`knowledge.risk_subjects`), which clauses are general (`knowledge.risk_clauses`), and the
finding made: whom the harm concerns and whom to signpost to (`knowledge.risk_signpost`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from knowledge.risk_age_first import after_young_age
from knowledge.risk_also_mine import also_mine
from knowledge.risk_at_work import AT_WORK, at_work
from knowledge.risk_clauses import alternatives, case_in_frame, general_phrases, listing, permitted
from knowledge.risk_concluded import not_concluded
from knowledge.risk_consent_case import consent_cases
from knowledge.risk_counted import categories_shown, going_on
from knowledge.risk_court_past import court_past
from knowledge.risk_dealt_with import dealt_with
from knowledge.risk_duty import clauses_of, duty_cases
from knowledge.risk_generic import in_general
from knowledge.risk_happening_now import happening_now
from knowledge.risk_judged_who import judged_who
from knowledge.risk_near_later import going_on_later
from knowledge.risk_normal_asked import own_case_next
from knowledge.risk_note_subjects import listed_about
from knowledge.risk_openers import opened, secrets_asked
from knowledge.risk_own_told import OwnToldTables
from knowledge.risk_pack import RiskPack
from knowledge.risk_passing_on import passing_on
from knowledge.risk_scenario_case import scenario_cases, scenario_where
from knowledge.risk_scene import real_cases, scene_of
from knowledge.risk_secret_kept import kept_secrets
from knowledge.risk_set_aside import (
    in_one_clause,
    not_asked_by_writer,
    not_describing,
    not_labels,
    not_naming,
    writer_not_staff,
)
from knowledge.risk_signpost import finding_of
from knowledge.risk_subjects import (
    DEMONSTRATIVES,
    a_class,
    done_to_writer,
    question_stems,
    related_sentences,
    rhetorical,
    subjectless,
    telegraphic,
)
from knowledge.risk_telling import (
    WRITER_WORDS,
    not_a_rule,
    passing_on_asked,
    quoted_writers,
    reported,
    told_at,
)
from knowledge.risk_told_plural import told_plural
from knowledge.risk_types import Hit, Kind, Kinds, Phrase, RiskFinding, Slot, Tokens, Words
from knowledge.risk_words import UNSURE
from knowledge.risk_writer_harmed import writer_harmed
from knowledge.risk_writers_plight import writers_plight

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

_HARM = frozenset({Kinds.CUE, Kinds.TERM, Kinds.SIGNAL})


def judge(
    hits: list[Hit],
    read: Tokens,
    pack: RiskPack,
    labels: frozenset[str] = frozenset(),
    negations: frozenset[str] = frozenset(),
    *,
    speakers: frozenset[str] = frozenset(),
    markers: Mapping[str, frozenset[str]],
    own_tables: OwnToldTables,
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
        own_tables: what `own_told` reads of the pack, made with its other tables
            (`risk_own_told.own_told_tables`).

    Returns:
        The categories found and whom to signpost to; None when nothing counts.
    """
    # (A drink or drug word said of someone at work is dropped before, by the detector:
    # `knowledge.risk_at_work.use_at_work`.)
    # A question that is the harm's own words ("whats the point anymore") asks nothing.
    if rhetoric := rhetorical(hits, read, markers["wish-asked"]):
        read = replace(read, questions=read.questions - rhetoric, marked=read.marked - rhetoric)
    hits = writer_not_staff(
        in_one_clause(not_asked_by_writer(not_concluded(hits, read), read), read), read
    )
    # A noun for people naming a thing ("our child protection policy", "adult social care") is
    # no one in particular; a signal word naming who someone is ("her adult daughter", "my
    # older sister") describes the person, not an idea of harm; nor does one describing a plain
    # thing ("the empty bottles", round 57).
    hits = not_describing(not_naming(not_labels(hits, read, labels), read), read, markers)
    # A secret asked of the writer is no threat; where it is asked or supposed, its clause is a
    # general question ("what do I say if a child asks me to keep a secret?"), but not one the
    # writer's own tutor asks of "our chats" (`not_ours`, round 50), nor an ordinary secret the
    # writer keeps ("dont tell anyone but i got the job": `kept_secrets`, round 55).
    openers = question_stems(pack.question_words)
    hits, supposed = secrets_asked(
        kept_secrets(hits, read, markers),
        read,
        openers,
        anyone=markers["anyone"],
        openers=frozenset(i for i, c in enumerate(pack.categories) if c.worries or c.secrets),
    )
    # Harm counts only when said about someone, and not in a clause that is a general
    # question ("what counts as neglect?", "if a child goes missing…"), nor in a question
    # that names nobody in particular ("what happens after a child goes missing?").
    asks = read.questions | read.marked
    anyones = [h for h in hits if _anyone(h)]
    anyone = frozenset(h.position for h in anyones)
    # A person in a sentence naming one occasion ("a boy came in yesterday") is someone, and
    # that sentence tells what happened, whatever it goes on to ask.
    # …and so does a what-if the next sentence says is before the writer ("…? she's here now").
    on_occasion = {h.sentence for h in hits if h.phrase.kind is Kinds.OCCASION} | (
        now_told := happening_now(read, asks, markers)
    )
    # Where each sentence starts to report what someone said (`hits` stay as they are until
    # `at_work` below, so it is found once for `a_class` and `reported`).
    reports = (told := told_at(hits)).keys()
    specific = {
        h.sentence
        for h in hits
        if h.phrase.kind is Kinds.PEOPLE
        and not (
            h.sentence in asks
            and h.sentence not in on_occasion
            and a_class(h, read, anyone, reports)
        )
    }
    # "…? I also use…"; "…can I report him? he coaches…" (round 52)
    # "should I share, the kids are home alone every night" (round 59)
    specific |= (
        passing_on(read, markers)
        | also_mine(read, markers)
        | going_on_later(read, markers)
        | told_plural(read, markers)
    )
    # "is there a duty to report if a child says her dad hits her": the case told (risk_duty);
    # "do i need consent to ring the MASH if i think the child is being hurt" (risk_consent_case);
    # "would you report a mum who is drunk every night…" (risk_judged_who, round 61)
    specific |= (
        duty_told := duty_cases(hits, read, markers["duty"])
        | consent_cases(read, markers)
        | judged_who(read, markers)
    )
    about = specific | {h.sentence for h in anyones}
    # The writer telling what happened to them ("he did it to me", "I was abused in the
    # 1980s"): someone in particular, in a sentence that tells rather than asks.
    # A framing phrase inside what someone is reported to have said is part of what was said
    # ("says he looked up how many pills"); `general` phrases still count there, as they also
    # guard ("asked me not to tell anyone"): where each sentence reports, `told` above.
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
    # The writer telling a harm of their own ("i want to die"), in a sentence that tells, or
    # asking of it ("who do I tell when I am being abused?"): someone in particular
    # (`risk_writers_plight`). Frames still apply. Someone at work named by their role is
    # someone when no one else is.
    plight = writers_plight(
        hits, read, asks, rhetoric, pack=pack, markers=markers, own_tables=own_tables
    )
    own_asked = plight.asked
    about, hits = at_work(
        hits,
        about | own_asked | (plight.states | subjectless(read, markers)) - asks,
    )
    # A frame (a lesson, an essay, a training day) is the setting, not the matter, of a sentence
    # that tells what someone told the writer after it: "after the assembly on grooming a year 8
    # girl told me her uncle touches her".
    hits, scene = scene_of(hits, read, markers)
    # Read once for both uses below: the frame block keeps each frame found and its case's hits.
    where = scenario_where(hits, read, markers, asks) if about else {}
    if (
        about
        and not own
        and any(
            h.phrase.kind is Kinds.FRAMING
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
        # …and the case a frame introduces ("a scenario where a girl says…"; round 51)
        told_in = {
            h.clause: h.sentence
            for h in hits
            if h.phrase.kind is Kinds.FRAMING
            and h.sentence not in asks
            and case_in_frame(h, hits, read, markers)
        } | where
        # …and a teaching scenario's sentence telling of one person harmed (round 50):
        # `scenario_cases`.
        cases = (
            real_cases(hits, read, markers)
            | set(told_in.values())
            | scenario_cases(hits, read, markers)
        )
        framed = {h.clause for h in hits if h.phrase.kind is Kinds.FRAMING} - told_in.keys()
        about &= cases
        hits = [
            h
            for h in hits
            if h.phrase.category < 0
            or (
                h.sentence in cases and h.clause not in framed and h.phrase.kind is not Kinds.SIGNAL
            )
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
        if h.phrase.kind is Kinds.CONDITIONAL
        and h.sentence in asks
        and h.sentence not in on_occasion
        and not (h.position and read.words[h.position - 1] in UNSURE)  # "know if…": whether
    }
    general -= clauses_of(read, duty_told | own_asked | now_told) | set(where)
    # "is that abuse?" in a sentence listing examples points at the example, not a person.
    people = [h for h in hits if h.phrase.kind is Kinds.PEOPLE]
    pointing = {h.sentence for h in people if read.words[h.end - 1] in DEMONSTRATIVES} - {
        h.sentence for h in people if read.words[h.end - 1] not in DEMONSTRATIVES
    }
    # what is supposed; what a kind of people does or faces; a case a court has dealt with
    # (round 43), or one long past (round 45)
    general |= (
        supposed
        | in_general(hits, read, markers)
        | dealt_with(hits, read, markers)
        | court_past(hits, read, markers)
    )
    general |= (
        permitted(hits, read, asks, openers, negations)
        - passing_on_asked(hits, read, markers["pass-on"])
        - clauses_of(read, set(own_case_next(read, asks, markers)))  # "…? my son was…" (r53)
    )
    general |= listing(read, general, specific - pointing, markers["examples"])
    general |= alternatives(read, general, asks)
    asking = read.questions - specific - on_occasion - own_asked
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
    statements = related = frozenset[int]()
    if any(h.phrase.kind is Kinds.SIGNAL for h in counted):
        # a note's opening name, or its subject listed concerns of ("referral re: 9yo, …", r60)
        notes = telegraphic(read) | listed_about(counted, read, markers)
        statements = frozenset(
            (specific | notes) - read.questions - read.marked | own_asked | plight.told
        )
        related = frozenset(
            (related_sentences(read) | notes) - read.questions - read.marked | own_asked
        )
    found = categories_shown(
        counted,
        about,
        telling,
        pack,
        read.marked,
        statements=statements,
        related=related,
        continued=going_on(read) | after_young_age(read, markers),  # "i am 15. my boss…" (r53)
    ) or opened(hits, read, openers, general, about, anyone=markers["anyone"])
    if not found:
        return None
    # The writer told of the harm as their own: the reply speaks to them (`writer_harmed`).
    return writer_harmed(
        finding_of(found, counted, hits, read, pack=pack, markers=markers),
        [h for h in counted if h.phrase.category in found],
        read,
        own | own_asked | (plight.mine - asks),
        plight.dropped - asks,
        markers=markers,
    )


def _anyone(hit: Hit) -> bool:
    """Whether `hit` names anyone of a kind, not someone at work (`knowledge.risk_at_work`)."""
    return hit.phrase.kind is Kinds.ANY_PERSON and AT_WORK not in hit.phrase.text
