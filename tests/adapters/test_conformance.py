"""One core, every door: the same scripted conversations give the same texts, choices and
outcomes through the terminal, Slack and Teams.

Two tables: `SCRIPTS` (the conversations) and `DOORS` (a player per door, and the fixture it
plays against). A player plays a script the way a person would and reports each reply as the
person saw it, in the door-neutral `Seen` form; the terminal is the reference.

The doors that put a published answer into any conversation (a search, then a pick) have two
tables of their own: `SEARCHES` and `SEARCH_DOORS`, with the core's `Lookups` as the reference.
"""

from __future__ import annotations

import html
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest

from adapters.console import line_to_turn, render_text
from bot.app import Core, build_lookups
from bot.stores.memory import MemoryStore
from dialogs import sharing
from dialogs.contract import Choice
from knowledge.flow_graph import all_paths
from tests.support.fake_slack import FakeSlack, Message
from tests.support.packs import builtin_knowledge
from tests.support.pipelines import test_pipeline
from tests.support.slack import Person, start_server
from tests.support.teams import TeamsBot, new_id
from tests.support.teams_standins import Sent


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
    """One reply as a person saw it, in door-neutral words."""

    text: str
    choices: tuple[tuple[str, str], ...]
    outcome: str | None


def _check_scripts() -> dict[str, list[Step]]:
    flow = builtin_knowledge().flow
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


_FIRST_TOPIC = builtin_knowledge().entries[0].question
SCRIPTS: dict[str, list[Step]] = {
    "Q&A question": [Send("Why is information sharing important?")],
    "topics, then one": [Send("topics"), Press(_FIRST_TOPIC)],
    "hello, help and rules": [Send("hello"), Press("Golden rules"), Send("help")],
    "nothing found": [Send("what time does the canteen open on fridays")],
    "sharing without consent, in summary": [
        Send("can I share info with the police without consent?"),
        Press("Start a consent check"),
    ],
    "check, why, back and cancel": [
        Send("check"),
        Press("Why am I asked this?"),
        Press("Yes"),
        Send("back"),
        Send("cancel"),
    ],
    **_check_scripts(),
}


# -- the terminal (the reference) ---------------------------------------------------------------


async def play_console(core: Core, script: list[Step]) -> list[Seen]:
    handle = test_pipeline(core, MemoryStore()).handle
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


# -- Slack: a direct message ---------------------------------------------------------------------


async def play_slack(
    core: Core, slack: FakeSlack, script: list[Step], thread: str | None = None
) -> list[Seen]:
    """Play a script in the direct message or, with `thread`, in one chat of the assistant
    pane (a thread of the direct message, whose welcome is left out: the terminal has none)."""
    server = await start_server(core, slack)
    person = Person(server, slack)
    messages: list[Message] = []
    try:
        for step in script:
            if isinstance(step, Send):
                messages += await person.dm(step.text, **({"thread_ts": thread} if thread else {}))
            else:
                messages += await person.press(_shown_in_slack(person, step.label))
    finally:
        await server.close()
    assert all(m.thread_ts == thread for m in messages)
    return [_seen_in_slack(m) for m in messages]


def _shown_in_slack(person: Person, label: str) -> str:
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


# -- Teams: personal chat, and a channel ---------------------------------------------------------


async def play_teams(teams: TeamsBot, script: list[Step], where: str) -> list[Seen]:
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
            shown_in, value = _latest_teams_choice(messages, step.label)
            messages += await teams.send(
                "card_submit", id=new_id(), value={"choice": value}, conversation=shown_in
            )
    cards = [m for m in messages if "attachments" in m.body]
    return [seen for message in cards for seen in _seen_in_teams(message)]


def _latest_teams_choice(messages: list[Sent], label: str) -> tuple[dict[str, str], str]:
    """Where the latest choice with this label was shown, and its value."""
    for message in reversed([m for m in messages if "attachments" in m.body]):
        for section in reversed(_sections(message)):
            for title, value in _section_choices(section):
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
        Seen(_section_text(section), tuple(_section_choices(section)), outcomes.get(section["id"]))
        for section in _sections(message)
    ]


def _section_text(section: dict[str, Any]) -> str:
    """A card section's text the way the terminal shows the same markup."""
    text = ""
    for item in section["items"]:
        if item["type"] == "TextBlock":
            words = _card_markdown_as_console_text(item["text"].replace("\r", "\n"))
        elif item["type"] == "CodeBlock":
            words = item["codeSnippet"]
        elif item["type"] == "FactSet":  # a note on the quote, read before it ("Since 2008")
            words = "\n\n".join(fact["value"] for fact in item["facts"])
        else:
            continue
        joint = "\n" if item.get("spacing") == "None" else "\n\n"
        text += (joint if text else "") + words
    return text


def _card_markdown_as_console_text(text: str) -> str:
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<![\w_])_(\S(?:.*?\S)?)_(?![\w_])", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r"\1 (\2)", text)
    return re.sub(r"^- ", "  • ", text, flags=re.MULTILINE)


def _section_choices(section: dict[str, Any]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for item in section["items"]:
        if item["type"] == "ActionSet":
            found += [
                (a["title"], a["data"]["choice"]) for a in item["actions"] if "choice" in a["data"]
            ]
        if item["type"] == "Input.ChoiceSet":
            found += [(c["title"], c["value"]) for c in item["choices"]]
    return found


# -- the table ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Door:
    """How to play a script through one door: against which fixture, with which player."""

    fixture: str
    play: Callable[[Core, Any, list[Step]], Awaitable[list[Seen]]]


DOORS: dict[str, Door] = {
    "slack direct message": Door("slack", play_slack),
    "slack assistant pane": Door("slack", lambda c, s, p: play_slack(c, s, p, "1699990000.1")),
    "teams personal chat": Door("teams", lambda _, t, s: play_teams(t, s, "personal chat")),
    "teams channel": Door("teams", lambda _, t, s: play_teams(t, s, "channel")),
    "teams personal chat (agents)": Door(
        "teams", lambda _, t, s: play_teams(t, s, "personal chat")
    ),
    "teams channel (agents)": Door("teams", lambda _, t, s: play_teams(t, s, "channel")),
}


def _same_label(core_label: str, shown: str) -> bool:
    """Whether a door shows the core's label (Slack shortens a long one with an ellipsis)."""
    return shown == core_label or (
        shown.endswith("…") and core_label.startswith(shown.removesuffix("…"))
    )


@pytest.fixture
def hosting(request: pytest.FixtureRequest) -> str:
    """The Teams SDK a door's row names (the table, not a fixture parameter, runs both)."""
    callspec = getattr(request.node, "callspec", None)
    door = callspec.params.get("door", "") if callspec is not None else ""
    return "agents" if str(door).endswith("(agents)") else "botbuilder"


@pytest.fixture
def stand_in(request: pytest.FixtureRequest, door: str) -> Any:
    """The fixture the door's player plays against (set up before the test's event loop runs)."""
    fixture = DOORS[door].fixture if door in DOORS else SEARCH_DOORS[door].fixture
    return request.getfixturevalue(fixture)


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize("script", SCRIPTS)
async def test_every_door_says_what_the_terminal_says(
    core: Core, stand_in: Any, script: str, door: str
) -> None:
    expected = await play_console(core, SCRIPTS[script])
    got = await DOORS[door].play(core, stand_in, SCRIPTS[script])

    assert len(expected) >= len(SCRIPTS[script])
    assert [s.text for s in got] == [s.text for s in expected]
    assert [s.outcome for s in got] == [s.outcome for s in expected]
    for shown, said in zip(got, expected, strict=True):
        assert [v for _, v in shown.choices] == [v for _, v in said.choices]
        for (label, _), (core_label, _) in zip(shown.choices, said.choices, strict=True):
            assert _same_label(core_label, label), (core_label, label)
    if script.startswith("consent check:"):
        assert [s.outcome for s in got if s.outcome] == [script.split(":")[1]]


async def test_teams_says_what_the_terminal_says(core: Core, teams: TeamsBot) -> None:
    """A whole check begun in a Teams channel says what the terminal says, and none of it shows
    in the channel: the thread is only told where the check went."""
    script = next(steps for name, steps in SCRIPTS.items() if name.startswith("consent check:"))

    got = await play_teams(teams, script, "channel")

    assert [s.text for s in got] == [s.text for s in await play_console(core, script)]
    in_channel = [m for m in teams.connector.messages() if "@thread" in m.path]
    assert in_channel
    assert all("Key question" not in m.texts for m in in_channel)


# -- answers shared into a conversation: every door's search offers what the core finds ---------


@dataclass(frozen=True)
class Found:
    """What a search showed the person: the questions offered, best first, and the answer the
    first one puts into the conversation, as the terminal would show that markup."""

    questions: tuple[str, ...]
    first_answer: str


SEARCHES: dict[str, str] = {
    "ISP": "ISP",
    "a published question": builtin_knowledge().entries[6].question,
    "related questions": "protocol",
    "empty (the topics)": "",
    "junk (the topics)": "qwpoeiru zxcv",
}
_SHOWN = 3  # the questions compared: every door shows at least this many


async def search_core(core: Core, query: str) -> Found:
    """The reference: the core's `Lookups`, as the composition root builds them."""
    lookups = build_lookups(core, test_pipeline(core, MemoryStore()))
    found = await lookups.lookup(query)
    shared = await lookups.shared_answer(found.picks[0].number)
    assert shared is not None
    questions = tuple(p.question for p in found.picks[:_SHOWN])
    return Found(questions, render_text(shared.text, ansi=False))


async def search_teams(teams: TeamsBot, query: str) -> Found:
    """Type in the message extension's search box; read the previews and the first card."""
    response = await teams.search(query)
    assert response.status == 200, response.body
    attachments = response.body["composeExtension"]["attachments"]
    questions = tuple(a["preview"]["content"]["title"] for a in attachments[:_SHOWN])
    (section,) = [i for i in attachments[0]["content"]["body"] if i["type"] == "Container"]
    return Found(questions, _section_text(section))


async def search_slack(core: Core, slack: FakeSlack, query: str) -> Found:
    """``/infoshare share <words>``: read the questions offered, then preview the first and
    share it; the answer as posted, without the line saying who shared it."""
    server = await start_server(core, slack)
    person = Person(server, slack)
    try:
        [listed] = [m for m in await person.command(f"share {query}".strip()) if m.buttons()]
        picks = [b for b in listed.blocks if "accessory" in b]
        questions = tuple(
            _mrkdwn_as_console_text(b["text"]["text"]).split("\n")[0] for b in picks[:_SHOWN]
        )
        await person.press(listed.buttons()[0]["text"]["text"], listed)
        await person.press(sharing.SHARE_LABEL, listed)
    finally:
        await server.close()
    [posted] = [m for m in slack.messages if not m.ephemeral]
    answer = str(posted.original["text"]).split("\n\n", 1)[1]
    return Found(questions, _mrkdwn_as_console_text(answer))


@dataclass(frozen=True)
class SearchDoor:
    """How to search through one door: against which fixture, with which player."""

    fixture: str
    search: Callable[[Core, Any, str], Awaitable[Found]]


SEARCH_DOORS: dict[str, SearchDoor] = {
    "slack /infoshare share": SearchDoor("slack", search_slack),
    "teams message extension": SearchDoor("teams", lambda _, t, q: search_teams(t, q)),
    "teams message extension (agents)": SearchDoor("teams", lambda _, t, q: search_teams(t, q)),
}


@pytest.mark.parametrize("door", SEARCH_DOORS)
@pytest.mark.parametrize("search", SEARCHES)
async def test_every_doors_search_offers_what_the_core_finds(
    core: Core, stand_in: Any, search: str, door: str
) -> None:
    expected = await search_core(core, SEARCHES[search])
    got = await SEARCH_DOORS[door].search(core, stand_in, SEARCHES[search])

    assert got == expected


# Round 37 (r1p37, tryout37 finding 2): a message the risk check signposts never gets the
# off-topic chatter reply instead, nor does a follow-up after the signpost, in any private door.
CHATTER = "I can only help with sharing information about people"
SIGNPOST = "may mean a child"
CHATTER_SCRIPTS: dict[str, list[Step]] = {
    "an order's subject asking for the lesson times": [
        Send(
            "leisure centre - a mum asked us to not let her ex know when the kids have swimming "
            "lessons, he's got a non-molestation order. he's just phoned asking for the lesson "
            "times"
        )
    ],
    "a man filming children, then a follow-up": [
        Send("a man was filming kids at the park on his phone, do we tell anyone?"),
        Send("is that right? what now"),
    ],
}
PRIVATE_DOORS = ("slack direct message", "teams personal chat")


@pytest.mark.parametrize("door", PRIVATE_DOORS)
@pytest.mark.parametrize("script", CHATTER_SCRIPTS)
async def test_no_door_gives_chatter_for_a_disclosure(
    core: Core, stand_in: Any, script: str, door: str
) -> None:
    expected = await play_console(core, CHATTER_SCRIPTS[script])
    got = await DOORS[door].play(core, stand_in, CHATTER_SCRIPTS[script])

    assert [s.text for s in got] == [s.text for s in expected]
    assert SIGNPOST in "\n".join(s.text for s in got)
    assert all(CHATTER not in s.text for s in got)
