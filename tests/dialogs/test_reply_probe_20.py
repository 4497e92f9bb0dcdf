"""Round 20's probe of typed replies (tests/dialogs/data/check-replies-20.yaml) has no reply
recorded as an answer it did not mean: before round 20's fixes, four were recorded as a wrong
YES ("she has agreed" to key questions 1 and 2, "mum agreed" to key question 1, "she has agreed
now" to key question 5)."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.app import Core
from tests.support.core import Chat
from tests.support.reply_probe import AFTER_THE_END, reading, verdict

PROBE = Path(__file__).parent / "data" / "check-replies-20.yaml"


def test_no_probe_reply_is_recorded_as_what_it_did_not_mean(core: Core) -> None:
    probe: dict[str, list[list[str]]] = yaml.safe_load(PROBE.read_text())
    wrong = []
    for step, replies in probe.items():
        if step == AFTER_THE_END:
            continue
        question = core.knowledge.flow.question(step)
        assert question is not None
        offered = frozenset(a.value for a in question.answers)
        for words, meant, *_ in replies:
            read = reading(Chat(core), step, words)
            if verdict(meant, read, offered).startswith("wrong"):
                wrong.append((step, words, read))
    assert not wrong
