"""The Teams column of the conformance table: the Slack issue's scripted conversations, played
through the Teams door over real HTTP, give the same texts, choices and outcomes as the terminal.

The scripts, the `Seen` form and the terminal player are the ones in
`tests/adapters/slack/test_conformance.py`, imported unchanged; `play_teams` is the Teams driver
that table's docstring asks for (it could move into its `DOORS` as it is).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.app import Core
from tests.adapters.slack.test_conformance import SCRIPTS, Press, Seen, Send, play_console
from tests.adapters.teams.conftest import TeamsBot
from tests.adapters.teams.standins import Sent
from tests.adapters.teams.test_http import new_id


async def play_teams(teams: TeamsBot, script: list[Send | Press]) -> list[Seen]:
    """Play a script in personal chat; report each reply (each section of a card) as seen."""
    messages: list[Sent] = []
    for step in script:
        if isinstance(step, Send):
            messages += await teams.send("personal_message", id=new_id(), text=step.text)
        else:
            value = _latest_choice(messages, step.label)
            messages += await teams.send("card_submit", id=new_id(), value={"choice": value})
    return [seen for message in messages for seen in _seen_in_teams(message)]


def _latest_choice(messages: list[Sent], label: str) -> str:
    for message in reversed(messages):
        for section in reversed(message.card["body"]):
            for title, value in _choices(section):
                if title == label:
                    return value
    raise AssertionError(f"no choice labelled {label!r}")


def _seen_in_teams(message: Sent) -> list[Seen]:
    outcomes = message.body.get("value", {}).get("outcomes", {})
    return [
        Seen(_section_text(section), tuple(_choices(section)), outcomes.get(section["id"]))
        for section in message.card["body"]
    ]


def _section_text(section: dict[str, Any]) -> str:
    """A card section's text the way the terminal shows the same markup."""
    text = ""
    for item in section["items"]:
        if item["type"] == "TextBlock":
            words = item["text"].replace("\r", "\n")
        elif item["type"] == "CodeBlock":
            words = item["codeSnippet"]
        else:
            continue
        joint = "\n" if item.get("spacing") == "None" else "\n\n"
        text += (joint if text else "") + (
            words if item["type"] == "CodeBlock" else _card_markdown_as_console_text(words)
        )
    return text


def _card_markdown_as_console_text(text: str) -> str:
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<![\w_])_(\S(?:.*?\S)?)_(?![\w_])", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r"\1 (\2)", text)
    return re.sub(r"^- ", "  • ", text, flags=re.MULTILINE)


def _choices(section: dict[str, Any]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for item in section["items"]:
        if item["type"] == "ActionSet":
            found += [
                (a["title"], a["data"]["choice"]) for a in item["actions"] if "choice" in a["data"]
            ]
        if item["type"] == "Input.ChoiceSet":
            found += [(c["title"], c["value"]) for c in item["choices"]]
    return found


@pytest.mark.parametrize("script", SCRIPTS)
async def test_teams_says_what_the_terminal_says(core: Core, teams: TeamsBot, script: str) -> None:
    expected = await play_console(core, None, SCRIPTS[script])  # type: ignore[arg-type]
    got = await play_teams(teams, SCRIPTS[script])

    assert len(expected) >= len(SCRIPTS[script])
    assert [s.text for s in got] == [s.text for s in expected]
    assert [s.choices for s in got] == [s.choices for s in expected]
    assert [s.outcome for s in got] == [s.outcome for s in expected]
    if script.startswith("consent check:"):
        assert [s.outcome for s in got if s.outcome] == [script.split(":")[1]]
