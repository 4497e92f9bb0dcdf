"""An adult at risk asking that no one is told, said just after their signpost (tryout40 #11:
"he say please no tell, he have capacity i think" got "Did you mean: What do children… think"):
their wish matters, but serious harm or a crime may still justify sharing with adult social care
(key questions 4 and 5), not the reply on a child's secret."""

from __future__ import annotations

from collections.abc import Collection

from dialogs.contract import Reply
from dialogs.signpost import ADULT_CONTACTS, Signpost
from knowledge.text_packs import AboutPack

_ADULT_CARE = "adult-social-care"
_CHILD_CARE = "childrens-social-care"


def adults_only(contacts: Collection[str]) -> bool:
    """Whether the case signposted (its contacts' roles) is an adult's alone: adult social care
    among them, children's social care not ("a child or an adult" keeps the secrecy reply)."""
    return _ADULT_CARE in contacts and _CHILD_CARE not in contacts


def may_be_adult(contacts: Collection[str]) -> bool:
    """Whether the case signposted (its contacts' roles) may be an adult's: adult social care
    among them, whether or not children's social care is too."""
    return _ADULT_CARE in contacts


def adult_refuses(about: AboutPack, signpost: Signpost) -> Reply:
    """The reply to an adult's refusal: the about pack's `adult_refuses`, the adult safeguarding
    contacts, and the follow-up footer."""
    lines = signpost.contact_lines(ADULT_CONTACTS)
    return Reply(text=f"{about.adult_refuses}\n{lines}\n\n{about.follow_up_footer}")
