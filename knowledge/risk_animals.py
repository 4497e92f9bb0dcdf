"""Harm to an animal alone: no child or adult the signpost is for (round 39, fa39).

A vet's or a groomer's question names cruelty or neglect done to an animal ("an owner who we
think is neglecting their dogs", "a dog came in starved and covered in sores", "a horse owner
is abusing his horses"): nobody the protection procedures are for. A sign of harm is the
animal's when an animal is its object (a noun for one just after it, past at most two words
that name no person: "neglecting their dogs", "starving the poor dog") or its subject (the
nearest noun or pronoun for someone before it in its clause is an animal: "a dog came in
starved").

Animal cruelty can be a threat to a person or go with harm to the children at home, so none of
this holds in a message that names a child, a relative, or a threat, punishment or fear ("he
burned her cat to punish her", "he kicked the dog in front of the kids", "her dad kicked the
dog"), nor where the cue itself reads the owner as the one harmed ("he burned her cat": the
cue's last word is "her"), nor for a subject with a person just after the sign ("…and punched
him"). In such a message grooming is the animal's too ("the local groomer", "show grooming").
Only the signs of the harms an animal can suffer are read (the risk pack's `set_aside` "animals":
not a suicide's "has given away her cat and all her stuff"). Read once, word by word, and only
when the message names an animal.
"""

from __future__ import annotations

from knowledge.risk_harmed_words import Harmed
from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Hit, Tokens, stem_word

__all__ = ["animal_categories", "animals_harmed"]

_PERSON_PRONOUNS = frozenset(
    stem_word(w)
    for w in ("he", "she", "they", "him", "her", "them", "i", "we", "you", "me", "us", "myself")
)
# A person threatened, punished or frightened through an animal (stemmed as the tokens are).
_AT_A_PERSON = frozenset(
    stem_word(w)
    for w in (
        "punish",
        "punished",
        "punishing",
        "threaten",
        "threatened",
        "threatening",
        "threat",
        "threats",
        "scare",
        "scared",
        "frighten",
        "frightened",
        "warn",
        "warned",
        "revenge",
        "control",
        "controlling",
    )
)
# Grooming an animal ("the local groomer", "show grooming"): in a message naming an animal and
# no child, the grooming cues read the animal's care (stemmed as the tokens are).
_ANIMAL_CARE = frozenset(stem_word(w) for w in ("groom", "groomer", "groomers"))
# The pronouns an animal is told by, and those passed over looking back for what they stand
# for: the writer's own and the same third-person ones (stemmed as the tokens are).
_THIRD_PERSON = frozenset(stem_word(w) for w in ("he", "him", "she", "her"))
_WRITER_OR_THIRD = _THIRD_PERSON | frozenset(stem_word(w) for w in ("i", "me", "we", "us"))
# A word for someone just after these says what the subject is ("our dog is old"): no one new.
_SAID_OF = frozenset(stem_word(w) for w in ("is", "was", "s", "so", "very", "getting", "too"))
_BACK_PRONOUN = 16  # words back from a pronoun to the noun it stands for
_ADULT_AGE = 18
_BETWEEN = 2  # "neglecting their dogs", "starving the poor dog"
_BACK = 8  # words back from a sign to its subject, in its clause


def animal_categories(pack: RiskPack, name: str = "animals") -> frozenset[int]:
    """The indexes of the categories of harm an animal can suffer (`set_aside` "animals": the
    categories whose signs may tell of harm done to an animal, "neglecting their dogs") in `pack`:
    not a suicide's giving away of a pet ("has given away her cat and all her stuff"). `name`
    "animals-gone" gives those an animal only suffers as the subject of their sign: a pet gone
    missing ("our cat's been missing since friday"), never "my flatmate has gone missing and her
    cat is still in the flat" (round 59, fa262)."""
    named = pack.set_aside.get(name, ())
    return frozenset(i for i, c in enumerate(pack.categories) if c.id in named)


def animals_harmed(
    hits: list[Hit],
    read: Tokens,
    words: Harmed,
    categories: frozenset[int] | None = None,
    gone: frozenset[int] = frozenset(),
) -> list[Hit]:
    """The hits without the signs of harm done to an animal, in a message that names no child,
    no relative and no threat to a person.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        words: the `Harmed` table (its `animals`, `kids`).
        categories: the categories read (`animal_categories`); None reads every one (where no
            pack is at hand: only whether every sign is set aside is asked, `explained`).
        gone: the categories whose signs are an animal's only as their subject
            (`animal_categories` "animals-gone": "our cat's been missing since friday").

    Returns:
        The hits that still count, in their order.
    """
    tokens = read.words
    if (
        words.animals.isdisjoint(tokens)
        or read.kin  # a relative's blow at a pet may be a threat to the family (risk_harmed)
        or _names_child(tokens, words)
        or not _AT_A_PERSON.isdisjoint(tokens)
    ):
        return hits
    return [
        h
        for h in hits
        if h.phrase.category < 0
        or (h.phrase.category in gone and not _subject_animal(h, read, words))
        or (
            h.phrase.category not in gone
            and categories is not None
            and h.phrase.category not in categories
        )
        or not (
            (tokens[h.position] in _ANIMAL_CARE and not _person_after(h, read, words))
            or _object_animal(h, read, words)
            or _subject_animal(h, read, words)
        )
    ]


def _names_child(tokens: list[str], words: Harmed) -> bool:
    """Whether the message names a child: a noun for one, or an age under 18 ("my 12 year
    old", "a 9yo")."""
    if not words.kids.isdisjoint(tokens):
        return True
    for i, word in enumerate(tokens):
        number = word.removesuffix("yo").removesuffix("yr")
        if (
            number.isdigit()
            and int(number) < _ADULT_AGE
            and (number != word or tokens[i + 1 : i + 2] in (["year"], ["yr"], ["yo"]))
        ):
            return True
    return False


def _person_after(hit: Hit, read: Tokens, words: Harmed) -> bool:
    """Whether a noun or pronoun for someone follows the sign at once ("grooming her"), not
    one that stands for an animal ("i feel i'm neglecting him" after "our dog is old")."""
    at = max(hit.end, hit.position + 1)
    return at < len(read.words) and _is_person(read, at) and not _stands_for_animal(read, at, words)


def _is_person(read: Tokens, at: int) -> bool:
    return at in read.persons or read.words[at] in _PERSON_PRONOUNS


def _stands_for_animal(read: Tokens, at: int, words: Harmed) -> bool:
    """Whether the word at `at` is an animal's: a name just after a noun for one ("our dog
    Max"), or "he", "him", "she" or "her" whose nearest noun before it, past the writer's own
    pronouns and other such pronouns, is an animal or its name ("our dog is old and he can't
    walk, i feel i'm neglecting him")."""
    if at > 0 and at in read.persons and read.words[at - 1] in words.animals:
        return True
    if read.words[at] not in _THIRD_PERSON:
        return False
    for j in range(at - 1, max(-1, at - 1 - _BACK_PRONOUN), -1):
        word = read.words[j]
        if word in words.animals:
            return True
        if j in read.persons and (j == 0 or read.words[j - 1] not in _SAID_OF):
            return j > 0 and read.words[j - 1] in words.animals
        if word in _PERSON_PRONOUNS and word not in _WRITER_OR_THIRD:
            return False
    return False


def _object_animal(hit: Hit, read: Tokens, words: Harmed) -> bool:
    """Whether an animal follows the sign, past at most `_BETWEEN` words naming no person."""
    end = hit.end if hit.end > hit.position else hit.position + 1
    if end - 1 > hit.position and read.words[end - 1] in _PERSON_PRONOUNS:
        # the cue read the owner ("he burned her cat"), unless its pronoun is the animal's
        # ("the dog had chewed everything, i shouted at him")
        return _stands_for_animal(read, end - 1, words)
    for j in range(end, min(len(read.words), end + _BETWEEN + 1)):
        if read.clause_of[j] != read.clause_of[end - 1]:
            return False
        if read.words[j] in words.animals or _stands_for_animal(read, j, words):
            return True
        if j in read.persons:
            return False
    return False


def _subject_animal(hit: Hit, read: Tokens, words: Harmed) -> bool:
    """Whether the nearest noun or pronoun for someone before the sign, in its clause, is an
    animal, and no person follows it at once ("kicked the dog and punched him")."""
    if _person_after(hit, read, words):
        return False
    clause = read.clause_of[hit.position]
    for j in range(hit.position - 1, max(-1, hit.position - 1 - _BACK), -1):
        if read.clause_of[j] != clause:
            return False
        if read.words[j] in words.animals:
            return True
        if _is_person(read, j):
            return _stands_for_animal(read, j, words)
    return False
