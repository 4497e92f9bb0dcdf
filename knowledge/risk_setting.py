"""Harm words that name something other than harm happening to someone now.

The risk check (`knowledge.risk_finding.judge`) drops the signs of harm that lie in one of these
settings before it weighs the rest, so a question that uses harm words as a label is not taken
for a disclosure:

- a **name** of a service or a job ("domestic abuse coordinator", "missing persons team",
  "sexual assault referral centre"): a sign of harm followed at once by a pack `names` phrase;
- an ordinary **thing** a harm word is part of ("breast cancer", "drinks too much coffee", "her
  care package was cut to twice a day", "neuro rehab"): a sign whose last word lies inside a pack
  `things` phrase; the other signs of its sentence still count ("…and then hits her"); a risk
  to health (a pack `health_risks` phrase: "at risk of infection") is such a thing unless its
  sentence says "because" after it (a `together` group that takes the whole thing in from a
  word before it is kept: "asked for the morning after pill");
- someone's **record** ("convicted of assault", "arrested for stabbing", "registered sex
  offender"): a sign starting inside a pack `records` phrase or within `REACH` words after it,
  in the same clause;
- a **kind** of people ("victims of domestic abuse", "families affected by substance misuse"):
  the same, after a pack `kinds` phrase that no possessive or number just before makes someone
  in particular ("my pupils who…", "two girls who…") and that does not open with one person
  ("a pupil whose…");
- a **closed** matter ("the court case … finished", "was convicted and jailed", "closed with no
  further action"): every sign in the clause of a pack `closed` phrase;
- an **enquiry** someone else makes about another's incident ("a parent wants to know which
  child hit her son"): every sign after a pack `enquiries` phrase in its sentence.

Everything but names yields to what someone is reported to have said: a `telling` phrase in a
sentence that does not start with a question word keeps every sign of that sentence ("my client
says her husband was convicted of assaulting her and now he's threatening her"), unless it lies
inside an enquiry or a record phrase ("suspended last year after a pupil alleged…": what the
record was for, round 42). A record or a
closed matter also yields to a sentence saying it goes on ("again", "released", "has moved in
with") or told by the one it happened to ("I was", "me").

The closed classes of words read here (those that point at someone before a name, make a kind
someone in particular, say a matter goes on, and "because") are the pack's `markers` (round 28).
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_finding import Hit, Tokens
from knowledge.risk_near_later import going_on_later
from knowledge.risk_types import Kinds
from knowledge.risk_words import JOINERS

REACH = 3  # words after a record or kind phrase that it still describes
_CLOSING_THEN = frozenset({"then", "that"})  # "…ever since then.": nothing after it goes on
_WELL_REACH = 2  # "doing well now", "much better now": the going-on word says one is well
_PLACE_REACH = 3  # "moved into sheltered housing", "lives in a nursing home"
_SETTINGS = frozenset(
    {
        Kinds.NAME,
        Kinds.THING,
        Kinds.HEALTH_RISK,
        Kinds.RECORD,
        Kinds.KIND_OF,
        Kinds.CLOSED,
        Kinds.ENQUIRY,
    }
)


def _last_because(read: Tokens, because: frozenset[str]) -> dict[int, int]:
    """Sentence -> where its last "because" (a word of the pack's `because` marker) is: built
    only for a message naming a risk to health, the one setting that gives way to a cause."""
    sentences = read.sentence_of
    return {sentences[i]: i for i, w in enumerate(read.words) if w in because}


def _one_person(kind: Hit, read: Tokens) -> bool:
    """Whether the `kinds` phrase `kind` opens with a noun for people typed in the singular:
    "we have a pupil whose mum's boyfriend hits her" is one pupil, not a kind (the stem folds
    "pupil" and "pupils"). Round 27 (risk27)."""
    return kind.position in read.persons and kind.position not in read.plural


def _kind_or_closed(settings: list[Hit]) -> bool:
    """Whether a `kinds`, record or closed-matter phrase is among `settings`."""
    return any(h.phrase.kind in (Kinds.KIND_OF, Kinds.RECORD, Kinds.CLOSED) for h in settings)


def _since_then(read: Tokens, since: frozenset[str]) -> list[int]:
    """Where a `since` marker word opens what goes on: it opens its clause (or follows "and"),
    and more words of the clause follow it than a closing "then" or "that" ("and since then
    he's been…"; not "…in trouble since", "…ever since then", "has since died")."""
    words, clauses, last = read.words, read.clause_of, len(read.words) - 1
    found = []
    for i, w in enumerate(words):
        if w not in since or (i and clauses[i - 1] == clauses[i] and words[i - 1] not in JOINERS):
            continue  # "and since then…", not "the man has since died"
        more = [j for j in range(i + 1, min(i + 3, last + 1)) if clauses[j] == clauses[i]]
        if more and not (len(more) == 1 and words[more[0]] in _CLOSING_THEN):
            found.append(i)
    return found


def outside_settings(
    hits: list[Hit],
    read: Tokens,
    markers: Mapping[str, frozenset[str]],
    *,
    on_record: frozenset[int] = frozenset(),
    asked_after: frozenset[int] = frozenset(),
) -> list[Hit]:
    """The hits without the signs of harm that a name, record, kind, closed matter or enquiry
    holds (see the module docstring).

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        markers: the stems of the words of the pack's markers, by name: `pointing` ("my",
            "the": just before a name, they point at someone, as in "my group"), `particular`
            (just before a `kinds` phrase, they make the people someone in particular: "my
            pupils who"), `going-on` (in the sentence of a record or a closed matter, they say
            it goes on or that the person has someone within reach now: "released", "again",
            "has moved in with", "babysits"; not just after a `recovered` word: "is doing well
            now", nor beside a `safe-places` word: "moved into sheltered housing") and
            `because` (the cause a risk to health gives way to).
        on_record: the categories whose signs no record nor closed matter sets aside (a
            record of such harm is the risk itself: `RiskCategory.on_record`).
        asked_after: the categories whose signs no enquiry sets aside (an enquiry after such
            harm is the risk itself: `RiskCategory.asked_after`).

    Returns:
        The hits that still count, in their order.
    """
    settings = [h for h in hits if h.phrase.kind in _SETTINGS]
    if not settings:  # most messages: nothing to read as a label
        return hits
    pointing, particular = markers["pointing"], markers["particular"]
    # A name follows the harm words at once, never a word that points at someone ("my group").
    names = {
        h.position
        for h in settings
        if h.phrase.kind is Kinds.NAME
        and not pointing.intersection(read.words[max(0, h.position - 1) : h.position])
    }
    # What someone is reported to have said keeps every sign of its sentence; "keeps asking me
    # which boy…" is the verb of an enquiry, not a telling, and "suspended last year after a
    # pupil alleged…" the allegation a record was for (round 42, fa42), in a message saying it
    # is past or closed (`record-past`) and not told as recent ("suspended today after…").
    recent = {read.sentence_of[i] for i, w in enumerate(read.words) if w in markers["story-recent"]}
    past = not markers["record-past"].isdisjoint(read.words)
    asking = {
        i
        for h in settings
        if h.phrase.kind is Kinds.ENQUIRY
        or (h.phrase.kind is Kinds.RECORD and past and h.sentence not in recent)
        for i in range(h.position, h.end)
    }
    told = {
        h.sentence
        for h in hits
        if h.phrase.kind is Kinds.TELLING
        and h.sentence not in read.questions
        and not asking.intersection(range(h.position, h.end))
    }
    going_on = told
    # "I am a survivor of abuse… He coaches a junior team": the doer a later sentence puts near
    # someone now makes the sentence before it go on, and its "survivor of" no kind (round 52)
    later = going_on_later(read, markers) if _kind_or_closed(settings) else set()
    if any(h.phrase.kind in (Kinds.RECORD, Kinds.CLOSED) for h in settings):
        going, well, words = markers["going-on"], markers["recovered"], read.words
        # "she moved into sheltered housing", "lives in a nursing home now": a place the one it
        # happened to is kept safe in (round 47, fix132: tryout123 §3 #1)
        places = markers.get("safe-places", frozenset())
        going_on = told | {
            read.sentence_of[i]
            for i, w in enumerate(words)
            if w in going
            and (well | places).isdisjoint(words[max(0, i - _WELL_REACH) : i])
            and places.isdisjoint(words[i + 1 : i + 1 + _PLACE_REACH])
        }
        # "since then he's been looking after…": a time since which something goes on, when
        # more of its clause follows ("…has not been in trouble since" closes it).
        going_on |= {read.sentence_of[i] for i in _since_then(read, markers["since"])}
        # "…years ago. He lives with my mother": a later sentence puts the doer near someone now
        going_on |= later
        # Harm long ago told by the one it happened to is a disclosure now ("I was abused in the
        # 1980s", "he did it to me when I was 10").
        going_on |= {
            read.sentence_of[i]
            for i, w in enumerate(read.words[:-1])
            if w == "i" and read.words[i + 1] in ("was", "were")
        }
    # The words of an ordinary thing: a sign ending there names it, whoever is telling; not a
    # risk to health its sentence goes on to give a cause for ("at risk of infection because mum
    # leaves her in the same nappy all day": the cause may be the harm).
    caused = (
        _last_because(read, markers["because"])
        if any(h.phrase.kind is Kinds.HEALTH_RISK for h in settings)
        else {}
    )
    things = {
        i
        for h in settings
        if h.phrase.kind is Kinds.THING
        or (h.phrase.kind is Kinds.HEALTH_RISK and caused.get(h.sentence, -1) < h.end)
        for i in range(h.position, h.end)
    }
    covered: set[int] = set()  # positions a record or kind describes
    closed: set[int] = set()  # clauses
    enquiries: dict[int, int] = {}  # sentence -> where its first enquiry starts
    for h in settings:
        kind = h.phrase.kind
        if kind in (Kinds.NAME, Kinds.THING, Kinds.HEALTH_RISK) or h.sentence in told:
            continue
        if (kind is Kinds.RECORD and h.sentence not in going_on) or (
            kind is Kinds.KIND_OF
            and not particular.intersection(read.words[max(0, h.position - 1) : h.position])
            and not _one_person(h, read)
            and (h.sentence not in later or h.position in read.plural)
        ):
            last = min(h.end + REACH, len(read.words) - 1)
            covered.update(i for i in range(h.position, last + 1) if read.clause_of[i] == h.clause)
        elif kind is Kinds.CLOSED and h.sentence not in going_on:
            closed.add(h.clause)
        elif kind is Kinds.ENQUIRY:
            enquiries[h.sentence] = min(h.position, enquiries.get(h.sentence, h.position))
    if things:
        hits = [
            h
            for h in hits
            if h.phrase.category < 0 or h.end - 1 not in things or _takes_in(h, settings)
        ]
    if not (names or covered or closed or enquiries):
        return hits

    dropped = [
        h.phrase.category >= 0
        and (
            h.end in names
            or (
                h.phrase.category not in on_record and (h.position in covered or h.clause in closed)
            )
            or (h.phrase.category not in asked_after and _in_enquiry(h, enquiries, read.breaks))
        )
        for h in hits
    ]
    # Where harm words were a label, the loose signal words left in that sentence ("a man …
    # outside our shop") are not a story either.
    labels = {h.sentence for h, drop in zip(hits, dropped, strict=True) if drop}
    return [
        h
        for h, drop in zip(hits, dropped, strict=True)
        if not drop and not (h.phrase.kind is Kinds.SIGNAL and h.sentence in labels)
    ]


def _takes_in(hit: Hit, settings: list[Hit]) -> bool:
    """Whether `hit` is a `together` group that takes a whole thing in from a word before it
    ("asked for the morning after pill", "is on the pill"): it tells what is done with the
    thing, where a sign ending inside it names the thing (round 39, r1t39)."""
    return hit.phrase.kind is Kinds.GROUP and any(
        h.phrase.kind is Kinds.THING and hit.position < h.position <= hit.end - 1 < h.end
        for h in settings
    )


def _in_enquiry(hit: Hit, enquiries: dict[int, int], breaks: frozenset[int]) -> bool:
    """Whether a sign comes after an enquiry in its sentence, before a comma, semicolon, dash or
    "because" ("police asked for her address, her dad has been hitting her" tells of harm)."""
    start = enquiries.get(hit.sentence)
    if start is None or start > hit.position:
        return False
    return not any(start < i <= hit.position for i in breaks)
