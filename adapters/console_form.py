"""The terminal's record form: one prompt a field, read as a Slack modal or a Teams card is
filled in. A field may be gone back to ("back"), left blank ("skip") or the form given up
("cancel"); each typed line is handed to the core as it is typed, so a harm told in a field is
signposted before the next prompt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import IO

from adapters.console import CHANNEL, Handler, is_leaving, picked_choice, readable
from dialogs.contract import Choice, RecordForm, Reply, Turn
from dialogs.typed import FieldMove, TypedReader, simplify

FORM_KEYS = (
    "Type back to change the field before, skip (or just press Enter) to leave one blank, or "
    "cancel to stop without writing the record."
)
FIRST_FIELD = "That's the first field: there is none before it."
FIELD_ASKED = (
    "That reads as a question, so I haven't written it in the record. Type what to record here, "
    "or press Enter to leave it blank."
)
FORM_STOPPED = (
    "I've stopped filling in the record and written nothing into it. To fill it in, type fill "
    "in the record."
)


def option_typed(typed: str, options: Sequence[tuple[str, str]]) -> bool:
    """Whether a line typed at a record field with options picks one (blank picks none, and is
    fine too): "yes" for "Yes, all of them" is no pick, so the terminal asks again."""
    typed = typed.strip()
    return not typed or picked_choice(typed, [Choice(t, k) for k, t in options]) is not None


def field_prompt(label: str, options: Sequence[tuple[str, str]], earlier: str = "") -> str:
    """The prompt for one field of a record form: its label, numbered options if any, and what
    was typed there before going back to it (`earlier`), which Enter keeps."""
    if options:
        listed = "  ".join(f"{i}) {text}" for i, (_, text) in enumerate(options, start=1))
        label = f"{label} [{listed}]"
    if earlier:
        return f"{label} (now: {earlier}; Enter keeps it, skip leaves it blank): "
    return f"{label} (Enter to leave blank): "


def _as_shown(options: Sequence[tuple[str, str]], line: str) -> str:
    if not options:
        return line.strip()
    picked = picked_choice(line.strip(), [Choice(text, key) for key, text in options])
    return picked.label if picked is not None else ""


def form_turn(form: RecordForm, lines: Sequence[str], conversation_id: str) -> Turn:
    """A record form's answers, one typed line per field, as the turn that submits it.

    An option is picked by its number or its words; anything else leaves that field blank.
    """
    values: list[tuple[str, str]] = []
    for field, line in zip(form.fields, lines, strict=False):
        typed = line.strip()
        if field.options:
            picked = picked_choice(typed, [Choice(text, key) for key, text in field.options])
            typed = picked.value if picked is not None else ""
        values.append((field.id, typed))
    return Turn(CHANNEL, conversation_id, "local", action=form.submit_value, form=tuple(values))


def field_turn(form: RecordForm, field_id: str, line: str, conversation_id: str) -> Turn | None:
    """One typed field of a record form as the turn that hands it to the core as it is typed,
    for the core to read it for a risk of harm at once; None for a field left blank, and for a
    form that asks for no such turns."""
    typed = line.strip()
    if not typed or not form.field_value:
        return None
    return Turn(
        CHANNEL, conversation_id, "local", action=form.field_value, form=((field_id, typed),)
    )


def field_move(line: str, typed: TypedReader) -> FieldMove | None:
    """How a line typed at a record field moves through the form, as the core reads it ("back",
    "skip", "cancel"; a goodbye stops the form too); None for a line to write in the field."""
    if is_leaving(line):
        return FieldMove.STOP
    return typed.field_move(simplify(line), question_mark="?" in line)


async def read_field(
    stdin: IO[str],
    stdout: IO[str],
    options: Sequence[tuple[str, str]],
    *,
    prompts: bool,
    typed: TypedReader,
) -> str:
    """One line typed at a record field; at a field with options, a line that picks none (and
    does not move through the form) is asked for once more (when prompts are shown), so what
    was meant is not dropped unseen."""
    import asyncio  # noqa: PLC0415 (as in run_chat: not on the ask path)

    line = readable(await asyncio.to_thread(stdin.readline))
    moved = field_move(line, typed) is not None
    if options and prompts and not moved and not option_typed(line, options):
        stdout.write(f"Please type 1 to {len(options)}, or press Enter to leave it blank: ")
        stdout.flush()
        line = readable(await asyncio.to_thread(stdin.readline))
    return line


async def said_at_prompt(
    handle: Handler, form: RecordForm, field_id: str, line: str, conversation_id: str
) -> list[Reply]:
    """What the core says to one field of a record form as it is typed (the signpost when it
    tells of harm; nothing otherwise), shown before the next prompt."""
    typed = field_turn(form, field_id, line, conversation_id)
    return await handle(typed) if typed is not None else []


async def fill_in(
    handle: Handler,
    form: RecordForm,
    stdin: IO[str],
    stdout: IO[str],
    *,
    conversation: str,
    json_mode: bool,
    typed: TypedReader,
    emit: Callable[[list[Reply]], None],
) -> list[Reply]:
    """Prompt for each field; the lines go into one turn and are not kept here. Each typed
    line is handed to the core as it is typed, and what it says back (the signpost, when
    the line tells of harm) is shown before the next prompt. As in a modal or a card, a
    field may be gone back to ("back") or left blank ("skip"), and the form given up
    ("cancel"): such a line is written nowhere."""
    if not json_mode:
        stdout.write(FORM_KEYS + "\n\n")
    lines: list[str] = []
    undone: list[str] = []  # the lines gone back over, the nearest last
    while len(lines) < len(form.fields):
        field = form.fields[len(lines)]
        earlier = undone[-1] if undone else ""
        if not json_mode:
            shown = _as_shown(field.options, earlier)
            stdout.write(field_prompt(field.label, field.options, shown))
            stdout.flush()
        line = await read_field(stdin, stdout, field.options, prompts=not json_mode, typed=typed)
        move = field_move(line, typed)
        if move is FieldMove.STOP:
            return [Reply(text=FORM_STOPPED)]
        if move is FieldMove.BACK:
            if lines:
                undone.append(lines.pop())
            elif not json_mode:
                stdout.write(FIRST_FIELD + "\n")
            continue
        if move is FieldMove.ASKED:  # read for harm as any field is, then asked for again
            emit(await said_at_prompt(handle, form, field.id, line, conversation))
            if not json_mode:
                stdout.write(FIELD_ASKED + "\n")
            continue
        if undone:
            undone.pop()
        kept = earlier if move is None and not line.strip() else line
        lines.append("" if move is FieldMove.SKIP else kept)
        emit(await said_at_prompt(handle, form, field.id, lines[-1], conversation))
    return await handle(form_turn(form, lines, conversation))
