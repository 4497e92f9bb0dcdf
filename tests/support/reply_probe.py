"""Reads the probe replies of a probe file (tests/dialogs/data/check-replies-18.yaml unless
another is named) at their key questions through the real core and prints a markdown table of
readings against what each reply meant, with the signposts given (by the cues or the learnt
model) and the published entries quoted; and, for a file's `after-the-end` replies, what each
got just after a check ended.

A probe for finding misreadings, never an accuracy figure:
`python -m tests.support.reply_probe [tests/dialogs/data/check-replies-20.yaml]`.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import yaml

from bot.app import Core, build_core
from dialogs.check_commands import changed_after_end
from dialogs.clean_input import clean_input
from dialogs.contract import Reply, Turn
from dialogs.facts import TurnKind
from dialogs.risk_reading import RiskReading
from knowledge.flow_graph import all_paths
from knowledge.flow_pack import AnswerKey
from tests.support.core import FIXED_CLOCK, Chat, quoted, texts

PROBE = Path(__file__).parents[1] / "dialogs" / "data" / "check-replies-18.yaml"
AFTER_THE_END = "after-the-end"
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


class Heard(NamedTuple):
    """What a reply got: its reading (or what happened, after the end), and whether the
    signpost was given and by what ("cues", "model" or "") and an entry was quoted."""

    read: str
    signpost: str
    quoted: bool


def signposted_by(risk: RiskReading, words: str, replies: Sequence[Reply]) -> str:
    """Which check gave the signpost in `replies`: "cues", "model", or "" when none was given.
    The cues are asked alone: if they find nothing, the learnt model gave it."""
    if not any(r.risk_of_harm for r in replies):
        return ""
    return "cues" if risk.detect(clean_input(words), second_opinion=False) else "model"


def heard_at(core: Core, risk: RiskReading, step_id: str, words: str) -> Heard:
    """What `words` typed at `step_id` in a new check got."""
    chat = Chat(core)
    go_to(chat, step_id)
    replies = chat.send(words)
    check = chat.state.check
    answer = check.answered(step_id) if check is not None else None
    if answer is not None:
        read = answer.value
    else:
        read = ASKED_AGAIN if check is not None and check.step == step_id else "left the check"
    return Heard(read, signposted_by(risk, words, replies), bool(quoted(replies)))


def heard_after_end(core: Core, risk: RiskReading, words: str) -> Heard:
    """What `words` typed just after a check ended at "share with consent" got: "changed" (the
    line that nothing was changed), or the kind of turn."""
    chat = Chat(core)
    chat.send("check")
    for _ in range(4):
        chat.send("yes")
    assert chat.state.check is not None and chat.state.check.finished
    turn = Turn("test", "c1", "u1", text=words, private=True)
    _, replies, facts = core.assistant.decide(chat.state, turn, FIXED_CLOCK)
    read = "changed" if changed_after_end(chat.state.check) in replies else facts.kind.value
    return Heard(read, signposted_by(risk, words, replies), bool(quoted(replies)))


_AFTER_RIGHT = {
    "changed": {"changed"},
    "small-talk": {TurnKind.SMALL_TALK.value},
    "record": {TurnKind.RECORD.value, TurnKind.COMMAND.value},
}


def after_verdict(meant: str, heard: Heard) -> str:
    """Right or wrong for a reply after the end: as meant, and a remark never quoted on."""
    if meant in _AFTER_RIGHT:
        return "right" if heard.read in _AFTER_RIGHT[meant] else "wrong"
    return "wrong" if meant == "remark" and heard.quoted else "right"


def _marks(heard: Heard) -> str:
    return f"{heard.signpost or '-'} | {'quoted' if heard.quoted else '-'}"


def table(probe_file: Path = PROBE) -> str:
    """The markdown tables of every probe reply's reading: counts per question (misreadings,
    signposts by cause for replies that tell of no risk, quotes), then each reply that was
    misread, signposted or quoted."""
    core = build_core()
    risk = RiskReading(core.knowledge, core.matcher)
    flow = core.knowledge.flow
    probe: dict[str, list[list[str]]] = yaml.safe_load(probe_file.read_text())
    extra = ("signpost by cues", "signpost by model", "quoted")
    lines = [
        "| question | replies | " + " | ".join((*COLUMNS, *extra)) + " |",
        "|---" * (2 + len(COLUMNS) + len(extra)) + "|",
    ]
    listed: list[str] = []
    totals: Counter[str] = Counter()
    for step_id, replies in probe.items():
        if step_id == AFTER_THE_END:
            continue
        question = flow.question(step_id)
        assert question is not None
        offered = frozenset(a.value for a in question.answers)
        counts: Counter[str] = Counter()
        for words, meant, *risky in replies:
            heard = heard_at(core, risk, step_id, words)
            column = verdict(meant, heard.read, offered)
            counts[column] += 1
            if heard.signpost and not risky:
                counts[f"signpost by {heard.signpost}"] += 1
            counts["quoted"] += heard.quoted
            if column != "right" or heard.signpost or heard.quoted:
                said = f"{meant} (risk)" if risky else meant
                listed.append(
                    f"| {step_id} | {words} | {said} | {heard.read} | {column} | "
                    + _marks(heard)
                    + " |"
                )
        totals.update(counts)
        cells = " | ".join(str(counts[c]) for c in (*COLUMNS, *extra))
        lines.append(f"| {step_id} | {len(replies)} | {cells} |")
    cells = " | ".join(str(totals[c]) for c in (*COLUMNS, *extra))
    lines.append(f"| all | {sum(totals[c] for c in COLUMNS)} | {cells} |")
    lines += [
        "",
        "| question | reply | meant | read | kind | signpost | quote |",
        "|---|---|---|---|---|---|---|",
        *listed,
    ]
    if AFTER_THE_END in probe:
        lines += ["", *after_table(core, risk, probe[AFTER_THE_END])]
    return "\n".join(lines)


def after_table(core: Core, risk: RiskReading, replies: list[list[str]]) -> list[str]:
    """The rows for replies typed just after a check ended."""
    rows = [
        "| after the end | meant | got | verdict | signpost | quote |",
        "|---|---|---|---|---|---|",
    ]
    for words, meant in replies:
        heard = heard_after_end(core, risk, words)
        rows.append(
            f"| {words} | {meant} | {heard.read} | {after_verdict(meant, heard)} | "
            + _marks(heard)
            + " |"
        )
    return rows


if __name__ == "__main__":
    sys.stdout.write(table(Path(sys.argv[1]) if len(sys.argv) > 1 else PROBE) + "\n")
