"""The Teams column of the conformance table: the Slack issue's scripted conversations, played
through the Teams door over real HTTP, in personal chat and in a channel, give the same texts,
choices and outcomes as the terminal.

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


async def play_teams(teams: TeamsBot, script: list[Send | Press], where: str) -> list[Seen]:
    """Play a script in personal chat or, @mentioning the assistant, in a channel.

    Each reply (each section of a card) is reported as seen, wherever it went: in a channel, a
    consent check carries on in personal chat, and the door's own notices are not replies.
    """
    messages: list[Sent] = []
    for step in script:
        if isinstance(step, Send):
            if where == "channel":
                text = f"<at>infoshare</at> {step.text}"
                messages += await teams.send("channel_mention", id=new_id(), text=text)
            else:
                messages += await teams.send("personal_message", id=new_id(), text=step.text)
        else:
            shown_in, value = _latest_choice(messages, step.label)
            messages += await teams.send(
                "card_submit", id=new_id(), value={"choice": value}, conversation=shown_in
            )
    cards = [m for m in messages if "attachments" in m.body]
    return [seen for message in cards for seen in _seen_in_teams(message)]


def _latest_choice(messages: list[Sent], label: str) -> tuple[dict[str, str], str]:
    """Where the latest choice with this label was shown, and its value."""
    for message in reversed([m for m in messages if "attachments" in m.body]):
        for section in reversed(_sections(message)):
            for title, value in _choices(section):
                if title == label:
                    conversation = message.body["conversation"]
                    kind = "channel" if "@thread" in conversation["id"] else "personal"
                    return {"id": conversation["id"], "conversationType": kind}, value
    raise AssertionError(f"no choice labelled {label!r}")


def _sections(message: Sent) -> list[dict[str, Any]]:
    """The card's reply sections (a door's lead line above them is not a reply)."""
    return [item for item in message.card["body"] if item["type"] == "Container"]


def _seen_in_teams(message: Sent) -> list[Seen]:
    outcomes = message.body.get("value", {}).get("outcomes", {})
    return [
        Seen(_section_text(section), tuple(_choices(section)), outcomes.get(section["id"]))
        for section in _sections(message)
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


@pytest.mark.parametrize("where", ["personal chat", "channel"])
@pytest.mark.parametrize("script", SCRIPTS)
async def test_teams_says_what_the_terminal_says(
    core: Core, teams: TeamsBot, script: str, where: str
) -> None:
    expected = await play_console(core, None, SCRIPTS[script])  # type: ignore[arg-type]
    got = await play_teams(teams, SCRIPTS[script], where)

    assert len(expected) >= len(SCRIPTS[script])
    assert [s.text for s in got] == [s.text for s in expected]
    assert [s.choices for s in got] == [s.choices for s in expected]
    assert [s.outcome for s in got] == [s.outcome for s in expected]
    if script.startswith("consent check:"):
        assert [s.outcome for s in got if s.outcome] == [script.split(":")[1]]
        if where == "channel":  # the whole check was in private, none of it in the channel
            in_channel = [m for m in teams.connector.messages() if "@thread" in m.path]
            assert all("Key question" not in m.texts for m in in_channel)
