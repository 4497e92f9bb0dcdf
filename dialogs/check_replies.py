"""Reading a typed message as a reply to a consent check: the yes, no or not sure it gives to
the question waiting, typed whole or as a longer reply begins; or, just after a check ended, an
answer changed."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, NamedTuple

from dialogs.check_commands import changed_after_end
from dialogs.clean_input import clean_input
from dialogs.contract import Reply
from dialogs.typed import simplify
from knowledge.flow_pack import AnswerKey

if TYPE_CHECKING:
    from dialogs.answer_meanings import AnswerMeanings
    from dialogs.choices import Command
    from dialogs.consent_check import ConsentCheck
    from dialogs.hedged import HedgedReader
    from dialogs.state import ConversationState
    from dialogs.turn_note import TurnNote
    from dialogs.typed import TypedReader
    from knowledge.flow_pack import FlowPack, FlowQuestion


# A typed message read as the answer to the consent check's pending question: `hedged` when
# read from a longer reply by how it begins (then the reading is confirmed); `corrects` when it
# changes the last answer given instead ("wait, I meant no"); `read_again` when its words say
# another answer than the one it begins with ("yes it's already public" at key question 3): then
# nothing is taken, and the question is asked again to be sure.
CheckReply = NamedTuple(  # noqa: UP014 (a call: see `knowledge.matching.index.Scored`)
    "CheckReply",
    [("answer", AnswerKey), ("hedged", bool), ("corrects", bool), ("read_again", bool)],
)


class CheckReplies:
    """Reads typed replies in a consent check. Pure; built once by `TextTurns` from its parts."""

    def __init__(
        self,
        flow: FlowPack,
        typed: TypedReader,
        hedged: HedgedReader,
        check: ConsentCheck,
        meanings: AnswerMeanings,
    ) -> None:
        self._flow = flow
        self._typed = typed
        self._hedged = hedged
        self._check = check
        self._meanings = meanings

    def check_reply(self, state: ConversationState, text: str, simple: str) -> CheckReply | None:
        """What `text` answers to the pending question of a check under way, if anything: a
        yes, no or not sure as typed whole, else as a longer reply begins."""
        check = state.check
        if check is None or check.finished:
            return None
        answer = self._typed.as_answer(simple)
        if answer is None:
            answer = self._labelled(check.step, simple)
        if answer is not None:
            return CheckReply(answer, hedged=False, corrects=False, read_again=False)
        corrected = self._hedged.correction(text, simple)
        if corrected is not None:
            return CheckReply(
                corrected, hedged=True, corrects=bool(check.answers), read_again=False
            )
        question = self._flow.question(check.step)
        asked = self._check.question_words(check)
        if question is not None:  # "it is public" keeps to "Is the information confidential?"
            asked |= self._meanings.words(question)
        offered = question.answers.keys() if question is not None else None
        hedged = self._hedged.as_hedged_answer(text, simple, asked, offered)
        asks_consent = offered is not None and AnswerKey.REFUSED in offered
        said = self._past_an_age(text, simple) if hedged is None and asks_consent else None
        if said is not None:  # "she's 15 and said no" as "she said no"
            hedged = self._hedged.as_hedged_answer(said, said, asked, offered)
        if hedged is not None and self._hedged.tells_of_consent(simple, asked):
            return None  # "no, she not agree" to "Is the information confidential?"
        if hedged is not None and self._hedged.other_subject(simple, check.step) is not None:
            return None  # "yes it identifies her" to "Is the information confidential?"
        # Key question 1 asks a clear yes too, but its yes leads on to key question 2.
        shares = question is not None and self._flow.shares_on(question, AnswerKey.YES)
        if shares and self._hedged.says_question_back(simple, asked):
            return None  # a yes to sharing without consent is never read from a question
        if hedged is None:
            return None
        meant = self._by_meaning(question, hedged, text, simple) if question is not None else hedged
        return CheckReply(meant or hedged, hedged=True, corrects=False, read_again=meant is None)

    def _by_meaning(
        self, question: FlowQuestion, read: AnswerKey, text: str, simple: str
    ) -> AnswerKey | None:
        """`read`, the answer a reply begins with, checked against what its words say by the
        question's meaning: kept when they say nothing else; the answer they say when it leads
        on to another key question ("no its not public" is a yes to "Is the information
        confidential?"); None (asked again, to be sure) when they say both, or the answer they
        say would end the check on a reading against the reply's own first word. After an echo
        of the question's verb ("it is public"), the words alone say the answer."""
        if read not in (AnswerKey.YES, AnswerKey.NO):
            return read  # "idk if its confidential": a not sure, or a kind of no, stands
        meant = self._meanings.meant(question, self._hedged.words_after_lead(simple))
        if not meant or meant == {read}:
            return read
        if len(meant) == 1 and self._hedged.opens_with_echo(text, simple):
            return next(iter(meant))  # "it is public": the echo's yes is said of "public"
        other = next(iter(meant)) if len(meant) == 1 else None
        if other is None or self._flow.question(question.answers[other]) is None:
            return None
        return other

    def _labelled(self, step: str, simple: str) -> AnswerKey | None:
        """The answer whose button label, at any key question, `simple` is typed whole, when
        the question at `step` offers it ("Not sought: unsafe to ask", key question 4's, typed
        on the screen after "Not asked yet", whose button says "Not safe to ask after all";
        tryout45 #11); None for any other, or for an answer the question asks a bare typed form
        of again (its `typed_asks`)."""
        question = self._flow.question(step)
        if question is None:
            return None
        answer = self._labels.get(simple)
        if answer is None or answer not in question.buttons or answer in question.typed_asks:
            return None
        return answer

    @functools.cached_property
    def _labels(self) -> dict[str, AnswerKey]:
        # Made at the first reply not typed as an answer's words: few checks need it.
        return {simplify(q.label(a)): a for q in self._flow.questions for a in q.buttons}

    def _past_an_age(self, text: str, simple: str) -> str | None:
        if "?" in text:
            return None
        return self._hedged.past_a_remark(simple, self._is_age)

    def _is_age(self, said: str) -> bool:
        from dialogs.told_age import bare_age  # noqa: PLC0415 (only a remark past an answer)

        return bare_age(said, self._typed.age_words) is not None

    def answer_in(self, text: str, simple: str) -> AnswerKey | None:
        """The yes, no or not sure a message gives, whole or as it begins, read without a
        question waiting; None for a question or anything else."""
        answer = self._typed.as_answer(simple)
        return answer if answer is not None else self._hedged_answer(text, simple)

    def answers_ended_check(self, state: ConversationState, text: str, simple: str) -> bool:
        """Whether `text` is a longer yes, no or not sure typed just after a check ended ("she
        said no though"): an answer changed, not a question and not a first message."""
        return state.ended and self._hedged_answer(text, simple) is not None

    def asks_several(self, text: str, note: TurnNote) -> bool:
        """Whether a message says it asks more than one question, or, telling of harm, asks a
        second in the same sentence (`TypedReader.asks_several`)."""
        told = text if note.risk is not None else None
        return self._typed.asks_several(simplify(text), told=told)

    def second_asked(self, text: str) -> list[tuple[str, str]]:
        """The questions of a message a sentence of which, ending in a question mark, begins a
        second ("can I share this with the school and do I need her consent?"), each read
        alone (`dialogs.told_questions`); an empty list for any other."""
        if "?" not in text or not self._typed.asks_several(simplify(text), told=text):
            return []
        from dialogs.told_questions import told_questions  # noqa: PLC0415 (only a second asked)

        return told_questions(text, self._typed.second_questions)

    def told_questions(self, text: str, note: TurnNote) -> list[tuple[str, str]]:
        """The questions of a message telling of harm that asks a second (`asks_several`), each
        read after what was told before it and alone (`dialogs.told_questions`); an empty list
        for any other."""
        if note.risk is None or not self.asks_several(text, note):
            return []
        from dialogs.told_questions import told_questions  # noqa: PLC0415 (only after harm)

        return told_questions(text, self._typed.second_questions)

    def command_in(self, simple: str) -> Command | None:
        """The command a typed message is, if it is one (`TypedReader.as_command`)."""
        return self._typed.as_command(simple)

    def edit_changes(
        self, state: ConversationState, text: str | None, earlier: str | None
    ) -> Reply | None:
        """For an edit (to `text`, from `earlier` when the door knows it) that changes a yes, no
        or not sure while a check is under way or just after it ended: a line saying an edit
        changes no answer, and how to change one; None for any other edit (a typo fixed is
        never a second answer)."""
        check = state.check
        if check is None or not (state.in_check() or state.ended):
            return None
        now_reads = self._reads_as_answer(state, text or "")
        was_reads = self._reads_as_answer(state, earlier or "")
        if now_reads is None or (earlier is not None and now_reads == was_reads):
            return None
        if check.finished:
            return changed_after_end(check)
        return Reply(
            text="I've seen your edit, but an edited message doesn't change an answer I've "
            "already taken. If an answer has changed, type **back** to change your last answer."
        )

    def _reads_as_answer(self, state: ConversationState, typed: str) -> AnswerKey | None:
        text = clean_input(typed)
        simple = simplify(text)
        reply = self.check_reply(state, text, simple) if state.in_check() else None
        if reply is not None:
            return None if reply.read_again else reply.answer
        return self.answer_in(text, simple)

    def _hedged_answer(self, text: str, simple: str) -> AnswerKey | None:
        if self._hedged.is_asked(text, simple):
            return None
        corrected = self._hedged.correction(text, simple)
        return corrected if corrected is not None else self._hedged.as_hedged_answer(text, simple)
