"""Judging a message that holds a sign of harm: the steps after the cues are found, and the
tables they read.

Most messages hold no sign of harm (`knowledge.risk_counted.may_count`), so the detector imports
this module, and makes its tables from the pack's compiled sets, at the first message that does:
neither is part of a start that answers a question.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from knowledge.pack_values import Value
from knowledge.risk_advice import advice_to_anyone
from knowledge.risk_animals import animal_categories, animals_harmed
from knowledge.risk_at_work import AtWork, at_work_words, use_at_work
from knowledge.risk_causes import Causes, ordinary_causes
from knowledge.risk_closed_records import closed_records
from knowledge.risk_court_past import court_past
from knowledge.risk_doers import Doers, by_doer, doers_of
from knowledge.risk_done_by_kin import injuries_by_kin
from knowledge.risk_drunk_harmless import drunk_harmless, substance_category
from knowledge.risk_drunk_verbs import drunk_verbs
from knowledge.risk_feelings import caused_feelings, condition_moods, feared_deaths
from knowledge.risk_fiction import Fiction, fiction_words, outside_fiction
from knowledge.risk_finding import judge
from knowledge.risk_found import Found, absent_harms, found_safe
from knowledge.risk_grown_couple import grown_couple
from knowledge.risk_harmed import harm_to_others
from knowledge.risk_harmed_words import Harmed
from knowledge.risk_head_hurt import head_hurt
from knowledge.risk_label_words import near_outside_label
from knowledge.risk_law import law_stated
from knowledge.risk_markers import MARKERS
from knowledge.risk_own_child import own_child_upset
from knowledge.risk_own_past import own_past_at_work
from knowledge.risk_own_told import OwnToldTables, own_told_tables
from knowledge.risk_pack import RiskPack
from knowledge.risk_plot_asked import plot_asked
from knowledge.risk_practice_asked import practice_asked
from knowledge.risk_safe_now import safe_now
from knowledge.risk_setting import outside_settings
from knowledge.risk_staff_acts import kin_acts, told_staff, writer_staff
from knowledge.risk_staff_teller import teller_staff
from knowledge.risk_staff_witness import witness_staff
from knowledge.risk_staff_words import not_staff_words
from knowledge.risk_stance import quiet_stance
from knowledge.risk_story_out import story_made_public
from knowledge.risk_survived import survived_long_ago
from knowledge.risk_telling import telling_verbs
from knowledge.risk_topic_asked import topic_asked
from knowledge.risk_types import (
    Hit,
    Kind,
    RiskFinding,
    Tokens,
    Words,
    single_words,
    speakers_of,
    stem_word,
)
from knowledge.risk_whose_now import not_theirs_now
from knowledge.value_class import value_class

__all__ = ["SetTables", "Whole", "explained", "judged", "quieted", "set_tables"]


@value_class
class Whole(Value):
    """What the readings of a whole message, as `judged` read them, made of its signs: `quiet`,
    set aside by its stance, whose story it tells or practice (`quieted`); `topical`, when not
    `quiet`, none left by a harm asked about by its name alone (`topic_asked`, round 50). Handed
    to `explained` of the same message, so that it reads none of them again."""

    quiet: bool
    topical: bool = False


@value_class
class SetTables(Value):
    """The tables `judged` and `explained` read, made once from the compiled sets of a pack
    (`set_tables`), at the first message with a sign of harm.

    Attributes:
        harmed: the words of those harmed (`knowledge.risk_harmed`).
        causes: the words of ordinary causes (`knowledge.risk_causes`).
        labels: the single words of the pack's `label` set.
        negations: the single words of its `not` set.
        speakers: the words of those who speak (`speakers_of`).
        doers: the words of those who do harm (`knowledge.risk_doers`).
        found: the words of a harm found absent or safe (`knowledge.risk_found`).
        at_work: the words of harm at work (`knowledge.risk_at_work`).
        markers: the stems of each of the pack's markers by name (every name of `MARKERS`; a
            plain dict, as the tables are read back from the start-up snapshot, where a class of
            their own would be made at every start).
        fiction: the words of fiction (`knowledge.risk_fiction`).
        kept: the indexes of the categories whose record is the risk (`RiskCategory.on_record`).
        own: what `own_told` reads of the pack (`risk_own_told.own_told_tables`).
    """

    harmed: Harmed
    causes: Causes
    labels: frozenset[str]
    negations: frozenset[str]
    speakers: frozenset[str]
    doers: Doers
    found: Found
    at_work: AtWork
    markers: dict[str, frozenset[str]]
    fiction: Fiction
    kept: frozenset[int]
    own: OwnToldTables


def set_tables(sets: Mapping[str, Words], pack: RiskPack) -> SetTables:
    """The tables derived from the compiled `sets` of `pack`, and its markers stemmed."""
    markers = pack.markers
    categories = tuple(c.id for c in pack.categories)
    stemmed = {name: frozenset(map(stem_word, markers.get(name, ()))) for name in MARKERS}
    return SetTables(
        harmed=Harmed.of(sets),
        causes=Causes.of(sets),
        labels=single_words(sets, "label"),
        negations=single_words(sets, "not"),
        speakers=speakers_of(sets),
        doers=doers_of(sets, pack),
        found=Found.of(sets, categories),
        at_work=at_work_words(sets, categories),
        markers=stemmed,
        fiction=fiction_words(sets),
        kept=frozenset(i for i, c in enumerate(pack.categories) if c.on_record),
        own=own_told_tables(pack, stemmed),
    )


def judged(
    hits: list[Hit], read: Tokens, pack: RiskPack, tables: SetTables
) -> tuple[RiskFinding | None, Whole]:
    """The harm a message shows, or None: its hits (signs of harm and context alike) read by
    where they stand, then judged (`knowledge.risk_finding.judge`); and what the readings of
    the whole message made of its signs (`Whole`), which `explained` of the same message is
    given so that it reads none of them again (`RiskDetector.detected`).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        pack: the pack the phrases came from.
        tables: `set_tables` of the pack's compiled sets.
    """
    markers, harmed = tables.markers, tables.harmed
    if quiet_stance(hits, read, markers):  # told in general, or of past work long ago (round 48)
        return None, Whole(quiet=True)
    if not_theirs_now(read, markers):  # a novel's blurb, a sheriff's report (round 49)
        return None, Whole(quiet=True)
    if survived_long_ago(read, markers):  # "I am a survivor… years ago" (round 51)
        return None, Whole(quiet=True)
    # "the person at risk has to consent" (round 49): a `together` item may still show harm
    told = practice_asked(hits, read, markers)
    quiet, hits = len(told) < len(hits), told
    hits = topic_asked(hits, read, markers)  # "how do i talk to my child about abuse?" (round 50)
    whole = Whole(quiet, topical=not quiet and not any(h.phrase.kind in _SIGNS for h in hits))
    asked = frozenset(i for i, c in enumerate(pack.categories) if c.asked_after)
    read = plot_asked(hits, read, markers)  # "reading a story in class where the dad hits…"
    hits = outside_settings(
        telling_verbs(hits, read), read, markers, on_record=tables.kept, asked_after=asked
    )
    hits = ordinary_causes(harm_to_others(hits, read, harmed), read, tables.causes)
    hits = grown_couple(hits, read, pack, markers)  # "my niece is 25 … a guy who is 40"
    gone = animal_categories(pack, "animals-gone")  # "our cat's been missing" (round 59)
    hits = animals_harmed(hits, read, harmed, animal_categories(pack), gone)  # "neglecting dogs"
    hits = found_safe(absent_harms(hits, read, tables.found), read, tables.found)
    hits = use_at_work(by_doer(hits, read, tables.doers), read, tables.at_work)
    hits = outside_fiction(hits, read, tables.fiction)
    hits = head_hurt(hits, read, markers)  # "a head wound" (round 39)
    hits = drunk_verbs(hits, read, markers)  # "smashed her glasses" (round 39)
    hits = drunk_harmless(hits, read, substance_category(pack), markers)  # "…drunk he sings"
    hits = injuries_by_kin(hits, read, pack, markers)  # "his step dad did it"
    hits = kin_acts(hits, read, pack, markers)  # a relative's act beside staff who stepped in
    # "told her teacher": the one told, no doer
    hits = told_staff(hits, read, pack, markers)
    hits = writer_staff(hits, read, pack, markers)  # "im a tutor, …": the writer's own label
    hits = feared_deaths(hits, read, markers)  # "scared of dying"
    hits = caused_feelings(hits, read, markers)  # "angry about it"
    hits = own_child_upset(hits, read, pack, harmed, markers)  # "our baby wakes crying"
    hits = condition_moods(hits, read, markers)  # "has dementia and gets angry"
    hits = advice_to_anyone(hits, read, markers)  # "Try not to panic. Tell the police."
    hits = law_stated(hits, read, markers)  # "The Serious Crime Act 2015 came into force…"
    hits = witness_staff(hits, read, pack, markers)  # "one of our lifeguards says a dad…"
    hits = teller_staff(hits, read, pack, markers)  # "staff told us another tenant hit him"
    hits = not_staff_words(hits, read, pack, markers)  # "hit him round the head"
    hits = near_outside_label(hits, read)  # "family support - we watched…"
    hits = own_past_at_work(hits, read, markers)  # "when i was a kid…, does that affect my work"
    hits = safe_now(hits, read, markers)  # "…when she was a teenager, shes 35 now and fine"
    hits = story_made_public(hits, read, markers)  # "a victim herself, wants to speak about it"
    hits = closed_records(hits, read, markers)  # "…is closed now, can we delete the notes?"
    finding = judge(
        hits,
        read,
        pack,
        tables.labels,
        tables.negations,
        speakers=tables.speakers,
        markers=markers,
        own_tables=tables.own,
    )
    return finding, whole


_SIGNS = frozenset({Kind.CUE, Kind.TERM, Kind.SIGNAL})


def quieted(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the readings of the whole message set every sign of harm in `hits` aside: its
    stance (told in general, or of one's own past work long ago: `quiet_stance`, round 48),
    another's story told as a book or a report tells it (`not_theirs_now`, round 49), the
    writer's own harm survived long ago (`survived_long_ago`, round 51), or a harm only named in
    sentences about practice (`practice_asked`, round 49).

    Args:
        hits: the phrases of the pack that matched, harm and context alike, with a sign of harm.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed.
    """
    return (
        quiet_stance(hits, read, markers)
        or not_theirs_now(read, markers)
        or survived_long_ago(read, markers)
        or _practice_only(hits, read, markers)
    )


def _practice_only(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `practice_asked` leaves no sign of harm of `hits` (which hold one)."""
    return not any(h.phrase.kind in _SIGNS for h in practice_asked(hits, read, markers))


def explained(
    hits: list[Hit],
    read: Tokens,
    tables: SetTables,
    labels: Callable[[str], bool] | None = None,
    whole: Whole | None = None,
    *,
    drink: int = -1,
) -> bool:
    """Whether the message has signs of harm and every one is an injury it gives an ordinary
    cause for ("the bruise was from netball"; `knowledge.risk_causes.ordinary_causes`), harm
    to an animal alone ("a puppy came in with burns"; `knowledge.risk_animals`) or set aside by a
    `things` phrase ending in an `explaining` marker word: part of a game ("'i'll kill you' said
    in a gaming argument", round 42), a lapse that hurt no one ("fell asleep on shift, no
    residents were hurt", round 43). A sign inside any other `things` phrase is a label ("our
    bank nurse…", round 43, tryout44 #3): no sign beside an explained one, and an explanation
    by itself only when `labels` holds for the words the labels leave, stemmed and joined
    (round 43, quiet48: the learnt model finds nothing in "alway a mess" of "her bedroom is
    always a mess", and does in "and he goe in ther at night" after it).

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        tables: `set_tables` of the pack's compiled sets.
        labels: the test of the words label `things` leave (None: labels never explain alone).
        whole: what the readings of the whole message made of its signs, as `judged` read
            them (`RiskDetector.detected`); None: read here (`quieted`, `topic_asked`).
        drink: the pack's `parental-substance` category (`substance_category`; round 53: a
            drink told with only a harmless act after it, `drunk_harmless`, explains its signs).
    """
    harmed, markers = tables.harmed, tables.markers
    every, hits = hits, harm_to_others(hits, read, harmed)
    if not any(h.phrase.kind in _SIGNS for h in hits):
        return False
    if not any(h.phrase.kind in _SIGNS for h in safe_now(hits, read, markers)):
        return True  # a harm long past of one grown person well now (round 44)
    if court_past(hits, read, markers):
        return True  # a harm long past that a court dealt with (round 45)
    # `judged` read practice and topics over every hit (its quiet being False, practice set
    # none aside): the sign set aside above (a blow to staff) may have been the only one outside
    # sentences about practice, or the only one not asked about by name
    again = whole is not None and not whole.quiet and len(hits) < len(every)
    if whole is None:
        quiet = quieted(hits, read, markers)
    else:
        quiet = _practice_only(hits, read, markers) if again else whole.quiet
    if quiet:
        return True
    if (
        not any(h.phrase.kind in _SIGNS for h in topic_asked(hits, read, markers))
        if whole is None or again
        else whole.topical
    ):
        return True  # a harm asked about by its name alone (round 50)
    ending, words = markers["explaining"], read.words
    things: tuple[set[int], set[int]] = (set(), set())  # (labels, explaining)
    for h in hits:
        if h.phrase.kind is Kind.THING:
            things[words[h.end - 1] in ending].update(range(h.position, h.end))
    hits = [h for h in hits if h.phrase.kind not in _SIGNS or h.end - 1 not in things[0]]
    if not any(h.phrase.kind in _SIGNS for h in hits):
        rest = (w for i, w in enumerate(words) if i not in things[0])
        return labels is not None and labels(" ".join(rest))
    hits = [h for h in hits if h.phrase.kind not in _SIGNS or h.end - 1 not in things[1]]
    hits = drunk_harmless(animals_harmed(hits, read, harmed), read, drink, markers)
    return not any(h.phrase.kind in _SIGNS for h in ordinary_causes(hits, read, tables.causes))
