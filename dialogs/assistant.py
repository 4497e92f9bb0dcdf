"""The conversation router: one pure function of (state, turn) to (new state, replies)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.reply import Choice, Reply
from bot.turn import Turn
from dialogs.answers import NEXT_STEPS, QAAnswers
from dialogs.choices import (
    AnswerPick,
    Command,
    CommandPick,
    TopicPick,
    WhyPick,
    command_value,
    parse_choice,
)
from dialogs.consent_check import ConsentCheck
from dialogs.privacy import looks_identifying
from dialogs.state import ConversationState
from dialogs.texts import Texts
from dialogs.typed import (
    SmallTalk,
    as_answer,
    as_command,
    as_small_talk,
    asks_about_currency,
    asks_to_share,
    clean_input,
    is_why,
    simplify,
)
from knowledge.flow_pack import AnswerKey
from knowledge.loader import Knowledge
from knowledge.matching import Matcher

Result = tuple[ConversationState, list[Reply]]


class Assistant:
    """Decides what to say. Pure: no I/O, no clock, no platform; safe to share between turns."""

    def __init__(self, knowledge: Knowledge, matcher: Matcher) -> None:
        self._check = ConsentCheck(knowledge)
        self._qa = QAAnswers(knowledge, matcher)
        self._texts = Texts(knowledge)

    def respond(self, state: ConversationState, turn: Turn, now: datetime) -> Result:
        """Answer one turn.

        Args:
            state: what the assistant remembered of this person's conversation.
            turn: what the person did.
            now: the time of the turn, for the decision record.

        Returns:
            The new state and the replies to send, in order.
        """
        if turn.action is not None:
            state, replies = self._on_choice(state, turn.action, now)
        else:
            state, replies = self._on_text(state, turn.text or "", now)
        if not state.greeted:
            state = replace(state, greeted=True)
            if not state.reminded:
                replies.insert(0, Reply(text=self._texts.privacy_reminder()))
                state = replace(state, reminded=True)
        return state, replies

    # -- buttons ---------------------------------------------------------------------------

    def _on_choice(self, state: ConversationState, value: str, now: datetime) -> Result:
        pick = parse_choice(value)
        if isinstance(pick, CommandPick):
            return self._command(state, pick.command, now)
        if isinstance(pick, TopicPick):
            card = self._qa.entry_card(pick.number)
            if card is not None:
                return state, [card, *self._pending(state)]
        if isinstance(pick, AnswerPick):
            return self._answer_pick(state, pick, now)
        if isinstance(pick, WhyPick):
            check = state.check
            if check is not None and pick.run == check.run:
                replies = self._check.explain(check, pick.step)
                if replies:
                    return state, replies
        return state, [
            Reply(text="I didn't recognise that choice. It may be from an old message."),
            *self._pending(state, fallback=True),
        ]

    def _answer_pick(self, state: ConversationState, pick: AnswerPick, now: datetime) -> Result:
        check = state.check
        if check is None or check.run != pick.run:
            return state, [
                Reply(
                    text="That button belongs to a consent check that has ended or expired, so I "
                    "haven't used it.",
                ),
                *self._pending(state, fallback=True),
            ]
        if check.finished or pick.step != check.step:
            given = check.answered(pick.step)
            note = (
                "That question has already been answered"
                + (f" ({self._check_label(pick.step, given)})" if given else "")
                + ", so I haven't changed anything. Type **back** to change an answer."
            )
            return state, [Reply(text=note), *self._pending(state, fallback=True)]
        progress, replies = self._check.answer(check, pick.answer, now)
        return state.with_check(progress), replies

    # -- typed text ------------------------------------------------------------------------

    def _on_text(self, state: ConversationState, raw: str, now: datetime) -> Result:
        text = clean_input(raw)
        simple = simplify(text)
        if not simple:
            return state, [Reply(text=self._texts.empty_message()), *self._pending(state)]
        check = state.check
        under_way = check is not None and not check.finished
        if under_way and check is not None:
            answer = as_answer(simple)
            if answer is not None:
                progress, replies = self._check.answer(check, answer, now)
                return state.with_check(progress), replies
            if is_why(simple):
                return state, self._check.explain(check, check.step)
        command = as_command(simple)
        if command is not None:
            return self._command(state, command, now)
        small_talk = as_small_talk(simple)
        if small_talk is SmallTalk.GREETING:
            return state, [self._texts.greeting(), *self._pending(state)]
        if small_talk is SmallTalk.THANKS:
            return state, [Reply(text=self._texts.thanks()), *self._pending(state)]
        if asks_about_currency(simple):
            return state, [self._texts.about(), *self._pending(state)]
        warning = [Reply(text=self._texts.identifying_warning())] if looks_identifying(text) else []
        return state, [*warning, *self._question(state, text, simple)]

    def _question(self, state: ConversationState, text: str, simple: str) -> list[Reply]:
        result = self._qa.match(text)
        decision_wanted = asks_to_share(simple)
        if result.answer is not None:
            card = self._qa.entry_card(result.answer.number)
            if card is not None:
                if decision_wanted and (state.check is None or state.check.finished):
                    card = replace(card, choices=self._texts.offer_check().choices)
                return [card, *self._pending(state)]
        if decision_wanted:
            return [self._texts.offer_check(), *self._pending(state)]
        if state.check is not None and not state.check.finished and result.off_topic:
            return [self._texts.not_an_answer(), *self._pending(state)]
        return [self._qa.reply_to(result), *self._pending(state)]

    # -- commands --------------------------------------------------------------------------

    def _command(self, state: ConversationState, command: Command, now: datetime) -> Result:
        check = state.check
        match command:
            case Command.CHECK | Command.RESTART:
                if command is Command.CHECK and check is not None and not check.finished:
                    lead = (
                        "You're already part-way through a check. "
                        "Type **restart** to begin again.\n\n"
                    )
                    return state, [self._check.ask(check, lead=lead)]
                runs = state.runs + 1
                progress, replies = self._check.start(runs)
                return replace(state, runs=runs, check=progress, reminded=True), replies
            case Command.BACK:
                if check is None:
                    return state, [Reply(text="There's nothing to go back to.", choices=NEXT_STEPS)]
                progress, replies = self._check.back(check)
                return state.with_check(progress), replies
            case Command.CANCEL:
                if check is None or check.finished:
                    return state.with_check(None), [
                        Reply(text="There's nothing to cancel.", choices=NEXT_STEPS)
                    ]
                return state.with_check(None), [
                    Reply(
                        text="Check cancelled. Nothing was recorded.",
                        choices=(Choice("Start a new check", command_value(Command.CHECK)),),
                    )
                ]
            case Command.TOPICS:
                return state, [self._qa.topics(), *self._pending(state)]
            case Command.RULES:
                return state, [self._texts.rules(), *self._pending(state)]
            case Command.ABOUT:
                return state, [self._texts.about(), *self._pending(state)]
            case Command.HELP:
                return state, [self._texts.help(), *self._pending(state)]
            case Command.WELCOME:
                return state, [self._texts.greeting(), *self._pending(state)]

    # -- helpers ---------------------------------------------------------------------------

    def _pending(self, state: ConversationState, *, fallback: bool = False) -> list[Reply]:
        """A reminder of the question the check is waiting on, so nobody loses their place."""
        check = state.check
        if check is not None and not check.finished:
            return [self._check.ask(check, lead="We're still on this question:\n\n")]
        if fallback:
            return [Reply(text="What would you like to do next?", choices=NEXT_STEPS)]
        return []

    def _check_label(self, step: str, answer: AnswerKey | None) -> str:
        return self._check.answer_label(step, answer) if answer else ""
