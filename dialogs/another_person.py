"""Someone else in the same home asked of just after a signpost, with their age (tryout40 #11:
after an adult's signpost, "and what about the son, hes 40" got "I couldn't find that"): 18 or
over, an adult at risk in their own right, to include in the referral to adult social care;
under 18, the children's contacts too, as for children living with the one causing harm."""

from __future__ import annotations

from dialogs.contract import Private, Reply
from dialogs.signpost import ADULT_CONTACTS, Signpost
from dialogs.widened import widened
from dialogs.worry import Worry
from knowledge.risk_words import ADULT_AGE
from knowledge.text_packs import AboutPack


def another_person(ages: list[int], about: AboutPack, signpost: Signpost) -> Reply:
    """The reply for someone else in the home of `ages` (those the follow-up gives): any under
    18, the children's contacts (`widened`); else the about pack's `another_adult` and the adult
    safeguarding contacts. It speaks of the signposted case, so it is the writer's alone."""
    if any(age < ADULT_AGE for age in ages):
        return widened(Worry.CHILDREN_TOO, about, signpost)
    lines = signpost.contact_lines(ADULT_CONTACTS)
    text = f"{about.another_adult}\n{lines}\n\n{about.follow_up_footer}"
    return Reply(text=text, private=Private.RISK_OF_HARM)
