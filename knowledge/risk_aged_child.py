"""A child's age given beside a kind of harm only adults are taken to suffer: round 38 (whom38).

"library - a lad about 15 has been sleeping in the library toilets, says he can't go home
because of his mum's boyfriend" found cuckooing, an adult's harm, and named the adult's
procedures alone. The age given ("about 15", read as `knowledge.risk_stated_ages` reads ages, as
the learnt model's reading does too) says a child may be the one at risk: with no age of 18 or
over given but a relative's, no woman harmed and no grown woman named but as whose someone is,
an adult's finding becomes a child's or an adult's.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import Concern
from knowledge.risk_stated_ages import ages_now
from knowledge.risk_types import Tokens
from knowledge.risk_words import ADULT_AGE

__all__ = ["child_aged", "woman_named"]


def child_aged(
    concern: Concern, read: Tokens, markers: Mapping[str, frozenset[str]], *, woman: bool
) -> Concern:
    """`concern`, or "either" where the module docstring's reading finds a child's age beside an
    adult's harm (`woman`: a grown woman is herself the one harmed)."""
    if concern != "adult" or woman:
        return concern
    ages = [(age, holder) for *_, age, holder in ages_now(read, writer=markers["age-writer"])]
    if not any(age < ADULT_AGE for age, _ in ages):
        return concern
    if any(age >= ADULT_AGE and holder not in read.kin for age, holder in ages):
        return concern
    if woman_named(read, markers["grown-women"]):
        return concern
    return "either"


def woman_named(read: Tokens, women: frozenset[str]) -> bool:
    """Whether a grown woman (a word of `women`) is named as someone who may be at risk too,
    not only as whose someone is ("his mum's boyfriend": a word for people after hers)."""
    return any(w in women and i + 1 not in read.persons for i, w in enumerate(read.words))
