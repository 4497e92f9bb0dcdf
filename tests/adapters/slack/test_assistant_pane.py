"""Slack's assistant pane over the real HTTP door: a new chat gets the welcome and suggested
prompts, and a message in a chat is answered in its thread, with a status while the core works
and a title from what it understood."""

from __future__ import annotations

import itertools
import json
import time
from typing import Any

from dialogs import pane
from tests.support.fake_slack import Call, FakeSlack, Message
from tests.support.slack import Person, Server, event_envelope, fixture

_ts = itertools.count(1)
CONTEXT = {"channel_id": "C0SHARED", "team_id": "T0TEAM", "enterprise_id": None}


def thread_event(kind: str, user: str, thread_ts: str, channel: str) -> dict[str, Any]:
    """An ``assistant_thread_started`` (or ``…_context_changed``) event, as Slack sends it."""
    return {
        "type": kind,
        "assistant_thread": {
            "user_id": user,
            "context": CONTEXT,
            "channel_id": channel,
            "thread_ts": thread_ts,
        },
        "event_ts": thread_ts,
    }


def _web_api_calls(slack: FakeSlack) -> list[str]:
    """What the door asked of Slack (bolt's own ``auth.test`` at its first request aside)."""
    return [c.method for c in slack.calls if c.method != "auth.test"]


class PaneChat:
    """One chat in the assistant pane: a thread in the person's DM with the app."""

    def __init__(self, person: Person) -> None:
        self.person = person
        self.slack = person.slack
        self.thread_ts = f"1699990000.{next(_ts):06d}"

    async def open(self, event_id: str | None = None) -> list[Message]:
        event = thread_event(
            "assistant_thread_started", self.person.user, self.thread_ts, self.person.dm_channel
        )
        before = len(self.slack.messages)
        status, _ = await self.person.server.post_json(event_envelope(event, event_id))
        assert status == 200
        return self.slack.messages[before:]

    async def say(self, text: str) -> list[Message]:
        return await self.person.dm(text, thread_ts=self.thread_ts)

    def calls(self, method: str) -> list[Call]:
        return [c for c in self.slack.called(method) if c.params.get("thread_ts") == self.thread_ts]


async def test_a_new_chat_is_welcomed_and_offered_the_cores_suggested_prompts(
    alice: Person, slack: FakeSlack
) -> None:
    chat = PaneChat(alice)
    welcome = await chat.open()
    assert welcome and all(m.thread_ts == chat.thread_ts for m in welcome)
    assert all(m.channel == alice.dm_channel for m in welcome)
    assert "don't type names" in welcome[0].text  # the privacy reminder comes first
    [prompts] = chat.calls("assistant.threads.setSuggestedPrompts")
    assert prompts.params["channel_id"] == alice.dm_channel
    assert prompts.params["title"] == pane.PROMPTS_TITLE
    wanted = [{"title": p.title, "message": p.message} for p in pane.suggested_prompts()]
    assert prompts.params["prompts"] == wanted
    # The welcome is posted before the prompts are set.
    posts = slack.called("chat.postMessage")
    assert posts[-1].at <= prompts.at


async def test_a_message_in_a_chat_is_answered_in_it_with_a_status_while_answering(
    alice: Person, slack: FakeSlack
) -> None:
    chat = PaneChat(alice)
    await chat.open()
    seen = await chat.say("do we need a signed ISP before I ring the school?")
    assert seen and all(m.thread_ts == chat.thread_ts for m in seen)
    assert "Information Sharing Protocol" in seen[0].text
    assert "question 13" in seen[0].text  # quoted with its source line
    statuses = chat.calls("assistant.threads.setStatus")
    assert [c.params["status"] for c in statuses] == [pane.ANSWERING_STATUS, ""]
    answer = next(c for c in slack.called("chat.postMessage") if c.params["text"] == seen[0].text)
    assert statuses[0].at <= answer.at <= statuses[1].at
    [title] = chat.calls("assistant.threads.setTitle")
    # The published question (shortened at a word), never the words typed.
    said = str(title.params["title"])
    assert said.startswith("Is it necessary to have an Information Sharing Protocol to share")
    assert said.endswith("…") and len(said) <= pane.TITLE_LIMIT


async def test_a_consent_check_runs_in_the_chat_and_each_chat_is_its_own_dialog(
    alice: Person, slack: FakeSlack
) -> None:
    chat = PaneChat(alice)
    await chat.open()
    first = await chat.say("check")
    assert first[-1].thread_ts == chat.thread_ts
    assert "Key question 1" in first[-1].text
    assert [c.params["title"] for c in chat.calls("assistant.threads.setTitle")] == [
        "Consent check"
    ]
    pressed = await alice.press("Yes", first[-1])
    assert pressed and all(m.thread_ts == chat.thread_ts for m in pressed)
    assert "Key question 2" in pressed[-1].text
    typed = await chat.say("yes")
    assert "Key question 3" in typed[-1].text
    # Another chat knows nothing of this check: "yes" there answers no question.
    other = PaneChat(alice)
    await other.open()
    elsewhere = await other.say("yes")
    assert elsewhere and all(m.thread_ts == other.thread_ts for m in elsewhere)
    assert not any("Key question" in m.text for m in elsewhere)


async def test_a_risk_of_harm_in_a_chat_leads_with_the_signpost(
    alice: Person, slack: FakeSlack
) -> None:
    chat = PaneChat(alice)
    await chat.open()
    seen = await chat.say("a child told me her dad hits her, can I tell the school?")
    assert seen and all(m.thread_ts == chat.thread_ts for m in seen)
    assert "protection procedures" in seen[0].text and "999" in seen[0].text
    titles = [c.params["title"] for c in chat.calls("assistant.threads.setTitle")]
    assert titles == [pane.SIGNPOST_TITLE]
    assert "dad" not in json.dumps(
        [c.params for c in slack.calls if c.method != "chat.postMessage"]
    )


async def test_the_record_form_opens_from_a_chat_and_the_record_comes_back_to_it(
    alice: Person, slack: FakeSlack
) -> None:
    chat = PaneChat(alice)
    await chat.open()
    asked = await chat.say("check")
    for label in ["Yes", "Yes", "Yes", "No: they refused", "Yes"]:
        asked = await alice.press(label, asked[-1])
    assert any("DECISION RECORD" in m.text for m in asked)
    await alice.press("Fill in the record here", alice.message_with("Fill in the record here"))
    view = slack.modals[-1]
    seen = await alice.submit(view, {"what": "a referral"})
    record = next(m for m in seen if "DECISION RECORD" in m.text)
    assert record.channel == alice.dm_channel and record.thread_ts == chat.thread_ts
    assert "What was shared:\n  a referral" in record.text


async def test_forged_stale_and_replayed_thread_starts_do_nothing_more(
    server: Server, slack: FakeSlack, alice: Person
) -> None:
    chat = PaneChat(alice)
    event = thread_event("assistant_thread_started", alice.user, chat.thread_ts, alice.dm_channel)
    body = json.dumps(event_envelope(event, "Ev0PANE001")).encode()
    forged = {"X-Slack-Request-Timestamp": str(int(time.time())), "X-Slack-Signature": "v0=00"}
    attempts = [
        await server.post(body, "application/json", signed=False),
        await server.post(body, "application/json", signed=False, headers=forged),
        await server.post(body, "application/json", timestamp=int(time.time()) - 6 * 60),
    ]
    assert [status for status, _ in attempts] == [401] * 3
    assert slack.calls == []
    for retry in (None, "1", "2"):
        headers = {"X-Slack-Retry-Num": retry} if retry else {}
        status, _ = await server.post(body, "application/json", headers=headers)
        assert status == 200
    assert len(chat.calls("assistant.threads.setSuggestedPrompts")) == 1
    welcomes = [m for m in slack.messages if "don't type names" in m.text]
    assert len(welcomes) == 1


async def test_a_changed_context_is_acknowledged_and_nothing_is_called(
    server: Server, slack: FakeSlack, alice: Person
) -> None:
    event = thread_event(
        "assistant_thread_context_changed", alice.user, "1699990000.000001", alice.dm_channel
    )
    status, _ = await server.post_json(event_envelope(event))
    assert status == 200
    # Bolt's default would read the chat back and chat.update its first message.
    assert _web_api_calls(slack) == []


async def test_malformed_pane_events_are_acknowledged_and_ignored(
    server: Server, slack: FakeSlack, alice: Person
) -> None:
    good = thread_event("assistant_thread_started", alice.user, "1699990000.000009", "D0ALICE")
    bad: list[Any] = [
        {**good, "assistant_thread": None},
        {**good, "assistant_thread": {"channel_id": "D0ALICE"}},
        {**good, "assistant_thread": {**good["assistant_thread"], "thread_ts": 17}},
        {**good, "assistant_thread": {**good["assistant_thread"], "context": "C0SHARED"}},
        {**good, "assistant_thread": {**good["assistant_thread"], "user_id": ""}},
    ]
    for event in bad:
        status, _ = await server.post_json(event_envelope(event))
        assert status == 200
    assert _web_api_calls(slack) == []
    # The door still serves: a well-formed start is welcomed.
    status, _ = await server.post_json(event_envelope(good))
    assert status == 200 and slack.called("assistant.threads.setSuggestedPrompts")


async def test_a_plain_message_in_the_dm_is_still_answered_without_the_pane(
    alice: Person, slack: FakeSlack
) -> None:
    seen = await alice.dm("topics")
    assert seen and seen[0].thread_ts is None
    assert not slack.called("assistant.threads.setStatus", "assistant.threads.setTitle")
    assert fixture("message_im")["event"]["channel_type"] == "im"


async def test_without_assistant_write_the_pane_still_answers(
    alice: Person, slack: FakeSlack
) -> None:
    """An install from before the pane (no assistant:write): the extras fail, the answers don't."""
    for method in ("setSuggestedPrompts", "setStatus", "setTitle"):
        slack.fail(f"assistant.threads.{method}", *["missing_scope"] * 3)
    chat = PaneChat(alice)
    assert await chat.open()
    seen = await chat.say("what is an information sharing protocol?")
    assert seen and all(m.thread_ts == chat.thread_ts for m in seen)
    assert "question 12" in seen[0].text
