"""What a consent check says when it ends: the outcome, with the steps, advice and reminders it
calls for, and the decision record with its buttons. `dialogs.consent_check` builds the record;
these word it."""

from __future__ import annotations

from dialogs.choices import Command, back_value, bound_value, form_value
from dialogs.contract import Choice, DecisionRecord, Reply
from dialogs.signpost import Signpost
from dialogs.state import CheckProgress
from knowledge.flow_pack import FlowOutcome
from knowledge.loader import Knowledge

RESUME_LABEL = "I've had the advice"
CONCERN_LEAD = (
    "**Earlier in this conversation you described something that may mean someone is at risk "
    "of harm.** This outcome is about sharing under the guidance; it never stops you acting to "
    "protect them."
)


def outcome_text(
    progress: CheckProgress, outcome: FlowOutcome, knowledge: Knowledge, signpost: Signpost
) -> str:
    """The words of the `outcome` a check (`progress`) ended on: its explanation; the
    protection reminder it carries, or the risk told earlier in the conversation; the steps
    for sharing or whom to ask for advice; what to record; and that this is no legal advice."""
    flow = knowledge.flow
    parts = [f"**{outcome.title}**", outcome.explanation]
    if outcome.protection_reminder:
        parts.append(signpost.reminder(progress.contacts))
    elif progress.concern:
        parts.append(f"{CONCERN_LEAD}\n\n{signpost.reminder(progress.contacts)}")
    if outcome.kind == "share":
        steps = flow.share_steps
        listed = "\n".join(f"- {s}" for s in steps.for_outcome(outcome))
        parts.append(f"**{steps.title}**\n{listed}")
    if outcome.kind == "seek-advice":
        people = "\n".join(c.as_line() for c in knowledge.contacts.for_advice())
        parts.append(f"{flow.seek_advice.text}\n{people}")
    record_step = flow.record_step
    parts.append(f"**{record_step.title}**\n{record_step.text}")
    parts.append(
        "This is a guide to your own professional judgement, based on the 2008 guidance. "
        "It is not legal advice, and your organisation's current policy takes precedence."
    )
    return "\n\n".join(parts)


def record_reply(progress: CheckProgress, outcome: FlowOutcome, record: DecisionRecord) -> Reply:
    """The decision `record` of a finished check, with its buttons: fill it in here, resume
    after advice (when `outcome` may be resumed), change the last answer, start another."""
    fill = Choice(
        "Fill in the record here",
        form_value(progress.run),
        description="Fill in the decision record's fields here",
    )
    run = progress.run
    resume = (Choice(RESUME_LABEL, bound_value(Command.RESUME, run)),) if outcome.resumable else ()
    after = (
        fill,
        *resume,
        Choice("Change my last answer", back_value(run, len(progress.answers))),
        Choice("Start another check", bound_value(Command.CHECK, run)),
    )
    return Reply(
        text="Here is a record for your case notes, with a place for each thing to "
        "record. Press **Fill in the record here** to complete it in this chat, or copy "
        "it and fill it in your case system.\n\n" + record.as_text(),
        record=record,
        choices=after,
    )
