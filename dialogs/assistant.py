"""The conversation router: one pure function of (state, turn) to (new state, replies)."""

from __future__ import annotations

from dataclasses import replace

from dialogs.answers import QAAnswers
from dialogs.button_turns import ButtonTurns
from dialogs.choices import (
    Command,
    FieldTyped,
    command_value,
    parse_choice,
)
from dialogs.clean_input import MAX_INPUT_CHARS, MAX_READ_CHARS, clean_input
from dialogs.commands import CommandReplies, ReplyParts, Result
from dialogs.consent_check import ConsentCheck
from dialogs.contract import Reply, Turn
from dialogs.facts import Clock, TurnContext, TurnKind
from dialogs.greeted import greeted
from dialogs.harm_only import Decision, HarmOnly
from dialogs.not_english import NotEnglish
from dialogs.placement import placed
from dialogs.records import RecordReplies
from dialogs.risk_reading import RiskReading
from dialogs.several_asked import SeveralAsked
from dialogs.signpost import Signpost
from dialogs.signpost_led import SignpostLed
from dialogs.state import ConversationState, place_of
from dialogs.text_turns import TextTurns
from dialogs.texts import Texts
from dialogs.turn_note import TurnNote
from dialogs.typed import simplify
from dialogs.writer_turn import age_alone, read_writer
from knowledge.loader import Knowledge
from knowledge.matching import Matcher
from knowledge.route_index import RouteIndex, route_index

_NO_CONTEXT = TurnContext()
_UNKNOWN = frozenset({TurnKind.DECLINED, TurnKind.OFF_TOPIC})


class Assistant:
    """Decides what to say. Pure: no I/O, no clock, no platform; safe to share between turns."""

    def __init__(
        self,
        knowledge: Knowledge,
        matcher: Matcher,
        risk: RiskReading | None = None,
        routes: RouteIndex | None = None,
    ) -> None:
        """`risk`: the risk check's reading of these two, when one is built already (it is
        shared: it only reads); `routes`: the index of the knowledge's routes, when one is
        built already (`knowledge.route_index.route_index`: a later start reads it back)."""
        self._check = ConsentCheck(knowledge)
        self._qa = QAAnswers(knowledge, matcher)
        self._texts = Texts(knowledge)
        self._risk = RiskReading(knowledge, matcher) if risk is None else risk
        self._known_words = self._risk.known_words
        self._unread = NotEnglish(knowledge, self._known_words)  # in another language
        self._records = RecordReplies(knowledge, self._check, self._known_words)
        self._signpost = Signpost(knowledge)
        self._led = SignpostLed(knowledge, self._signpost)
        self._friend_words = knowledge.typed_words.friend
        self._risk_markers = knowledge.risk.markers  # a role of the writer's own (own_role)
        self._age_alone = knowledge.about.to_the_writer.age_alone
        parts = ReplyParts(self._check, self._qa, self._texts, self._records, self._signpost)
        self._commands = CommandReplies(parts, knowledge.routes.own_words_footer)
        self._pending = self._commands.pending
        self._text = TextTurns(
            knowledge,
            matcher,
            parts,
            self._commands,
            route_index(knowledge) if routes is None else routes,
        )
        self._several = SeveralAsked(knowledge, self._text)
        self._harm_only = HarmOnly(self._risk, self._signpost, self._text.replies)
        self._buttons = ButtonTurns(
            self._check, self._qa, self._records, self._commands, self._text.checks
        )
        self._offers = (
            self._texts.offer_check(),
            self._texts.offer_check(concern=True),
            self._texts.offer_check(concern=True, earlier=True),
            self._texts.offer_check(concern=True, alone=True),
            self._texts.offer_check(concern=True, earlier=True, alone=True),
            self._texts.without_consent(),
            self._texts.without_consent(ask_first=True),
            self._texts.without_consent(ask_first=True, if_needed=True),
            self._signpost.follow_up(),
        )

    def respond(self, state: ConversationState, turn: Turn, now: Clock) -> Result:
        """Answer one turn.

        Args:
            state: what the assistant remembered of this person's conversation.
            turn: what the person did.
            now: the time of the turn, read only if a decision record is made out.

        Returns:
            The new state and the replies to send, in order.
        """
        state, replies, _ = self.decide(state, turn, now)
        return state, replies

    def decide(
        self,
        state: ConversationState,
        turn: Turn,
        now: Clock,
        context: TurnContext = _NO_CONTEXT,
    ) -> Decision:
        """Answer one turn, and say what happened in ids and numbers.

        Args:
            state: what the assistant remembered of this person's conversation.
            turn: what the person did.
            now: the time of the turn, read only if a decision record is made out.
            context: what the house knows that the core cannot look up itself.

        Returns:
            The new state, the replies to send in order, and the turn's facts (no text).
        """
        here = place_of(turn.place)
        if turn.edited:
            return self._harm_only.edited(state, turn, here, context)
        held, state = state, state.seen_from(here)
        note = TurnNote(context, state.asked, state.listed, state.declined)
        note.after_signpost = state.after_signpost > 0
        note.shared = not turn.private
        if turn.action is not None and isinstance(parse_choice(turn.action), FieldTyped):
            return self._harm_only.field_typed(held, turn, note, here)
        note.summarised, note.quoted = state.summarised, state.quoted
        # A remembered question, a numbered list or a summary shown links to the next turn only.
        state = replace(state, asked=None, listed=None, summarised=None, declined=None, quoted=None)
        usage: Reply | None = None  # a slash command's usage, given for input nothing answers
        if turn.action is not None:
            if turn.form:  # a filled-in record form: its words are checked like typed ones
                note.risk = self._harm_only.form_risk(state, turn.form)
            state, replies = self._buttons.pressed(state, turn, now, note)
        else:
            state, replies, usage = self._on_typed(state, turn, now, note)
        if state.in_check():  # "Start a consent check" beside the question of the one under way
            replies = [_without_choice(r, _START_CHECK) for r in replies]
        state = greeted(state, replies, note, usage, self._texts)
        # A risk of harm told: the signpost leads the replies.
        state = self._led.lead(state, held, turn, note, replies, here=here)
        if state.writer != note.voice:  # kept only while what is written reads as theirs
            state = replace(state, writer=note.voice)
        offered = bool(replies) and (replies[-1] in self._offers or note.offers_check)
        if note.shows is not None:
            state = replace(state, listed=note.shows)
        if note.summarises is not None:
            state = replace(state, summarised=note.summarises)
        if note.kind in (TurnKind.ANSWERED, TurnKind.TOPIC) and note.risk is None:
            state = replace(state, quoted=note.entry)  # "and what actually is one?" next
        ended = note.outcome is not None or note.shows_ending
        state = state.after_reply(
            offered=offered, ended=ended, formed=note.shows_form, written=note.wrote_record
        )
        # Where they can get help, said again to the writer at risk, follows as a signpost does.
        signposted = note.risk is not None or note.voice is not None
        state = state.turned(signposted=signposted).left_from(here, held)
        return state, placed(replies, turn, refused=note.refused), note.facts(state)

    def _on_typed(
        self, state: ConversationState, turn: Turn, now: Clock, note: TurnNote
    ) -> tuple[ConversationState, list[Reply], Reply | None]:
        """A typed message: the new state, the replies (before the signpost, which `decide`
        puts first), and a slash command's usage when given for input nothing answers."""
        usage: Reply | None = None
        typed = turn.text or ""
        text = clean_input(typed)
        if (unread := self._unread.finding(text)) is not None:  # not in English: the signpost
            note.risk = unread  # first (`decide`), as a precaution, then a check's question
            return state, self._pending(state), None
        long = len(typed) > MAX_INPUT_CHARS
        simple = simplify(text)
        reply = self._text.replies.check_reply(state, text, simple)
        # Safety first: every typed message is checked before anything else is decided. The
        # learnt model reads first messages; an answer to a check's question, one typed just
        # after it ended, or a remark of a few words while a question waits ("the mum said
        # no") is read by the cues alone.
        late = reply is None and self._text.replies.answers_ended_check(state, text, simple)
        # So is one typed just after a signpost ("and if she was 19?": round 36, tryout36).
        remark = self._risk.remark(text, state.check is not None, state.after_signpost)
        if not state.alone and self._risk.says_alone(text):  # kept for the whole conversation
            state = replace(state, alone=True)
        note.risk = self._risk.detect(
            clean_input(typed, MAX_READ_CHARS) if long else text,
            second_opinion=reply is None and not late and not remark,
            alone=state.alone,
        )
        note.risk = self._risk.in_case(note.risk, state, text)  # the case's person, if none named
        checking = remark and state.in_check()  # "mum kind of nodded" is an answer there
        note.risk = self._risk.as_check_answer(note.risk, text, checking=checking)
        before = state.said
        command_in, markers = self._text.replies.command_in, self._risk_markers
        state = read_writer(state, note, simple, self._friend_words, command_in, markers=markers)
        if note.voice == state.writer == "friend" and note.after_signpost:
            note.risk = None  # a friend's follow-up ("will she hate me"): answered as one
        if (
            note.voice
            and not note.risk
            and (at_once := self._text.follow.now_for_writer(state, text, note))
        ):
            state, replies = at_once  # harm happening now: 999 leads their follow-ups too
        elif age_alone(before, state, note, simple):  # "im 15" on its own (tryout44 #9)
            replies = [Reply(text=self._age_alone)]
        elif note.voice is not None:  # the person at risk, or their family: where to get help
            from dialogs.adult_refusal import adults_only  # noqa: PLC0415 (only a writer's voice)

            replies = [
                self._signpost.to_writer.beyond_this_tool(note.voice, text, note.risk.marks)
                if note.risk is not None
                else self._signpost.to_writer.to_writer_again(
                    note.voice,
                    text,
                    threatened="threat-to-you" in state.marks,
                    using="own-using" in state.marks,
                    adult=adults_only(state.case() or state.contacts),
                    marks=state.marks,
                )
            ]
        elif each := self._several.each(
            state, text, now, note, answering=reply is not None or late
        ):
            state, replies = each
        else:  # saying which question was answered, when it asks several
            state, replies = self._several.on_text(
                state, text, now, note, simple=simple, reply=reply, late=late
            )
        if turn.command and note.risk is None and note.kind in _UNKNOWN:
            # S-27: input the command doesn't know gets its usage, in place of the decline.
            usage = self._texts.command_usage()
            replies = [usage, *self._pending(state)]
        if long:
            cut = MAX_READ_CHARS if len(typed) > MAX_READ_CHARS else None
            replies.insert(0, Reply(text=self._texts.long_message_note(cut)))
        if self._risk.identifying(text, shared=not turn.private, simple=simple):
            warning = self._texts.identifying_warning(
                note.context.questions_kept, shared=not turn.private
            )
            replies.insert(0, warning)
        return state, replies, usage


_START_CHECK = command_value(Command.CHECK)


def _without_choice(reply: Reply, value: str) -> Reply:
    """`reply` without its choice whose value is `value`, if it has one."""
    kept = tuple(c for c in reply.choices if c.value != value)
    return reply if len(kept) == len(reply.choices) else replace(reply, choices=kept)
