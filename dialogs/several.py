"""A message of several numbered questions ("1. can I share with the school nurse 2. do I need
consent 3. what do I record"): each is answered in turn, under its number.

Read as one, such a message got an answer to one of its questions only, and the reply never said
which (tryout35b finding 8). Each numbered question is now taken as a message of its own, in the
writer's order, so each passes every check a single question passes (a published answer is
quoted only for the question it answers). The writer's words are never repeated back: each
answer is headed by its number alone.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from dialogs.contract import Reply
from dialogs.facts import TurnKind
from dialogs.typed import simplify
from knowledge.matching.question_forms import asks_something
from knowledge.matching.text import words

if TYPE_CHECKING:
    from dialogs.commands import Result
    from dialogs.facts import Clock
    from dialogs.state import ConversationState
    from dialogs.text_turns import TextTurns
    from dialogs.turn_note import TurnNote

# "1." or "1)" opening the message or after a space, before the question's words.
_MARK = re.compile(r"(?:^|(?<=\s))(\d{1,2})\s*[.)]\s+(?=\S)")
# What a question read alone gets that answers nothing of it: it is left to be asked again.
_NOT_AN_ANSWER = frozenset(
    {TurnKind.DECLINED, TurnKind.OFF_TOPIC, TurnKind.SUGGESTED, TurnKind.NOT_COVERED}
)
_MOST = 6  # more than this is a list of something else (a form's fields, a story's events)


def numbered_questions(text: str) -> list[str]:
    """The questions of a message numbered 1, 2, 3… in order (at least two, at most six), each
    without its number and each asking something (`asks_something`); an empty list for any
    other message."""
    marks = list(_MARK.finditer(text))
    if not 2 <= len(marks) <= _MOST:
        return []
    if [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    parts = [text[m.end() : end].strip() for m, end in zip(marks, ends, strict=True)]
    # "1. the boy is 14 2. mum refused consent. can I share?" numbers a story, not questions
    return parts if all(asks_something(p, words(p)) for p in parts) else []


def heading(number: int, count: int) -> Reply:
    """The line before the answer to question `number` of `count`."""
    return Reply(text=f"**Your question {number} of {count}**")


def answer_each(
    turns: TextTurns, state: ConversationState, text: str, now: Clock, note: TurnNote
) -> Result | None:
    """`turns.on_text` for each numbered question of `text` in turn (the state passed on from
    one to the next), each answer under its number (`heading`); None for a message that is not
    several numbered questions, or one typed in a consent check. A message telling of harm
    that asks a second question gets each answered (`dialogs.told_questions`)."""
    if note.risk is not None:
        told = [] if state.in_check() else turns.replies.told_questions(text, note)
        if not told:
            return None
        from dialogs.told_questions import answer_told  # noqa: PLC0415 (only after harm)

        return answer_told(turns, state, told, now, note)
    parts = [] if state.in_check() else numbered_questions(text)
    if not parts:
        return None
    replies: list[Reply] = []
    for number, part in enumerate(parts, 1):
        state, said = turns.on_text(
            state, part, now, note, simple=simplify(part), reply=None, late=False
        )
        replies += [heading(number, len(parts)), *said]
    return state, replies


def say_one_answered(replies: list[Reply], line: str) -> None:
    """Add `line` (the about pack's `several_questions`: one of them answered) to the replies,
    before a last reply's buttons, which stay last ("yes" next takes up an offer)."""
    at = len(replies) - 1 if replies and replies[-1].choices else len(replies)
    replies.insert(at, Reply(text=line))


def say_which_answered(
    turns: TextTurns,
    before: ConversationState,
    parts: list[tuple[str, str]],
    replies: list[Reply],
    *,
    lines: tuple[str, str],
    now: Clock,
    note: TurnNote,
) -> list[Reply]:
    """The reply to a message asking a second question in a sentence, no harm told ("can I
    share this with the school and do I need her consent?"; round 48, asks137), told which
    question it answers. Each question of `parts` (`dialogs.told_questions.told_questions`)
    is read alone from the state `before` (nothing kept); `replies` answer one when they are
    what that question gets alone. With two questions, one answered, the other's own reply
    follows, each under its number in the writer's order, when it quotes nothing and is more
    than a decline; otherwise a line says which was answered and to ask the other on its own
    (`lines`: the about pack's `several_one_answered`, a template, and `several_questions`,
    said when the replies are no one question's). Unchanged when they are every question's
    ("can I tell the GP and should I tell his mum?": a decision to make, either way)."""
    given = [r.text for r in replies]
    alone: list[tuple[list[Reply], bool]] = []
    for _, question in parts:
        tried = copy.copy(note)
        said = turns.on_text(
            before, question, now, tried, simple=simplify(question), reply=None, late=False
        )[1]
        plain = not any(r.card for r in said) and tried.kind not in _NOT_AN_ANSWER
        alone.append((said, plain))
    answered = [n for n, (said, _) in enumerate(alone, 1) if [r.text for r in said] == given]
    if len(answered) == len(parts):
        return replies
    others = [n for n in range(1, len(parts) + 1) if n not in answered]
    if len(answered) == 1 and len(others) == 1:
        other_said, plain = alone[others[0] - 1]
        if plain:
            own = {answered[0]: replies, others[0]: other_said}
            return [r for n in (1, 2) for r in (heading(n, 2), *own[n])]
    one, several = lines
    line = (
        one.format(answered=answered[0], other=others[0], count=len(parts))
        if len(answered) == 1 and len(others) == 1
        else several
    )
    say_one_answered(replies, line)
    return replies
