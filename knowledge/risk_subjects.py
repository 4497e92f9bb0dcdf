"""Who a sentence of a message is about, read from its structure rather than its words.

Helpers of `knowledge.risk_finding.judge`: whether a sentence opens with one person named as
notes are typed ("Pupil showed me cuts"), names someone by their relation to someone ("her ex",
"my year 9 pupil"), or tells harm done to the writer ("a priest abused me"); whether people a
question names are anyone of a kind ("16 year olds", "a tenant … the tenant"); and which words
open a question. Whether the writer asks to pass on what they know ("can I tell the police
that…") is `knowledge.risk_passing_on`'s.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from knowledge.matching.text import stem
from knowledge.risk_note_subjects import note_subjects
from knowledge.risk_role_place import works_at
from knowledge.risk_telling import WRITER_WORDS
from knowledge.risk_types import Kind, Kinds
from knowledge.risk_words import WH
from knowledge.risk_writer_walk import WRITERS, Walk, writer_chain, writer_within

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

    from knowledge.risk_finding import Hit, Tokens

# Words that make people named in the plural someone in particular ("my kids", "one of them").
_PERSONAL = frozenset({"my", "our", "his", "her", "your", "one"})
_PRONOUNS = frozenset({"he", "she", "her", "him", "his", "hes", "shes", "herself", "himself"})
_DEFINITE = frozenset({"the", "that", "this"})
_INDEFINITE = frozenset({"a", "an", "any", "every"})
# Just before a noun for people, a share of a kind ("is it true that most child abuse is by
# someone the child knows?"; round 58, fa252): not two words before ("most nights the boy…").
_SHARE = frozenset({"most"})
_SHORT_AGES, _OLD = frozenset({"yo", "yr", "yrs"}), "old"  # "14 yr old(s)", as typed in a note
POSSESSIVES = frozenset({"my", "our", "his", "her", "their", "your"})
RELATION_GAP = 3  # "my year 9 pupil", "her little brother" (read by `risk_passing_on` too)
_SELF = WRITER_WORDS - {"i"}
_I_WAS = frozenset({"was", "were", "got"})
# "I"/"we": the writer.
_WRITERS = frozenset({"i", "we"})
# In a question, "I"/"we" after one of these (as read) ask how, not tell what was seen.
_MODALS = frozenset({"would", "could", "can", "should", "might", "will", "do", "doe", "may"})
_BEING = frozenset({"is", "was"})
# "is that abuse?": pointing at what was told (also read by `risk_finding.judge`).
DEMONSTRATIVES = frozenset({"this", "that"})
_AFTER = 3  # "hit me", "abused by him and me"
_OWN_KINDS = frozenset({Kind.CUE, Kind.TERM})
# "being groomed online", "getting hit at home" ("getting" is read "get")
_DONE_TO = frozenset({"being", "get"})
_STATE_GAP = 3  # "i feel like ending it all", "i really dont want to be here"
# …with words of thinking between too ("i sometimes think about taking all my tablets"), at most.
_THINKING_GAP = 7
# Words before a dropped "I" ("honestly feel like…", "some days feel like…"), at most.
_OPENING = 2
# Someone named: the writer or another, so the subject was not left out.
_NAMED = _PRONOUNS | WRITERS | {"we", "they", "you", "it", "there", "this", "that"}
_BEFORE = 4  # "I was repeatedly and badly beaten"
# "I was asked…", "I was wondering…": the writer reporting, not harmed.
_REPORTING = frozenset({"ask", "wonder", "think", "hop", "try", "going", "plan"})
_LABEL_WORDS = 4  # "housing support worker:", "junior cricket coach -"
# In an opening clause, these point at someone other than the writer ("my son's teacher:").
_POINTERS = POSSESSIVES | _DEFINITE | _INDEFINITE | _PRONOUNS | {"i", "we", "they", "one"}


@functools.lru_cache(maxsize=8)
def question_stems(words: tuple[str, ...]) -> frozenset[str]:
    """The question words as the detector reads them (lightly stemmed: "does" -> "doe")."""
    return frozenset(stem(w) for w in words)


def telegraphic(read: Tokens) -> set[int]:
    """The sentences opening with one person named without "a" or "the", as notes are typed
    ("Pupil showed me cuts", "Resident has gone missing"): someone in particular."""
    starts: set[int] = set()
    last = -1
    for i, sentence in enumerate(read.sentence_of):
        if sentence != last:
            last = sentence
            if i in read.persons and i not in read.plural:
                starts.add(sentence)
    return starts


def related_sentences(read: Tokens) -> set[int]:
    """The sentences naming someone by their relation to someone: a noun for people just after
    "my", "his", "their"… ("her ex", "my pupil", "their little girl")."""
    words, sentence_of = read.words, read.sentence_of
    return {
        sentence_of[i]
        for i in read.persons
        if any(
            words[k] in POSSESSIVES and sentence_of[k] == sentence_of[i]
            for k in range(max(0, i - RELATION_GAP), i)
        )
    }


def done_to_writer(read: Tokens, start: int, end: int) -> bool:
    """Whether the harm words at `start`…`end` are told as done to the writer: "me" or "myself"
    in them or just after ("abused me", "did it to me"), or "I was", "I were", "I got" just
    before ("I was raped"), but not "I was asked…" or "I was wondering…"."""
    words = read.words
    if _SELF.intersection(words[start : end + _AFTER]):
        return True
    return any(
        words[k] == "i" and words[k + 1] in _I_WAS and words[k + 2] not in _REPORTING
        for k in range(max(0, start - _BEFORE), start - 1)
    )


def writer_states(
    hits: list[Hit],
    read: Tokens,
    thinking: frozenset[str] = frozenset(),
    aux: frozenset[str] = frozenset(),
) -> set[int]:
    """The sentences where the writer tells a harm of their own in the first person: "I"
    (or "im", "ive") a few words before a cue, a term or a `near` pair of a category, in the
    same clause with no one else named between ("i want to die", "im scared to go home
    tonight", "i ran away from home"; the walk is `risk_writer_walk`'s), or inside it ("nobody
    would notice if i wasnt here").
    Words of `thinking` (the pack's `state-thinking` marker) between "I" and a cue do not count
    towards the few ("i sometimes think about taking all my tablets"; round 50, miss157); a term
    is a topic thought about ("I have been thinking about neglect referrals"). Words of `aux`
    just after "I" ("am", "have", "been": the pack's `own-state-aux`) are read with it, as "im"
    and "ive" are ("I am thinking about suicide", "I have written a suicide note"; round 50,
    ask165). The caller keeps only sentences that tell; a lone signal word after "I" ("I have a
    question about neglect") is not one of these."""
    if WRITERS.isdisjoint(read.words):
        return set()
    # "I" at most `_STATE_GAP` words before (thinking words not counted before a cue, and ending
    # the walk before a term), in the sign's clause
    cue_walk = Walk(_THINKING_GAP, _STATE_GAP, uncounted=thinking, aux=aux)
    term_walk = Walk(_THINKING_GAP, _STATE_GAP, ends=thinking, aux=aux)
    return {
        hit.sentence
        for hit in hits
        if hit.phrase.category >= 0
        and hit.phrase.kind in _OWN_KINDS
        and (
            writer_within(read, hit.position, hit.end)
            or writer_chain(read, hit, cue_walk if hit.phrase.kind is Kind.CUE else term_walk)
            is not None
        )
    }


def dropped_writer(hits: list[Hit], read: Tokens, openers: frozenset[str]) -> set[int]:
    """The sentences where the writer tells a harm of their own with the "I" left out, as short
    messages are typed ("feel like ending it all", "honestly want to die", "cant go on"): a
    clause opening, within its first `_OPENING` words and with no one named before it, on one
    of `openers` (the pack's `dropped-subject` marker), then a cue of a category (not a term:
    "been reading about domestic abuse") at most `_STATE_GAP` words on with no one named
    between. The caller keeps only sentences that tell."""
    words, clause_of = read.words, read.clause_of
    if openers.isdisjoint(words):
        return set()
    found: set[int] = set()
    for hit in hits:
        if hit.phrase.category < 0 or hit.phrase.kind is not Kinds.CUE:
            continue
        for k in range(hit.position, max(-1, hit.position - 1 - _STATE_GAP), -1):
            if clause_of[k] != hit.clause or k in read.persons or words[k] in _NAMED:
                break
            if words[k] in openers and _opens_clause(read, k):
                found.add(hit.sentence)
                break
    return found


def _opens_clause(read: Tokens, at: int) -> bool:
    """Whether the word at `at` stands within the first `_OPENING` words of its clause, with no
    one named before it there."""
    clause = read.clause_of[at]
    before = [k for k in range(max(0, at - _OPENING - 1), at) if read.clause_of[k] == clause]
    return len(before) <= _OPENING and not any(
        k in read.persons or read.words[k] in _NAMED for k in before
    )


def rhetorical(
    hits: list[Hit], read: Tokens, asked: frozenset[str] = frozenset()
) -> frozenset[int]:
    """The sentences opening, within their first `_OPENING` words and with no one named before,
    on a cue of a category whose first word is a question word ("whats the point anymore",
    "honestly what is the point in living"): the question is the harm's own words, asked of no
    one. The writer tells their own state; it is no question.
    …and those opening on a word of `asked` (the pack's `wish-asked` marker: "would", "is"), a
    cue of a category naming the writer ("me", "i") within `_OPENING` words on, no one named
    before it: a wish to die asked as a question ("would the world be better without me?",
    "would anyone even notice if i was gone?"; round 55, secret218)."""
    firsts: dict[int, int] = {}
    for i, sentence in enumerate(read.sentence_of):
        firsts.setdefault(sentence, i)
    words = read.words
    return frozenset(
        h.sentence
        for h in hits
        if h.phrase.kind is Kinds.CUE
        and h.phrase.category >= 0
        and (
            words[h.position] in WH
            or (
                words[first := firsts[h.sentence]] in asked
                and not WRITER_WORDS.isdisjoint(words[h.position : h.end])
                and not any(words[k] in WRITERS for k in range(first, h.position))
            )
        )
        and h.position - firsts[h.sentence] <= _OPENING
        and not any(
            k in read.persons or words[k] in _NAMED for k in range(firsts[h.sentence], h.position)
        )
    )


def subjectless(read: Tokens, markers: Mapping[str, frozenset[str]]) -> set[int]:
    """The sentences that open on what is done to someone, the subject left out as notes and
    short first messages do ("being groomed online", "getting hit at home"; a later clause
    opening with "being": "sent nudes, being blackmailed"), or, by the pack's `markers` (round
    60), on one of `note-openers` just before one of `note-opener-next` ("presenting with
    suicidal ideation"), or naming a person just after one of `note-about` as a referral's
    subject line does ("concerns raised re: adult with learning disability, …"), or with a
    clause opening on one of `note-verbs` (round 61: "low mood, says will end it this weekend"):
    someone in particular. The caller keeps only sentences that tell."""
    openers, nexts = markers["note-openers"], markers["note-opener-next"]
    verbs = markers.get("note-verbs", frozenset())
    starts = note_subjects(read, markers)
    last = clause = -1
    words = read.words
    for i, sentence in enumerate(read.sentence_of):
        word = words[i]
        if sentence != last and (
            word in _DONE_TO or (word in openers and i + 1 < len(words) and words[i + 1] in nexts)
        ):
            starts.add(sentence)
        elif read.clause_of[i] != clause and (word == "being" or word in verbs):
            starts.add(sentence)  # "sent nudes, being blackmailed"; "…, says will do it again"
        last, clause = sentence, read.clause_of[i]
    return starts


def a_class(hit: Hit, read: Tokens, anyone: frozenset[int], reports: Collection[int] = ()) -> bool:
    """Whether the people a phrase names are anyone of a kind, not someone in particular: a
    plural without a possessive ("16 and 17 year olds", "the visitors", but not "my kids"),
    "the" one of a kind the message brought in as "a" one ("a tenant … the tenant"), "a" one
    in a sentence that reports nobody's words ("is leaving a 10 year old alone neglect?"), or
    "is that" after "or" or a comma in its sentence, pointing at what was asked ("…, or is that
    a myth?"; a sentence opening "is this CSE?" still points at what was told)."""
    start, stop = hit.position, max(hit.end, hit.position + 1)
    words = read.words
    if words[stop - 1] in _SHORT_AGES and stop < len(words) and words[stop] == _OLD:
        stop += 1  # "12 yr olds": the age runs on into the plural
    if any(i in read.plural for i in range(start, stop)):
        return not any(words[i] in _PERSONAL for i in range(start, stop))
    if words[start] == "their" and (
        any(k < start and read.sentence_of[k] == hit.sentence for k in read.plural)
        or brought_in(start, hit.sentence, read, anyone)
    ):
        # "Can a school tell parents that … their child's class …?", "… telling a parent
        # about their son's attendance?": the parents are anyone.
        return True
    if start and words[start] in _WRITERS and words[start - 1] in _MODALS:
        return True  # "how would we notice that…?": a way of noticing, not what was noticed
    if (
        stop - start == 2
        and start
        and words[start] in _BEING
        and words[start + 1] in DEMONSTRATIVES
        and read.sentence_of[start - 1] == hit.sentence
        and (words[start - 1] == "or" or read.clause_of[start - 1] != read.clause_of[start])
    ):
        return True  # "can I report an adult missing, or is that a myth?": what was asked
    if stop - start > 2 and words[start + 1] in _INDEFINITE | _SHARE:
        return True  # "tell parents that a pupil …?": "that" opens a clause, "a pupil" is anyone
    if (
        hit.sentence not in reports
        and _INDEFINITE.intersection(words[max(0, start - 2) : start])
        and not _PERSONAL.intersection(words[start:stop])
    ):
        return True  # "is leaving a 10 year old alone neglect?": any 10 year old
    if stop - start == 1 and words[start] in _PRONOUNS:
        # "When would a service pass on a client's information without her consent?"
        return brought_in(start, hit.sentence, read, anyone)
    if words[start] not in _DEFINITE or stop - start < 2:
        return False
    if stop - 1 in read.kin and brought_in(start, hit.sentence, read, anyone):
        # "If police find a missing adult, can they tell the family?": anyone's family.
        return True
    noun = words[stop - 1]
    return any(
        words[k] == noun
        and (_INDEFINITE.intersection(words[max(0, k - 2) : k]) or (k and words[k - 1] in _SHARE))
        for k in range(start)
    )


def brought_in(start: int, sentence: int, read: Tokens, anyone: frozenset[int]) -> bool:
    """Whether, before `start` in its sentence, a word for anyone or a noun for people came in
    as "a" one ("a client", "a missing adult"), so a pronoun or "the family" after it may be
    anyone's."""
    return any(
        read.sentence_of[k] == sentence and _INDEFINITE.intersection(read.words[max(0, k - 2) : k])
        for k in anyone | read.persons
        if k < start
    )


def role_label(read: Tokens) -> range:
    """Where the writer's role opens the message ("housing support worker: my client…",
    "pharmacist. a regular…", "as a coach, can I…"), or an empty range.

    The opening clause, of at most `_LABEL_WORDS` words and followed by more, is a label when
    it starts "as a"/"as an", ends "here" ("primary head here"), or holds no word that points
    at someone ("my son's teacher: she…" is not the writer).
    """
    words, clause_of = read.words, read.clause_of
    end = next((i for i, c in enumerate(clause_of) if c != clause_of[0]), 0)
    if works_at(words[:end], _POINTERS, _LABEL_WORDS):  # "night staff at a refuge"
        return range(end)
    if not 0 < end <= _LABEL_WORDS:
        return range(0)
    opening = words[:end]
    if opening[:2] in (["as", "a"], ["as", "an"]) or opening[-1] == "here":
        return range(end)
    return range(0) if _POINTERS.intersection(opening) else range(end)
