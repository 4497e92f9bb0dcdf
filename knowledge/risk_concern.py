"""Whom the harm found concerns, a child, an adult or either, and so whom to signpost to.

Helpers of `knowledge.risk_finding.judge`, once the kinds of harm a message shows are known.
"""

from __future__ import annotations

from knowledge.contacts_pack import ContactRole
from knowledge.risk_pack import Concern, RiskCategory
from knowledge.risk_types import Hit, Kinds, Tokens

__all__ = ["concern_of", "contacts_for"]

_CHILD_ROLES = frozenset({"childrens-social-care"})
_ADULT_ROLES = frozenset({"adult-social-care"})


def concern_of(
    categories: list[RiskCategory],
    hits: list[Hit],
    read: Tokens,
    grown_kin: frozenset[str],
    grown_words: frozenset[str],
    *,
    grown_people: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
    relative_age: frozenset[str] = frozenset(),
    woman: bool = False,
    baby_aged: bool = False,
) -> Concern:
    """Whether the person at risk seems to be a child, an adult, or either.

    A word for an adult that says how old a relative is against someone (a word of
    `relative_age`, the pack's `relative-age` marker, before one of `grown_kin`: "my older
    cousin") names no adult at risk, nor, with no child named clearly, a child.

    Kinds of harm that only children or only adults suffer decide. Otherwise the words for who
    it is do: when they name only children or only adults, and, where the kinds found are a
    child's and an adult's both, only when a kind found fits them and a child is named clearly
    (an age, a school year, "kids", not a son or a daughter, who may be grown: a word of
    `grown_kin`, the stems of the pack's `grown-kin` marker): "the man I care for … met online"
    is an adult. A grown-up named as whose the children are ("my neighbour's
    kids") names the children, unless the word for an adult describes the one named as a child
    (a word of `grown_words`, the stems of the pack's `grown-words` marker: "an older
    teenager", "a frail child"). A grown woman named beside the children (a word of
    `grown_people`, the pack's `grown-people` marker: "a woman says her partner has threatened to
    kill her, can we tell her children's school?") makes a harm of either kind either. A word for
    a child just before a word of `places` (the pack's `child-places` marker) names a place, not
    a child ("a mum at baby group has bruising on her arms": the mum is the one told of). A
    grown woman who is herself the one harmed (`woman`, `knowledge.risk_women.woman_harmed`:
    "mum … said he'll kill her, her kids are in year 2") does so too. A baby's age given alone
    (`baby_aged`, `knowledge.risk_ages.baby_age_alone`: "query NAI, 4 months") names a child
    clearly.
    """
    concerns = {c.concerns for c in categories}
    kids = [
        h
        for h in hits
        if h.phrase.kind is Kinds.CHILD
        and (h.end >= len(read.words) or read.words[h.end] not in places)
    ]
    young = {h.position for h in kids if read.words[h.end - 1] not in grown_kin}
    clear = bool(young) or baby_aged
    starts = young  # "my client's son" is the client's: the son may be who harms her
    older = {
        h.end
        for h in hits
        if h.phrase.kind is Kinds.ADULT and _older_kin(read, h.end, relative_age, grown_kin)
    }
    adult = any(
        h.phrase.kind is Kinds.ADULT
        and not (h.end in starts and read.words[h.end - 1] not in grown_words)
        and h.end not in older
        for h in hits
    )
    child = bool(kids) or baby_aged
    # an older relative with no child named clearly: the one told of may be grown too
    grown = any(read.words[p] in grown_people for p in read.persons) or bool(older and not clear)
    grown = grown or woman
    if concerns == {"child"} or ("adult" not in concerns and child and not adult and not grown):
        return "child"
    if concerns == {"adult"} or ("child" not in concerns and adult and not child):
        return "adult"
    if {"child", "adult"} <= concerns and adult != child:
        return "adult" if adult else "child" if clear else "either"
    return "either"


def _older_kin(
    read: Tokens, end: int, relative_age: frozenset[str], grown_kin: frozenset[str]
) -> bool:
    """Whether the word for an adult ending at `end` (a word of `relative_age`) says how old a
    relative is (a word of `grown_kin` after it: "my older cousin"): older than someone, often a
    child, and no adult at risk."""
    return (
        end < len(read.words)
        and read.words[end - 1] in relative_age
        and read.words[end] in grown_kin
    )


def contacts_for(
    categories: list[RiskCategory], concern: Concern, *, child_work: bool = False
) -> tuple[ContactRole, ...]:
    """The contacts of the kinds of harm found, in their order, each once: without children's
    social care when the person at risk is an adult, nor adult social care when a child; a
    kind's `adult_contacts`, where it has them, instead of its contacts for an adult, unless
    the message names someone who works with children (`child_work`: "one of our teachers hits
    his wife" is still for the LADO)."""
    roles: list[ContactRole] = []
    adult = concern == "adult" and not child_work
    for kind in categories:
        mine = kind.adult_contacts if adult and kind.adult_contacts else kind.contacts
        for role in mine or ():
            if concern == "adult" and role in _CHILD_ROLES:
                continue
            if concern == "child" and role in _ADULT_ROLES:
                continue
            if role not in roles:
                roles.append(role)
    return tuple(roles)
