"""The questions of a message telling of harm, each answered below the signpost.

"my pupil says her stepdad hits her, can I tell the school nurse? and what is an information
sharing protocol?" got the signpost, an answer to one of its questions, and "You asked more than
one question: … ask the next on its own". When such a message asks a second question (one of the
typed-words pack's `second_questions` begins it: "and what is", "also can"), each question now
gets the reply it would get alone (the same routes and matcher, so a published answer is quoted
only for the question it answers), in the writer's order under its number, the signpost first
(rule one). Each is read after the story told before the first, as if it were the message's
only question; nothing typed is kept.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dialogs.contract import Reply
from dialogs.several import heading
from dialogs.typed import simplify
from knowledge.matching.question_forms import asks_something
from knowledge.matching.text import words

if TYPE_CHECKING:
    from dialogs.commands import Result
    from dialogs.facts import Clock
    from dialogs.state import ConversationState
    from dialogs.text_turns import TextTurns
    from dialogs.turn_note import TurnNote

# After a question mark and the spaces that follow it: each part ends at its question.
_AFTER_QUESTION = re.compile(r"(?<=\?)\s+")
# After a sentence's end and the spaces that follow it: a question's story is what comes before
# its own sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+")
_MOST = 4  # more than this is a list of worries, not a few questions
ASK_ALONE = "I can't be sure which published answer fits this one here: ask it on its own."
SAME_AS = "The same as for your question {number}, above."


def told_questions(text: str, seconds: Sequence[str]) -> list[tuple[str, str]]:
    """The questions of `text`, split after each question mark and where one of `seconds`
    (simplified phrases, "and what is") begins another within a sentence, that joining word
    dropped ("…without consent, and what is an ISP?": "…without consent?", "what is an ISP?").
    Each with the story told before the first question's sentence, and without it. At least
    two, at most `_MOST`, each asking something (`asks_something`), or an empty list."""
    starts = [_phrase(s) for s in seconds if s.split()]
    parts: list[str] = []
    for sentence in _AFTER_QUESTION.split(text.strip()):
        parts += _split_at(sentence, starts)
    if len(parts) > 1 and not parts[-1].endswith("?"):
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]
    if not 2 <= len(parts) <= _MOST or not all(asks_something(p, words(p)) for p in parts):
        return []
    # Each question is read after the story, as it would be asked alone with it, and alone.
    *story, first = _SENTENCE_END.split(parts[0])
    told = " ".join(story)
    return [(parts[0], first), *((f"{told} {p}" if told else p, p) for p in parts[1:])]


def _phrase(second: str) -> re.Pattern[str]:
    lead, *rest = second.split()
    # The joining word (dropped), then the question's first words, however spaced or cased.
    then = r"\W+".join(map(re.escape, rest))
    # No run of spaces or commas before the lead in the pattern: matched from every start in a
    # long run, it was quadratic; `_split_at` trims that run off the part before instead.
    return re.compile(rf"\b{re.escape(lead)}\s+(?={then}\b)", re.IGNORECASE)


def _trimmed(part: str) -> str:
    """`part` without the spaces and joining marks (",", ";", ":", "-") it ends with, and
    without spaces at its start."""
    end = len(part)
    while end and (part[end - 1].isspace() or part[end - 1] in ",;:-"):
        end -= 1
    return part[:end].strip()


def _split_at(sentence: str, starts: Sequence[re.Pattern[str]]) -> list[str]:
    found = sorted((m for p in starts for m in p.finditer(sentence)), key=lambda m: m.start())
    parts, at = [], 0
    for match in found:
        if match.start() < at:
            continue
        before = _trimmed(sentence[at : match.start()])
        if before:
            parts.append(before if before.endswith("?") else f"{before}?")
        at = match.end()
    parts.append(sentence[at:].strip())
    return [p for p in parts if p]


def answer_told(
    turns: TextTurns,
    state: ConversationState,
    parts: Sequence[tuple[str, str]],
    now: Clock,
    note: TurnNote,
) -> Result:
    """`turns.on_text` for each question of `parts` (`told_questions`) in turn, read after the
    story, each under its number (`heading`). A published answer quoted for a question read
    after the story stands only when the question read alone is quoted the same: a story's
    words can carry an entry the question never asks about. Otherwise the question gets its
    reply read alone, or, when that quotes another entry, a line to ask it on its own. A reply
    the same as an earlier question's is not given twice."""
    replies: list[Reply] = []
    given: list[list[str]] = []
    for number, (told, alone) in enumerate(parts, 1):
        tried = copy.copy(note)
        after, said = turns.on_text(
            state, told, now, tried, simple=simplify(told), reply=None, late=False
        )
        if _quoted(said) and told != alone:
            lone = copy.copy(note)
            after_lone, said_lone = turns.on_text(
                state, alone, now, lone, simple=simplify(alone), reply=None, late=False
            )
            if _quoted(said_lone) != _quoted(said):
                tried, after = (lone, after_lone) if not _quoted(said_lone) else (note, state)
                said = said_lone if not _quoted(said_lone) else [Reply(text=ASK_ALONE)]
        vars(note).update(vars(tried))
        state = after
        texts = [r.text for r in said]
        same = next((n for n, earlier in enumerate(given, 1) if earlier == texts), None)
        given.append(texts)
        if same is not None:  # "can I tell the school and should I tell his dad?"
            said = [Reply(text=SAME_AS.format(number=same))]
        replies += [heading(number, len(parts)), *said]
    return state, replies


def _quoted(replies: Sequence[Reply]) -> list[str]:
    return [r.card.title for r in replies if r.card is not None]
