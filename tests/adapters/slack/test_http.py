"""The Slack door over real HTTP on loopback: signed payloads in, calls to a Slack stand-in out."""

from __future__ import annotations

import asyncio
import json
import logging
import time

from bot.logs import JSONLineFormatter
from bot.stores.sqlite import SQLiteStore
from tests.adapters.slack.conftest import (
    Person,
    Server,
    event_envelope,
    fixture,
    labels,
    sign,
    start_server,
)
from tests.adapters.slack.fake_slack import FakeSlack


def _all_text(messages: list) -> str:
    return "\n".join(m.text for m in messages)


# -- requests Slack makes of the app -----------------------------------------------------------


async def test_url_verification_echoes_the_challenge(server: Server, slack: FakeSlack) -> None:
    status, body = await server.post_json(fixture("url_verification"))
    assert status == 200
    assert json.loads(body) == {"challenge": fixture("url_verification")["challenge"]}


async def test_requests_are_acknowledged_before_the_answer_is_sent(
    server: Server, slack: FakeSlack
) -> None:
    slack.gate = asyncio.Event()  # Slack's Web API hangs until the gate opens
    assert server.session is not None
    body = json.dumps(event_envelope(fixture("message_im")["event"])).encode()
    headers = {"Content-Type": "application/json", **sign(body)}
    async with asyncio.timeout(30):
        async with server.session.post(
            server.url("/slack/events"), data=body, headers=headers
        ) as response:
            assert response.status == 200
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
    other = alice.action_payload(question, "No")
    for sent in (payload, payload, other):
        status, _ = await alice.server.post_form({"payload": json.dumps(sent)})
        assert status == 200
    assert len(slack.called("chat.update")) == 1
    questions = [m for m in slack.messages if "Key question 2" in m.text]
    assert len(questions) == 1


# -- buttons -----------------------------------------------------------------------------------


async def test_a_pressed_message_shows_the_answer_and_loses_its_buttons(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.dm("check")
    question = alice.message_with("Yes")
    seen = await alice.press("Yes")
    assert labels(question) == []
    assert question.text.endswith("You chose: *Yes*")
    assert question.blocks[-1]["type"] == "context"
    assert "Key question 2" in seen[-1].text
    assert labels(seen[-1])[:3] == ["Yes", "No", "Not sure"]


async def test_an_unknown_button_value_gets_a_kind_answer(alice: Person, slack: FakeSlack) -> None:
    await alice.dm("hello")
    message = alice.message_with("Browse topics")
    payload = alice.action_payload(message, "Browse topics")
    payload["actions"][0]["value"] = "drop:table;--"
    status, _ = await alice.server.post_form({"payload": json.dumps(payload)})
    assert status == 200
    assert "didn't recognise that choice" in slack.messages[-2].text


async def test_a_button_pressed_in_a_thread_is_answered_there(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.mention("hello")
    seen = await alice.press("Golden rules")
    assert seen and all(m.channel == "C0SHARED" and m.thread_ts for m in seen)
    assert "seven golden rules" in seen[0].text


# -- the consent check belongs in a direct message ---------------------------------------------


async def test_a_check_asked_for_by_slash_command_moves_to_the_dm_and_goes_on_there(
    alice: Person, slack: FakeSlack
) -> None:
    seen = await alice.command("check")
    pointer = [m for m in seen if m.ephemeral]
    assert len(pointer) == 1 and "direct message" in pointer[0].text
    in_dm = [m for m in seen if m.channel == "D0ALICE"]
    assert "*Key question 1*" in in_dm[-1].text
    assert slack.called("conversations.open")[0].params["users"] == "U0ALICE"
    # Typing in the DM answers the same check.
    seen = await alice.dm("yes")
    assert "*Key question 2*" in seen[-1].text


async def test_a_check_asked_for_in_a_channel_thread_moves_to_the_dm(
    alice: Person, slack: FakeSlack
) -> None:
    seen = await alice.mention("start a consent check")
    pointer = slack.called("chat.postEphemeral")
    assert len(pointer) == 1
    assert pointer[0].params["user"] == "U0ALICE"
    assert pointer[0].params["channel"] == "C0SHARED"
    assert pointer[0].params["thread_ts"]
    assert not [m for m in seen if m.channel == "C0SHARED" and not m.ephemeral]
    assert "*Key question 1*" in [m for m in seen if m.channel == "D0ALICE"][-1].text


async def test_the_check_button_under_a_channel_answer_moves_to_the_dm(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.command("hello")
    seen = await alice.press("Start a consent check")
    assert "*Key question 1*" in [m for m in seen if m.channel == "D0ALICE"][-1].text
    updates = [c for c in slack.called("response_url") if c.params.get("replace_original")]
    assert len(updates) == 1


async def test_a_full_consent_check_in_a_dm_ends_with_a_record_to_copy(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.dm("check")
    for _ in range(12):
        question = next(
            (m for m in reversed(slack.messages) if "Yes" in labels(m) and m.channel[0] == "D"),
            None,
        )
        if question is None:
            break
        await alice.press("Yes", question)
    outcomes = [c for c in slack.called("chat.postMessage") if c.params.get("metadata")]
    assert len(outcomes) == 1
    assert outcomes[0].params["metadata"]["event_payload"]["outcome"] in {
        "share",
        "do-not-share",
        "seek-advice",
    }
    record = next(m for m in slack.messages if "DECISION RECORD" in m.text)
    sections = [b["text"]["text"] for b in record.blocks if b["type"] == "section"]
    code = [t for t in sections if t.startswith("```")]
    assert len(code) == 1 and "INFORMATION SHARING DECISION RECORD" in code[0]


# -- App Home ----------------------------------------------------------------------------------


async def test_the_home_tab_welcomes_and_its_buttons_work_more_than_once(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.open_home()
    view = slack.views[-1]
    shown = [
        e["text"]["text"] for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    assert {"Start a consent check", "Browse topics"} <= set(shown)
    seen = await alice.press_home("Browse topics")
    assert "The published Q&amp;A answers these" in seen[-1].text
    assert seen[-1].channel == "D0ALICE"
    assert len(slack.views) == 2  # republished, so the same button can be pressed again
    seen = await alice.press_home("Browse topics")
    assert "The published Q&amp;A answers these" in seen[-1].text


# -- when Slack's Web API fails ----------------------------------------------------------------


async def test_blocks_slack_refuses_are_sent_again_as_plain_text(
    alice: Person, slack: FakeSlack
) -> None:
    slack.fail("chat.postMessage", "invalid_blocks")
    seen = await alice.dm("Why is information sharing important?")
    texts = [m.text for m in seen]
    assert any("Information sharing is key" in t for t in texts)
    assert slack.called("chat.postMessage")[1].params.get("blocks") is None


async def test_when_the_channel_refuses_the_answer_an_apology_goes_to_the_dm(
    server: Server, alice: Person, slack: FakeSlack
) -> None:
    slack.fail("chat.postMessage", "not_in_channel", "not_in_channel")
    await alice.mention("what are the golden rules?")
    apology = [m for m in slack.messages if m.channel == "D0ALICE"]
    assert len(apology) == 1 and "something went wrong on my side" in apology[0].text
    # ...and the server keeps serving.
    seen = await alice.dm("what are the golden rules?")
    assert "golden rules" in _all_text(seen).lower()


async def test_a_slack_outage_is_survived(server: Server, alice: Person, slack: FakeSlack) -> None:
    slack.fail("chat.postMessage", *([500] * 4))
    await alice.dm("hello")
    assert slack.messages == []
    assert len(slack.called("chat.postMessage")) == 4  # blocks, plain text, apology twice
    seen = await alice.dm("hello again")
    assert seen


async def test_a_rate_limited_call_waits_and_tries_again(alice: Person, slack: FakeSlack) -> None:
    slack.fail("chat.postMessage", 429)
    seen = await alice.dm("hello")
    assert len(seen) == 2
    assert len(slack.called("chat.postMessage")) == 3  # one refused, then both sent


async def test_a_failed_update_still_sends_the_answer(alice: Person, slack: FakeSlack) -> None:
    await alice.dm("check")
    slack.fail("chat.update", "message_not_found")
    seen = await alice.press("Yes")
    assert "Key question 2" in seen[-1].text


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(JSONLineFormatter().format(record))


async def test_logs_carry_no_token_and_no_message_text(alice: Person, slack: FakeSlack) -> None:
    logger = logging.getLogger("infoshare")
    records, level = _Records(), logger.level
    logger.addHandler(records)
    logger.setLevel(logging.INFO)
    try:
        slack.fail("chat.postMessage", "invalid_blocks", "not_in_channel", 500, 500)
        await alice.dm("my colleague Jo Bloggs asked whether she can share")
        await alice.mention("is Jo Bloggs allowed to share?")
        assert logger.level == logging.INFO  # bolt left our logger alone
    finally:
        logger.removeHandler(records)
        logger.setLevel(level)
    assert any("invalid_blocks" in line for line in records.lines)
    assert any('"replies"' in line for line in records.lines)  # the pipeline's own log
    for line in records.lines:
        assert "xoxb" not in line and "Bloggs" not in line and "U0ALICE" not in line
