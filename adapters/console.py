"""The terminal door: an interactive chat, a JSON-lines mode for scripts, and one-shot `ask`.

Like the Slack and Teams doors it only translates: a typed line becomes a `Turn`, a `Reply`
becomes text (or one JSON object), and the core decides everything else.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import IO, Any

from dialogs.choices import WELCOME, Command, command_value
from dialogs.contract import Choice, Reply, Turn
from dialogs.facts import TurnFacts, TurnKind
from dialogs.typed import TypedReader, simplify
from knowledge.lazy_pattern import LazyPattern, holding
from knowledge.loader import Knowledge

CHANNEL = "console"
Handler = Callable[[Turn], Awaitable[list[Reply]]]

# Only an answer with emphasis or a link is searched with these (compiled at the first).
_BOLD = LazyPattern(r"\*\*(.+?)\*\*", re.DOTALL, needs=holding("**"))
_ITALIC = LazyPattern(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", re.DOTALL, needs=holding("*"))
_NUMBERED_LINE = LazyPattern(r"\d{1,3}\. ", needs=holding(". "))
_LINK = LazyPattern(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", needs=holding("]("))

LEAVE_HINT = "(To leave, type bye or quit, or press Ctrl-D.)"
GOODBYE = "Goodbye. To talk again, run: infoshare chat"
AS_ABOVE = "That's the welcome just above: pick from its list, or ask your question."
_LEAVING = frozenset(
    {"quit", "exit", "q", "bye", "bye bye", "byebye", "bye for now", "goodbye", "good bye"}
)
_POLITE_PREFIXES = ("ok ", "okay ", "right ", "thanks ", "thank you ", "many thanks ", "cheers ")


def readable(text: str) -> str:
    """`text` with what is not valid Unicode replaced by U+FFFD.

    That is, the bytes a command-line argument could not decode (Python keeps them as lone
    surrogates) and any other lone surrogate, which cannot be written as UTF-8 and must never
    be copied into output.
    """
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def line_to_turn(line: str, last_choices: Sequence[Choice], conversation_id: str) -> Turn:
    """A typed line as a turn: a choice's number or label picks it, anything else is text."""
    typed = line.strip()
    picked = picked_choice(typed, last_choices)
    if picked is not None:
        return Turn(CHANNEL, conversation_id, "local", action=picked.value)
    return Turn(CHANNEL, conversation_id, "local", text=line.rstrip("\r\n"))


def asks_for_help(turn: Turn, typed: TypedReader) -> bool:
    """Whether a turn asks for `help`, typed or picked: the terminal then says how to leave."""
    if turn.action is not None:
        return turn.action == command_value(Command.HELP)
    return typed.as_command(simplify(turn.text or "")) is Command.HELP


def picked_choice(typed: str, choices: Sequence[Choice]) -> Choice | None:
    """The choice a typed line picks by its number or its label (case aside), if any."""
    if typed.isdigit() and 1 <= int(typed) <= len(choices):
        return choices[int(typed) - 1]
    folded = typed.casefold()
    return next((c for c in choices if c.label.casefold() == folded), None)


def render_text(markup: str, *, ansi: bool) -> str:
    """The neutral markup as terminal text: bold in ANSI when wanted, links spelled out."""
    bold = r"\033[1m\1\033[0m" if ansi else r"\1"
    text = _BOLD.sub(bold, markup)
    text = _ITALIC.sub(r"\1", text)
    text = _LINK.sub(r"\1 (\2)", text)
    return "\n".join("  • " + ln[2:] if ln.startswith("- ") else ln for ln in text.splitlines())


def is_leaving(line: str) -> bool:
    """Whether a typed line says goodbye ("bye", "thanks, bye", "quit"...) in the terminal chat."""
    words = "".join(ch if ch.isalnum() else " " for ch in line.casefold()).split()
    said = " ".join(words)
    trimmed = True
    while trimmed:
        trimmed = False
        for prefix in _POLITE_PREFIXES:
            if said.startswith(prefix):
                said, trimmed = said.removeprefix(prefix), True
    return said in _LEAVING


def render_reply(reply: Reply, *, ansi: bool, numbered: bool = True) -> str:
    """One reply as the terminal shows it, with numbered choices (bullets when not `numbered`:
    a number typed next picks from the turn's last reply with choices, so only it is numbered).

    The choices are not listed again when the text already lists them under the same numbers
    (as the list of topics does), so that a number typed next still picks what it shows; when
    the text lists them as bullets ("Did you mean one of these?"), the numbered choices take
    the bullets' place.
    """
    text = render_text(reply.text, ansi=ansi)
    if reply.choices and not _numbers_a_list(reply):
        bullets = {f"  • {c.label}" for c in reply.choices}
        kept = [line for line in text.splitlines() if line not in bullets]
        if len(kept) + len(reply.choices) == len(text.splitlines()):
            text = "\n".join(kept).rstrip()
    lines = [text]
    if reply.choices and not _lists_its_choices(reply):
        lines.append("")
        if _numbers_a_list(reply) or not numbered:  # "3" next means its third item, or nothing
            lines += [f"  • {c.label}" for c in reply.choices]
        else:
            lines += [f"  {i}) {c.label}" for i, c in enumerate(reply.choices, start=1)]
    return "\n".join(lines)


def _lists_its_choices(reply: Reply) -> bool:
    listed = set(render_text(reply.text, ansi=False).splitlines())
    numbered = (f"{i}. {c.label}" for i, c in enumerate(reply.choices, start=1))
    return all(line in listed for line in numbered)


def _numbers_a_list(reply: Reply) -> bool:
    """Whether the text numbers a list of its own ("1. Data protection is not a barrier")."""
    return any(_NUMBERED_LINE.match(line) for line in reply.text.splitlines())


def last_choices(replies: Sequence[Reply], previous: Sequence[Choice]) -> Sequence[Choice]:
    """The choices a number or label on the next line refers to: the last reply's that had any
    (none when its text numbers a list of its own: the core reads a number typed for its items)."""
    last = next((r for r in reversed(replies) if r.choices), None)
    if last is None:
        return previous
    return last.choices if _lists_its_choices(last) or not _numbers_a_list(last) else ()


async def run_chat(
    handle: Handler,
    stdin: IO[str],
    stdout: IO[str],
    *,
    json_mode: bool,
    ansi: bool,
    typed: TypedReader,
) -> None:
    """Talk to the assistant until end of input (or goodbye typed in the interactive mode).

    In the interactive mode the welcome given again at once (after a first "hi") is shown as
    one line pointing up to it; any other reply is printed in full, even when it repeats an
    earlier one, so a new question never looks unanswered. `typed` tells a typed "help" (after
    which the terminal says how to leave).
    """
    import asyncio  # noqa: PLC0415 (running, so loaded; `infoshare ask` needs none)

    conversation = _conversation_id()
    choices: Sequence[Choice] = ()
    above: list[Reply] = []

    def emit(replies: list[Reply], *, welcome: bool = False, fresh: bool = False) -> None:
        if fresh and replies and not json_mode:  # on a line of its own after a field's prompt
            stdout.write("\n")
        last = next((r for r in reversed(replies) if r.choices), None)
        for reply in replies:
            if json_mode:
                import json  # noqa: PLC0415 (only JSON lines: a later `ask` imports no json)

                stdout.write(json.dumps(reply.to_dict(), ensure_ascii=False) + "\n")
            elif reply.choices and replace(reply, press=None) in above:
                stdout.write(AS_ABOVE + "\n\n")
            else:
                stdout.write(render_reply(reply, ansi=ansi, numbered=reply is last) + "\n\n")
        stdout.flush()
        # The first welcome answers the door's own press: compared without that mark.
        above[:] = [replace(reply, press=None) for reply in replies] if welcome else []

    if not json_mode:
        replies = await handle(Turn(CHANNEL, conversation, "local", action=WELCOME))
        emit(replies, welcome=True)
        stdout.write(LEAVE_HINT + "\n\n")
        choices = last_choices(replies, choices)
    while True:
        if not json_mode:
            stdout.write("you> ")
            stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not json_mode and (not line or is_leaving(readable(line))):
            stdout.write(("" if line else "\n") + GOODBYE + "\n")
            stdout.flush()
            return
        if not line:
            return
        turn = line_to_turn(readable(line), choices, conversation)
        replies = await handle(turn)
        emit(replies)
        if not json_mode and asks_for_help(turn, typed):
            stdout.write(LEAVE_HINT + "\n\n")
        form = next((r.form for r in replies if r.form is not None), None)
        if form is not None:
            from adapters.console_form import fill_in  # noqa: PLC0415 (only once a form is asked for)

            replies = await fill_in(
                handle,
                form,
                stdin,
                stdout,
                conversation=conversation,
                json_mode=json_mode,
                typed=typed,
                emit=functools.partial(emit, fresh=True),
            )
            emit(replies)
        choices = last_choices(replies, choices)


def ask_turn(question: str) -> Turn:
    """One question of `infoshare ask` as a turn of its own private conversation."""
    return Turn(CHANNEL, _conversation_id(), "local", text=question, private=True)


def _conversation_id() -> str:
    # 32 random hex digits, as uuid4().hex has, without importing uuid (and platform) for `ask`.
    return os.urandom(16).hex()


def _entry_json(knowledge: Knowledge, number: int, score: float | None) -> dict[str, Any]:
    entry = knowledge.entry(number)
    return {
        "number": number,
        "question": entry.question if entry else "",
        "score": round(score, 2) if score is not None else None,
    }


def ask_json(
    knowledge: Knowledge, question: str, facts: TurnFacts, replies: Sequence[Reply] = ()
) -> dict[str, Any]:
    """The JSON object `infoshare ask --json` prints for one question the core has answered
    (`replies`: what it said): with a risk of harm, `signpost` carries the signpost's text (its
    Markdown subset, as `chat --json` gives it), so a script showing only the JSON shows it."""
    signpost = next((r.text for r in replies if r.risk_of_harm), None)
    answered = facts.kind is TurnKind.ANSWERED and facts.entry is not None
    scores = (*facts.suggestion_scores, *([None] * len(facts.suggestions)))
    return {
        "question": question,
        "answer": _entry_json(knowledge, facts.entry, facts.score)
        if answered and facts.entry is not None
        else None,
        "suggestions": [
            _entry_json(knowledge, n, s) for n, s in zip(facts.suggestions, scores, strict=False)
        ],
        "risk_of_harm": facts.risk_of_harm,
        "signpost": signpost,
    }


def ask_text(replies: Sequence[Reply]) -> str:
    """The plain text `infoshare ask` prints for one question: every reply, in order."""
    return "\n\n".join(render_reply(r, ansi=False) for r in replies)
