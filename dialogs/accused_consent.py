"""Whether the one accused must agree to an allegation being passed on (round 43, ask48).

After the signpost of an allegation against someone who works with children or adults at risk,
"do i need his consent to tell the agency that supplied him" got the general reply on consent,
read as the consent of the person at risk. It asks about the one accused: their consent is not
asked, and whoever looks into it (adult safeguarding, or the LADO) advises who tells their
employer and when. Read only when the follow-up both asks whether consent is needed (the
typed-words pack's worry `consent-to-tell`) and names the one accused or whoever employs them
(its worry `accused-consent`); the reply is the about pack's `worry_replies.accused_consent`.
Imported only after a signpost.
"""

from __future__ import annotations

from dialogs.contract import Private, Reply
from dialogs.signpost import ADULT_CONTACTS, Signpost
from dialogs.staff_follow_up import staff_case
from dialogs.state import FOLLOW_UP_WORDS, ConversationState
from dialogs.worries import WorryReader
from knowledge.matching.text import words
from knowledge.text_packs import AboutPack
from knowledge.typed_words import TypedWordsPack

_CHILD_ROLES = ("safeguarding-lead", "lado")


class AccusedConsent:
    """The reply to a follow-up asking whether the one accused must agree to their employer
    being told. Pure; built at the first turn after a signpost."""

    def __init__(self, signpost: Signpost, typed: TypedWordsPack, about: AboutPack) -> None:
        """`typed`: the typed-words pack, whose worries `consent-to-tell` and `accused-consent`
        tell such a follow-up; `about`: the about pack, whose text the reply is."""
        self._signpost = signpost
        self._about = about
        worries = typed.worries
        self._readers = tuple(
            WorryReader({n: worries.get(n, "")}) for n in ("consent-to-tell", "accused-consent")
        )

    def reply(self, state: ConversationState, text: str) -> Reply | None:
        """The reply for `text`, a follow-up of up to twice the usual words asking whether the
        one accused must agree, when the case signposted is an allegation against staff; None
        for anything else. In a shared place it is the signpost's writer's alone."""
        if len(words(text)) > FOLLOW_UP_WORDS * 2:
            return None
        if any(r.worry(text) is None for r in self._readers):
            return None
        case = staff_case(state)
        if case is None:
            return None
        roles = _CHILD_ROLES if case == "child" else ADULT_CONTACTS
        lines = self._signpost.contact_lines(roles)
        said = self._about.worry_replies.accused_consent
        text = f"{said}\n{lines}\n\n{self._about.follow_up_footer}"
        return Reply(text=text, private=Private.RISK_OF_HARM)
