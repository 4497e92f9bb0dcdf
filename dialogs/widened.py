"""Replies just after a signpost to a follow-up that adds who is at risk (tryout38 #7): "oh and
she has 2 little kids at home with him", "sorry one more thing, she's 6 months pregnant", "and
if he said he looks at images online?". They got "I couldn't find that", and the children never
got the children's contacts. Now one short line widens the contacts: children (or an unborn
baby) living with the one causing harm, the children's front door; viewing sexual images of
children, the police too. The lines are the about pack's (`children_too`, `images_too`); the
phrases that tell each, the typed-words pack's `children-too` and `images` worries.
"""

from __future__ import annotations

from dialogs.contract import Private, Reply
from dialogs.signpost import Signpost
from dialogs.worry import Worry
from knowledge.text_packs import AboutPack

WIDENING = frozenset((Worry.CHILDREN_TOO, Worry.IMAGES))
"""The worries whose follow-up adds who is at risk."""
_CHILDREN = ("safeguarding-lead", "childrens-social-care")


def widened(worry: Worry, about: AboutPack, signpost: Signpost) -> Reply:
    """The contacts widened for a follow-up of `worry` (one of `WIDENING`): its line, then the
    safeguarding lead and children's social care. It speaks of the signposted case, so in a
    shared place it goes to its writer alone, as the signpost did."""
    line = about.images_too if worry is Worry.IMAGES else about.children_too
    contacts = signpost.contact_lines(_CHILDREN)
    return Reply(text=f"{line}\n{contacts}", private=Private.RISK_OF_HARM)
