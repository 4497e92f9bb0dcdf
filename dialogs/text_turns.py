"""What a typed message gets: an answer to the consent check's question, a command, small
talk, a built-in reply, or a question for the Q&A (the quote, suggestions or an honest decline:
`dialogs.qa_questions`)."""

from __future__ import annotations

from dialogs.answer_meanings import AnswerMeanings
from dialogs.case_remarks import CaseRemarks
from dialogs.check_replies import CheckReplies, CheckReply
from dialogs.check_turns import CheckTurns
from dialogs.check_what_if import CheckWhatIf
from dialogs.choices import Command
from dialogs.commands import CommandReplies, ReplyParts, Result
from dialogs.contract import Reply
from dialogs.early_answers import EarlyAnswers
from dialogs.facts import Clock, TurnKind
from dialogs.follow_ups import FollowUps
from dialogs.hedged import HedgedReader
from dialogs.numbered import NumberedItems
from dialogs.own_information import OwnInformation
from dialogs.qa_questions import QAQuestions
from dialogs.routes import Routes, is_summary, question_of
from dialogs.state import ConversationState
from dialogs.turn_note import TurnNote
from dialogs.typed import SmallTalk, TypedReader, asks_about_currency, simplify
from knowledge.flow_pack import AnswerKey
from knowledge.loader import Knowledge
from knowledge.matching import Matcher
from knowledge.matching.segment import question_parts
from knowledge.route_index import RouteIndex


class TextTurns:
    """Decides what a typed message gets. Pure; built once by the `Assistant` from its parts."""

    def __init__(
        self,
        knowledge: Knowledge,
        matcher: Matcher,
        parts: ReplyParts,
        commands: CommandReplies,
        routes: RouteIndex,
    ) -> None:
        self._check, self._qa, self._texts, self._records, self._signpost = parts
        self._commands = commands
        self._pending = commands.pending
        self._typed = TypedReader(knowledge.typed_words)
        self._own = OwnInformation(knowledge.typed_words)
        self._own_reply = knowledge.about.own_information
        self._routes = Routes(
            routes, meaning=self._typed.meaning_asked, whom=knowledge.typed_words.whom_asked
        )
        self._hedged = HedgedReader(knowledge.typed_words.hedged)
        self._remarks = CaseRemarks(knowledge, self._hedged)  # greeted, or never quoted on
        self._segments = max(1, matcher.settings.max_segments)
        self._numbered = NumberedItems(knowledge, self._qa, self._typed, self._texts)
        self._early = EarlyAnswers(knowledge.flow, self._hedged)
        self._flow = knowledge.flow
        self.checks = CheckTurns(self._check, self._records, self._hedged, self._early, self._typed)
        """Takes typed answers to a check's question (and a button's: `ButtonTurns`)."""
        self._what_if = CheckWhatIf(knowledge.flow, self._check)
        self.follow = FollowUps(knowledge, parts, commands, self._routes)
        """Answers follow-ups after a signpost (the assistant asks it first for the person at risk
        told of harm happening now: `FollowUps.now_for_writer`)."""
        self._questions = QAQuestions(
            knowledge,
            parts,
            commands,
            typed=self._typed,
            hedged=self._hedged,
            remarks=self._remarks,
            follow=self.follow,
            routes=self._routes,
        )
        meanings = AnswerMeanings(knowledge.typed_words.hedged)
        self.replies = CheckReplies(
            knowledge.flow, self._typed, self._hedged, self._check, meanings
        )
        """Reads typed replies to a check's question (the assistant reads them before safety)."""

    def on_text(
        self,
        state: ConversationState,
        text: str,
        now: Clock,
        note: TurnNote,
        *,
        simple: str,
        reply: CheckReply | None,
        late: bool,
    ) -> Result:
        """A typed message, already through `clean_input` (`simple`: simplified; `reply`: what
        it answers in a check under way; `late`: whether it answers a check just ended, as
        `answers_ended_check` found)."""
        if not simple:
            return state, [Reply(text=self._texts.empty_message()), *self._pending(state)]
        if (pointed := self._numbered.reply(state, simple, note)) is not None:
            return state, [pointed[0], *self._pending(state)] if pointed[1] else [pointed[0]]
        check = state.check
        under_way = check is not None and not check.finished
        if under_way and check is not None:
            if reply is not None and not reply.hedged:
                note.kind = TurnKind.CHECK
                ask = self._check.typed_ask(check, reply.answer)  # a bare "yes" as "ok, I'll ask"
                return (
                    (state, [ask])
                    if ask
                    else self.checks.answer(state, check, reply.answer, now, note)
                )
            # "what if she says no?" at key question 4: the check's own help, the place kept.
            what_if = (
                self._what_if.reply(check, text)
                if note.risk is None and self._hedged.is_asked(text, simple)
                else None
            )
            if what_if is not None:
                note.kind = TurnKind.CHECK
                return state, [what_if]
            term = self._typed.term_asked(simple, whether=True)
            if self._typed.asks_why(simple) or (term and self._check.question_uses(check, term)):
                note.kind = TurnKind.CHECK
                return state, self._check.explain(check, check.step)
            told = self.checks.told_in(state, check, text, simple, reply=reply, now=now, note=note)
            if told is not None:
                return told
        if state.ended and check is not None:
            if self._typed.asks_why(simple):
                note.kind = TurnKind.CHECK
                return state, self._check.explain_outcome(check)
            term = self._typed.term_asked(simple)
            asked = self._check.answered_step_using(check, term) if term else None
            if asked is not None:
                note.kind = TurnKind.CHECK
                return state, self._check.explain(check, asked)
        if self._typed.is_confused(simple):  # in a channel, briefly what I'm for and how to ask
            return self._commands.run(
                state, Command.WELCOME if note.shared else Command.HELP, now, note
            )
        command = self._typed.as_command(simple)
        if command is not None:
            return self._commands.run(state, command, now, note)
        if (chatted := self._small_talk(state, note, text, simple)) is not None:
            return state, chatted
        if (own := self._own_question(state, note, text, simple)) is not None:
            return state, own
        parts = question_parts(text, max_segments=self._segments)
        question = question_of(text, parts)
        route = self._routes.find(question, text, with_age=note.risk is None)
        # "what does the current guidance say about consent?" asks for its summary
        if not is_summary(route) and asks_about_currency(
            simple if question == text else simplify(question)
        ):
            note.kind = TurnKind.COMMAND
            return state, [self._texts.about(), *self._pending(state)]
        answer = self._typed.as_answer(simple)
        if state.offered and answer is AnswerKey.YES:  # "yes" to the offer just made
            return self._commands.run(state, Command.CHECK, now, note)
        if answer is None and late and check is not None:
            note.kind = TurnKind.CHECK
            return self.checks.after_end(state, check, text, simple, now=now, note=note)
        if answer is not None or self._hedged.is_bare_reply(text, simple):
            # A bare yes, no or maybe answers nothing here: never a question for the Q&A.
            note.kind = TurnKind.OTHER
            return state, [self._texts.nothing_to_answer(shared=note.shared)]
        followed, matched = self.follow.followed(
            state, text, parts, note, asked=self._hedged.is_asked(text, simple)
        )
        if followed is not None:
            return followed
        if route is None and note.risk is not None:
            # After the signpost, "... what do I do?" wants the steps, not a quote on the story.
            route = self._routes.whole_message(question)
        if route is not None and not (route.formal_first and self._qa.formal_request(simple)):
            return self._commands.route(state, route, now, note)
        if under_way and check and (aged := self._age_asked(state, check.step, text, simple, note)):
            return state, aged  # "what if she's 15?": a question no route took, the check kept
        replies = self._questions.reply(
            state, note, text=text, question=question, parts=parts, simple=simple, matched=matched
        )
        return note.remembered_in(state), replies

    def _age_asked(
        self, state: ConversationState, step: str, text: str, simple: str, note: TurnNote
    ) -> list[Reply] | None:
        """In a check under way, a question giving an age ("what if she's 15?", no harm told):
        what the consent summary says for that age, then the waiting question again
        (`dialogs.age_in_check`); None for anything else."""
        if note.risk is not None or not self._hedged.is_asked(text, simple):
            return None
        from dialogs.age_in_check import age_asked_about  # noqa: PLC0415 (only in a check)

        found = age_asked_about(self._flow, step, simple, self._typed.age_words)
        said = self._texts.summary_for_age(*found) if found else None
        if said is None:
            return None
        note.kind = TurnKind.CHECK
        return [said, *self._pending(state)]

    def _small_talk(
        self, state: ConversationState, note: TurnNote, text: str, simple: str
    ) -> list[Reply] | None:
        """A greeting (or one's role said), thanks or a nod, answered as such; else None."""
        small_talk = self._typed.as_small_talk(simple)
        if small_talk is SmallTalk.GREETING or self._remarks.says_role(text, note.risk is None):
            note.kind = TurnKind.SMALL_TALK
            return [self._texts.greeting(), *self._pending(state)]
        if small_talk is SmallTalk.THANKS:
            note.kind = TurnKind.SMALL_TALK
            said = (
                self.follow.readers.after.thanks()
                if note.after_signpost
                else Reply(text=self._texts.thanks(in_check=state.in_check()))
            )
            return [said, *self._pending(state)]
        if small_talk is SmallTalk.ACKNOWLEDGEMENT:
            note.kind = TurnKind.SMALL_TALK
            nod = self._texts.acknowledged(in_check=state.in_check())
            return [Reply(text=nod), *self._pending(state)]
        return None

    def _own_question(
        self, state: ConversationState, note: TurnNote, text: str, simple: str
    ) -> list[Reply] | None:
        """A member of the public's question about their own information, answered in their
        own terms, not a practitioner's (never with harm told, nor in a check under way)."""
        if note.risk is not None or state.in_check():
            return None
        if not self._own.asked(simple, asks=self._hedged.is_asked(text, simple)):
            return None
        note.kind, note.own_asked = TurnKind.COMMAND, True
        return [Reply(text=self._own_reply), *self._pending(state)]
