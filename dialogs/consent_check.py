"""The consent check: the key questions as a guided conversation, driven by the flow data."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dialogs.choices import (
    Command,
    answer_value,
    command_value,
    why_value,
)
from dialogs.contract import Choice, DecisionRecord, Reply
from dialogs.record_form import RecordBuilder
from dialogs.signpost import Signpost
from dialogs.state import CheckProgress
from knowledge.flow_pack import AnswerKey, FlowOutcome, FlowPack, FlowQuestion
from knowledge.loader import Knowledge
from knowledge.typed_words import simplify

if TYPE_CHECKING:
    from datetime import datetime

    from dialogs.facts import Clock


class ConsentCheck:
    """Builds the replies of the consent check and moves it along; holds no per-user state."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._knowledge = knowledge
        self._flow: FlowPack = knowledge.flow
        self._signpost = Signpost(knowledge)
        self._records = RecordBuilder(knowledge.flow)

    def start(self, run: int, *, concern: bool = False) -> tuple[CheckProgress, list[Reply]]:
        """Begin a new run: the urgent note, the privacy reminder, and the first question.

        `concern` says a risk of harm was signposted just before: the outcome will remind.
        """
        progress = CheckProgress(run=run, step=self._flow.start, concern=concern)
        opening = Reply(
            text="\n\n".join(
                [
                    self._flow.urgent_note,
                    self._flow.intro,
                    f"*{self._flow.privacy_note}* You can type **back**, **restart** or "
                    "**cancel** at any time.",
                ]
            )
        )
        return progress, [opening, self.ask(progress)]

    def ask(self, progress: CheckProgress, lead: str = "", *, guide_again: bool = True) -> Reply:
        """The pending question of `progress`, with its choices (and its guide, if it has one,
        unless not `guide_again`)."""
        question = self._question(progress.step)
        said = (unsafe(progress) and question.unsafe_guide) or question.guide
        guide = f"{said}\n\n" if said and guide_again else ""
        text = f"{lead}{guide}**Key question {question.number}**\n{question.text}"
        why = Choice(
            label="Why am I asked this?",
            value=why_value(progress.run, question.id),
            description=f"Explain key question {question.number}",
        )
        choices = (
            *(
                Choice(
                    label=question.label(answer),
                    value=answer_value(progress.run, question.id, answer),
                    description=question.description(answer),
                )
                for answer in question.buttons
            ),
            why,
        )
        return Reply(text=text, choices=choices)

    def key_questions(self, *, in_check: bool) -> Reply:
        """The seven key questions listed (from the flow data), with a button to start a check
        unless one is under way."""
        listed = "\n".join(f"{n}. {q}" for n, q in enumerate(self._flow.key_questions(), 1))
        start = Choice("Start a consent check", command_value(Command.CHECK))
        return Reply(
            text=f"**The key questions** (2008 guidance), in our words:\n{listed}\n\n"
            "The consent check asks them one at a time, as they apply to your case.",
            choices=() if in_check else (start,),
        )

    def needs_clear(self, progress: CheckProgress, answer: AnswerKey) -> Reply | None:
        """The pending question asked again for a clear answer, when `answer` was given with
        doubt and the question asks a clear one for it (an answer that ends the check with
        sharing); None where a doubtful `answer` may stand."""
        question = self._question(progress.step)
        if answer not in question.clear_answers or not question.clear_text:
            return None
        return self.ask(progress, lead=f"{question.clear_text}\n\n", guide_again=False)

    def typed_ask(self, progress: CheckProgress, answer: AnswerKey) -> Reply | None:
        """The pending question asked again, when `answer` was typed whole and the question
        asks for its button or words instead (a bare "yes" may mean "ok, I'll ask"); None
        where a typed `answer` may stand."""
        question = self._question(progress.step)
        if answer not in question.typed_asks or not question.typed_ask_text:
            return None
        return self.ask(progress, lead=f"{question.typed_ask_text}\n\n", guide_again=False)

    def unable(self, progress: CheckProgress) -> Reply | None:
        """The pending question asked again after its `unable_text`, for a reply that tells the
        person can't consent; None at a question that does not ask for consent."""
        text = self._question(progress.step).unable_text
        return self.ask(progress, lead=f"{text}\n\n") if text else None

    def explain(self, progress: CheckProgress, step: str) -> list[Reply]:
        """The help for `step`, then the pending question again if the check is under way."""
        question = self._flow.question(step)
        if question is None:
            return []
        replies = [Reply(text=f"**Why key question {question.number}?**\n{question.help}")]
        if not progress.finished:
            replies.append(self.ask(progress))
        return replies

    def question_uses(self, progress: CheckProgress, term: str) -> bool:
        """Whether every word of `term` (simplified) is a word of the question `progress` waits
        on ("what does identified mean?" asks about key question 2's own words), or `term` is
        that question named ("what does key question 4 mean", "this question")."""
        question = None if progress.finished else self._flow.question(progress.step)
        named = question is not None and term in _NAMES | {
            name.format(question.number) for name in _NUMBERED
        }
        # Its answers' labels are its words too: "does that count as consent refused?"
        offered = tuple(question.answers) if question is not None else ()
        said = " ".join(question.label(a) for a in offered) if question is not None else ""
        return named or _holds(self.question_words(progress) | set(simplify(said).split()), term)

    def answered_step_using(self, progress: CheckProgress, term: str) -> str | None:
        """The last question answered in `progress` whose words hold every word of `term`
        (simplified): "what does legitimate mean?" just after a check ended asks about key
        question 1's own words."""
        return next(
            (s for s, _ in reversed(progress.answers) if _holds(self._words_of(s), term)), None
        )

    def question_words(self, progress: CheckProgress) -> frozenset[str]:
        """The words (simplified) of the question `progress` waits on; none when finished."""
        return frozenset() if progress.finished else self._words_of(progress.step)

    def _words_of(self, step: str) -> frozenset[str]:
        question = self._flow.question(step)
        return frozenset(simplify(question.text).split()) if question is not None else frozenset()

    def explain_outcome(self, progress: CheckProgress) -> list[Reply]:
        """Why a finished run ended where it did: the answer that decided it, and the help of
        that key question."""
        if not progress.finished or not progress.answers:
            return []
        step, given = progress.answers[-1]
        question = self._flow.question(step)
        if question is None:
            return []
        text = (
            f"**Why this outcome?** Your check ended here because of your answer to key question "
            f"{question.number} (*{question.text}*): **{question.label(given)}**.\n\n"
            f"{question.help}"
        )
        return [Reply(text=text)]

    def answer(
        self, progress: CheckProgress, answer: AnswerKey, now: Clock
    ) -> tuple[CheckProgress, list[Reply]]:
        """Record an answer to the pending question and move to the next step.

        A typed "no" where the question tells kinds of "no" apart (key question 4), or a kind
        of no where it does not, moves nothing: the question is asked again with its choices.
        """
        question = self._question(progress.step)
        if answer in question.waits and question.wait_text:
            # "We haven't asked yet" where the question is what they said when asked.
            wait = (unsafe(progress) and question.unsafe_wait_text) or question.wait_text
            return progress, [self.ask(progress, f"{wait}\n\n", guide_again=False)]
        given = self.fitting(question, answer)
        if given is None:
            lead = (
                "Which of these fits? There is more than one kind of no here.\n\n"
                if answer is AnswerKey.NO
                else "Which of these fits? I couldn't read that as one of them.\n\n"
            )
            return progress, [self.ask(progress, lead=lead)]
        answer = given
        target = question.answers[answer]
        moved = replace(progress, step=target, answers=(*progress.answers, (question.id, answer)))
        outcome = self._flow.outcome(target)
        if outcome is None:
            return moved, [self.ask(moved)]
        finished = replace(moved, finished=True)
        return finished, self._conclude(finished, outcome, now)

    def ending(self, progress: CheckProgress, now: Clock) -> list[Reply]:
        """The outcome and record of a finished run again, as its last answer was answered.

        Args:
            progress: a run; only a finished one has an ending.
            now: the time of the turn, read when the record is made out.

        Returns:
            The replies that ended the run, or none if it has not ended at an outcome.
        """
        outcome = self._flow.outcome(progress.step) if progress.finished else None
        return self._conclude(progress, outcome, now) if outcome is not None else []

    @staticmethod
    def fitting(question: FlowQuestion, answer: AnswerKey) -> AnswerKey | None:
        """`answer` if `question` offers it, else None: a plain "no" fits nowhere that tells
        kinds of no apart, and a kind of no ("she refused", "we haven't asked her") answers no
        question that does not offer it ("Is there a clear and legitimate purpose…?")."""
        return answer if answer in question.answers else None

    def resume(self, progress: CheckProgress | None) -> tuple[CheckProgress | None, list[Reply]]:
        """Go back to the question where a run ended at "seek advice", keeping the answers
        before it; or say there is no such run to pick up."""
        if progress is not None and not progress.finished:
            # Typed again once picked up (or mid-check): the question waiting, not "no check".
            lead = "Your check is under way, so there's nothing to pick up again.\n\n"
            return progress, [self.ask(progress, lead=lead)]
        outcome = self._flow.outcome(progress.step) if progress is not None else None
        if (
            progress is None
            or not progress.finished
            or not progress.answers
            or not (outcome is not None and outcome.resumable)
        ):
            nothing = Reply(
                text="There's no check waiting on advice to pick up again. A check that ended "
                'at "seek advice" can be picked up again for a while after.',
                choices=(Choice("Start a consent check", command_value(Command.CHECK)),),
            )
            return progress, [nothing]
        *earlier, (step, _) = progress.answers
        moved = replace(progress, step=step, answers=tuple(earlier), finished=False)
        lead = (
            "Welcome back. Here is the question you sought advice on; your earlier answers "
            "are kept.\n\n"
        )
        return moved, [self.ask(moved, lead=lead)]

    def back(self, progress: CheckProgress) -> tuple[CheckProgress, list[Reply]]:
        """Return to the previous question so its answer can be changed."""
        if not progress.answers:
            return progress, [self.ask(progress, lead="This is the first question.\n\n")]
        *earlier, (step, answer) = progress.answers
        moved = replace(progress, step=step, answers=tuple(earlier), finished=False)
        number = self._question(step).number
        left = self._flow.question(progress.step) if not progress.finished else None
        if left is not None and left.number == number:
            # After "Not asked yet" the next question is key question 4 again, in other words:
            # say which answer is open again, or back looks like no move (tryout43 #9).
            label = self.answer_label(step, answer)
            lead = (
                f"Going back to key question {number}: you answered **{label}**. Choose again.\n\n"
            )
            return moved, [self.ask(moved, lead=lead)]
        return moved, [self.ask(moved, lead="Going back one question.\n\n")]

    def record(
        self,
        progress: CheckProgress,
        now: datetime,
        values: tuple[tuple[str, str], ...] = (),
    ) -> DecisionRecord:
        """The decision record of a finished run, with any submitted field values written in."""
        return self._records.record(progress, now, values)

    def form(self, progress: CheckProgress) -> Reply:
        """The reply that asks a door to let the person fill in the record of a finished run."""
        form = self._records.form(progress)
        return Reply(text=f"**{form.title}**\n{form.intro}", form=form)

    def _conclude(self, progress: CheckProgress, outcome: FlowOutcome, now: Clock) -> list[Reply]:
        from dialogs.check_outcome import outcome_text, record_reply  # noqa: PLC0415 (a check's end)

        record = self.record(progress, now())
        said = outcome_text(progress, outcome, self._knowledge, self._signpost)
        return [Reply(text=said, outcome=record.outcome), record_reply(progress, outcome, record)]

    def record_again(self, progress: CheckProgress, now: Clock) -> Reply | None:
        """The record of a finished run shown again, with its buttons; None if not finished."""
        outcome = self._flow.outcome(progress.step) if progress.finished else None
        if outcome is None:
            return None
        from dialogs.check_outcome import record_reply  # noqa: PLC0415 (a check's end)

        return record_reply(progress, outcome, self.record(progress, now()))

    def answer_label(self, step: str, answer: AnswerKey) -> str:
        """How `answer` to `step` reads on its button, for messages about it."""
        question = self._flow.question(step)
        fitting = self.fitting(question, answer) if question else None
        return question.label(fitting) if question and fitting else answer.value

    def taken_as(self, step: str, answer: AnswerKey) -> Reply:
        """Says how a longer typed reply to `step` was read, and how to change it."""
        label = self.answer_label(step, answer)
        return Reply(text=f"I've taken that as **{label}**. Type **back** to change it.")

    def changed_to(
        self, back: CheckProgress, answer: AnswerKey, moved: CheckProgress | None
    ) -> Reply:
        """Says a correction went back to the question of `back` and took `answer` there (the
        run then `moved`), or, when `answer` fits none of its answers, went back to ask it."""
        number = self._question(back.step).number
        if moved == back:
            return Reply(text=f"Going back to key question {number} to change your answer.")
        label = self.answer_label(back.step, answer)
        return Reply(
            text=f"I've changed your answer to key question {number} to **{label}**. "
            "Type **back** to change it again."
        )

    def _question(self, step: str) -> FlowQuestion:
        question = self._flow.question(step)
        if question is None:
            raise ValueError(f"step {step!r} is not a question")
        return question


# How a question of the check is named, as the label above it reads ("Key question 4").
_NUMBERED = ("key question {}", "question {}", "kq{}", "kq {}", "q{}")
_NAMES = frozenset(["this question", "this key question", "this step", "the question"])


# Grammar: the words setting two terms side by side ("the difference between not sought and
# not asked yet", "is that the same as refused?").
_JOINS = frozenset(["and", "or", "vs", "versus", "difference", "between", "same", "as"])


def _holds(words: frozenset[str], term: str) -> bool:
    return bool(words) and all(word in words for word in term.split() if word not in _JOINS)


def unsafe(progress: CheckProgress) -> bool:
    """Whether the case signposted before or in `progress` is one where asking for consent may
    increase the risk (its mark "unsafe-to-ask"): the check never says "ask first" then."""
    return "unsafe-to-ask" in progress.marks
