"""Sentences that say what people of a kind do or face in general, naming no one in particular.

"GPs often see multiple family members and can detect stressors such as violence or drug abuse",
"therapists are mandated reporters who must consider reporting child abuse", "health visitors
are expected to ask every mother about domestic abuse": a kind of people (a noun for people in
the plural, or a word of the pack's `practitioners` marker) opens a clause with nothing before it
but words of the `generic-openers` marker ("many", "young", "social"), and within `_VERB_REACH`
words comes, after a role, a word of the `generic-verbs` marker (a duty or what they come
across: "must", "expected", "see"), after other people one of `kind-verbs` (a habit: "often",
"tend"): not something that happened. The sentence must tell of no one in particular: no "he",
"she", "I" or "my" (`_SOMEONE`), no noun for one person but the kind itself, after "their",
"any", "every" or "each" ("their patient" is any therapist's) or as a label ("child abuse"), no
name, no place or people pointed at ("at this school", "by that childminder"; round 56: a word of
`kind-places`, "next door", or of `kind-numbered` before a numeral, "at number 4"), no occasion
("yesterday") and nothing someone said; and, unless the kind is a practitioner's role, no cue.
Its signs of harm do not count (`knowledge.risk_finding.judge` reads its clauses as general).

So does a sentence telling what a training day, a leaflet or the guidance said ("the county lines
training said that dealers use children to carry drugs": a word of `sources` just before one of
`source-verbs`), with the same test that it names no one in particular.

Round 35 (fa35); the marker words are data in the pack (`markers`), so an organisation adds to
them by name.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_telling import WHO
from knowledge.risk_types import Hit, Kinds, Tokens

__all__ = ["in_general", "places_pointed"]

_VERB_REACH = 4  # words after the kind that may hold its habit or duty ("GPs are often involved")
_SOMEONE = frozenset(
    {"he", "she", "him", "her", "his", "hers", "himself", "herself", "i", "me", "my", "mine"}
)
_ANY_ONE = frozenset({"their", "any", "every", "each"})  # before one person: anyone of the kind
_SIGNS = frozenset({Kinds.CUE, Kinds.TERM, Kinds.SIGNAL})
# A place or people pointed at ("at this school", "by that childminder", "those kids"): one in
# particular, not a kind.
_THESE = frozenset({"this", "these", "those"})
_POINTING = frozenset({"that"})
_PLACING = frozenset({"at", "in", "on", "by", "from", "with", "near", "outside", "into", "of"})
_MEMBER = "member"
_ONE = frozenset({"a", "an"})  # "a child" in a rule for anyone ("Anyone who thinks a child…")


def in_general(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> set[int]:
    """The clauses of the sentences that tell what a kind of people does or faces in general
    (see the module docstring); every clause of such a sentence.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        markers: the stems of the pack's markers by name: `practitioners`,
            `generic-openers`, `generic-verbs`, `kind-verbs`, `sources`, `source-verbs` and
            `pointing` (before a noun for one person, it is someone, not a label such as
            "child abuse").
    """
    openers = markers["generic-openers"]
    words, sentence_of, clause_of = read.words, read.sentence_of, read.clause_of
    subjects = {
        i
        for i, word in enumerate(words)
        if (verbs := _verbs(word, i, read, markers))
        and _opens_clause(read, i, openers)
        and any(
            words[j] in verbs and clause_of[j] == clause_of[i]
            for j in range(i + 1, min(i + 1 + _VERB_REACH, len(words)))
        )
    }
    anyones = _anyone_who(read, markers, openers)  # "Anyone who suspects…" (round 58)
    subjects |= anyones
    kinds = {sentence_of[i] for i in subjects}
    # Other people of a kind said to do a thing is no habit when a cue, enough on its own, is
    # in the sentence ("older boys often make the younger ones carry drugs for them").
    roles = markers["practitioners"]
    kinds -= {
        h.sentence
        for h in hits
        if h.phrase.kind is Kinds.CUE
        and not any(
            sentence_of[i] == h.sentence and (words[i] in roles or i in anyones) for i in subjects
        )
    }
    sources, saying = markers["sources"], markers["source-verbs"]
    said = {
        i + 1 for i, word in enumerate(words[:-1]) if word in sources and words[i + 1] in saying
    }
    kinds |= {sentence_of[i] for i in said}
    kinds -= read.questions
    if not kinds:
        return set()
    # What anyone who… thinks or fears is the rule's own case ("Anyone who is worried that a
    # child is being abused can call…"), no telling.
    supposing = {j for i in anyones for j in range(i + 1, min(i + 2 + _VERB_REACH, len(words)))}
    kinds -= {
        h.sentence
        for h in hits
        if h.phrase.kind is Kinds.OCCASION
        or (h.phrase.kind is Kinds.TELLING and h.position not in said | supposing)
    }
    # A noun for one person just before a sign of harm or "member" names a kind of thing ("child
    # abuse", "family members"), not someone.
    pointing = markers["pointing"]
    labels = {
        i - 1
        for i in {h.position for h in hits if h.phrase.kind in _SIGNS}
        | {i for i, word in enumerate(words) if word == _MEMBER}
        if i and (i < 2 or words[i - 2] not in pointing)
    }
    kinds -= places_pointed(read, markers)  # "kids next door", "at number 4" (round 56)
    ruled = {sentence_of[i] for i in anyones}  # "a child" there is any child the rule is for
    for i, word in enumerate(words):
        if sentence_of[i] in kinds and (
            word in _SOMEONE
            or (word in _POINTING and i and words[i - 1] in _PLACING)
            or word in _THESE
            or (
                i in read.persons
                and i not in read.plural
                and i not in labels
                and i not in subjects
                and not (i and words[i - 1] in _ANY_ONE)
                and not (i and words[i - 1] in _ONE and sentence_of[i] in ruled)
            )
        ):
            kinds.discard(sentence_of[i])
    return {clause_of[i] for i in range(len(words)) if sentence_of[i] in kinds}


def places_pointed(read: Tokens, markers: Mapping[str, frozenset[str]]) -> frozenset[int]:
    """The sentences of `read` that point at a place in particular: a word of `kind-places`
    ("next door", "upstairs") or one of `kind-numbered` just before a numeral ("at number 4",
    "flat 2"); people there are those people, not a kind (round 56).

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`kind-places`, `kind-numbered`).
    """
    places = markers.get("kind-places", frozenset())
    numbered = markers.get("kind-numbered", frozenset())
    words = read.words
    return frozenset(
        read.sentence_of[i]
        for i, word in enumerate(words)
        if word in places or (word in numbered and i + 1 < len(words) and words[i + 1].isdigit())
    )


def _verbs(
    word: str, at: int, read: Tokens, markers: Mapping[str, frozenset[str]]
) -> frozenset[str]:
    """The words that say what a kind does in general after the word at `at`: those of
    `generic-verbs` after a practitioner's role, only those of `kind-verbs` (a habit, not what
    one can or must do: "kids can get drugs outside the gates" may be a worry about a place)
    after any other noun for people in the plural but a family word; none otherwise."""
    if word in markers["practitioners"]:
        return markers["generic-verbs"]
    if at in read.plural and at not in read.kin:
        return markers["kind-verbs"]
    return frozenset()


def _anyone_who(
    read: Tokens, markers: Mapping[str, frozenset[str]], openers: frozenset[str]
) -> set[int]:
    """Where a rule for anyone opens a clause: a word of the pack's `generic-anyone` marker
    ("anyone", "everyone") just before "who", and later in its sentence one of
    `generic-anyone-rules` ("should", "can", "duty": "Anyone who thinks a child is in danger
    should call 999"; round 58, fa252): everyone of whom the rest is true, no one told of.
    "everyone who works there shouts at the residents" tells what they do, no rule."""
    anyone, words = markers.get("generic-anyone", frozenset()), read.words
    rules, sentence_of = markers.get("generic-anyone-rules", frozenset()), read.sentence_of
    last_rule: dict[int, int] = {}  # each sentence's last rule word: read once, linear
    for j, word in enumerate(words):
        if word in rules:
            last_rule[sentence_of[j]] = j
    return {
        i
        for i, word in enumerate(words[:-1])
        if word in anyone
        and words[i + 1] in WHO
        and last_rule.get(sentence_of[i], -1) > i + 1
        and _opens_clause(read, i, openers)
    }


def _opens_clause(read: Tokens, at: int, openers: frozenset[str]) -> bool:
    """Whether the word at `at` opens its clause, with only words of `openers` before it."""
    clause = read.clause_of[at]
    k = at
    while k and read.clause_of[k - 1] == clause and read.sentence_of[k - 1] == read.sentence_of[at]:
        k -= 1
        if read.words[k] not in openers:
            return False
    return True
