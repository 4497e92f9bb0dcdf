"""The commands that start, move or stop a consent check: check, restart, resume, back, cancel;
the line for an answer typed after a check ended, which says how to change it; and the lines for
a button of a check pressed again, or from an older message (`BoundCommand`, `BackPick`)."""

from __future__ import annotations

from dialogs.answers import NEXT_STEPS
from dialogs.choices import Command, back_value, bound_value
from dialogs.consent_check import ConsentCheck
from dialogs.contract import Choice, Reply
from dialogs.state import CheckProgress, ConversationState

ENDED_OR_EXPIRED = (
    "That button belongs to a consent check that has ended or expired, so I haven't used it."
)
BACK_AGAIN = "That button is from an earlier point of the check, so I haven't gone back again."
STARTED_ALREADY = (
    "You've already started a new check, so I haven't started another. Its question is above; "
    "type **restart** to begin it again."
)
RESUMED_ALREADY = (
    "You're already back in that check, so I haven't gone back again. Its question is above."
)
PART_WAY = (
    "You're already part-way through a check, so I haven't started another. Its question is "
    "above; type **restart** to begin again."
)
SHOWN_ALREADY = "How your check ended is just above, so I haven't shown it again."
FORM_SHOWN = "The record form is just above, so I haven't opened another."
RECORD_WRITTEN = (
    "That record is written just above, so I haven't written it again. To change it, press "
    "**Fill it in again**."
)
UNDER_WAY_AGAIN = "That check is under way again, so it hasn't ended yet."

# "restart" with no check begun (tryout123 #7: typed after a signpost, it began a check unasked)
_NOTHING_TO_RESTART = (
    "There's no consent check to begin again. Ask me your question, or type **check** to start "
    "a consent check."
)


def run_check_command(
    check: ConsentCheck, state: ConversationState, command: Command
) -> tuple[ConversationState, list[Reply]]:
    """The new state and replies for check, restart, resume, back or cancel.

    Raises:
        ValueError: `command` is not one of them.
    """
    progress = state.check
    match command:
        case Command.CHECK | Command.RESTART:
            if command is Command.CHECK and progress is not None and not progress.finished:
                lead = (
                    "You're already part-way through a check. Type **restart** to begin again.\n\n"
                )
                return state, [check.ask(progress, lead=lead)]
            if command is Command.RESTART and progress is None and not state.runs:  # none begun
                return state, [Reply(text=_NOTHING_TO_RESTART, choices=NEXT_STEPS)]
            concern = state.concern_to_carry(restart=command is Command.RESTART)
            started, replies = check.start(state.runs + 1, concern=concern)
            return state.began(started), replies
        case Command.RESUME:
            resumed, replies = check.resume(progress)
            return state.with_check(resumed), replies
        case Command.BACK:
            if progress is None:
                return state, [Reply(text="There's nothing to go back to.", choices=NEXT_STEPS)]
            moved, replies = check.back(progress)
            return state.with_check(moved), replies
        case Command.CANCEL:
            if progress is None:
                return state, [Reply(text="There's nothing to cancel.", choices=NEXT_STEPS)]
            if progress.finished:  # what it ended at stays, for "record" to show again
                return state, [
                    Reply(
                        text="There's nothing to cancel: your check has already ended. Type "
                        "**record** to see how it ended.",
                        choices=NEXT_STEPS,
                    )
                ]
            return state.with_check(None), [
                Reply(
                    text="Check cancelled. Nothing was recorded.",
                    choices=(
                        Choice("Start a new check", bound_value(Command.CHECK, progress.run)),
                    ),
                )
            ]
    raise ValueError(f"{command} is not a check command")


def changed_after_end(check: CheckProgress) -> Reply:
    """For an answer typed just after `check` ended ("she said no though"): nothing changed,
    and how to change it."""
    return Reply(
        text="Your check has ended, so I haven't changed anything. If an answer has changed, "
        "type **back** to change your last answer, or **restart** to begin a new check.",
        choices=(
            Choice("Change my last answer", back_value(check.run, len(check.answers))),
            Choice("Start again", bound_value(Command.RESTART, check.run)),
        ),
    )


def pressed_after_end(check: CheckProgress, answered_as: str | None) -> Reply:
    """For a button of `check`, which has ended, pressed again (a stale question): nothing
    changed, said once; the outcome is not posted again, but can be asked for (it may be that
    the answer which ended the check never arrived)."""
    answered = f"That question was answered as **{answered_as}**, and y" if answered_as else "Y"
    return Reply(
        text=f"{answered}our check has ended, so I haven't changed anything. Type **record** to "
        "see how it ended, **back** to change your last answer, or **restart** to begin a new "
        "check.",
        choices=(
            Choice("Show how it ended", bound_value(Command.RECORD, check.run)),
            Choice("Change my last answer", back_value(check.run, len(check.answers))),
            Choice("Start again", bound_value(Command.RESTART, check.run)),
        ),
    )
