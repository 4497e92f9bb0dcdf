"""The Slack door over real HTTP on loopback: signed payloads in, calls to a Slack stand-in out."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from slack_bolt.middleware.assistant.async_assistant import AsyncAssistant
from slack_bolt.request import async_request

from adapters.slack import door as slack_door
from bot.stores.sqlite import SQLiteStore
from tests.support.fake_slack import FakeSlack
from tests.support.slack import (
    Person,
    Server,
    event_envelope,
    fixture,
    sign,
    start_server,
)


def _all_text(messages: list) -> str:
    return "\n".join(m.text for m in messages)


# -- requests Slack makes of the app -----------------------------------------------------------


async def test_url_verification_echoes_the_challenge(server: Server, slack: FakeSlack) -> None:
    status, body = await server.post_json(fixture("url_verification"))
    assert status == 200
    assert json.loads(body) == {"challenge": fixture("url_verification")["challenge"]}


async def test_an_answer_is_delivered_before_the_request_is_acknowledged(
    server: Server, slack: FakeSlack
) -> None:
    # Acknowledging last is what makes Slack send the event again if this process dies.
    assert server.session is not None
    body = json.dumps(event_envelope(fixture("message_im")["event"])).encode()
    headers = {"Content-Type": "application/json", **sign(body)}
    async with server.session.post(
        server.url("/slack/events"), data=body, headers=headers
    ) as response:
        assert response.status == 200
        assert len(slack.messages) == 2


async def test_a_slow_answer_is_acknowledged_at_the_deadline_and_still_delivered(
    server: Server, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(slack_door, "ACK_DEADLINE_SECONDS", 0.2)
    slack.gate = asyncio.Event()  # Slack's Web API hangs until the gate opens
    assert server.session is not None
    body = json.dumps(event_envelope(fixture("message_im")["event"])).encode()
    headers = {"Content-Type": "application/json", **sign(body)}
    async with asyncio.timeout(30):
        started = time.monotonic()
        async with server.session.post(
            server.url("/slack/events"), data=body, headers=headers
        ) as response:
            assert response.status == 200
        assert time.monotonic() - started < 2.5  # well inside Slack's 3 seconds
        assert slack.messages == []  # acknowledged while the answer is still on its way
        slack.gate.set()
        await server.door.idle()
    assert len(slack.messages) == 2


async def test_health_is_served_beside_the_door(server: Server) -> None:
    assert server.session is not None
    async with server.session.get(server.url("/healthz")) as response:
        assert response.status == 200
        assert (await response.json())["doors"] == ["slack"]


# -- only Slack may talk to the door -----------------------------------------------------------


async def test_forged_unsigned_and_stale_requests_get_401_and_do_nothing(
    server: Server, slack: FakeSlack, alice: Person
) -> None:
    body = json.dumps(event_envelope(fixture("message_im")["event"], "Ev0FORGED")).encode()
    forged = {"X-Slack-Request-Timestamp": str(int(time.time())), "X-Slack-Signature": "v0=00"}
    attempts = [
        await server.post(body, "application/json", signed=False),
        await server.post(body, "application/json", signed=False, headers=forged),
        await server.post(body, "application/json", timestamp=int(time.time()) - 6 * 60),
        await server.post(body, "application/json", timestamp=int(time.time()) + 6 * 60),
        await server.post(
            body,
            "application/json",
            signed=False,
            headers={"X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=00"},
        ),
    ]
    assert [status for status, _ in attempts] == [401] * 5
    assert slack.calls == []
    # Nothing was recorded either: the same event, properly signed, is answered.
    status, _ = await server.post(body, "application/json")
    assert status == 200
    assert slack.called("chat.postMessage")


async def test_a_body_changed_after_signing_is_refused(server: Server, slack: FakeSlack) -> None:
    body = json.dumps(event_envelope(fixture("message_im")["event"])).encode()
    headers = sign(body)
    status, _ = await server.post(
        body.replace(b"consent", b"CONSENT"), "application/json", signed=False, headers=headers
    )
    assert status == 401
    assert slack.calls == []


async def test_malformed_bodies_get_400_and_the_server_keeps_serving(
    server: Server, slack: FakeSlack, alice: Person
) -> None:
    bad = [
        (b"{not json", "application/json"),
        (b"[1, 2, 3]", "application/json"),
        (b"\xff\xfe\x00binary", "application/octet-stream"),
        (b"payload=%7Bnot+json", "application/x-www-form-urlencoded"),
        (b"", "application/json"),
    ]
    for body, content_type in bad:
        status, text = await server.post(body, content_type)
        assert status == 400, body
        assert "Traceback" not in text
    assert slack.calls == []
    assert await alice.dm("hello")


# -- direct messages, mentions, slash commands -------------------------------------------------


async def test_a_direct_message_is_answered_in_the_dm(alice: Person, slack: FakeSlack) -> None:
    seen = await alice.dm("Why is information sharing important?")
    assert [m.channel for m in seen] == ["D0ALICE", "D0ALICE"]
    assert "don't type names" in seen[0].text  # the core's one-time privacy reminder
    assert "*Why is information sharing important?*" in seen[1].text
    assert "Information sharing is key" in seen[1].text
    post = slack.called("chat.postMessage")[-1].params
    assert post["unfurl_links"] is False and post["link_names"] is False
    assert post["blocks"][0]["type"] == "section"


async def test_a_mention_is_answered_in_a_thread_under_it(
    server: Server, slack: FakeSlack, alice: Person
) -> None:
    seen = await alice.mention("what are the golden rules?")
    assert seen and all(m.channel == "C0SHARED" for m in seen)
    root = slack.called("chat.postMessage")[0].params["thread_ts"]
    assert all(m.thread_ts == root for m in seen)
    assert "golden rules" in _all_text(seen).lower()


async def test_bolt_reads_the_body_the_door_checked_without_parsing_it_again(
    alice: Person, monkeypatch: pytest.MonkeyPatch
) -> None:
    def parsed_again(body: str, content_type: str | None) -> dict[str, object]:
        raise AssertionError("bolt parsed the body a second time")

    monkeypatch.setattr(async_request, "parse_body", parsed_again)
    seen = await alice.mention("what are the golden rules?")
    assert "golden rules" in _all_text(seen).lower()


async def test_a_mention_never_goes_through_the_assistant_panes_middleware(
    alice: Person, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def pane_consulted(*_: object, **__: object) -> None:
        raise AssertionError("the pane's middleware looked at a mention")

    monkeypatch.setattr(AsyncAssistant, "async_process", pane_consulted)
    seen = await alice.mention("what are the golden rules?")
    assert "golden rules" in _all_text(seen).lower()


async def test_a_slash_command_in_a_channel_is_seen_only_by_its_sender(
    alice: Person, slack: FakeSlack
) -> None:
    seen = await alice.command("topics")
    assert seen and all(m.ephemeral and m.user == "U0ALICE" for m in seen)
    assert "The published Q&amp;A answers these" in _all_text(seen)
    sent = slack.called("response_url")
    assert all(c.params["response_type"] == "ephemeral" for c in sent)
    assert not slack.called("chat.postMessage")


async def test_an_empty_slash_command_shows_help(alice: Person) -> None:
    seen = await alice.command("")
    assert "*What I can do*" in _all_text(seen)


async def test_bots_edits_and_joins_get_no_answer(server: Server, slack: FakeSlack) -> None:
    for name in ("bot_message", "message_changed", "channel_join"):
        status, _ = await server.post_json(fixture(name))
        assert status == 200
    assert slack.called("chat.postMessage", "chat.postEphemeral") == []


async def test_events_the_door_has_no_use_for_are_acknowledged(
    server: Server, slack: FakeSlack
) -> None:
    body = event_envelope({"type": "reaction_added", "user": "U0ALICE", "reaction": "+1"})
    status, _ = await server.post_json(body)
    assert status == 200
    assert slack.called("chat.postMessage") == []


async def test_a_huge_message_gets_one_sensible_answer(alice: Person, slack: FakeSlack) -> None:
    seen = await alice.dm("can I share " + "information " * 4000)
    assert 1 <= len(seen) <= 3
    for call in slack.called("chat.postMessage"):
        assert len(call.params["text"]) < 4000


async def test_typed_mentions_and_broadcasts_are_never_repeated_live(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.dm("<!channel> <@U0BOB> &lt;script&gt; what about <!here>?")
    for call in slack.called("chat.postMessage"):
        assert "<!" not in call.params["text"] and "<@" not in call.params["text"]


# -- retries and double clicks: exactly one answer ---------------------------------------------


async def test_a_resent_event_is_answered_once(server: Server, slack: FakeSlack) -> None:
    body = event_envelope(fixture("message_im")["event"], "Ev0RETRY01")
    await server.post_json(body)
    answered = len(slack.called("chat.postMessage"))
    for retry in ("1", "2", "3"):
        status, _ = await server.post_json(
            body, headers={"X-Slack-Retry-Num": retry, "X-Slack-Retry-Reason": "http_timeout"}
        )
        assert status == 200
    assert answered > 0
    assert len(slack.called("chat.postMessage")) == answered


async def test_two_servers_sharing_a_store_answer_a_resent_event_once(
    core, slack: FakeSlack, tmp_path
) -> None:
    stores = [await SQLiteStore.open(tmp_path / "shared.sqlite3") for _ in range(2)]
    servers = [await start_server(core, slack, store) for store in stores]
    try:
        body = event_envelope(fixture("message_im")["event"], "Ev0SHARED1")
        await servers[0].post_json(body)
        answered = len(slack.called("chat.postMessage"))
        await servers[1].post_json(body, headers={"X-Slack-Retry-Num": "1"})
        assert answered > 0
        assert len(slack.called("chat.postMessage")) == answered
    finally:
        for server in servers:
            await server.close()
        for store in stores:
            await store.close()


async def test_a_double_click_answers_once(alice: Person, slack: FakeSlack) -> None:
    await alice.dm("check")
    question = alice.message_with("Yes")
    payload = alice.action_payload(question, "Yes")
    for sent in (payload, payload):
        status, _ = await alice.server.post_form({"payload": json.dumps(sent)})
        assert status == 200
    assert len(slack.called("chat.update")) == 1
    questions = [m for m in slack.messages if "Key question 2" in m.text]
    assert len(questions) == 1


async def test_another_button_of_an_answered_question_is_told_it_changed_nothing(
    alice: Person, slack: FakeSlack
) -> None:
    """Pressed before the first press's update reached the screen: the person is told their
    second choice was not taken, never silently ignored, and the first stays shown."""
    await alice.dm("check")
    question = alice.message_with("Yes")
    presses = [alice.action_payload(question, label) for label in ("Yes", "No")]
    for sent in presses:
        status, _ = await alice.server.post_form({"payload": json.dumps(sent)})
        assert status == 200
    assert len(slack.called("chat.update")) == 1
    assert "You chose: *Yes*" in question.text
    told = [m for m in slack.messages if "already been answered as *Yes*" in m.text]
    assert len(told) == 1
