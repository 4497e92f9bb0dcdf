"""What to do about the one accused, asked just after the signpost of an allegation against
someone who works with children or adults at risk (tryout39 #6, #9): "do I suspend him and who
do I ring" from a care home manager, "do i tell the CQC or the LADO or the GMC?" about a GP got
nothing, or "professional judgement". Now they get the allegations-against-staff steps, short:
for a child's case the LADO within one working day; for an adult's, the council's adult
safeguarding team today, the police, the CQC. The phrases are the typed-words pack's worries
`staff` (read only after such a case) and `staff-steps` (steps taken only about staff, read after
any adult's case too); the replies the about pack's `worry_replies.staff` and `staff_adult`.

Round 45 (lado77, issue 11): told by someone in charge to only minute it or leave it, or that it
is their custom ("the chair said just minute it and leave it, is that ok?", "the imam says its
how its always been done"; the typed-words pack's `staff-set-aside`), after a child's case: no,
the LADO still (`worry_replies.staff_set_aside`); after an adult's, the adult steps.
Imported only after a signpost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from dialogs.case_worries import case_marks
from dialogs.contract import Private, Reply
from dialogs.signpost import ADULT_CONTACTS, Signpost
from dialogs.state import FOLLOW_UP_WORDS, ConversationState
from dialogs.worries import WorryReader
from dialogs.worry import Worry
from knowledge.matching.text import words
from knowledge.text_packs import AboutPack
from knowledge.typed_word_names import WorryName
from knowledge.typed_words import TypedWordsPack

if TYPE_CHECKING:
    from knowledge.risk_types import RiskFinding

STAFF_ONLY: frozenset[WorryName] = frozenset(
    ("staff", "staff-steps", "staff-set-aside", "accused-consent")
)
"""The worries read only here: any other follow-up reader leaves them out."""
_CHILD_ROLES = ("safeguarding-lead", "lado")
StaffCase = Literal["child", "adult"]


class StaffFollowUp:
    """The reply to a follow-up asking what to do about the one accused. Pure; built at the
    first turn after a signpost."""

    def __init__(self, signpost: Signpost, typed: TypedWordsPack, about: AboutPack) -> None:
        """`typed`: the typed-words pack, whose `staff` and `staff-steps` worries tell such a
        follow-up; `about`: the about pack, whose texts the replies are."""
        self._signpost = signpost
        self._about = about
        worries = typed.worries
        names: tuple[WorryName, ...] = ("staff", "staff-steps", "staff-set-aside")
        self._readers = tuple(WorryReader({n: worries.get(n, "")}) for n in names)

    def reply(
        self, state: ConversationState, text: str, told: RiskFinding | None = None
    ) -> Reply | None:
        """The allegations-against-staff steps for `text`, a follow-up of up to twice the
        usual words that asks what to do about the one accused, when the case signposted
        (`staff_case`) is an allegation against staff, given to its writer alone in a shared
        place; None for anything else. With `told`, the harm `text` tells itself ("a carer
        slapped a resident, do I suspend him?"), read as its case, at any length."""
        if told is None and len(words(text)) > FOLLOW_UP_WORDS * 2:
            return None
        # Told with the harm, "suspended" or "disciplinary" may be the writer's own ("now I'm
        # suspended"): only the `staff` phrases are read then, and only a case read as an
        # allegation against staff is one.
        readers = self._readers if told is None else self._readers[:1]
        asked = {w for r in readers if (w := r.worry(text)) is not None}
        if not asked:
            return None
        # "is that a LADO thing" after an adult's case: the adult safeguarding steps, not the
        # LADO (round 43, lado47, tryout44 #5)
        lado = _CHILD_ROLES[1] in words(text)
        only_staff = told is None and (Worry.STAFF_STEPS in asked or lado)
        case = staff_case(state, steps=only_staff, told=told)
        # Set aside ("leave it till after the weekend") is answered only in a child's case, the
        # LADO's; an adult's case leaves it to the other follow-ups (now or later, round 39).
        if case is None or (asked == {Worry.STAFF_SET_ASIDE} and case != "child"):
            return None
        said = self._about.worry_replies
        steps, roles = (
            (said.staff, _CHILD_ROLES) if case == "child" else (said.staff_adult, ADULT_CONTACTS)
        )
        if case == "child" and Worry.STAFF_SET_ASIDE in asked:  # "just minute it", "it's custom"
            steps = said.staff_set_aside
        # Told with the harm, the steps stand beneath its signpost, which lists the contacts.
        lines = "" if told is not None else f"\n{self._signpost.contact_lines(roles)}"
        # It speaks of the case signposted: in a shared place its writer's alone, as the
        # signpost was (the line held against not reporting is too).
        text = f"{steps}{lines}\n\n{self._about.follow_up_footer}"
        return Reply(text=text, private=Private.RISK_OF_HARM)

    def asks(self, text: str) -> bool:
        """Whether `text`, a follow-up of up to twice the usual words, asks whom to ring about
        the one accused ("who do I ring?"), whatever the case."""
        short = len(words(text)) <= FOLLOW_UP_WORDS * 2
        return short and any(r.worry(text) is not None for r in self._readers[:2])


def staff_case(
    state: ConversationState, *, steps: bool = False, told: RiskFinding | None = None
) -> StaffCase | None:
    """Whether the case signposted is an allegation against someone who works with children
    (the LADO among its contacts) or with adults at risk (its mark "staff"), or None. With
    `steps` (a step taken only about staff, "do I suspend him"), any case of an adult's alone
    is one: the one to be suspended can only be staff. `told`: a harm told on this turn, its
    contacts and marks the case's too."""
    check = state.check
    contacts = (
        *state.contacts,
        *(check.contacts if check else ()),
        *(told.contacts if told else ()),
    )
    if "lado" in contacts:
        return "child"
    if "staff" in case_marks(state, told):
        return "adult"
    if steps and "adult-social-care" in contacts and "childrens-social-care" not in contacts:
        return "adult"
    return None
