"""Choice values: each names what it answers, so a late or forged press is recognised.

Forms: ``topic:7`` (show Q&A entry 7), ``cmd:check`` (run a command), ``cmd:check:3`` (run
a command from the end of consent-check run 3: start another check, show how it ended, pick it
up after advice), ``back:3:4`` (go back one question in run 3 while it holds 4 answers),
``check:3:purpose:yes`` (answer question ``purpose`` in consent-check run 3) and
``why:3:purpose`` (explain that question), ``form:3`` (fill in run 3's decision record in the
chat), ``field:3`` (one field of run 3's record form as it is typed, sent with that field, for
a door that prompts field by field) and ``record:3`` (a filled-in record form of run 3, sent with
its fields).
"""

from __future__ import annotations

from enum import StrEnum

from knowledge.flow_pack import AnswerKey
from knowledge.lazy_pattern import LazyPattern
from knowledge.pack_values import Value
from knowledge.value_class import value_class


class Command(StrEnum):
    """What a person can ask for in plain words or with a button."""

    WELCOME = "welcome"
    HELP = "help"
    TOPICS = "topics"
    CHECK = "check"
    RULES = "rules"
    ABOUT = "about"
    BACK = "back"
    RESTART = "restart"
    CANCEL = "cancel"
    RECORD = "record"
    RESUME = "resume"
    PRIVACY = "privacy"
    FILL = "fill"  # fill in the record of the check just finished
    QUESTIONS = "questions"  # list the seven key questions
    HOME = "home"  # a platform's home page for the assistant opened (Slack's App Home)


@value_class
class TopicPick(Value):
    """Show one Q&A entry."""

    number: int


@value_class
class CommandPick(Value):
    """Run a command."""

    command: Command


@value_class
class BoundCommand(Value):
    """Run a command from a button at the end of one consent-check run: a second press, or one
    from an older message, is recognised by the run."""

    command: Command
    run: int


@value_class
class BackPick(Value):
    """Go back one question in one consent-check run, as it stood when the button was shown:
    pressed again, it finds the run moved on and goes back no further."""

    run: int
    answers: int


@value_class
class AnswerPick(Value):
    """Answer one question of one consent-check run."""

    run: int
    step: str
    answer: AnswerKey


@value_class
class WhyPick(Value):
    """Explain one question of one consent-check run."""

    run: int
    step: str


@value_class
class FormPick(Value):
    """Open the decision-record form of one consent-check run."""

    run: int


@value_class
class RecordSubmit(Value):
    """A decision-record form of one run, filled in (the fields travel beside the value)."""

    run: int


@value_class
class FieldTyped(Value):
    """One field of a decision-record form of one run, as it was typed (the field travels beside
    the value): read for a risk of harm at once, written nowhere."""

    run: int


Pick = (
    TopicPick
    | CommandPick
    | BoundCommand
    | BackPick
    | AnswerPick
    | WhyPick
    | FormPick
    | FieldTyped
    | RecordSubmit
)

_MAX_VALUE = 100
_COMMANDS = frozenset(c.value for c in Command)
BOUND_COMMANDS = frozenset({Command.CHECK, Command.RESTART, Command.RECORD, Command.RESUME})
"""The commands a button at the end of a check binds to its run (`BoundCommand`)."""
# Pressed buttons only: compiled when the first is read.
_TOPIC = LazyPattern(r"topic:(\d{1,6})")
_CMD = LazyPattern(r"cmd:([a-z]{1,20})")
_BOUND = LazyPattern(r"cmd:([a-z]{1,20}):(\d{1,9})")
_BACK = LazyPattern(r"back:(\d{1,9}):(\d{1,4})")
_ANSWER = LazyPattern(
    r"check:(\d{1,9}):([a-z][a-z0-9-]{0,30}):(" + "|".join(a.value for a in AnswerKey) + ")"
)
_WHY = LazyPattern(r"why:(\d{1,9}):([a-z][a-z0-9-]{0,30})")
_FORM = LazyPattern(r"form:(\d{1,9})")
_SUBMIT = LazyPattern(r"record:(\d{1,9})")
_FIELD = LazyPattern(r"field:(\d{1,9})")


def topic_value(number: int) -> str:
    """The value of a button that shows Q&A entry `number`."""
    return f"topic:{number}"


def command_value(command: Command) -> str:
    """The value of a button that runs `command`."""
    return f"cmd:{command.value}"


def bound_value(command: Command, run: int) -> str:
    """The value of a button that runs `command` from the end of consent-check run `run`
    (start another check, start again, show how it ended, pick it up after advice)."""
    if command not in BOUND_COMMANDS:
        raise ValueError(f"{command} is not bound to a run")
    return f"cmd:{command.value}:{run}"


def back_value(run: int, answers: int) -> str:
    """The value of a "Change my last answer" button shown while run `run` holds `answers`
    answers."""
    return f"back:{run}:{answers}"


def answer_value(run: int, step: str, answer: AnswerKey) -> str:
    """The value of a button that answers `step` in consent-check run `run`."""
    return f"check:{run}:{step}:{answer.value}"


def why_value(run: int, step: str) -> str:
    """The value of a button that explains `step` in consent-check run `run`."""
    return f"why:{run}:{step}"


def form_value(run: int) -> str:
    """The value of a button that opens run `run`'s decision-record form."""
    return f"form:{run}"


def field_value(run: int) -> str:
    """The value one field of run `run`'s decision-record form is sent with as it is typed."""
    return f"field:{run}"


def submit_value(run: int) -> str:
    """The value a filled-in decision-record form of run `run` is sent with."""
    return f"record:{run}"


WELCOME = "cmd:welcome"
"""The action a door sends when a conversation opens (install, a new chat)."""
HOME = "cmd:home"
"""The action a door sends when a person opens the assistant's home page (Slack's App Home)."""


def parse_choice(value: str) -> Pick | None:
    """Decode a choice value; None for anything the assistant never offers."""
    if len(value) > _MAX_VALUE:
        return None
    if m := _TOPIC.fullmatch(value):
        return TopicPick(int(m[1]))
    if (m := _CMD.fullmatch(value)) and m[1] in _COMMANDS:
        return CommandPick(Command(m[1]))
    if (m := _BOUND.fullmatch(value)) and m[1] in _COMMANDS and Command(m[1]) in BOUND_COMMANDS:
        return BoundCommand(Command(m[1]), int(m[2]))
    if m := _BACK.fullmatch(value):
        return BackPick(int(m[1]), int(m[2]))
    if m := _ANSWER.fullmatch(value):
        return AnswerPick(int(m[1]), m[2], AnswerKey(m[3]))
    if m := _WHY.fullmatch(value):
        return WhyPick(int(m[1]), m[2])
    if m := _FORM.fullmatch(value):
        return FormPick(int(m[1]))
    if m := _SUBMIT.fullmatch(value):
        return RecordSubmit(int(m[1]))
    if m := _FIELD.fullmatch(value):
        return FieldTyped(int(m[1]))
    return None
