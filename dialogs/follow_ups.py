"""Short follow-ups to what the last reply left open: a worry typed just after a signpost
("what if I'm wrong?"), or more asked of a topic just declined ("what if one of the parents says
no"). Moved whole from `dialogs.text_turns` (round 39), which asks it first for every question."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dialogs.commands import CommandReplies, ReplyParts, Result
from dialogs.facts import TurnKind
from dialogs.follow_up_readers import FollowUpReaders
from dialogs.routes import Routes, question_of
from dialogs.state import FOLLOW_UP_WORDS, ConversationState
from dialogs.turn_note import TurnNote
from dialogs.typed import simplify
from knowledge.loader import Knowledge
from knowledge.matching import MatchResult
from knowledge.matching.segment import Segment
from knowledge.matching.text import words
from knowledge.risk_words import ADULT_AGE
from knowledge.routes_pack import Destination

if TYPE_CHECKING:
    from collections.abc import Callable

    from dialogs.contract import Reply

LEAD_NOT_ACTING = "lead-not-acting"  # the risk pack's mark: the lead told did nothing
THREAT_MARK = "threat"
"""The mark a case signposted gets when a threat to kill or seriously hurt someone was told with
it or just after: a later question whether to tell the police gets the threat's reply."""


class FollowUps:
    """What a short follow-up to a signpost or a declined topic gets. Pure; built once by the
    `TextTurns` from its parts."""

    def __init__(
        self, knowledge: Knowledge, parts: ReplyParts, commands: CommandReplies, routes: Routes
    ) -> None:
        """`routes`: the typed routes, whose whole-message route wins over most worries."""
        _, self._qa, _, _, self._signpost = parts
        self._pending = commands.pending
        self._routes = routes
        self.readers = FollowUpReaders(knowledge, parts)
        """The readers a follow-up is read by, each built at its first use."""

    def asks_afresh(self, text: str) -> bool:
        """Whether `text` says in its first words that it asks something else ("diff question,
        a dog bit me…"): not about a case told before (`dialogs.new_subject`)."""
        return self.readers.new_subject.opens(text)

    def followed(
        self,
        state: ConversationState,
        text: str,
        parts: list[Segment],
        note: TurnNote,
        *,
        asked: bool,
    ) -> tuple[Result | None, MatchResult | None]:
        """A short message typed just after a signpost that speaks of a worry it leaves open
        ("what if I'm wrong?", "should I ring the police?"); None for anything else, for the
        steps asked for again ("what now?") and for a question a published answer is quoted for
        (rule two: "why do staff feel unsure whether they can share?" keeps entry 2). Beside it,
        the Q&A's match for `text` when one was made, for the question not to be matched again
        (`asked`: whether `text` reads as a question)."""
        if note.declined and (again := self.readers.declined.again(state, simplify(text), note)):
            return (state, [again, *self._pending(state)]), None  # still the topic declined
        if not note.after_signpost:
            if note.risk and LEAD_NOT_ACTING in note.risk.marks and note.voice is None:
                return self._past_the_lead_told(state, text, parts, note, asked=asked)
            told = self._duty_told(state, text, parts, note)
            told = told if told[0] is not None else self._staff_told(state, text, parts, note)
            told = told if told[0] is not None else self._danger_told(state, text, parts, note)
            told = told if told[0] is not None else self._lead_away_told(state, text, parts, note)
            return told if told[0] is not None else (self._secret_in_check(state, text), None)
        if LEAD_NOT_ACTING in (*state.marks, *(note.risk.marks if note.risk else ())) and (
            past := self.readers.after.past_the_lead(
                text, state.case() or state.contacts, staff=self.readers.staff.asks(text)
            )
        ):  # round 42: never the lead again
            note.kind = TurnKind.COMMAND
            return (state, [past, *self._pending(state)]), None
        if self.readers.new_subject.opens(text):  # "diff question, …" (tryout75 #5): asked afresh
            return None, None
        staff = self.readers.accused.reply(state, text) or self.readers.staff.reply(state, text)
        if staff is not None:  # tryout39 #6, #9; the one accused's consent (ask48)
            note.kind = TurnKind.COMMAND
            return (state, [staff, *self._pending(state)]), None
        from dialogs.worry import Worry  # noqa: PLC0415

        # "can i give the police the booking details": a yes, not danger's words (tryout75 #5)
        danger_read = not state.writer and self.readers.after.named(text) is not Worry.GIVE_POLICE
        if danger_read and (now := self._now_again(state, text, parts, note)):  # tryout42 #4
            return now, None
        if danger_read and (danger := self._danger_told(state, text, parts, note))[0]:
            return danger  # tryout40 #1, #2, #5
        from dialogs.case_consent import of_the_one_told  # noqa: PLC0415 (after a signpost)
        from dialogs.case_worries import (  # noqa: PLC0415 (read only after a signpost)
            MARKED,
            case_marks,
            gp_not_involved,
            police_after_threat,
            with_duty,
        )

        worry = self.readers.after.worry(text, new_disclosure=note.risk is not None)
        if worry is Worry.DUTY and with_duty(worry, state, note) is None:
            # no duty of one's own: "do i need to report it or am i overreacting" is unsure
            worry = self.readers.after.worry(
                text, new_disclosure=note.risk is not None, skip=Worry.DUTY
            )
            # "im a private landlord do i have a duty to report": anyone's (tryout75 #4)
            worry = worry or Worry.MY_BUSINESS
        worry = self.readers.after.for_case(
            with_duty(worry, state, note), state.case() or state.contacts, text
        )
        # round 44 (follow61)
        if worry in MARKED and MARKED[worry] not in case_marks(state, note.risk):
            worry = gp_not_involved(worry, state, text) or self.readers.after.worry(
                text, new_disclosure=note.risk is not None, skip=worry
            )
        if THREAT_MARK in state.marks and (threat := police_after_threat(worry)):
            note.kind = TurnKind.COMMAND
            return (state, [self.readers.danger.reply(threat), *self._pending(state)]), None
        if worry is None or (
            not worry.before_routes and self._routes.whole_message(text) is not None
        ):
            return None, None
        one_person = self.readers.one_person
        if worry.quote_may_answer and not of_the_one_told(worry, text, one_person):  # quote148
            matched = self._qa.match(text, parts)
            if matched.answer is not None:
                return None, matched
        case = state.case() or state.contacts
        reply = self.readers.after.reply(worry, text, case, alone=state.alone, line_ids=state.lines)
        marks = case_marks(state, note.risk)  # "should i tell her mum", harm at home (lines136)
        if (home := self.readers.parent_harmed.added(reply, worry, text, marks)) is not reply:
            reply, note.offers_check = home, True  # not yet, and why; the check still offered
        if worry is Worry.TOLD_TO_HIDE and LEAD_NOT_ACTING not in state.marks:
            state = replace(state, marks=(*state.marks, LEAD_NOT_ACTING))  # "who else…" next
        if worry is Worry.AGE and (self.readers.after.told_age(text) or 0) >= ADULT_AGE:
            from dialogs.told_age import as_adults  # noqa: PLC0415 (only after a signpost)

            state = replace(state, contacts=as_adults(state.contacts))  # "she's 18" (ask48)
        if worry is Worry.BABY and "childrens-social-care" not in state.contacts:
            state = replace(state, contacts=(*state.contacts, "childrens-social-care"))
        note.kind = TurnKind.OFFER_CHECK if reply.choices else TurnKind.COMMAND
        return (state, [reply, *self._pending(state)]), None

    def told_on(self, state: ConversationState, note: TurnNote) -> list[Reply]:
        """A message telling of the case and asking nothing that no reply here answers: told
        with harm, its signpost is shown, so what I can do next; typed just after a signpost
        ("hes hung up", "shes on her own with the kids"; tryout46), the procedures, 999 and the
        case's contacts again, never a quote nor "I couldn't find that". A check's waiting
        question, when one waits, instead."""
        if pending := self._pending(state):
            return pending
        if note.risk is not None or not note.after_signpost:
            return [self._signpost.follow_up()]
        again = self._signpost.reminder(state.case() or state.contacts)
        return [replace(self._signpost.follow_up(), text=again)]

    def now_for_writer(self, state: ConversationState, text: str, note: TurnNote) -> Result | None:
        """`_now_again` for a follow-up of the person at risk or their family: after a signpost
        of harm happening now, "should I call 999?" is "yes, now" for a neighbour too; and where
        things stand now, told after their signpost ("hes upstairs now", danger58's `now-told`):
        999 if anyone may be hurt, with social care's doors, never a safeguarding lead."""
        if (now := self._now_again(state, text, [], note)) is not None:
            return now
        from dialogs.worry import Worry  # noqa: PLC0415 (read only after a signpost)

        if not note.after_signpost or self.readers.after.named(text) is not Worry.NOW_TOLD:
            return None
        doors = tuple(r for r in state.case() or state.contacts if r != "safeguarding-lead")
        note.kind = TurnKind.COMMAND
        return state, [self.readers.after.reply(Worry.NOW_TOLD, text, doors), *self._pending(state)]

    def _now_again(
        self, state: ConversationState, text: str, parts: list[Segment], note: TurnNote
    ) -> Result | None:
        """Just after a signpost of harm happening now (the case's mark "danger-now"), or told
        in a follow-up ("i can still hear her screaming"): asking about 999 or the police gets
        "yes, ring 999 now"; "what do I do", "should I go in", or danger now told again, 999
        now and not to go in (`dialogs.danger_now`); None for anything else, or for a follow-up
        signposted again without asking about the police (its signpost leads with 999)."""
        from dialogs.danger_lead import own_words_first  # noqa: PLC0415
        from dialogs.danger_now import DANGER_NOW, OVERDOSE_NOW  # noqa: PLC0415
        from dialogs.worry import Worry  # noqa: PLC0415

        signposted = note.risk is not None
        told = not signposted and self.readers.now.tells(text)
        # A case told in a check under way keeps its marks in the check (tryout44 38, now48).
        check = state.check
        held = (*state.marks, *(check.marks if check and not check.finished else ()))
        marks = (*held, *(note.risk.marks if note.risk else ()))
        if not told and (DANGER_NOW not in marks or own_words_first(marks, state.writer)):
            return None  # a young person's own follow-ups for a plan told for now (fixb)
        overdose = OVERDOSE_NOW in marks or (told and self.readers.now.overdose(text))
        life = "own-life" in marks  # a risk to one's own life: stay with them (life93)
        if (
            self.readers.after.named(text) is Worry.POLICE
            and len(words(text)) <= FOLLOW_UP_WORDS * 2
        ):
            reply = self.readers.now.police(overdose=overdose, life=life)
        elif not signposted and (
            told
            or self.readers.now.asks_to_go_in(text)
            or self.readers.now.asks_what_now(text)
            or self._steps(text, parts)
        ):
            reply = self.readers.now.steps(overdose=overdose, life=life)
        else:
            return None
        kept = (DANGER_NOW, *((OVERDOSE_NOW,) if overdose else ()))
        if added := tuple(m for m in kept if m not in held):  # for the follow-ups after
            state = replace(state, marks=(*state.marks, *added))
        note.kind = TurnKind.COMMAND
        return state, [reply, *self._pending(state)]

    def _steps(self, text: str, parts: list[Segment]) -> bool:
        """Whether `text` asks for the steps again ("what do i do", "im panicking what now")."""
        route = self._routes.find(question_of(text, parts), text)
        return route is not None and route.to in (Destination.NEXT_STEPS, Destination.CALM)

    def _past_the_lead_told(
        self,
        state: ConversationState,
        text: str,
        parts: list[Segment],
        note: TurnNote,
        *,
        asked: bool,
    ) -> tuple[Result | None, MatchResult | None]:
        """A message telling of a lead who has not acted (its mark "lead-not-acting"): beneath
        its signpost, nothing that sends them to that lead (round 42). A question gets "anyone
        can refer" with the case's contacts but the lead, unless a published answer is quoted
        for it; a message that asks nothing, the signpost's offer alone."""
        question = question_of(text, parts)
        if self._routes.find(question, text, with_age=False) or self._routes.whole_message(
            question
        ):
            return None, None  # a route's reply ("what now?", told not to report): not the lead's
        if not asked:
            note.kind = TurnKind.DECLINED
            return (state, self._pending(state) or [self._signpost.follow_up()]), None
        contacts = note.risk.contacts if note.risk else ()
        return self._beneath(
            state, text, parts, note, lambda: self.readers.after.doors.without_the_lead(contacts)
        )

    def _duty_told(
        self, state: ConversationState, text: str, parts: list[Segment], note: TurnNote
    ) -> tuple[Result | None, MatchResult | None]:
        """A message telling of a harm marked "duty" that asks, at any length, whether the report
        is the writer's ("a 16 yo girl told me she was cut (FGM)… do i have to report it"): the
        duty beneath its signpost, not "a decision for your professional judgement"; None for
        anything else, or when a published answer is quoted for it."""
        if note.risk is None or "duty" not in note.risk.marks:
            return None, None
        from dialogs.case_worries import with_duty  # noqa: PLC0415 (only with a case told)
        from dialogs.worry import Worry  # noqa: PLC0415 (only with a case told: not `ask`)

        if with_duty(self.readers.after.named(text), state, note) is not Worry.DUTY:
            return None, None
        return self._beneath(state, text, parts, note, lambda: self.readers.after.reply(Worry.DUTY))

    def _staff_told(
        self, state: ConversationState, text: str, parts: list[Segment], note: TurnNote
    ) -> tuple[Result | None, MatchResult | None]:
        """A message telling of an allegation against staff that asks, at any length, what to
        do about the one accused ("a carer slapped a resident. do I suspend him and who do I
        ring"): the steps beneath its signpost (tryout39 #9); None for anything else, or when
        a published answer is quoted for it."""
        if note.risk is None or (staff := self.readers.staff.reply(state, text, note.risk)) is None:
            return None, None
        return self._beneath(state, text, parts, note, lambda: staff)

    def _lead_away_told(
        self, state: ConversationState, text: str, parts: list[Segment], note: TurnNote
    ) -> tuple[Result | None, MatchResult | None]:
        """A harm told by a practitioner whose lead is away or unknown, asked in the same
        message ("a kid just disclosed abuse at home, the DSL isnt here and its midnight who do
        i ring"): who covers and out of hours beneath the signpost (round 45, doors95)."""
        if note.risk is None or note.voice is not None:
            return None, None
        from dialogs.worry import Worry  # noqa: PLC0415 (only with a case told: not `ask`)

        if self.readers.after.worry(text, new_disclosure=True) is not Worry.NO_LEAD:
            return None, None
        return self._beneath(state, text, parts, note, self.readers.after.doors.no_lead)

    def _danger_told(
        self, state: ConversationState, text: str, parts: list[Segment], note: TurnNote
    ) -> tuple[Result | None, MatchResult | None]:
        """Danger to someone who can be found, told with a harm (at any length) or just after
        its signpost: the reply beneath the signpost (`dialogs.danger_follow_up`); None for
        anything else, for a writer telling of their own harm, or when a published answer is
        quoted for it."""
        told = note.risk is not None
        if (told and note.voice is not None) or not (told or note.after_signpost):
            return None, None
        worry = self.readers.danger.worry(text, told=told, after=note.after_signpost)
        if worry is None:
            return None, None
        from dialogs.worry import Worry  # noqa: PLC0415 (only with a case told: not `ask`)

        if worry is Worry.THREAT and THREAT_MARK not in state.marks:
            # Remembered for a later "can we tell the police?" (`followed`), as no words are.
            state = replace(state, marks=(*state.marks, THREAT_MARK))
        return self._beneath(
            state, text, parts, note, lambda: self.readers.danger.reply(worry, text)
        )

    def _beneath(
        self,
        state: ConversationState,
        text: str,
        parts: list[Segment],
        note: TurnNote,
        reply: Callable[[], Reply],
    ) -> tuple[Result | None, MatchResult | None]:
        """`reply()` beneath the signpost of a harm told with a question, unless a published
        answer is quoted for the message: then that match, for the caller to quote."""
        matched = self._qa.match(text, parts)
        if matched.answer is not None:
            return None, matched
        note.kind = TurnKind.COMMAND
        return (state, [reply(), *self._pending(state)]), None

    def _secret_in_check(self, state: ConversationState, text: str) -> Result | None:
        """In a check begun after a signpost (or one given in it), a short remark on a promise
        of secrecy ("does it matter that i promised her i wouldnt tell?") gets the reply on
        secrecy, the check's place kept (tryout38 #15); None for anything else."""
        check = state.check
        if check is None or check.finished or not check.concern:
            return None
        from dialogs.worry import Worry  # noqa: PLC0415 (only with a case told: not `ask`)

        if self.readers.after.worry(text) is not Worry.SECRECY:
            return None
        return state, [
            self.readers.after.reply(Worry.SECRECY, contacts=check.contacts),
            *self._pending(state),
        ]
