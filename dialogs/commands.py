"""Replies to commands and to questions routed to a built-in reply, and the check's reminder."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from dialogs.answers import NEXT_STEPS, QAAnswers
from dialogs.check_commands import (
    BACK_AGAIN,
    ENDED_OR_EXPIRED,
    PART_WAY,
    RESUMED_ALREADY,
    SHOWN_ALREADY,
    STARTED_ALREADY,
    UNDER_WAY_AGAIN,
    run_check_command,
)
from dialogs.choices import BackPick, BoundCommand, Command
from dialogs.consent_check import ConsentCheck
from dialogs.contract import Private, Reply
from dialogs.facts import Clock, TurnKind
from dialogs.numbered import Listed
from dialogs.records import RecordReplies
from dialogs.signpost import Signpost, lead_not_acting
from dialogs.state import ConversationState
from dialogs.texts import Texts
from dialogs.turn_note import TurnNote
from knowledge.routes_pack import Destination, Route

Result = tuple[ConversationState, list[Reply]]


# What replies are made of, built once by the `Assistant` and shared by its readers.
ReplyParts = NamedTuple(  # noqa: UP014 (a call: see `knowledge.matching.index.Scored`)
    "ReplyParts",
    [
        ("check", ConsentCheck),
        ("qa", QAAnswers),
        ("texts", Texts),
        ("records", RecordReplies),
        ("signpost", Signpost),
    ],
)


class CommandReplies:
    """What a command or a routed question gets: topics, rules, about, help, privacy, the record,
    the contacts, the steps, and the consent check's own commands."""

    def __init__(self, parts: ReplyParts, own_words_footer: str = "") -> None:
        """`own_words_footer`: the routes pack's last line of a reply in our own words."""
        self._check, self._qa, self._texts, self._records, self._signpost = parts
        self._own_words_footer = own_words_footer

    def run(self, state: ConversationState, command: Command, now: Clock, note: TurnNote) -> Result:
        """The new state and replies for a typed or pressed command, noted in `note`."""
        checking = {Command.CHECK, Command.RESTART, Command.BACK, Command.RESUME}
        note.kind = TurnKind.CHECK if command in checking else TurnKind.COMMAND
        match command:
            case Command.TOPICS:
                note.shows = Listed.TOPICS
                topics = self._qa.topics(in_check=state.in_check())
                return state, [topics, *self.pending(state)]
            case Command.RULES:
                note.shows = Listed.RULES
                return state, [self._texts.rules(), *self.pending(state)]
            case Command.ABOUT:
                return state, [self._texts.about(), *self.pending(state)]
            case Command.HELP:
                return state, [self._texts.help(), *self.pending(state)]
            case Command.WELCOME:
                return state, [self._texts.greeting(), *self.pending(state)]
            case Command.HOME:  # a page to read, not a chat: no check is shown there
                return state, [self._texts.home()]
            case Command.PRIVACY:
                privacy = self._texts.privacy(
                    note.context.questions_kept, note.context.records_kept, shared=note.shared
                )
                return state, [privacy, *self.pending(state)]
            case Command.RECORD:
                note.kind = TurnKind.RECORD
                shown = self._records.again(state.check, note.context, now)
                return state, [*_own_record(shown, shared=note.shared), *self.pending(state)]
            case Command.QUESTIONS:
                listed = self._check.key_questions(in_check=state.in_check())
                return state, [listed, *self.pending(state)]
            case Command.FILL:
                note.kind = TurnKind.RECORD
                shown = self._records.fill_in(state.check)
                return state, [*_own_record(shown, shared=note.shared), *self.pending(state)]
            case Command.CANCEL if state.writer and note.after_signpost and state.check is None:
                # "never mind", "forget it" from the person at risk or a friend: not "nothing
                # to cancel" (tryout39 #5)
                return state, [self._signpost.to_writer.let_be(state.writer)]
        return run_check_command(self._check, state, command)

    def pressed(
        self, state: ConversationState, command: Command, now: Clock, note: TurnNote
    ) -> Result:
        """A command's button: as typed, but for "Start a consent check" pressed while a check
        is under way (a double click, an older message): one line, never a second copy of the
        question (typed **check** shows it again)."""
        if command is Command.CHECK and state.in_check():
            return _refused(note, state, _quiet(PART_WAY))
        return self.run(state, _begun_by_press(state, command), now, note)

    def bound(
        self, state: ConversationState, pick: BoundCommand | BackPick, now: Clock, note: TurnNote
    ) -> Result:
        """A button of a consent check's end, or "Change my last answer": run as its command
        while the check stands as it did when the button was shown; otherwise refused, once and
        briefly (`note.refused`). A second press of the same button is refused without a second
        copy of the question or the record."""
        check = state.check
        if isinstance(pick, BackPick):
            if check is not None and (check.run, len(check.answers)) == (pick.run, pick.answers):
                return self.run(state, Command.BACK, now, note)
            said = BACK_AGAIN if check is not None and check.run == pick.run else ENDED_OR_EXPIRED
            return _refused(note, state, _quiet(said), *self.pending(state, fallback=True))
        if pick.command in (Command.CHECK, Command.RESTART):
            if state.in_check() and state.runs > pick.run:  # begun already, by this button or since
                return _refused(note, state, _quiet(STARTED_ALREADY))
            return self.run(state, _begun_by_press(state, pick.command), now, note)
        if check is None or check.run != pick.run:
            stale = Reply(text=ENDED_OR_EXPIRED)
            return _refused(note, state, stale, *self.pending(state, fallback=True))
        if pick.command is Command.RESUME and not check.finished:
            return _refused(note, state, _quiet(RESUMED_ALREADY))
        if pick.command is Command.RECORD:
            if not check.finished:
                return _refused(note, state, _quiet(UNDER_WAY_AGAIN), *self.pending(state))
            if state.ended:  # the ending is the last thing shown: pressed twice
                return _refused(note, state, _quiet(SHOWN_ALREADY))
            note.shows_ending = True
        return self.run(state, pick.command, now, note)

    def route(self, state: ConversationState, route: Route, now: Clock, note: TurnNote) -> Result:
        """The built-in reply a question was routed to (the rules, the contacts, the steps...)."""
        note.kind = TurnKind.COMMAND
        context = note.context
        match route.to:
            case Destination.CHECK:
                return self.run(state, Command.CHECK, now, note)
            case Destination.QUESTIONS:
                return self.run(state, Command.QUESTIONS, now, note)
            case Destination.HELP:
                return self.run(state, Command.HELP, now, note)
            case Destination.RULES:
                note.shows = Listed.RULES
                reply = self._texts.rules()
            case Destination.CONTACTS:
                reply = self._texts.contacts()
            case Destination.PRIVACY:
                reply = self._texts.privacy(
                    context.questions_kept, context.records_kept, shared=note.shared
                )
            case Destination.ABOUT:
                reply = self._texts.about()
            case Destination.RECORDING:
                reply = self._texts.recording()
            case Destination.SHARING_STEPS:
                reply = self._texts.sharing_steps(lead=route.lead)
            case Destination.NEXT_STEPS | Destination.CALM:
                calm = route.to is Destination.CALM
                case = state.case() or state.contacts
                controlled = "life-control-other" in state.marks  # round 47
                reply = self._signpost.next_steps(
                    signposted=note.risk is not None, calm=calm, case=case, controlled=controlled
                )
            case Destination.TOLD_NOT_TO_REPORT:
                by_the_lead = lead_not_acting(note.risk)
                reply = self._signpost.told_not_to_report(by_the_lead=by_the_lead)
            case Destination.REPORT:
                reply = self._signpost.report_whom()
            case Destination.POSTED_BY_MISTAKE:
                reply = _posted_by_mistake(context.questions_kept, shared=note.shared)
            case Destination.OWN_WORDS:
                # after this turn's signpost, which names the contacts, not a second time
                named = route.contacts and note.risk is None
                lines = self._signpost.contact_lines(route.contacts) if named else ""
                reply = _in_own_words(route.lead or "", lines, self._own_words_footer)
            case Destination.SUMMARY:
                summary = self._texts.summary(route.question or "", lead=route.lead)
                reply = summary or self._texts.help()
                note.summarises = route.question
        return state, [reply, *self.pending(state)]

    def pending(self, state: ConversationState, *, fallback: bool = False) -> list[Reply]:
        """A reminder of the question the check is waiting on, so nobody loses their place."""
        check = state.check
        if check is not None and not check.finished:
            return [self._check.ask(check, lead="We're still on this question:\n\n")]
        if fallback:
            return [Reply(text="What would you like to do next?", choices=NEXT_STEPS)]
        return []


def _in_own_words(lead: str, contacts: str, footer: str) -> Reply:
    """A route's `lead` in our own words (what a term means, whose decision a step is), the
    `contacts` lines after it and the `footer`: never a quoted answer."""
    lines = f"\n{contacts}" if contacts else ""
    ending = f"\n\n*{footer}*" if footer else ""
    return Reply(text=f"{lead}{lines}{ending}", choices=NEXT_STEPS)


def _refused(note: TurnNote, state: ConversationState, *replies: Reply) -> Result:
    note.refused = True
    return state, list(replies)


def _own_record(replies: list[Reply], *, shared: bool) -> list[Reply]:
    """A person's record, or what they are told of it, asked for in a shared place: in private,
    where their check is (in Slack a channel and the DM are two conversations, so only the DM
    knows a check under way there)."""
    if not shared:
        return replies
    return [replace(r, private=r.private or Private.DECISION_RECORD) for r in replies]


def _posted_by_mistake(questions_kept: bool, *, shared: bool) -> Reply:
    """A word on the writer's own last message, posted by mistake: briefly, that they can
    delete it and that no copy is kept; never what it said. In a shared place, to its writer
    alone (the others there need not see it pointed at)."""
    kept = (
        "I don't keep what you type, apart from questions I couldn't answer, with identifying "
        "details removed first"
        if questions_kept
        else "I don't keep a copy of what you type"
    )
    return Reply(
        text=f"No problem. You can delete your message where you posted it. {kept}.",
        private=Private.POSTED_BY_MISTAKE if shared else None,
    )


def _quiet(text: str) -> Reply:
    """A line about the person's own check: in private, like the check (where it was asked for
    in a shared place, the door says only where the answer went)."""
    return Reply(text=text, private=Private.CONSENT_CHECK)


def _begun_by_press(state: ConversationState, command: Command) -> Command:
    """A "Start again" button pressed where no check was ever begun (its conversation expired,
    or a card from elsewhere) starts one: only a typed "restart" is told there is none to begin
    again (round 47, fix130)."""
    if command is Command.RESTART and state.check is None and not state.runs:
        return Command.CHECK
    return command
