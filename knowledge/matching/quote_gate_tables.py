"""The quote gate's tables: the packs read once, when the gate is built, into what its checks use.

`QuoteGate` (`quote_gate.py`) holds the checks made on each message; this module holds what they
look things up in: each entry's anchors, own phrasings and `about` phrases, the kinds of ask each
entry answers, the case-question phrases, and the readers built on them (a role label, whose view
is asked, which quality, what is shared). Nothing here reads a message.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from knowledge.matching.anchors import AnchorSearch
from knowledge.matching.another_topic import (
    AboutWithPointers,
    AnotherTopic,
    BarrierTo,
    KindsOfAgreement,
    SupportFor,
)
from knowledge.matching.ask_rules import AskRules
from knowledge.matching.asks import Asks
from knowledge.matching.case_questions import CaseQuestions, OneTold
from knowledge.matching.contrasts import GroupContrast
from knowledge.matching.models import NotCoveredPack
from knowledge.matching.normalise import Normaliser
from knowledge.matching.phrases import PhraseSet, as_typed, with_short_forms
from knowledge.matching.role_label import RoleLabel
from knowledge.matching.shared_things import SharedThings
from knowledge.matching.story_documents import StoryDocuments
from knowledge.matching.subjects import SubjectCheck
from knowledge.matching.view_holders import ViewHolders
from knowledge.matching.why_it_is import WhyItIs
from knowledge.qa_pack import QAEntry
from knowledge.value_class import value_class


@value_class(kw_only=True)
class GateTables:
    """What the quote gate's checks look up, made once from the packs (`build_gate_tables`)."""

    own_wording: Mapping[int, Sequence[str]]
    """Each entry's phrasings (published question, approved alternates), normalised."""
    subjects: SubjectCheck
    anchors: dict[int, frozenset[str]]
    """Each entry's anchors, as typed: one of them must be in a question it answers."""
    also: dict[int, frozenset[str]]
    """Each entry's `anchors_also`: a second anchor its question must name too."""
    anchor_search: AnchorSearch
    also_phrases: frozenset[str]
    for_cases: frozenset[int]
    """The entries answering questions about one case (`answers_case_questions`)."""
    party_ok: frozenset[int]
    """Those, and the entries speaking of parties themselves (`speaks_of_parties`)."""
    cases: CaseQuestions
    rules: AskRules
    asks: Asks
    about: dict[int, PhraseSet]
    """The phrases naming what each entry is about (its `about` objects)."""
    frames: PhraseSet
    """`subject_frames`: "what does the guidance say about <subject>"."""
    another_topic: AnotherTopic
    support_for: SupportFor
    label: RoleLabel
    why_it_is: WhyItIs
    shared: SharedThings
    sharing_acts: PhraseSet
    """`objects.sharing_acts`: the acts of passing information on ("share", "pass on")."""
    holders: ViewHolders
    kinds: KindsOfAgreement
    barrier_to: BarrierTo
    """What a barrier named is a barrier to."""
    """Whether a protocol or agreement named is an ISP or another kind."""
    contrast: GroupContrast
    """Whether a question sets one group of people against another ("adults too")."""
    told: OneTold
    """Whether a question of the guidance's reach names someone to be told."""
    narrower: dict[int, PhraseSet]
    """Each entry's `narrower_matters`: a question naming one asks what its answer does not."""
    requests_told: dict[int, PhraseSet]
    """Each entry's `requests_told`: a message telling of a request asks how to answer it."""
    of_requests: dict[int, frozenset[str]]
    """Each entry's `answers_of_requests`: kinds of ask it answers though a request is told."""
    instructs: PhraseSet
    """The words of a rule laid down (`instructs`): a sentence saying one states a policy."""
    documents: StoryDocuments
    """Whether a short question's pointer stands for another document its story names."""


def build_gate_tables(
    entries: Sequence[QAEntry],
    not_covered: NotCoveredPack,
    normaliser: Normaliser,
    own_wording: Mapping[int, Sequence[str]] | None = None,
) -> GateTables:
    """Index the anchors of every entry and the case-question phrases once.

    Args:
        entries: the Q&A entries, with their anchors.
        not_covered: the pack holding `case_questions` and its topic.
        normaliser: the matcher's, so that an own phrasing reads as a question does.
        own_wording: each entry's phrasings already normalised by `normaliser` (without typo
            correction), by entry number, when the caller has them; read from `entries` if None.
    """
    # A question worded as one of an entry's own phrasings (the published question, or an
    # alternate someone approved) asks what that entry answers.
    if own_wording is None:
        grouped: dict[int, list[str]] = {}
        for e in entries:
            grouped.setdefault(e.number, []).extend(
                normaliser.normalise(p, correct=False).text for p in (e.question, *e.alternates)
            )
        own_wording = grouped
    subjects = SubjectCheck(entries, not_covered, own_wording=own_wording)
    short = normaliser.short_forms()
    anchors = {e.number: with_short_forms(as_typed(e.anchors), short) for e in entries if e.anchors}
    also = {
        e.number: with_short_forms(as_typed(e.anchors_also), short)
        for e in entries
        if e.anchors_also
    }
    for_cases = frozenset(e.number for e in entries if e.answers_case_questions)
    cases = CaseQuestions(not_covered, subjects)
    rules = AskRules(entries, not_covered, anchors, cases.verbs)
    shared = PhraseSet(not_covered.objects.get("sharing", ()))
    about: dict[int, PhraseSet] = {
        e.number: AboutWithPointers(
            (p for name in e.about for p in not_covered.objects.get(name, ())), shared
        )
        for e in entries
        if e.about
    }
    held = not_covered.case_questions
    sharing = PhraseSet(not_covered.objects.get("sharing", ()))
    return GateTables(
        own_wording=own_wording,
        subjects=subjects,
        anchors=anchors,
        also=also,
        anchor_search=AnchorSearch(
            (anchors, also),
            emphasis=not_covered.emphasis,
            writer_support=not_covered.writer_support,
            bodies_told=not_covered.bodies_told,
            support_asked_after=not_covered.support_asked_after,
        ),
        also_phrases=frozenset(a for phrases in also.values() for a in phrases),
        for_cases=for_cases,
        party_ok=for_cases | {e.number for e in entries if e.speaks_of_parties},
        cases=cases,
        rules=rules,
        asks=rules.asks,
        about=about,
        frames=PhraseSet(not_covered.subject_frames),
        another_topic=AnotherTopic(topic_frames=not_covered.topic_frames, sharing=sharing),
        support_for=SupportFor((e for e in entries if "staff" in e.about), sharing),
        label=RoleLabel(cases.roles),
        why_it_is=WhyItIs(
            (e for e in entries if rules.answers(e.number, "reason")),
            about,
            normaliser.one_for_one(),
        ),
        sharing_acts=PhraseSet(not_covered.objects.get("sharing_acts", ())),
        shared=SharedThings(
            (
                e
                for e in entries
                if "sharing" in e.about
                and (rules.answers(e.number, "reason") or rules.answers(e.number, "opinion"))
            ),
            about,
            held.held_things if held else (),
        ),
        holders=ViewHolders(
            (e for e in entries if rules.answers(e.number, "opinion")),
            emphasis=not_covered.emphasis,
            staff=(
                *not_covered.objects.get("staff", ()),
                *(held.roles if held else ()),
                *(held.colleagues if held else ()),
            ),
        ),
        kinds=KindsOfAgreement(entries, normaliser.one_for_one()),
        barrier_to=BarrierTo(entries, not_covered.asks.get("barrier", ()), sharing),
        contrast=GroupContrast(
            (
                *not_covered.contrast_groups,
                *((*held.every_party, *held.people, *held.roles, *held.settings) if held else ()),
            ),
            not_covered.contrast_before,
            not_covered.contrast_after,
            (
                e.number
                for e in entries
                if any(rules.answers(e.number, k) for k in not_covered.contrast_asks)
            ),
            {e.number: e.answer for e in entries},
        ),
        told=OneTold(
            (
                e.number
                for e in entries
                if rules.answers(e.number, "scope")
                or (rules.answers(e.number, "necessity") and not e.answers_case_questions)
            ),
            not_covered.objects.get("sharing", ()),
            held.addressing if held else (),
            held.every_party if held else (),
        ),
        narrower={
            e.number: PhraseSet(with_short_forms(as_typed(e.narrower_matters), short))
            for e in entries
            if e.narrower_matters
        },
        requests_told={
            e.number: PhraseSet(with_short_forms(as_typed(e.requests_told), short))
            for e in entries
            if e.requests_told
        },
        of_requests={e.number: frozenset(e.answers_of_requests) for e in entries},
        instructs=PhraseSet(not_covered.instructs),
        documents=StoryDocuments(
            about,
            anchors,
            held.documents if held else (),
            held.pointers if held else (),
        ),
    )
