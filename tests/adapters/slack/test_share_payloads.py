"""The share flow's pure parts: payloads read defensively, messages inside Block Kit's limits."""

from __future__ import annotations

from typing import Any

from adapters.slack import share
from adapters.slack.blocks import MESSAGE_BLOCK_LIMIT, MESSAGE_TEXT_BUDGET
from bot.app import Core
from dialogs import sharing


def test_share_words_are_the_words_after_share_and_nothing_else_is_a_share() -> None:
    assert sharing.share_words("share do we need an ISP?") == "do we need an ISP?"
    assert sharing.share_words("  SHARE  ") == ""
    assert sharing.share_words("shared care records") is None
    assert sharing.share_words("can I share this?") is None


def test_every_topic_fits_one_ephemeral_message(core: Core) -> None:
    found = core.search.lookup("", limit=40)
    message = share.picks_message(found, None)
    assert len(message.blocks) <= MESSAGE_BLOCK_LIMIT
    assert len(message.text) <= MESSAGE_TEXT_BUDGET + 100
    assert all(len(b["text"]["text"]) <= 3000 for b in message.blocks)
    values = [b["accessory"]["value"] for b in message.blocks if "accessory" in b]
    assert values == [str(e.number) for e in core.knowledge.entries]


def test_the_preview_is_the_shared_answer_with_share_and_cancel(core: Core) -> None:
    answer = core.search.shared_answer(13)
    assert answer is not None
    message = share.preview_message(answer, 13, "1700000000.000100")
    [actions] = [b for b in message.blocks if b["type"] == "actions"]
    assert [e["action_id"] for e in actions["elements"]] == [share.CONFIRM, share.CANCEL]
    assert {e["value"] for e in actions["elements"]} == {"13|1700000000.000100"}
    assert answer.text.split("\n")[0].strip("*") in message.text


def test_only_a_plausible_user_id_becomes_a_mention(core: Core) -> None:
    answer = core.search.shared_answer(12)
    assert answer is not None
    assert "<@U0ALICE>" in share.shared_messages(answer, "U0ALICE")[0].text
    for odd in ("!channel", "U0A>|<!here", "here", ""):
        line = share.shared_messages(answer, odd)[0].blocks[0]["elements"][0]["text"]
        assert line.startswith("Shared by a colleague") and "<" not in line


def _press(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "block_actions",
        "team": None,
        "user": {"id": "U0ALICE", "team_id": "T0TEAM"},
        "container": {
            "type": "message",
            "message_ts": "1700000000.000300",
            "channel_id": "C0SHARED",
            "is_ephemeral": True,
        },
        "response_url": "https://hooks.slack.com/actions/x",
        "actions": [{"action_id": "share-pick-13", "value": "13"}],
    }
    body.update(changes)
    return body


def test_a_press_is_read_with_the_persons_team_when_the_team_is_null() -> None:
    pressed = share.press(_press())
    assert pressed is not None and pressed.team == "T0TEAM"
    assert (pressed.action, pressed.number, pressed.thread_ts) == (share.PICK, 13, None)
    assert pressed.once_key == "share:T0TEAM/C0SHARED:1700000000.000300:U0ALICE"


def test_odd_presses_are_not_the_flows() -> None:
    assert share.press(_press(actions=[{"action_id": "choice-0-1", "value": "13"}])) is None
    assert share.press(_press(response_url=None)) is None
    assert share.press(_press(container={"type": "view"})) is None
    odd = share.press(_press(actions=[{"action_id": "share-confirm", "value": "1e3|x"}]))
    assert odd is not None and odd.number is None


def test_a_message_shortcut_searches_the_messages_words_and_answers_in_its_thread() -> None:
    body = {
        "team": {"id": "T0TEAM"},
        "user": {"id": "U0ALICE"},
        "channel": {"id": "C0SHARED"},
        "message": {"ts": "1.2", "thread_ts": "1.1", "text": "<@U0BOB> need an &lt;ISP&gt;?"},
        "response_url": "https://hooks.slack.com/x",
    }
    request = share.from_message_shortcut(body)
    assert request is not None
    assert request.thread_ts == "1.1" and request.words == "need an <ISP>?"


def test_a_share_commands_words_are_read_as_typed_and_bounded() -> None:
    form = {"team_id": "T0TEAM", "user_id": "U0ALICE", "channel_id": "C0SHARED"}
    form["response_url"] = "https://hooks.slack.com/commands/x"
    request = share.from_command(form, "<@U0BOB> need an &lt;ISP&gt;?")
    assert request is not None and request.words == "need an <ISP>?"
    long = share.from_command(form, "isp " * 10_000)
    assert long is not None and len(long.words) <= share.MAX_WORDS
    assert share.from_command({**form, "response_url": 5}, "isp") is None
