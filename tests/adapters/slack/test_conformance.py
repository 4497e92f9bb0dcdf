"""One core, every door: the same scripted conversations give the same texts, choices and
outcomes through the terminal door and the Slack door.

The scripts and the doors are two tables. Adding the Teams door means adding one driver to
`DOORS` that plays a script and reports what a person saw, in the same `Seen` form.
"""

from __future__ import annotations

import html
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest

from adapters.console import line_to_turn, render_text
from bot.app import Core
from bot.stores.memory import MemoryStore
from dialogs.contract import Choice
from knowledge.flow_pack import all_paths
from knowledge.loader import load_knowledge
from tests.adapters.slack.conftest import Person, make_pipeline, start_server
from tests.adapters.slack.fake_slack import FakeSlack, Message


@dataclass(frozen=True)
class Send:
    """Type a message."""

    text: str


@dataclass(frozen=True)
class Press:
    """Press the button with this label on the latest message that shows it."""

    label: str


Step = Send | Press


@dataclass(frozen=True)
class Seen:
    """One message as a person saw it, in door-neutral words."""

    text: str
    choices: tuple[tuple[str, str], ...]
    outcome: str | None


def _check_scripts() -> dict[str, list[Step]]:
    flow = load_knowledge().flow
    scripts: dict[str, list[Step]] = {}
    for path, outcome in all_paths(flow):
        if outcome.kind in {s.split(":")[1] for s in scripts}:
            continue
        steps: list[Step] = [Send("check")]
        for step, answer in path:
            question = flow.question(step)
            assert question is not None
            steps.append(Press(question.label(answer)))
        scripts[f"consent check:{outcome.kind}"] = steps
    return scripts


_FIRST_TOPIC = load_knowledge().entries[0].question
SCRIPTS: dict[str, list[Step]] = {
    "Q&A question": [Send("Why is information sharing important?")],
    "topics, then one": [Send("topics"), Press(_FIRST_TOPIC)],
    "hello, help and rules": [Send("hello"), Press("Golden rules"), Send("help")],
    "nothing found": [Send("what time does the canteen open on fridays")],
    "check, why, back and cancel": [
        Send("check"),
        Press("Why am I asked this?"),
        Press("Yes"),
        Send("back"),
        Send("cancel"),
    ],
    **_check_scripts(),
}


# -- the terminal door -------------------------------------------------------------------------


async def play_console(core: Core, _: FakeSlack, script: list[Step]) -> list[Seen]:
    handle = make_pipeline(core, MemoryStore()).handle
    seen: list[Seen] = []
    choices: tuple[Choice, ...] = ()
    for step in script:
        line = step.text if isinstance(step, Send) else step.label
        replies = await handle(line_to_turn(line, choices, "console-1"))
        for reply in replies:
            seen.append(
                Seen(
                    render_text(reply.text, ansi=False),
                    tuple((c.label, c.value) for c in reply.choices),
                    reply.outcome.value if reply.outcome else None,
                )
            )
        choices = next((r.choices for r in reversed(replies) if r.choices), choices)
    return seen


# -- the Slack door ----------------------------------------------------------------------------


async def play_slack(core: Core, slack: FakeSlack, script: list[Step]) -> list[Seen]:
    server = await start_server(core, slack)
    person = Person(server, slack)
    messages: list[Message] = []
    try:
        for step in script:
            if isinstance(step, Send):
                messages += await person.dm(step.text)
            else:
                messages += await person.press(_shown(person, step.label))
    finally:
        await server.close()
    return [_seen_in_slack(m) for m in messages]


def _shown(person: Person, label: str) -> str:
    """The button label Slack shows for a choice label (long ones end in an ellipsis)."""
    for message in reversed(person.slack.messages):
        for button in message.buttons():
            if _same_label(label, button["text"]["text"]):
                return str(button["text"]["text"])
    raise AssertionError(f"no button for {label!r}")


def _seen_in_slack(message: Message) -> Seen:
    """A message as first posted (before a "You chose" update took its buttons away)."""
    posted = message.original
    buttons = [
        e for b in posted.get("blocks") or [] if b["type"] == "actions" for e in b["elements"]
    ]
    metadata = posted.get("metadata") or {}
    return Seen(
        _mrkdwn_as_console_text(posted["text"]),
        tuple((b["text"]["text"], b["value"]) for b in buttons),
        metadata.get("event_payload", {}).get("outcome"),
    )


_FENCE = re.compile(r"```\n(.*?)\n```", re.DOTALL)


def _mrkdwn_as_console_text(text: str) -> str:
    """Slack mrkdwn read the way the terminal shows the same markup: plain words."""
    parts = _FENCE.split(text)
    out = []
    for i, part in enumerate(parts):
        words = part
        if i % 2 == 0:  # outside a code block
            words = re.sub(r"<(https?://[^|>]+)\|([^>]+)>", r"\2 (\1)", words)
            words = re.sub(r"(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])", r"\1", words)
            words = re.sub(r"(?<![\w_])_(\S(?:.*?\S)?)_(?![\w_])", r"\1", words)
            words = re.sub(r"^• ", "  • ", words, flags=re.MULTILINE)
        out.append(html.unescape(words))
    return "".join(out)


def _same_label(core_label: str, shown: str) -> bool:
    return shown == core_label or (
        shown.endswith("…") and core_label.startswith(shown.removesuffix("…"))
    )


# -- the table ---------------------------------------------------------------------------------

Player = Callable[[Core, FakeSlack, list[Step]], Awaitable[list[Seen]]]
DOORS: dict[str, Player] = {"slack": play_slack}
REFERENCE: Player = play_console


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize("script", SCRIPTS)
async def test_every_door_says_the_same(
    core: Core, slack: FakeSlack, script: str, door: str
) -> None:
    expected = await REFERENCE(core, slack, SCRIPTS[script])
    got = await DOORS[door](core, slack, SCRIPTS[script])
    assert len(expected) >= len(SCRIPTS[script])
    assert [s.text for s in got] == [s.text for s in expected]
    assert [s.outcome for s in got] == [s.outcome for s in expected]
    assert len(got) == len(expected)
    for shown, said in zip(got, expected, strict=True):
        assert [v for _, v in shown.choices] == [v for _, v in said.choices]
        for (label, _), (core_label, _) in zip(shown.choices, said.choices, strict=True):
            assert _same_label(core_label, label), (core_label, label)
    if script.startswith("consent check:"):
        assert [s.outcome for s in got if s.outcome] == [script.split(":")[1]]
