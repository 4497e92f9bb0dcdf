"""Reads the probe replies of tests/dialogs/data/check-replies-18.yaml at their key questions
through the real core and prints a markdown table of readings against what each reply meant.

A probe for finding misreadings, never an accuracy figure: `python -m tests.support.reply_probe`.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

from bot.app import build_core
from knowledge.flow_pack import AnswerKey, all_paths
from tests.support.core import Chat, texts

PROBE = Path(__file__).parents[1] / "dialogs" / "data" / "check-replies-18.yaml"
ASKED_AGAIN = "asked again"
UNCLEAR = "unclear"
# A record the practitioner did not mean that says yes or a kind of no: the worst misreading.
_GRAVE = {AnswerKey.YES, AnswerKey.REFUSED, AnswerKey.UNSAFE_TO_ASK, AnswerKey.NOT_ASKED}
COLUMNS = ("right", "wrong yes or kind of no", "wrong no or not sure", "asked again")


def go_to(chat: Chat, step_id: str) -> None:
    """Start a check and press the answers of the first path through the flow to `step_id`."""
    flow = chat.core.knowledge.flow
    before = next(
        steps[:i]
        for steps, _ in all_paths(flow)
        for i, (step, _) in enumerate(steps)
        if step == step_id
    )
    chat.send("check")
    for step, answer in before:
        question = flow.question(step)
        assert question is not None
        chat.press(question.label(answer))
    assert chat.state.check is not None and chat.state.check.step == step_id


def answered(chat: Chat, step_id: str, words: str) -> tuple[AnswerKey | None, str]:
    """Type `words` at `step_id` in a new check: the answer recorded there (None if none) and
    the replies' texts."""
    go_to(chat, step_id)
    replies = texts(chat.send(words))
    check = chat.state.check
    return (check.answered(step_id) if check is not None else None), replies


def assert_asked_again(chat: Chat, step_id: str, words: str) -> None:
    """`words` typed at `step_id` are no answer: nothing is recorded and nothing confirmed."""
    answer, replies = answered(chat, step_id, words)
    check = chat.state.check
    assert answer is None and check is not None and check.step == step_id, answer
    assert "I've taken that as" not in replies


def reading(chat: Chat, step_id: str, words: str) -> str:
    """How the check read `words` at `step_id`: an answer's key, or "asked again"."""
    answer, _ = answered(chat, step_id, words)
    if answer is not None:
        return answer.value
    check = chat.state.check
    return ASKED_AGAIN if check is not None and check.step == step_id else "left the check"


def verdict(meant: str, read: str, offered: frozenset[str]) -> str:
    """Which column of the table a reading falls in."""
    if read == meant or (read == ASKED_AGAIN and (meant == UNCLEAR or meant not in offered)):
        return "right"
    if read == ASKED_AGAIN:
        return "asked again"
    if AnswerKey(read) in _GRAVE:
        return "wrong yes or kind of no"
    return "wrong no or not sure"


def table() -> str:
    """The markdown table of every probe reply's reading, with the misreadings listed."""
    core = build_core()
    flow = core.knowledge.flow
    probe: dict[str, list[list[str]]] = yaml.safe_load(PROBE.read_text())
    lines = [
        "| question | replies | " + " | ".join(COLUMNS) + " |",
        "|---" * (2 + len(COLUMNS)) + "|",
    ]
    wrong: list[str] = []
    totals: Counter[str] = Counter()
    for step_id, replies in probe.items():
        question = flow.question(step_id)
        assert question is not None
        offered = frozenset(a.value for a in question.answers)
        counts: Counter[str] = Counter()
        for words, meant in replies:
            read = reading(Chat(core), step_id, words)
            column = verdict(meant, read, offered)
            counts[column] += 1
            if column != "right":
                wrong.append(f"| {step_id} | {words} | {meant} | {read} | {column} |")
        totals.update(counts)
        cells = " | ".join(str(counts[c]) for c in COLUMNS)
        lines.append(f"| {step_id} | {len(replies)} | {cells} |")
    cells = " | ".join(str(totals[c]) for c in COLUMNS)
    lines.append(f"| all | {sum(totals.values())} | {cells} |")
    lines += ["", "| question | reply | meant | read | kind |", "|---|---|---|---|---|", *wrong]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(table() + "\n")
