"""Replies after a signpost that name the doors to ring, beside or in place of the
safeguarding lead: anyone can refer when the lead has not acted, the helplines the case was
given, the council's front door for one with no lead of their own, and what to do when the lead
cannot be reached (`dialogs.after_signpost`, `dialogs.follow_ups`).

Written from the 2008 guidance's facts, in our own words; the texts are the about pack's.
"""

from __future__ import annotations

from dialogs.contract import Reply
from dialogs.signpost import Signpost
from knowledge.text_packs import AboutPack

SOCIAL_CARE = ("childrens-social-care", "adult-social-care")
"""The council's front doors: children's and adults' social care (contacts roles)."""
LADO = ("safeguarding-lead", "lado")
"""The safeguarding lead and the LADO, who hears allegations about people who work with children."""


class DoorsToRing:
    """Replies naming the case's contacts, or the council's front doors, to ring."""

    def __init__(self, signpost: Signpost, about: AboutPack) -> None:
        """`signpost` writes the contact and helpline lines; `about` holds the texts."""
        self._signpost = signpost
        self._about = about
        self._footer = about.follow_up_footer

    def without_the_lead(self, contacts: tuple[str, ...], lead: str = "") -> Reply:
        """Anyone can refer (or `lead`, another text said first), with the case's `contacts`
        but the lead: for a lead who has not acted, asked whom to ring after its signpost or
        asked anything with it; for someone senior asking to hide what was said."""
        yours = tuple(r for r in contacts if r != LADO[0]) or (*SOCIAL_CARE, LADO[1])
        lines = self._signpost.contact_lines(yours)
        said = lead or self._about.past_the_lead
        return Reply(text=f"{said}\n{lines}\n\n{self._footer}")

    def helplines(self, ids: tuple[str, ...], contacts: tuple[str, ...]) -> Reply:
        """Whether there is a helpline for this: the lines the case's signposts gave (`ids`)
        again, before its `contacts`; with none, the front door and the police."""
        said = self._about.worry_replies
        contact_lines = self._signpost.contact_lines(contacts or SOCIAL_CARE)
        if not ids or not (given := self._signpost.helpline_lines(ids)):
            police = self._signpost.helpline_lines(("police",))
            text = f"{said.no_helpline}\n{contact_lines}\n{police}".rstrip()
            return Reply(text=f"{text}\n\n{self._footer}")
        return Reply(text=f"{said.helplines}\n{given}\n\n{contact_lines}\n\n{self._footer}")

    def on_your_own(self, contacts: tuple[str, ...] = ()) -> Reply:
        """With no safeguarding lead of one's own, or asking whom to tell: the council's front
        door, rung by the writer, for advice first with no name if they wish; the case's own
        (`contacts`: adult social care alone, for an adult's), else children's and adults'."""
        lines = self._signpost.contact_lines(
            tuple(r for r in contacts if r in SOCIAL_CARE) or SOCIAL_CARE
        )
        about = self._about
        return Reply(text=f"{about.on_your_own}\n{lines}\n\n{about.no_name}\n\n{self._footer}")

    def no_lead(self) -> Reply:
        """When the safeguarding lead is unknown or away: don't wait; who else; social care."""
        return Reply(
            text="**If you don't know who your safeguarding lead is, or can't reach them**, don't "
            "wait. If someone is in immediate danger, call 999.\n\n"
            "Otherwise, ask your manager or whoever covers safeguarding (a deputy, the head, or "
            "the person on call, such as a trip's emergency contact), or contact social care "
            "yourself:\n"
            f"{self._signpost.contact_lines(SOCIAL_CARE)}\n\n"
            "Out of hours, your council's emergency duty team takes these calls. Tell your "
            "safeguarding lead what you did as soon as you can, and record it.\n\n"
            f"{self._footer}"
        )
