"""The consent check: the key questions as a guided conversation, driven by the flow data."""

from __future__ import annotations

from datetime import datetime

from dialogs.choices import Command, answer_value, command_value, why_value
from dialogs.contract import Choice, DecisionRecord, Outcome, RecordedAnswer, Reply
from dialogs.signpost import Signpost
from dialogs.state import CheckProgress
from knowledge.flow_pack import AnswerKey, FlowOutcome, FlowPack, FlowQuestion
from knowledge.loader import Knowledge


class ConsentCheck:
    """Builds the replies of the consent check and moves it along; holds no per-user state."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._knowledge = knowledge
        self._flow: FlowPack = knowledge.flow
        self._signpost = Signpost(knowledge)

    def start(self, run: int) -> tuple[CheckProgress, list[Reply]]:
        """Begin a new run: the urgent note, the privacy reminder, and the first question."""
        progress = CheckProgress(run=run, step=self._flow.start)
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

    def ask(self, progress: CheckProgress, lead: str = "") -> Reply:
        """The pending question of `progress`, with its choices."""
        question = self._question(progress.step)
        text = f"{lead}**Key question {question.number}**\n{question.text}"
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
                    description=f"{question.label(answer)}: answer to key question "
                    f"{question.number}",
                )
                for answer in AnswerKey
            ),
            why,
        )
        return Reply(text=text, choices=choices)

    def explain(self, progress: CheckProgress, step: str) -> list[Reply]:
        """The help for `step`, then the pending question again if the check is under way."""
        question = self._flow.question(step)
        if question is None:
            return []
        replies = [Reply(text=f"**Why key question {question.number}?**\n{question.help}")]
        if not progress.finished:
            replies.append(self.ask(progress))
        return replies

    def answer(
        self, progress: CheckProgress, answer: AnswerKey, now: datetime
    ) -> tuple[CheckProgress, list[Reply]]:
        """Record an answer to the pending question and move to the next step."""
        question = self._question(progress.step)
        target = question.answers[answer]
        moved = CheckProgress(
            run=progress.run,
            step=target,
            answers=(*progress.answers, (question.id, answer)),
        )
        outcome = self._flow.outcome(target)
        if outcome is None:
            return moved, [self.ask(moved)]
        finished = CheckProgress(moved.run, moved.step, moved.answers, finished=True)
        return finished, self._conclude(finished, outcome, now)

    def back(self, progress: CheckProgress) -> tuple[CheckProgress, list[Reply]]:
        """Return to the previous question so its answer can be changed."""
        if not progress.answers:
            return progress, [self.ask(progress, lead="This is the first question.\n\n")]
        *earlier, (step, _) = progress.answers
        moved = CheckProgress(run=progress.run, step=step, answers=tuple(earlier))
        return moved, [self.ask(moved, lead="Going back one question.\n\n")]

    def record(self, progress: CheckProgress, now: datetime) -> DecisionRecord:
        """The decision record of a finished run."""
        outcome = self._flow.outcome(progress.step)
        if outcome is None:
            raise ValueError(f"step {progress.step!r} is not an outcome")
        answers = tuple(
            RecordedAnswer(q.number, q.text, q.label(a))
            for q, a in ((self._question(s), a) for s, a in progress.answers)
        )
        return DecisionRecord(
            created_at=now.strftime("%Y-%m-%d %H:%M %Z").strip(),
            guidance=self._flow.guidance,
            flow_version=self._flow.version,
            answers=answers,
            outcome=Outcome(outcome.kind),
            outcome_title=outcome.title,
        )

    def _conclude(
        self, progress: CheckProgress, outcome: FlowOutcome, now: datetime
    ) -> list[Reply]:
        parts = [f"**{outcome.title}**", outcome.explanation]
        if outcome.protection_reminder:
            parts.append(self._signpost.reminder())
        if outcome.kind == "share":
            steps = self._flow.share_steps
            parts.append(f"**{steps.title}**\n" + "\n".join(f"- {s}" for s in steps.steps))
        if outcome.kind == "seek-advice":
            people = "\n".join(c.as_line() for c in self._knowledge.contacts.for_advice())
            parts.append(f"{self._flow.seek_advice.text}\n{people}")
        record_step = self._flow.record_step
        parts.append(f"**{record_step.title}**\n{record_step.text}")
        parts.append(
            "This is a guide to your own professional judgement, based on the 2008 guidance. "
            "It is not legal advice, and your organisation's current policy takes precedence."
        )
        record = self.record(progress, now)
        after = (
            Choice("Start another check", command_value(Command.CHECK)),
            Choice("Change my last answer", command_value(Command.BACK)),
            Choice("Browse topics", command_value(Command.TOPICS)),
        )
        return [
            Reply(text="\n\n".join(parts), outcome=record.outcome),
            Reply(
                text="Here is a record for your case notes. Copy it, then add your reasons.\n\n"
                + record.as_text(),
                record=record,
                choices=after,
            ),
        ]

    def answer_label(self, step: str, answer: AnswerKey) -> str:
        """How `answer` to `step` reads on its button, for messages about it."""
        question = self._flow.question(step)
        return question.label(answer) if question else answer.value

    def _question(self, step: str) -> FlowQuestion:
        question = self._flow.question(step)
        if question is None:
            raise ValueError(f"step {step!r} is not a question")
        return question
