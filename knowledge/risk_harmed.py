"""Who harmed whom: blows that are not harm by someone to someone the signpost is for.

A blow whose object is a member of staff ("a year 7 punched a teacher", "kicked one of our
TAs") tells of harm done to staff by someone in their care: a question of behaviour or
exclusion, not of protection. Its words are not signs of harm, unless a relative comes before
it in the sentence ("her dad punched a teacher in the playground"), who may harm the child too.
A blow an animal struck ("the dog bit her", "'Thomas attacked me' … Thomas is the family cat":
a name the message says is an animal) is not harm done by someone. Every other sign in the
message still counts.

A blow one child trades with another ("a parent complained that another child pushed her son",
"a boy in his class kicked him at break") is a matter of behaviour, not protection: a `scuffle`
word whose doer, the nearest person before it in its clause, is a child named as one of others
("another child", "a boy in his class", "one of the cubs"), not anyone's relative, nor `older`,
and whose object is a child, not a grown-up. Not when the sentence repeats or fears (`doubt`,
`fear`: "keeps punching him every day", "she's terrified"), nor for a passive ("was kicked by"),
nor for worse blows than a scuffle's (the pack's set lists pushes and kicks, not stabbings or
strangling); the injuries it left and every other sign still count. A child who tells of a blow
struck by a pronoun ("another child says she hit him") is its teller, not its doer (round 42).

A member of staff in a sentence is not the doer of every act in it: in a `together` item that
pairs staff with what they did (a group with `<staff>`), an act ("hit", "shouted at") whose
nearest person before it is a named child, resident or relative, not staff, is that person's
("TA here: a year 6 boy swore at me", "the teacher said my son … shouted at her"), so it does
not pair with the staff. A pronoun or no one named keeps it. Read once, word by word.

The words these rules read, from the pack's sets, are `Harmed`'s (`knowledge.risk_harmed_words`).
"""

from __future__ import annotations

import bisect

from knowledge.risk_harmed_words import Harmed
from knowledge.risk_types import Hit, Kinds, Tokens

__all__ = ["harm_to_others"]

_ARTICLES = frozenset({"a", "an"})
_ONE_OF = ("one", "of")
_MEMBER_OF = ("member", "of")
_BEING = frozenset({"is", "was", "are", "were"})
_DOER_BACK = 4  # "my eldest kicked", "our 9 year old boy hit"
_BEFORE_ANIMAL = frozenset({"a", "an", "family", "pet", "old", "little", "big", "new"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "that", "this", "who", "which", "there"})
_ONE_OF_OTHERS = frozenset({"another", "other", "a", "an", "one"})  # "another child", "a boy"
_IN = frozenset({"in", "at", "from", "on"})  # "a boy in his class": where the child is from
_PASSIVE = frozenset({"was", "were", "been", "being", "got", "get", "is", "are", "by"})
_JOINED = frozenset({"and", "then", "who", "or"})  # the act's doer was named before these
_STAFF = "<staff>"  # the set a `together` group names staff by
_BODY = 1  # the place of the `body` set among `Harmed.not_staff`
_OWNERS = frozenset({"my", "his", "her", "their", "your", "our"})  # "his head": a body part
_STRUCK = frozenset({"him", "her", "them"})
_DOER_WINDOW = 8  # words back from a blow to its doer ("a boy in his son's class punched")
_STRUCK_WINDOW = 4  # words after a blow where what it struck is named


def harm_to_others(hits: list[Hit], read: Tokens, words: Harmed) -> list[Hit]:
    """The hits without the signs of harm in a blow to a member of staff or by an animal.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        words: the words the rule reads.

    Returns:
        The hits that still count, in their order.
    """
    spans = _blows_to_staff(read, words) + [(i, i + 1) for i in _blows_by_animals(read, words)]
    scuffles = _blows_between_children(read, words)
    others = _acts_by_others(hits, read, words)
    if not spans and not scuffles and not others:
        return hits
    return [
        h
        for n, h in enumerate(hits)
        if h.phrase.category < 0
        or not (
            n in others
            or any(start <= h.position < end for start, end in spans)
            # the whole cue over a child's blow: "a parent … pushed her" is not the parent's
            or _covers(scuffles, h.position, max(h.end, h.position + 1))
        )
    ]


def _acts_by_others(hits: list[Hit], read: Tokens, words: Harmed) -> set[int]:
    """Which hits (their places in `hits`) are acts a named non-staff person did, in a
    `together` item pairing staff with what they did."""
    items = {
        (h.phrase.category, h.phrase.item)
        for h in hits
        if h.phrase.kind is Kinds.GROUP and _STAFF in h.phrase.text
    }
    if not items:
        return set()
    return {
        n
        for n, h in enumerate(hits)
        if h.phrase.kind is Kinds.GROUP
        and (h.phrase.category, h.phrase.item) in items
        and (
            (
                _STAFF not in h.phrase.text
                and _an_act(h, read, words)
                and _done_by_someone_named(read, h.position, words)
            )
            or (_STAFF in h.phrase.text and _someones_body(read, h.position, words))
        )
    }


def _an_act(hit: Hit, read: Tokens, words: Harmed) -> bool:
    """Whether `hit` starts at an act, or at a bid its cue ties to a secret ("asked him to keep
    it a secret"): a grown-up asking to help in a changing room is no bid for secrecy."""
    word = read.words[hit.position]
    if word in words.acts:
        return True
    return word in words.bids and not words.secrecy.isdisjoint(read.words[hit.position : hit.end])


def _someones_body(read: Tokens, at: int, words: Harmed) -> bool:
    """Whether the staff noun at `at` is a part of someone's body ("my son's head in her paws",
    "his head"), not the head teacher: a body word just after a possessive or a person."""
    return (
        at > 0
        and read.words[at] in words.not_staff[_BODY]
        and (read.words[at - 1] in _OWNERS or at - 1 in read.persons)
    )


def _done_by_someone_named(read: Tokens, at: int, words: Harmed) -> bool:
    """Whether the nearest person before the act at `at`, in its clause, is a named child,
    resident or relative, not staff ("a year 6 boy swore", not "the teacher … he shouted")."""
    tokens, clause = read.words, read.clause_of[at]
    if (at and tokens[at - 1] in _PASSIVE) or (at + 1 < len(tokens) and tokens[at + 1] == "by"):
        return False  # "a resident was slapped by a carer": the doer comes after
    for j in range(at - 1, max(-1, at - 1 - _DOER_WINDOW), -1):
        if read.clause_of[j] != clause or tokens[j] in _PRONOUNS or tokens[j] in _JOINED:
            return False  # "…shouted at my son and pushed him": the teacher, again
        if tokens[j] in words.staff:
            return False
        if tokens[j] in words.named:
            return True
    return False


def _covers(places: list[int], start: int, end: int) -> bool:
    """Whether one of `places` (in order) lies in [start, end)."""
    at = bisect.bisect_left(places, start)
    return at < len(places) and places[at] < end


def _blows_to_staff(read: Tokens, words: Harmed) -> list[tuple[int, int]]:
    """Where a blow is followed by the member of staff it struck: (blow, after the noun)."""
    tokens = read.words
    spans: list[tuple[int, int]] = []
    relative_in: set[int] = set()  # sentences where a relative was named so far
    for i, word in enumerate(tokens):
        sentence = read.sentence_of[i]
        if word in words.relatives:
            relative_in.add(sentence)
            continue
        if sentence in relative_in or not words.is_blow(word):
            continue
        j = i + 1
        if tuple(tokens[j : j + 2]) == _ONE_OF:
            j += 2
        if j < len(tokens) and (tokens[j] in _ARTICLES or tokens[j] in words.pointing):
            j += 1
        if tuple(tokens[j : j + 2]) == _MEMBER_OF:
            j += 2
        if j < len(tokens) and words.is_staff(tokens[j]) and read.sentence_of[j] == sentence:
            spans.append((i, j + 1))
    return spans


def _blows_by_animals(read: Tokens, words: Harmed) -> list[int]:
    """Where a blow or an injury follows an animal (its noun, or a name the message says is
    one): the animal struck it ("the dog bit her", "kitten scratches") or bears it ("a dog's
    fractures"); and where a child strikes one ("my eldest kicked the cat"; a grown-up's blow at
    a pet may be a threat to the family, and counts)."""
    if words.animals.isdisjoint(read.words):
        return []
    tokens = read.words
    animals = set(words.animals)
    before_noun = _BEFORE_ANIMAL | words.pointing
    for i, word in enumerate(tokens[:-2]):
        if tokens[i + 1] in _BEING and word not in words.pointing and word not in _PRONOUNS:
            j = i + 2
            while j < len(tokens) and j < i + 5 and tokens[j] in before_noun:
                j += 1
            if j < len(tokens) and tokens[j] in words.animals:
                animals.add(word)
    struck = [  # "my eldest kicked the cat": a child's blow at an animal, not at a person
        i
        for i, word in enumerate(tokens[:-2])
        if words.is_blow(word)
        and (
            tokens[i + 1] in animals or (tokens[i + 1] in before_noun and tokens[i + 2] in animals)
        )
        and _child_before(read, i, words)
    ]
    return struck + [
        i
        for i, word in enumerate(tokens)
        if i
        and tokens[i - 1] in animals
        and (
            words.is_blow(word) or word in words.injuries
        )  # "kitten scratches", "a dog's fractures"
    ]


def _child_before(read: Tokens, at: int, words: Harmed) -> bool:
    """Whether the nearest person before the word at `at`, in its clause, is a child."""
    clause = read.clause_of[at]
    for j in range(at - 1, max(-1, at - 1 - _DOER_BACK), -1):
        if read.clause_of[j] != clause:
            return False
        if read.words[j] in words.kids:
            return True
        if read.words[j] in words.grown or read.words[j] in _PRONOUNS:
            return False
    return False


def _blows_between_children(read: Tokens, words: Harmed) -> list[int]:
    """Where a child named as one of others strikes another child a scuffle's blow."""
    tokens = read.words
    if words.scuffles.isdisjoint(tokens):
        return []
    doubted = {read.sentence_of[i] for i, word in enumerate(tokens) if word in words.doubts}
    return [
        i
        for i, word in enumerate(tokens)
        if word in words.scuffles
        and read.sentence_of[i] not in doubted
        and _by_a_peer(read, i, words)
        and _struck_a_child(read, i, words)
    ]


def _by_a_peer(read: Tokens, at: int, words: Harmed) -> bool:
    """Whether the nearest person before the blow at `at`, in its clause, is a child named as
    one of others ("another child", "a boy in his son's class"), not a relative nor older."""
    tokens, clause = read.words, read.clause_of[at]
    if at and tokens[at - 1] in _PASSIVE:
        return False  # "my son was kicked by…": the one before the blow was struck
    place = False  # inside "in his son's class", read backwards
    pronoun = False  # "…says she hit him": she struck, whoever told of it
    for j in range(at - 1, max(-1, at - 1 - _DOER_WINDOW), -1):
        if read.clause_of[j] != clause or tokens[j] in words.older:
            return False
        if pronoun and tokens[j] in words.tellings:
            return False
        pronoun = pronoun or tokens[j] in _PRONOUNS
        if tokens[j] in words.places:
            place = True
        elif place and tokens[j] in _IN:
            place = False
        elif place:
            continue  # "his son's" names whose class it is, not the doer
        elif tokens[j] in words.grown:
            return False  # "her dad pushed her", "the coach kicked him"
        elif tokens[j] in words.peers:  # "a classmate pushed him", not "older classmates"
            return words.older.isdisjoint(tokens[max(0, j - 2) : j])
        elif tokens[j] in words.kids:
            if tokens[j] in words.relatives:
                return False  # "her brother kicked her": a relative
            before = tokens[max(0, j - 2) : j]
            if not words.older.isdisjoint(before):
                return False  # "a big boy", "older boys"
            after = tokens[j + 1] if j + 1 < at else ""
            return not _ONE_OF_OTHERS.isdisjoint(before) or after in _IN
    return False


def _struck_a_child(read: Tokens, at: int, words: Harmed) -> bool:
    """Whether the blow at `at` struck a child or someone named by a pronoun, no grown-up."""
    tokens, clause = read.words, read.clause_of[at]
    for k in range(at + 1, min(len(tokens), at + 1 + _STRUCK_WINDOW)):
        if read.clause_of[k] != clause or tokens[k] in words.grown:
            return False
        if tokens[k] in words.kids:
            return True
        if tokens[k] in _STRUCK:  # "pushed her son", "kicked him"; not "pushed her mum"
            after = tokens[k + 1] if k + 1 < len(tokens) else ""
            return after not in words.grown or read.clause_of[k + 1] != clause
    return False
