"""Whom a harm concerns, read from the life or the service the message names: round 42 (adult42).

Tryout42 #10: plainly adult cases got a child's contacts beside an adult's ("a child or an adult
… MASH"): an optician's "older gent … he takes all my pension", a work coach's claimant, a client
with a learning disability whose benefits are taken, a gym member whose support worker uses his
bank card, a hairdresser's client whose husband drags her by her hair. And children named by an
age got adult social care too: "15yo unaccompanied lad … the man who brought him over", "my 10yo
tutee … an adult shouting and then a slap", "my grandson (6) … his mums new fella smacks him",
"a toddler alone on a balcony, no adults around". Read once the other steps have said "either":

- adult (`adult_life`): no child named at all (no word for a child, not even a relative who may
  be grown, no age under 18, no school nor anything unborn), and a word of the pack's
  `adult-life` marker ("claimant", "benefits", "jobcentre"), one of `adult-service-heads` just
  before one of `adult-service-tails` ("support worker", "care home", "job centre"), or a grown
  woman herself the one harmed (`knowledge.risk_women`: "her husband drags her by her hair");
  "lads coming and going" may be grown. An old person's sons and daughters are grown
  (`knowledge.risk_whom`, whose `old-age` words hold "pension");
- child (`child_life`): a child's age under 18 given ("15yo", "grandson (6)", "a 10 year old")
  or a word of the pack's `small-children` marker ("toddler"), with no grown woman harmed nor
  named but as whose someone is ("his mums new fella"), no age of 18 or over given of anyone
  but a relative, no word of `grown-people` nor of `old-age`, and no adult's life named: the
  grown-ups named are the ones who harm ("an adult shouting", "no adults around").
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from knowledge.risk_pack import Concern
from knowledge.risk_stated_ages import ages_now
from knowledge.risk_types import Hit, Kind, Tokens
from knowledge.risk_whom import young_after
from knowledge.risk_words import ADULT_AGE

__all__ = ["adult_life", "child_life", "life_named"]


def life_named(
    concern: Concern,
    hits: list[Hit],
    read: Tokens,
    markers: Mapping[str, frozenset[str]],
    *,
    woman: bool,
) -> Concern:
    """`concern`, or "adult" or "child" where the module docstring's readings decide whom a
    harm taken to be a child's or an adult's concerns (`woman`: a grown woman is herself the
    one harmed)."""
    if concern != "either":
        return concern
    words = read.words
    ages = [(age, holder) for *_, age, holder in ages_now(read, writer=markers["age-writer"])]
    young = any(age < ADULT_AGE for age, _ in ages) or young_after(
        words, markers["age-nouns"] | _child_nouns(hits, read), run_in=True
    )
    named = young or any(
        h.phrase.kind is Kind.CHILD and not _passing_lads(read, h.end - 1, markers) for h in hits
    )
    if not named and adult_life(words, markers, unborn=markers["unborn"]):
        return "adult"
    # a client or a patient named beside a child's age, not of that age, may be at risk too
    # ("my client … kept her prisoner … some of the gang are 14-year-olds")
    roles = {i for i, w in enumerate(words) if w in markers["age-roles"]}
    aged_roles = {holder for age, holder in ages if age < ADULT_AGE}
    if (
        child_life(words, markers, young=young, woman=woman or _woman_named(read, markers))
        and roles <= aged_roles
        and not any(age >= ADULT_AGE and holder not in read.kin for age, holder in ages)
    ):
        return "child"
    return concern


def adult_life(
    words: list[str],
    markers: Mapping[str, frozenset[str]],
    *,
    unborn: frozenset[str] = frozenset(),
) -> bool:
    """Whether `words` (stems), naming no child, name an adult's life or service, and nothing
    unborn (`unborn`: a pregnancy is a child's too). A woman harmed by a partner alone
    is not enough: a 16- or 17-year-old has a partner too, and a child's case shown adult
    contacts alone loses the children's front door ("her partner hit her" keeps both)."""
    if not unborn.isdisjoint(words) or not markers["door-places"].isdisjoint(words):
        return False
    return _adult_words(words, markers)


def child_life(
    words: list[str], markers: Mapping[str, frozenset[str]], *, young: bool, woman: bool
) -> bool:
    """Whether a child named by an age (`young`) or a word of the pack's `small-children`
    marker stands alone at risk in `words` (stems): no grown woman harmed (`woman`), no one of
    `grown-people` nor `old-age`, no adult's life or service named. A small child's word just
    before one of `child-places` names a place ("a mum at toddler group"), not a child."""
    small, places = markers["small-children"], markers["child-places"]
    named_small = any(
        w in small and (at + 1 == len(words) or words[at + 1] not in places)
        for at, w in enumerate(words)
    )
    if woman or not (young or named_small):
        return False
    grown = markers["grown-people"] | markers["old-age"]
    return grown.isdisjoint(words) and not _adult_words(words, markers, young=young)


def _adult_words(
    words: list[str], markers: Mapping[str, frozenset[str]], *, young: bool = False
) -> bool:
    """Whether `words` hold a word of `adult-life`, or a word of `adult-service-heads` just
    before one of `adult-service-tails` ("support worker"); with a child's age given (`young`),
    not one of `young-service-heads`: a child in care has a care home and a support worker too
    ("a 14 year old from the care home keeps going missing" was a child's or an adult's; round
    46, doors113)."""
    if not markers["adult-life"].isdisjoint(words):
        return True
    heads, tails = markers["adult-service-heads"], markers["adult-service-tails"]
    if young:
        heads = heads - markers["young-service-heads"]
    return any(a in heads and b in tails for a, b in itertools.pairwise(words))


def _child_nouns(hits: list[Hit], read: Tokens) -> frozenset[str]:
    """The words the cues took for a child ("grandson" in "grandson (6)"): an age after one is
    a child's."""
    return frozenset(read.words[h.end - 1] for h in hits if h.phrase.kind is Kind.CHILD)


def _woman_named(read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether a grown woman (a word of `grown-women`) is named as someone who may be at risk
    too, not only as whose someone is: a word for people one or two words after hers, in her
    sentence ("his mum's boyfriend", "his mums new fella"; `knowledge.risk_aged_child`)."""
    words, of = read.words, read.sentence_of
    return any(
        w in markers["grown-women"]
        and not any(
            j in read.persons and of[j] == of[i] for j in range(i + 1, min(i + 3, len(words)))
        )
        for i, w in enumerate(words)
    )


def _passing_lads(read: Tokens, at: int, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the word at `at` is one of `maybe-grown` in the plural just after one of
    `passing-before` ("theres lads coming and going all night"): they may be grown, and are not
    the ones harmed; "a mum of four girls", "her lads" name children."""
    words = read.words
    return (
        words[at] in markers["maybe-grown"]
        and at in read.plural
        and at > 0
        and words[at - 1] in markers["passing-before"]
    )
