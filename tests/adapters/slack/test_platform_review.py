"""Slack's review rules (`../shared/platform-guidelines.md`, rows S-…), one test per row a
machine can check, over the real HTTP door on loopback with the Slack stand-in.

Each test is named after its row, so the README's "Platform review" map can cite it.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from adapters.slack.blocks import BUTTON_LABEL_LIMIT, choice_blocks
from bot.app import Core
from bot.logs import JSONLineFormatter
from bot.stores.memory import MemoryStore
from dialogs.contract import Choice
from tests.support.fake_slack import TEAM, FakeSlack, Message
from tests.support.slack import (
    Person,
    Server,
    event_envelope,
    fixture,
    labels,
    start_server,
)

ALICE_KEY = f"slack|{TEAM}/DALICE|UALICE"


@pytest.fixture
async def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
async def door(core: Core, slack: FakeSlack, store: MemoryStore) -> AsyncIterator[Server]:
    started = await start_server(core, slack, store)
    yield started
    await started.close()


@pytest.fixture
def sam(door: Server, slack: FakeSlack) -> Person:
    return Person(door, slack, user="UALICE")


def _text(messages: list[Message]) -> str:
    return "\n".join(m.text for m in messages)


def _lifecycle_event(kind: str, **fields: Any) -> dict[str, Any]:
    return event_envelope({"type": kind, **fields})


class _Logs(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(JSONLineFormatter().format(record))


@pytest.fixture
def logs() -> Iterator[_Logs]:
    logger = logging.getLogger("infoshare")
    handler, level = _Logs(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


# -- S-9, S-10: uninstall and token revocation ----------------------------------------------------


async def test_S9_app_uninstalled_deletes_the_workspaces_data_and_stops_all_calls(
    door: Server, sam: Person, slack: FakeSlack, store: MemoryStore
) -> None:
    await sam.dm("check")
    assert await store.get(ALICE_KEY) is not None
    await store.put("slack|T0OTHER/D1|U1", {"x": 1}, expected_version=None, ttl_seconds=60)

    status, _ = await door.post_json(_lifecycle_event("app_uninstalled"))

    assert status == 200
    assert await store.get(ALICE_KEY) is None
    assert await store.get("slack|T0OTHER/D1|U1") is not None  # another workspace's data stays
    calls_before = len(slack.calls)
    seen = await sam.dm("hello")  # an event still in flight when the app went
    await sam.command("help")
    assert seen == []
    assert slack.calls[calls_before:] == []  # neither the Web API nor a response URL
    assert await store.get(ALICE_KEY) is None  # and nothing stored again for the workspace


@pytest.mark.parametrize(
    "order", [("tokens_revoked", "app_uninstalled"), ("app_uninstalled", "tokens_revoked")]
)
async def test_S9_the_two_events_in_either_order_clean_up_once_and_quietly(
    door: Server, sam: Person, slack: FakeSlack, store: MemoryStore, order: tuple[str, str]
) -> None:
    await sam.dm("check")
    revoked = {"tokens": {"oauth": [], "bot": ["UBOT"]}}
    for kind in order:
        extra = revoked if kind == "tokens_revoked" else {}
        status, _ = await door.post_json(_lifecycle_event(kind, **extra))
        assert status == 200
    assert await store.get(ALICE_KEY) is None
    calls_before = len(slack.calls)
    await sam.dm("help")
    assert slack.calls[calls_before:] == []


async def test_S10_tokens_revoked_for_the_bot_deletes_the_workspaces_data(
    door: Server, sam: Person, slack: FakeSlack, store: MemoryStore
) -> None:
    await sam.dm("check")
    body = _lifecycle_event("tokens_revoked", tokens={"oauth": [], "bot": ["UBOT"]})

    status, _ = await door.post_json(body)

    assert status == 200
    assert await store.get(ALICE_KEY) is None
    calls_before = len(slack.calls)
    assert await sam.dm("hello") == []
    assert slack.calls[calls_before:] == []


async def test_S10_revoking_only_peoples_own_tokens_changes_nothing(
    door: Server, sam: Person, store: MemoryStore
) -> None:
    await sam.dm("check")
    body = _lifecycle_event("tokens_revoked", tokens={"oauth": ["UALICE"], "bot": []})

    status, _ = await door.post_json(body)

    assert status == 200
    assert await store.get(ALICE_KEY) is not None
    assert "Key question 2" in _text(await sam.press("Yes"))


async def test_S9_slack_saying_the_token_is_revoked_stops_further_calls(
    sam: Person, slack: FakeSlack
) -> None:
    slack.fail("chat.postMessage", "token_revoked")
    await sam.dm("hello")
    calls_before = len(slack.calls)

    await sam.dm("hello again")

    assert slack.calls[calls_before:] == []


# -- S-8: tokens never in logs or errors -------------------------------------------------------


async def test_S8_no_token_in_logs_or_responses_when_calls_fail(
    door: Server, sam: Person, slack: FakeSlack, logs: _Logs
) -> None:
    slack.fail("chat.postMessage", "invalid_blocks", 500, 500, 500, "not_in_channel")
    await sam.dm("hello")
    await sam.mention("what are the golden rules?")
    status, body = await door.post_json(_lifecycle_event("app_uninstalled"))
    await sam.dm("hello")

    assert logs.lines
    assert status == 200 and "xox" not in body
    for line in logs.lines:
        assert "xoxb" not in line and "test-token" not in line


# -- S-19: rate limits -------------------------------------------------------------------------


async def test_S19_a_429_waits_for_retry_after_and_delivers_each_message_once(
    sam: Person, slack: FakeSlack
) -> None:
    slack.retry_after = "1"
    slack.fail("chat.postMessage", 429)

    seen = await sam.dm("Why is information sharing important?")

    posts = slack.called("chat.postMessage")
    assert len(posts) == len(seen) + 1  # one refused, then each intended message once
    assert len({m.text for m in seen}) == len(seen)
    assert posts[1].at - posts[0].at >= 1.0  # Slack's Retry-After was honoured
    assert posts[0].params["text"] == posts[1].params["text"]


async def test_S19_a_server_error_is_retried_with_backoff_and_delivered_once(
    sam: Person, slack: FakeSlack
) -> None:
    slack.fail("chat.postMessage", 503, 500)

    seen = await sam.dm("Why is information sharing important?")

    posts = slack.called("chat.postMessage")
    assert len(posts) == len(seen) + 2
    assert posts[0].params["text"] == posts[1].params["text"] == posts[2].params["text"]
    assert any("Information sharing is key" in m.text for m in seen)


async def test_S19_a_rate_limited_response_url_is_retried_after_retry_after(
    sam: Person, slack: FakeSlack
) -> None:
    slack.retry_after = "1"
    slack.fail("response_url", 429)

    seen = await sam.command("help")

    tries = slack.called("response_url")
    assert len(tries) == len(seen) + 1 and len({m.text for m in seen}) == len(seen)
    assert tries[0].params["text"] == tries[1].params["text"]
    assert tries[1].at - tries[0].at >= 1.0


async def test_S19_a_response_url_server_error_is_retried_and_delivered_once(
    sam: Person, slack: FakeSlack
) -> None:
    slack.fail("response_url", 503)

    seen = await sam.command("help")

    tries = slack.called("response_url")
    assert seen and len(tries) == len(seen) + 1
    assert tries[0].params["text"] == tries[1].params["text"] == seen[0].text


async def test_a_response_url_that_keeps_failing_gets_an_apology_in_the_dm(
    sam: Person, slack: FakeSlack
) -> None:
    slack.fail("response_url", 404)

    await sam.command("help")

    assert len(slack.called("response_url")) == 1  # a refusal is not retried
    (sorry,) = [m for m in slack.messages if m.channel == sam.dm_channel]
    assert sorry.text.startswith("Sorry")


async def test_S19_a_burst_of_answers_in_one_channel_under_rate_limiting_loses_none(
    sam: Person, slack: FakeSlack
) -> None:
    slack.retry_after = "1"
    slack.fail("chat.postMessage", 429, 429)
    questions = ["help", "rules", "about", "topics", "what is an ISP?"]

    seen = [await sam.mention(q, channel="C0BURST") for q in questions]

    answers = [m for m in slack.messages if m.channel == "C0BURST"]
    assert all(seen)
    assert len(answers) == sum(len(s) for s in seen)
    said = [(m.thread_ts, m.original["text"]) for m in answers]
    assert len(set(said)) == len(said)  # nothing doubled in any thread
    assert len(slack.called("chat.postMessage")) == len(answers) + 2  # the two refused


# -- S-24, S-25, S-27: help, hello, nonsense, unknown commands ---------------------------------


async def test_S24_hi_as_a_new_user_explains_what_it_does_and_offers_the_commands(
    sam: Person,
) -> None:
    seen = await sam.dm("hi")
    text = _text(seen)
    assert "Hello" in text
    assert {"Start a consent check", "Browse topics", "Golden rules"} <= {
        label for m in seen for label in labels(m)
    }


@pytest.mark.parametrize("said", ["help", "HELP", "Help", "hElP"])
async def test_S25_S27_help_in_any_case_lists_what_it_can_do(sam: Person, said: str) -> None:
    seen = await sam.dm(said)
    text = _text(seen)
    assert "What I can do" in text and "check" in text and "topics" in text


@pytest.mark.parametrize("said", ["xyzzy", "asdfgh", "🙂🙂🙂", "x" * 2000, "lorem " * 340])
async def test_S27_unknown_input_gets_a_guided_reply_unlike_help(sam: Person, said: str) -> None:
    helped = _text(await sam.dm("help"))

    seen = await sam.dm(said)
    text = _text(seen)

    assert seen and text != helped
    assert "help" in text.lower() or "topics" in text.lower() or labels(seen[-1])


async def test_S27_an_unknown_slash_command_gets_a_guided_private_reply(sam: Person) -> None:
    helped = _text(await sam.command("help"))

    seen = await sam.command("xyzzy")

    assert all(m.ephemeral for m in seen)
    assert seen[0].text != helped and seen[0].text.strip()
    assert "What I can do" in seen[-1].text  # round 31: the usage help follows (tryout31 A9)


# -- S-26: App Home --------------------------------------------------------------------------------


async def test_S26_the_home_tab_shows_real_content_and_no_one_elses_data(
    sam: Person, slack: FakeSlack
) -> None:
    await sam.dm("check")  # Sam has a check going; Bob opening Home must not see it
    bob = Person(sam.server, slack, user="UBOB")
    await bob.open_home()

    (publish,) = [c for c in slack.called("views.publish") if c.params["user_id"] == "UBOB"]
    blocks = publish.params["view"]["blocks"]
    words = " ".join(b["text"]["text"] for b in blocks if b.get("type") == "section")
    buttons = [e["text"]["text"] for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert len(words) > 200 and "Start a consent check" in buttons
    assert "Key question" not in words
    # Support information (S-26), and no "type help" where nothing can be typed.
    assert "Help with this assistant" in words and "IT service desk" in words
    assert "type *help*" not in words and "Send me a message" in words


# -- S-28: errors say what to do next ----------------------------------------------------------


async def test_S28_not_being_in_the_channel_says_how_to_invite_the_app(
    sam: Person, slack: FakeSlack
) -> None:
    slack.fail("chat.postMessage", "not_in_channel", "not_in_channel")

    await sam.mention("what are the golden rules?", channel="C0NOTIN")

    (note,) = [m for m in slack.messages if m.channel == "DALICE"]
    assert "/invite @infoshare" in note.text
    assert "something went wrong" not in note.text


async def test_S28_an_archived_channel_says_to_ask_here_instead(
    sam: Person, slack: FakeSlack
) -> None:
    slack.fail("chat.postMessage", "is_archived", "is_archived")

    await sam.mention("what are the golden rules?", channel="C0OLD")

    (note,) = [m for m in slack.messages if m.channel == "DALICE"]
    assert "archived" in note.text and "Ask me here" in note.text


# -- S-34: threads -------------------------------------------------------------------------------


async def test_S34_a_mention_in_a_channel_is_answered_in_its_thread(
    sam: Person, slack: FakeSlack
) -> None:
    seen = await sam.mention("what is an ISP?", channel="C0THREAD")
    asked = slack_event_ts(slack, seen)
    assert seen and all(m.thread_ts == asked for m in seen)


def slack_event_ts(slack: FakeSlack, seen: list[Message]) -> str | None:
    """The thread every answer went to (the ts of the mention)."""
    threads = {m.thread_ts for m in seen}
    assert len(threads) == 1
    return next(iter(threads))


# -- S-51, S-52, S-53, S-54: accessibility ------------------------------------------------------


def _section_text(message: dict[str, Any]) -> list[str]:
    return [b["text"]["text"] for b in message.get("blocks") or [] if b.get("type") == "section"]


async def test_S51_S52_every_message_of_a_whole_check_carries_its_full_content_in_text(
    sam: Person, slack: FakeSlack
) -> None:
    await sam.dm("Why is information sharing important?")
    await sam.dm("check")
    for _ in range(12):
        last = slack.messages[-1]
        if not last.buttons() or "Start another check" in labels(last):
            break
        await sam.press("Yes", last)
    for message in slack.messages:
        sent = message.original
        assert sent["text"].strip()
        for piece in _section_text(sent):
            assert piece in sent["text"]  # every word of the blocks, not a summary
    question = next(m for m in slack.messages if "Key question 1" in m.original["text"])
    assert "Key question 1" in question.original["text"].split("\n")[0]


async def test_S53_terse_buttons_say_what_they_answer(sam: Person, slack: FakeSlack) -> None:
    seen = await sam.dm("check")
    buttons = seen[-1].buttons()
    terse = [b for b in buttons if len(b["text"]["text"]) <= 8]
    assert terse  # Yes, No, Not sure
    for button in terse:
        spoken = button.get("accessibility_label", "")
        assert button["text"]["text"] in spoken and "key question 1" in spoken.lower()
        assert len(spoken) <= 75


async def test_S54_meaning_never_rests_on_colour_or_emoji(sam: Person, slack: FakeSlack) -> None:
    await sam.dm("check")
    for _ in range(12):
        last = slack.messages[-1]
        if "No" not in labels(last):
            break
        await sam.press("No", last)
    for message in slack.messages:
        for button in message.buttons():
            assert "style" not in button  # no green Yes or red No: the words carry it
        for block in message.original.get("blocks") or []:
            assert block.get("type") != "image" or block.get("alt_text")
    outcome = next(
        m for m in slack.messages if (m.metadata or {}).get("event_type") == "infoshare_outcome"
    )
    said = outcome.original["text"].lower()
    kind = (outcome.metadata or {})["event_payload"]["outcome"]
    assert {"share": "share", "do-not-share": "not share", "seek-advice": "advice"}[kind] in said


def test_S53_accessibility_labels_fit_slacks_limit() -> None:
    long = Choice("Yes", "check:1:purpose:yes", description="Yes: " + "word " * 40)
    (block,) = choice_blocks([long])
    assert len(block["elements"][0]["accessibility_label"]) <= BUTTON_LABEL_LIMIT


def test_fixture_team_is_the_stand_ins() -> None:
    assert fixture("event_callback")["team_id"] == TEAM


# -- S-31, S-32: nothing unasked -----------------------------------------------------------------


async def test_S31_S32_opening_the_app_posts_nothing_and_the_app_joins_no_channel(
    sam: Person, slack: FakeSlack
) -> None:
    await sam.open_home()
    await sam.dm("check")
    await sam.mention("what is an ISP?", channel="C0ASKED")

    methods = {c.method for c in slack.calls}
    assert methods <= {
        "auth.test",
        "views.publish",
        "conversations.open",
        "chat.postMessage",
        "chat.postEphemeral",
        "response_url",
    }
    channels = {m.channel for m in slack.messages}
    assert channels <= {"DALICE", "C0ASKED"}  # only where Sam talked to it
    for message in slack.messages:
        assert "<!channel>" not in message.text and "<!here>" not in message.text
