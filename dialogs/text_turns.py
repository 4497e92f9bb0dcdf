"""What a typed message gets: an answer to the consent check's question, a command, small
talk, a built-in reply, or a question for the Q&A (the quote, suggestions or an honest decline)."""

from __future__ import annotations

from dataclasses import replace

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
from dialogs.quoted_follow_up import QuotedFollowUp
from dialogs.routes import Routes, is_summary, question_of
from dialogs.share_asks import asks_to_share, refers_back, tells_of_request
from dialogs.state import ConversationState
from dialogs.turn_note import TurnNote
from dialogs.typed import SmallTalk, TypedReader, asks_about_currency, simplify
from knowledge.flow_pack import AnswerKey
from knowledge.loader import Knowledge
from knowledge.matching import Matcher, MatchResult
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.segment import Segment, question_parts
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
        cases = knowledge.not_covered.case_questions
        self._typed = TypedReader(knowledge.typed_words)
        self._own = OwnInformation(knowledge.typed_words)
        self._professionals = PhraseSet(knowledge.typed_words.professionals_told)
        self._own_reply = knowledge.about.own_information
        self._routes = Routes(
            routes, meaning=self._typed.meaning_asked, whom=knowledge.typed_words.whom_asked
        )
        self._hedged = HedgedReader(knowledge.typed_words.hedged)
        self._remarks = CaseRemarks(knowledge, self._hedged)  # greeted, or never quoted on
        self._case_topic = cases.topic if cases else None
        self._consent_topics = frozenset((cases.topic, *cases.consent_topics) if cases else ())
        self._formal_topic = cases.formal_topic if cases else None
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
        self._quoted = QuotedFollowUp(knowledge, self._qa.match)
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
        replies = self._question(
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

    def _formal_first(self, offer: Reply, simple: str, *, concern: bool) -> Reply:
        """`offer` after a formal request's own caution ("don't release anything yet"), when
        the message tells of one; never with a `concern` (sharing to protect is not held up)."""
        told = not concern and tells_of_request(simple)
        formal = self._qa.formal_request(simple) if told else None
        return replace(offer, text=f"{formal}\n\n{offer.text}") if formal else offer

    def _question(
        self,
        state: ConversationState,
        note: TurnNote,
        *,
        text: str,
        question: str,
        parts: list[Segment],
        simple: str,
        matched: MatchResult | None = None,
    ) -> list[Reply]:
        """The reply to a question for the Q&A: `question` is the part of `text` that asks
        (`matched`: the Q&A's match for `text`, when already made)."""
        result = self._quoted.leaning(
            matched, (text, parts), quoted=None if note.risk else note.quoted, simple=simple
        )
        decision_wanted = asks_to_share(simple)
        asked = self._hedged.is_asked(text, simple)
        if state.in_check() and not asked and self._hedged.tells_of_person(simple):
            # "she's agreeed", "she told me herself": a remark on the case, never quoted on.
            result = replace(result, answer=None, suggestions=(), off_topic=True)
        # A disclosure that asks nothing is not a question for the Q&A, whatever words it shares
        # with an entry ("she said no but I don't believe her" is not about refused consent), nor
        # the case told on just after its signpost ("i said no, they left"; tryout46 #2).
        told = note.risk is not None or self._remarks.tells_of_case(simple, note.after_signpost)
        if result.answer is not None and told and not asked:
            note.kind = TurnKind.DECLINED
            return self.follow.told_on(state, note)
        if (hit := result.answer) is not None:
            card = self._qa.entry_card(hit.number, asked=text)
            if card is not None:
                note.kind, note.entry, note.score = TurnKind.ANSWERED, hit.number, hit.score
                if decision_wanted and (state.check is None or state.check.finished):
                    card = replace(card, choices=self._texts.offer_check().choices)
                return [card, *self._pending(state)]
        # Sharing without consent in a case no entry answers; other topics keep their reply.
        topic = result.not_covered.topic if result.not_covered else self._case_topic
        loose = self._routes.find_loose(question, text) if topic in self._consent_topics else None
        if loose is not None and not result.off_topic:
            note.kind = TurnKind.OFFER_CHECK
            law = self._qa.law_since_2008(question)
            calm = not law and note.risk is None and not state.has_concern()
            return [
                *law,
                self._texts.without_consent(ask_first=calm, if_needed=loose.asks_if_needed),
                *self._pending(state),
            ]
        # A decision asked for, or a request told of, is a decision to make; a topic's own reply
        # ("can we share a deceased person's records?") comes first, but not over a formal
        # request's caution nor, after a risk of harm, the offer's "speak to your lead first".
        own_reply = result.not_covered is not None and topic not in self._consent_topics
        wanted = decision_wanted and (
            not own_reply
            or topic == self._formal_topic
            or note.risk is not None
            or state.has_concern()
        )
        if wanted or (tells_of_request(simple) and not own_reply):
            note.kind = TurnKind.OFFER_CHECK
            # Just after a signpost, a request pointing back at someone is about that case; one
            # naming a new matter ("the match report") may not be, and hears the caution hedged.
            recent = note.risk is not None or (note.after_signpost and refers_back(simple))
            # "diff question, …" names a new matter outright: no caution of the case (tryout75)
            concern = recent or (state.has_concern() and not self.follow.asks_afresh(text))
            if state.in_check() and not concern:  # the check under way decides it
                return [self._texts.decided_in_check(), *self._pending(state)]
            offer = self._texts.offer_check(
                concern=concern,
                earlier=not recent,
                alone=concern and state.alone,
                professional=self._professionals.first_in(simple) is not None,
            )
            # A formal request's own caution ("don't release anything yet"), never over a risk.
            return [self._formal_first(offer, simple, concern=concern), *self._pending(state)]
        under_way = state.in_check()
        if decision_wanted and own_reply and result.not_covered and not under_way:
            note.offers_check_in(result.not_covered.topic)  # a "yes" next takes it up
            # Another topic named beside a formal request ("the police have asked for CCTV …"),
            # scored since round 46 (ask108), keeps the request's caution; no risk was told here.
            offer = self._formal_first(self._texts.offer_check(), simple, concern=False)
            return [self._qa.reply_with_offer(result, offer)]
        # In a check, a remark that asks nothing ("she's 15") is not a question for the Q&A.
        remark = topic == self._case_topic and not asked
        if under_way and (result.off_topic or remark):
            note.kind = TurnKind.OFF_TOPIC
            if note.risk is not None:  # the signpost said what matters; keep their place
                return self._pending(state)
            return [
                self._texts.not_an_answer(skipped=self._typed.skips(simple)),
                *self._pending(state),
            ]
        # A disclosure that asks nothing is a case told, not a question: after its signpost,
        # "the Q&A doesn't decide individual cases" says nothing (tryout42 #14, a football coach).
        if result.not_covered is not None and not (remark and note.risk is not None):
            note.kind, note.topic = TurnKind.NOT_COVERED, result.not_covered.topic
        elif result.suggestions and (not told or asked):
            note.kind = TurnKind.SUGGESTED
            note.suggestions = tuple(m.number for m in result.suggestions[:3])
            note.suggestion_scores = tuple(m.score for m in result.suggestions[:3])
            note.score = result.suggestions[0].score
        else:
            note.kind = TurnKind.OFF_TOPIC if result.off_topic else TurnKind.DECLINED
            if told:  # a disclosure, not a question: no "did you mean"
                return self.follow.told_on(state, note)
        concern = note.risk is not None or state.has_concern()
        return [self._qa.reply_to(result, concern=concern), *self._pending(state)]
