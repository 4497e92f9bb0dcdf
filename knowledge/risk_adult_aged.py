"""An age of 18 or over given of the one told of: an adult, whatever word names them (round 42).

Whom42's left item (tryout42): "a girl, she's 19, is being sent to different houses by older
men", "my friend (21) … her brothers … hit her", "young mum, 24 … her parents and brother beat
her", "she's a care leaver, 20, and her ex … threatens her" named a child, or a child or an
adult. Ages 18 and over are adults; care leavers up to 25 are adults too (with leaving-care
support). So, read once the other steps have said whom, with no age under 18 given:

- an age the cues read (`knowledge.risk_stated_ages.stated_ages`) of the one told of: of a
  word for a person who is nobody else's relative ("her boyfriend is 22", "her 30 year old
  uncle" are most often the ones who harm), or of "she" or "he" with no word for a grown-up
  just before ("a girl, she's 19"; not "a girl is seeing a man, he's 25");
- or an age just after a word of the pack's `adult-age-nouns` marker ("my friend (21)", "a care
  leaver, 20"), which names no one the cues take for a person;

and no other word for a child, but a relative who may be grown ("her brothers": a word of
`grown-kin`) or the word for the one aged itself ("a girl" in "a girl, she's 19"): then the
adult alone is at risk. A baby, kids or a pupil named beside keeps the finding as it was.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import Concern
from knowledge.risk_stated_ages import NOBODY, ages_now
from knowledge.risk_types import Hit, Kind, Tokens
from knowledge.risk_words import ADULT_AGE, age_in_word

__all__ = ["adult_aged"]

_PRONOUNS = frozenset({"she", "he", "shes", "hes"})
_ANOTHERS = frozenset({"her", "his", "their"})
_REACH = 3  # "a girl, she's 19": the word for the one aged, up to three words before the age


def adult_aged(
    concern: Concern, hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> Concern:
    """`concern`, or "adult" where the module docstring's reading finds only an adult's age
    given of the one told of.

    Args:
        concern: whom the harm was taken to concern so far.
        hits: every phrase that matched (the words for children and adults among them).
        read: the message as the detector read it.
        markers: the stems of the words of the pack's markers, by name.
    """
    if concern == "adult":
        return concern
    words = read.words
    ages = [
        (at, age, holder) for _, _, at, age, holder in ages_now(read, writer=markers["age-writer"])
    ]
    nouns = markers["adult-age-nouns"]
    after_noun = [
        (k, age)
        for k, word in enumerate(words)
        if k
        and words[k - 1] in nouns
        and word.isdecimal()
        and (age := age_in_word(word)) is not None
    ]
    every = [age for _, age, _ in ages] + [age for _, age in after_noun]
    if not every or min(every) < ADULT_AGE:
        return concern
    kinds = {h.position: h.phrase.kind for h in hits if h.phrase.kind in (Kind.CHILD, Kind.ADULT)}
    own = [at for at, _, holder in ages if _of_the_one_told(read, at, holder, kinds)]
    own += [k for k, _ in after_noun]
    if not own:
        return concern
    grown_kin = markers["grown-kin"]
    others = [
        h
        for h in hits
        if h.phrase.kind is Kind.CHILD
        and words[h.end - 1] not in grown_kin
        and not any(0 < at - h.position <= _REACH for at in own)
    ]
    return concern if others else "adult"


def _of_the_one_told(read: Tokens, at: int, holder: int, kinds: Mapping[int, Kind]) -> bool:
    """Whether the age at `at`, of `holder` (`stated_ages`'), is of the one told of: no one
    else's relative, and after "she" or "he" no grown-up named just before."""
    words = read.words
    if holder != NOBODY:
        return not (holder in read.kin and holder and words[holder - 1] in _ANOTHERS)
    pronoun = next(
        (i for i in range(at - 1, max(at - _REACH, 0) - 1, -1) if words[i] in _PRONOUNS), None
    )
    if pronoun is None:
        return False
    before = [kinds[i] for i in range(pronoun - 1, max(pronoun - _REACH, 0) - 1, -1) if i in kinds]
    return not before or before[0] is Kind.CHILD
