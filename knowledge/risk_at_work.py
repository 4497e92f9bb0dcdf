"""Someone at work named only by their role: the one at risk, never the one an allegation is about.

Round 26 (miss26): "I have an employee who has threatened suicide" named no one the check knew as
a person, so nothing in it counted, while "I have a tenant who…" did. The pack's `any_person`
phrases naming the `at-work` set ("an employee", "a colleague", "one of my staff") make such a
message about someone, but only when nothing else does: an employer's question naming a child or
a relative is read as before. And then a sign of harm whose words hold the role does not count
(a `together` group of staff, "an allegation against a member of staff"): it names the role as
the one who did something, and an allegation needs the one it harmed named besides ("a volunteer
stepped down after an allegation" stays quiet).
"""

from __future__ import annotations

from knowledge.risk_types import Hit, Kind

__all__ = ["AT_WORK", "at_work"]

AT_WORK = "<at-work>"
"""The set every `any_person` phrase naming someone at work names."""


def at_work(hits: list[Hit], about: set[int]) -> tuple[set[int], list[Hit]]:
    """The sentences about someone and the hits, without the roles' when `about` (the sentences
    naming someone else) has any; else the sentences naming someone at work by their role, and the
    hits without the signs of harm outside them or whose words hold the role: the role is
    someone where it is named, as a pronoun would be.

    A sign holding the role names it as who did something or whom a concern is about ("a
    volunteer … allegation", an allegation "against a member of staff"), not as the one at risk.
    """
    roles = [h for h in hits if _role(h)]
    if about:  # read as before the role was a person
        return about, [h for h in hits if not _role(h)]
    named = {i for h in roles for i in range(h.position, h.end)}
    sentences = {h.sentence for h in roles}
    return sentences, [
        h
        for h in hits
        if h.phrase.category < 0
        or (h.sentence in sentences and named.isdisjoint(range(h.position, h.end)))
    ]


def _role(hit: Hit) -> bool:
    return hit.phrase.kind is Kind.ANY_PERSON and AT_WORK in hit.phrase.text
