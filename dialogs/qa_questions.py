"""What a question for the Q&A gets (`dialogs.text_turns` hands it over): the entry quoted,
the consent check offered for a decision asked or a request told of, a topic's own reply,
suggestions, or an honest decline; never a quote on a disclosure that asks nothing."""

from __future__ import annotations

from dataclasses import replace

from dialogs.case_remarks import CaseRemarks
from dialogs.commands import CommandReplies, ReplyParts
from dialogs.contract import Reply
from dialogs.facts import TurnKind
from dialogs.follow_ups import FollowUps
from dialogs.hedged import HedgedReader
from dialogs.quoted_follow_up import QuotedFollowUp
from dialogs.routes import Routes
from dialogs.share_asks import asks_to_share, refers_back, tells_of_request
from dialogs.state import ConversationState
from dialogs.turn_note import TurnNote
from dialogs.typed import TypedReader
from knowledge.loader import Knowledge
from knowledge.matching import MatchResult
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.segment import Segment


class QAQuestions:
    """Decides what a question for the Q&A gets. Pure; built once by `TextTurns`."""

    def __init__(
        self,
        knowledge: Knowledge,
        parts: ReplyParts,
        commands: CommandReplies,
        *,
        typed: TypedReader,
        hedged: HedgedReader,
        remarks: CaseRemarks,
        follow: FollowUps,
        routes: Routes,
    ) -> None:
        """The assistant's parts and commands, and the readers `TextTurns` shares with it."""
        _, self._qa, self._texts, _, _ = parts
        self._pending = commands.pending
        cases = knowledge.not_covered.case_questions
        self._typed, self._hedged, self._remarks = typed, hedged, remarks
        self._routes, self._follow = routes, follow
        self._professionals = PhraseSet(knowledge.typed_words.professionals_told)
        self._case_topic = cases.topic if cases else None
        self._consent_topics = frozenset((cases.topic, *cases.consent_topics) if cases else ())
        self._formal_topic = cases.formal_topic if cases else None
        self._quoted = QuotedFollowUp(knowledge, self._qa.match)

    def _formal_first(self, offer: Reply, simple: str, *, concern: bool) -> Reply:
        """`offer` after a formal request's own caution ("don't release anything yet"), when
        the message tells of one; never with a `concern` (sharing to protect is not held up)."""
        told = not concern and tells_of_request(simple)
        formal = self._qa.formal_request(simple) if told else None
        return replace(offer, text=f"{formal}\n\n{offer.text}") if formal else offer

    def reply(
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
            return self._follow.told_on(state, note)
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
            concern = recent or (state.has_concern() and not self._follow.asks_afresh(text))
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
                return self._follow.told_on(state, note)
        concern = note.risk is not None or state.has_concern()
        return [self._qa.reply_to(result, concern=concern), *self._pending(state)]
