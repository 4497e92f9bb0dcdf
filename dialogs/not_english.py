"""A message in a language other than English: said so first, with the signpost as a precaution.

The assistant reads English only, and a safeguarding assistant cannot know that a message it
cannot read tells of no harm (round 46, issue 11 rule one: French, German and Polish messages of
a child or a woman at risk got "I couldn't find that"). So such a message
(`knowledge.english_share`) gets, first, that it cannot be read; then the signpost, worded as a
precaution ("if it may tell of…"), with the organisation's safeguarding contacts; then how to go
on (in English, no names).
Its finding is the learnt model's general worry (`dialogs.learnt_finding.learnt_finding`), marked
by its cue, so the turn is one that gave the signpost (`risk_of_harm`) and the conversation
after it follows a signpost as any other.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dialogs.contract import Reply
from dialogs.learnt_finding import learnt_finding
from knowledge.english_share import not_english
from knowledge.risk import RiskFinding

if TYPE_CHECKING:
    from knowledge.contacts_pack import ContactRole
    from knowledge.loader import Knowledge
    from knowledge.text_packs import AboutPack

NOT_ENGLISH_CUE = "(not in English)"
"""What the finding of a message not in English gives as its cue: never the message's words."""
ENGLISH_ALSO = "english-also"
"""The risk pack's marker of English words the packs do not hold (Scots, text-speak)."""
_EVERY_ROUTE: tuple[ContactRole, ...] = (
    "safeguarding-lead",
    "childrens-social-care",
    "adult-social-care",
)


class NotEnglish:
    """Tells a message in a language other than English. Build once; only reads."""

    def __init__(self, knowledge: Knowledge, known_words: frozenset[str]) -> None:
        """Args:
        knowledge: the packs (the risk pack's marker `ENGLISH_ALSO` and its general worry).
        known_words: every word the assistant knows, in lower case (`RiskReading.known_words`).
        """
        self._known = known_words
        self._also = frozenset(knowledge.risk.markers.get(ENGLISH_ALSO, ()))
        found = learnt_finding(knowledge.risk) or RiskFinding(
            categories=(), concerns="either", contacts=_EVERY_ROUTE
        )
        self._finding = replace(found, notes=(), cues=(NOT_ENGLISH_CUE,))

    def finding(self, text: str) -> RiskFinding | None:
        """The finding of `text` (a typed message, cleaned) when it reads as written in a
        language other than English; None otherwise."""
        return self._finding if not_english(text, self._known, self._also) else None


def unread(finding: RiskFinding) -> bool:
    """Whether `finding` is that of a message not in English (`NotEnglish.finding`)."""
    return NOT_ENGLISH_CUE in finding.cues


def not_english_reply(about: AboutPack, contacts: str) -> Reply:
    """The first reply to a message not in English: it cannot be read; the signpost as a
    precaution, with `contacts` (the safeguarding contacts' lines); how to go on."""
    text = (
        f"{about.not_english}\n\n{about.not_english_signpost}\n{contacts}\n\n"
        f"{about.not_english_next}"
    )
    return Reply(text=text, risk_of_harm=True)
