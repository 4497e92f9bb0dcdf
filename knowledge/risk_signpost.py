"""Whom a harm found in a message concerns, and whom to signpost to: the `RiskFinding` made.

`knowledge.risk_finding.judge` decides which kinds of harm a message shows; `finding_of` turns
them into the finding: whether a child, an adult or both are at risk (read by the helpers named
`knowledge.risk_*` for each way a message tells an age or a role), the contacts for them, the
signpost notes and marks.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_adult_aged import adult_aged
from knowledge.risk_adult_doer import adult_doers
from knowledge.risk_aged_child import child_aged
from knowledge.risk_ages import baby_age_alone
from knowledge.risk_campus import on_campus
from knowledge.risk_child_door import child_door
from knowledge.risk_childhood import grown_since
from knowledge.risk_concern import concern_of, contacts_for
from knowledge.risk_girl_at_work import girl_at_work
from knowledge.risk_grown import grown_up
from knowledge.risk_grown_harmed import grown_harmed
from knowledge.risk_kids_reason import kids_as_reason
from knowledge.risk_kin_age import kin_aged
from knowledge.risk_life_named import life_named
from knowledge.risk_no_parent import no_parent
from knowledge.risk_pack import ADULT_MARKS, RiskCategory, RiskPack
from knowledge.risk_partner_harmed import partner_harmed
from knowledge.risk_stated_ages import aged
from knowledge.risk_struck import struck_whom
from knowledge.risk_term_inside import terms_inside
from knowledge.risk_twice import read_again
from knowledge.risk_types import Hit, Kinds, RiskFinding, Tokens
from knowledge.risk_unborn import names_pregnancy, unborn_too
from knowledge.risk_whom import whom
from knowledge.risk_with_children import with_children
from knowledge.risk_women import woman_harmed
from knowledge.risk_young_named import young_named

_ACCUSED = "allegation-against-staff"  # staff accused: who may still work with children
_DOMESTIC = "domestic-abuse"


def finding_of(
    found: Mapping[int, str],
    counted: list[Hit],
    hits: list[Hit],
    read: Tokens,
    *,
    pack: RiskPack,
    markers: Mapping[str, frozenset[str]],
) -> RiskFinding:
    """The finding for the categories `found` (by the cue that showed each), with whom to
    signpost to, read from the phrases that counted and every phrase found.

    Args:
        found: the categories shown (their index in the pack), each with the cue that showed it.
        counted: the phrases that counted as harm.
        hits: every phrase found, harm and context alike.
        read: the message as the detector read it.
        pack: the pack the phrases came from.
        markers: the stems of the words of the pack's markers, by name (`RiskPack.markers`).
    """
    grown = grown_harmed(found, counted, pack=pack)  # "pushed an older man over"
    grown |= terms_inside(found, counted, pack=pack)  # "my drink was spiked" (round 46)
    found = {c: cue for c, cue in found.items() if c not in grown}
    categories = [pack.categories[c] for c in sorted(found)]
    again = read_again(counted, hits, read, found, pack=pack, grown_kin=markers["grown-kin"])
    people = aged(
        hits, read, markers["age-roles"], markers["grown-kin"], writer=markers["age-writer"]
    )
    people = adult_doers(people, read, markers)  # "the adult instructors" (round 41)
    adult_kinds = frozenset(c for c in found if pack.categories[c].concerns != "child")
    woman = woman_harmed(
        counted + [h for h in hits if h.phrase.kind is Kinds.CHILD],
        read,
        markers["grown-women"],
        adult_kinds,
        said=markers["said-opens"],
        partners=markers["partners"],
    ) or partner_harmed(  # "said her partner did it to punish her" (round 39)
        counted + [h for h in hits if h.phrase.kind is Kinds.CHILD],
        read,
        adult_kinds,
        markers["partner-doers"],
        markers["offspring"],
        writer=markers["age-writer"],
    )
    concern = concern_of(
        [pack.categories[c] for c in sorted(found) if c not in again],
        people,
        read,
        markers["grown-kin"],
        markers["grown-words"],
        grown_people=markers["grown-people"],
        places=markers["child-places"],
        relative_age=markers["relative-age"],
        woman=woman,
        baby_aged=baby_age_alone(
            read, markers["baby-ages"], markers["age-openers"], markers["age-times"]
        ),
    )
    concern = grown_up(concern, sorted(found), hits, read, pack=pack, markers=markers)
    concern = kin_aged(concern, hits, read, markers)  # "his daughter in law" (round 44)
    kinds = frozenset(pack.categories[c].concerns for c in found)
    ids = frozenset(pack.categories[c].id for c in found)
    concern = whom(concern, people, read, kinds=kinds, found=ids, markers=markers, woman=woman)
    told = [h for h in counted if h.phrase.category in found]  # the kinds found's own
    concern = struck_whom(concern, people, told, read, markers, kinds=kinds, woman=woman)
    concern = on_campus(concern, hits, read, kinds=kinds, markers=markers)  # "uni welfare"
    concern = child_aged(concern, read, markers, woman=woman)  # "a lad about 15" (round 38)
    concern = young_named(concern, read, markers, woman=woman)  # "a young girl" (round 39)
    concern = girl_at_work(concern, people, read, markers)  # "girl doing my nails" (round 41)
    concern = kids_as_reason(concern, people, read, markers, kinds=kinds, found=ids)  # round 39
    terms = all(cue in pack.categories[c].terms for c, cue in found.items())
    concern = no_parent(concern, people, read, markers, found=ids, by_term=terms)  # round 39
    concern = adult_aged(concern, hits, read, markers)  # "a girl, she's 19" (round 42)
    concern = life_named(concern, hits, read, markers, woman=woman)  # "a claimant" (round 42)
    concern = unborn_too(concern, read, markers)  # a pregnant woman: her baby too (round 37)
    # domestic abuse in pregnancy: her midwife and the helpline too (round 46)
    pregnant = concern != "child" and _DOMESTIC in {c.id for c in categories}
    pregnant = pregnant and names_pregnancy(read, markers)
    # "abused her as a child" (round 38): the adult's now, and a line on children around them
    now = grown_since(concern, people, read, markers, accused=_ACCUSED in ids)
    concern, since = now, now != concern
    # An adult harmed by someone who works with children is still the LADO's ("one of our
    # teachers hits his wife"); by other staff, the adult safeguarding process's.
    adult = concern == "adult" and markers["child-work"].isdisjoint(read.words)
    still = pack.children_still_note if since and concern == "adult" else None
    return RiskFinding(
        categories=tuple(c.id for c in categories),
        concerns=concern,
        contacts=child_door(
            with_children(contacts_for(categories, concern, child_work=not adult), read, markers),
            concern,
            people,
            read,
            markers,
            counted=[h for h in counted if h.phrase.category in found],
        ),
        notes=tuple(dict.fromkeys(n for c in categories if (n := _note(c, adult=adult))))
        + ((still,) if still else ())
        + ((pack.pregnancy_abuse_note,) if pregnant and pack.pregnancy_abuse_note else ()),
        cues=tuple(found[c] for c in sorted(found)),
        marks=tuple(
            dict.fromkeys(
                m for c in categories for m in c.marks if concern != "adult" or m in ADULT_MARKS
            )
        ),
    )


def _note(category: RiskCategory, *, adult: bool) -> str | None:
    """The signpost line of `category`: its `adult_note`, if it has one, when an adult is at
    risk from no one who works with children (`adult`)."""
    return (category.adult_note if adult else None) or category.note
