"""The app manifest asks for exactly what the door uses, and the guide explains every scope."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from adapters.slack import share
from adapters.slack.door import EVENTS_PATH
from dialogs import pane

ROOT = Path(__file__).resolve().parents[3]
MANIFEST: dict[str, Any] = yaml.safe_load((ROOT / "slack" / "manifest.yaml").read_text())
GUIDE = (ROOT / "docs" / "slack.md").read_text()

# Every Web API method the door calls, and the bot scope it needs (None: no scope needed).
METHOD_SCOPES = {
    "auth_test": None,
    "chat_postMessage": "chat:write",
    "chat_postEphemeral": "chat:write",
    "chat_update": "chat:write",
    "conversations_open": "im:write",
    # Reading back a replayed answer (after a crash) in a DM; in a channel, without
    # channels:history, the read fails and the answer is sent again rather than lost.
    "conversations_history": "im:history",
    "conversations_replies": "im:history",
    "views_publish": None,
    "views_open": None,  # a record form, or the share shortcut's modal, needs no scope
    # The assistant pane: suggested prompts on a new chat, a status while answering, a title.
    "assistant_threads_setSuggestedPrompts": "assistant:write",
    "assistant_threads_setStatus": "assistant:write",
    "assistant_threads_setTitle": "assistant:write",
}
# Every event the manifest subscribes to, and the scope that delivers it.
EVENT_SCOPES = {
    "app_mention": "app_mentions:read",
    "message.im": "im:history",
    "app_home_opened": None,
    "app_uninstalled": None,
    "tokens_revoked": None,
    "assistant_thread_started": None,
    "assistant_thread_context_changed": None,
}


def _scopes() -> set[str]:
    return set(MANIFEST["oauth_config"]["scopes"]["bot"])


def test_the_door_calls_no_method_the_manifest_has_no_scope_for() -> None:
    source = "\n".join(p.read_text() for p in (ROOT / "adapters" / "slack").glob("*.py"))
    called = set(re.findall(r"client\.(\w+)\(", source))
    assert called | {"auth_test"} == set(METHOD_SCOPES)  # bolt itself calls auth.test
    needed = {s for s in METHOD_SCOPES.values() if s} | {s for s in EVENT_SCOPES.values() if s}
    assert _scopes() == needed | {"commands"}


def test_the_manifest_subscribes_to_what_the_door_handles() -> None:
    settings = MANIFEST["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == set(EVENT_SCOPES)
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is False  # HTTP by default: Marketplace-eligible
    urls = [
        settings["event_subscriptions"]["request_url"],
        settings["interactivity"]["request_url"],
        *(c["url"] for c in MANIFEST["features"]["slash_commands"]),
    ]
    assert all(u.startswith("https://") and u.endswith(EVENTS_PATH) for u in urls)


def test_the_slash_command_and_home_tab_are_declared() -> None:
    [command] = MANIFEST["features"]["slash_commands"]
    assert command["command"] == "/infoshare"
    for word in ("question", "check", "topics", "rules", "help", "share <words>"):
        assert word in command["usage_hint"]
    home = MANIFEST["features"]["app_home"]
    assert home["home_tab_enabled"] and home["messages_tab_enabled"]
    assert home["messages_tab_read_only_enabled"] is False


def test_the_listing_texts_fit_slacks_limits() -> None:
    info = MANIFEST["display_information"]
    assert len(info["description"]) <= 140
    assert 175 <= len(info["long_description"]) <= 4000


def test_the_guide_gives_a_reason_for_every_scope() -> None:
    for scope in _scopes():
        row = next((line for line in GUIDE.splitlines() if line.startswith(f"| `{scope}`")), "")
        assert len(row) > len(scope) + 20, scope
    for needed in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "--socket-mode"):
        assert needed in GUIDE


def test_the_assistant_view_offers_the_cores_prompts() -> None:
    view = MANIFEST["features"]["assistant_view"]
    assert 0 < len(view["assistant_description"]) <= 200
    assert "identifying" in view["assistant_description"]
    wanted = [{"title": p.title, "message": p.message} for p in pane.suggested_prompts()]
    assert view["suggested_prompts"] == wanted


def test_the_share_shortcuts_are_declared_with_the_doors_callback_ids() -> None:
    shortcuts = {s["callback_id"]: s for s in MANIFEST["features"]["shortcuts"]}
    assert shortcuts[share.SHORTCUT_ID]["type"] == "global"
    assert shortcuts[share.MESSAGE_SHORTCUT_ID]["type"] == "message"
    for shortcut in shortcuts.values():
        assert shortcut["name"].split()[0] == "Share"  # S-36: a shortcut's name starts with a verb
        assert len(shortcut["name"]) <= 24 and 0 < len(shortcut["description"]) <= 80
    assert set(shortcuts) == {share.SHORTCUT_ID, share.MESSAGE_SHORTCUT_ID}
