"""Sharing a published answer into a Slack conversation, over the real HTTP door: found and
previewed privately, posted once only when the person confirms, quoted with its source."""

from __future__ import annotations

import asyncio
import itertools
import json
from typing import Any

from bot.app import Core
from dialogs import sharing
from tests.support.fake_slack import FakeSlack, Message
from tests.support.slack import Person, Server

_ids = itertools.count(1)
CHANNEL = "C0SHARED"


def previews(message: Message) -> dict[int, dict[str, Any]]:
    """The Preview buttons of a list of published questions, by entry number."""
    found = {}
    for block in message.blocks:
        button = block.get("accessory")
        if button and button["text"]["text"] == sharing.PREVIEW_LABEL:
            found[int(button["value"].split("|")[0])] = button
    return found


async def press_button(person: Person, message: Message, button: dict[str, Any]) -> list[Message]:
    """Press this very button of `message` (several share one label)."""
    payload = person.action_payload(message, str(button["text"]["text"]))
    payload["actions"] = [{**button, "block_id": "b", "action_ts": "1700000001.000001"}]
    status, _ = await person.server.post_form({"payload": json.dumps(payload)})
    assert status == 200
    return [m for m in person.slack.messages if person.sees(m)]


def shared_posts(slack: FakeSlack) -> list[Message]:
    """What everyone in the channel sees: messages that are not ephemeral."""
    return [m for m in slack.messages if not m.ephemeral]


async def pick_list(alice: Person, words: str) -> Message:
    seen = await alice.command(f"share {words}".strip())
    assert seen and all(m.ephemeral and m.user == alice.user for m in seen)
    return seen[-1]


async def test_pick_preview_confirm_posts_the_quote_once_with_its_source(
    alice: Person, slack: FakeSlack, core: Core
) -> None:
    listed = await pick_list(alice, "do we need an ISP before ringing the school?")
    found = previews(listed)
    assert next(iter(found)) in (12, 13)
    assert "answers your words best" in listed.text
    await press_button(alice, listed, found[13])
    assert shared_posts(slack) == []  # a preview, to the person alone
    assert listed.ephemeral and "exactly what will be posted" in listed.text
    entry = core.knowledge.entry(13)
    assert entry is not None and entry.answer.split("\n")[0][:60] in listed.text
    await alice.press(sharing.SHARE_LABEL, listed)
    [post] = shared_posts(slack)
    assert post.channel == CHANNEL and post.thread_ts is None
    assert post.blocks[0]["type"] == "context"
    assert post.blocks[0]["elements"][0]["text"].startswith(f"Shared by <@{alice.user}>")
    assert entry.question in post.text
    assert "question 13" in post.text and "replaced" in post.text
    assert listed.text == sharing.shared()


async def test_a_double_press_posts_once_and_says_so(alice: Person, slack: FakeSlack) -> None:
    listed = await pick_list(alice, "what is an information sharing protocol")
    await press_button(alice, listed, previews(listed)[12])
    first = alice.action_payload(listed, sharing.SHARE_LABEL)
    second = alice.action_payload(listed, sharing.SHARE_LABEL)
    answers = await asyncio.gather(
        alice.server.post_form({"payload": json.dumps(first)}),
        alice.server.post_form({"payload": json.dumps(second)}),
    )
    assert [status for status, _ in answers] == [200, 200]
    assert len(shared_posts(slack)) == 1
    # Pressed again later (an old copy of the message): nothing more, and a clear answer.
    await alice.server.post_form({"payload": json.dumps(first)})
    assert len(shared_posts(slack)) == 1
    assert listed.text == sharing.already_shared()


async def test_cancel_posts_nothing_even_if_share_is_pressed_after(
    alice: Person, slack: FakeSlack
) -> None:
    listed = await pick_list(alice, "ISP")
    await press_button(alice, listed, next(iter(previews(listed).values())))
    old_share = alice.action_payload(listed, sharing.SHARE_LABEL)
    await alice.press(sharing.CANCEL_LABEL, listed)
    assert listed.text == sharing.cancelled()
    await alice.server.post_form({"payload": json.dumps(old_share)})
    assert shared_posts(slack) == []
    assert listed.text == sharing.already_shared()


async def test_a_risk_of_harm_gets_the_signpost_privately_and_nothing_is_posted(
    alice: Person, slack: FakeSlack
) -> None:
    seen = await alice.command("share a child told me her dad hits her, can I tell school?")
    assert seen[0].ephemeral and seen[0].user == alice.user
    assert "protection procedures" in seen[0].text and "999" in seen[0].text
    assert shared_posts(slack) == []
    assert not slack.called("chat.postMessage")


async def test_empty_or_junk_words_get_the_topics(alice: Person, core: Core) -> None:
    for words in ("", "zzkq vvbn"):
        listed = await pick_list(alice, words)
        assert sorted(previews(listed)) == [e.number for e in core.knowledge.entries]
        assert "every topic" in listed.text


async def test_an_unknown_or_forged_pick_is_refused_clearly(
    alice: Person, slack: FakeSlack
) -> None:
    for value in ("999", "13|not-a-ts", "x" * 3000):
        listed = await pick_list(alice, "ISP")
        button = next(iter(previews(listed).values()))
        await press_button(alice, listed, {**button, "value": value})
        assert "no longer available" in listed.text
    assert shared_posts(slack) == []


async def test_an_answer_slack_will_not_take_there_says_how_to_fix_it(
    alice: Person, slack: FakeSlack
) -> None:
    listed = await pick_list(alice, "ISP")
    await press_button(alice, listed, next(iter(previews(listed).values())))
    slack.fail("chat.postMessage", "not_in_channel", "not_in_channel")  # blocks, then text
    await alice.press(sharing.SHARE_LABEL, listed)
    assert shared_posts(slack) == []
    assert "/invite @infoshare" in listed.text and "Nothing was shared" in listed.text


async def test_other_slash_commands_still_reach_the_assistant(alice: Person) -> None:
    seen = await alice.command("shared care records?")
    assert seen and "Preview" not in json.dumps([m.blocks for m in seen])


async def test_the_global_shortcut_asks_where_then_shares_there(
    server: Server, slack: FakeSlack, alice: Person
) -> None:
    shortcut = {
        "type": "shortcut",
        "callback_id": "infoshare-share",
        "trigger_id": f"trigger-{next(_ids)}",
        "team": {"id": "T0TEAM", "domain": "example"},
        "user": {"id": alice.user, "team_id": "T0TEAM"},
        "api_app_id": "A0INFOSHARE",
    }
    status, _ = await server.post_form({"payload": json.dumps(shortcut)})
    assert status == 200
    view = slack.modals[-1]
    select = view["blocks"][0]["element"]
    assert select["type"] == "conversations_select"
    assert select["default_to_current_conversation"] and select["response_url_enabled"]
    values = {
        "where": {
            "conversation": {"type": "conversations_select", "selected_conversation": "C0TEAM"}
        },
        "words": {"words": {"type": "plain_text_input", "value": "do we need an ISP"}},
    }
    submission = {
        "type": "view_submission",
        "team": {"id": "T0TEAM", "domain": "example"},
        "user": {"id": alice.user, "team_id": "T0TEAM"},
        "api_app_id": "A0INFOSHARE",
        "trigger_id": f"trigger-{next(_ids)}",
        "view": {**view, "team_id": "T0TEAM", "hash": "h1", "state": {"values": values}},
        "response_urls": [
            {
                "block_id": "where",
                "action_id": "conversation",
                "channel_id": "C0TEAM",
                "response_url": slack.response_url("C0TEAM", alice.user),
            }
        ],
    }
    status, body = await server.post_form({"payload": json.dumps(submission)})
    assert status == 200 and "errors" not in body
    listed = next(m for m in reversed(slack.messages) if previews(m))
    assert listed.channel == "C0TEAM" and listed.ephemeral
    await press_button(alice, listed, previews(listed)[13])
    await alice.press(sharing.SHARE_LABEL, listed)
    [post] = shared_posts(slack)
    assert post.channel == "C0TEAM" and "question 13" in post.text
    # A submission with no conversation to answer in keeps the modal open with a reason.
    status, body = await server.post_form(
        {"payload": json.dumps({**submission, "response_urls": []})}
    )
    assert status == 200 and json.loads(body)["response_action"] == "errors"


async def test_the_message_shortcut_shares_into_that_messages_thread(
    server: Server, slack: FakeSlack, alice: Person
) -> None:
    asked = {"type": "message", "user": "U0BOB", "ts": "1699999999.000777"}
    shortcut = {
        "type": "message_action",
        "callback_id": "infoshare-share-message",
        "trigger_id": f"trigger-{next(_ids)}",
        "team": {"id": "T0TEAM", "domain": "example"},
        "user": {"id": alice.user, "team_id": "T0TEAM"},
        "channel": {"id": CHANNEL, "name": "safeguarding"},
        "message": {**asked, "text": "do we need a signed ISP before I ring the school?"},
        "response_url": slack.response_url(CHANNEL, alice.user),
        "api_app_id": "A0INFOSHARE",
    }
    status, _ = await server.post_form({"payload": json.dumps(shortcut)})
    assert status == 200
    listed = next(m for m in reversed(slack.messages) if previews(m))
    assert listed.ephemeral and listed.user == alice.user
    await press_button(alice, listed, previews(listed)[13])
    await alice.press(sharing.SHARE_LABEL, listed)
    [post] = shared_posts(slack)
    assert post.channel == CHANNEL and post.thread_ts == asked["ts"]


async def test_the_golden_rules_are_offered_first_and_can_be_shared(
    alice: Person, slack: FakeSlack
) -> None:
    # Round 35 (tryout34 finding 15): a search for the golden rules listed entry 4 alone, and
    # the rules themselves could not be shared.
    listed = await pick_list(alice, "golden rules")
    found = previews(listed)
    first = next(iter(found))
    assert "golden rules" in listed.text.split("\n\n")[1]
    await press_button(alice, listed, found[first])
    assert shared_posts(slack) == []
    await alice.press(sharing.SHARE_LABEL, listed)
    [post] = shared_posts(slack)
    assert "Data protection is not a barrier" in post.text and "replaced" in post.text


async def test_the_message_shortcut_on_a_disclosure_signposts_and_offers_nothing_to_share(
    server: Server, slack: FakeSlack, alice: Person
) -> None:
    # Round 35 (tryout34 finding 15): after signposting the one who used the shortcut, it
    # offered "Preview" of an entry to share into Bob's thread, as if in reply to him.
    told = "my neighbour's kid keeps turning up with bruises, do I need consent to tell the school?"
    shortcut = {
        "type": "message_action",
        "callback_id": "infoshare-share-message",
        "trigger_id": f"trigger-{next(_ids)}",
        "team": {"id": "T0TEAM", "domain": "example"},
        "user": {"id": alice.user, "team_id": "T0TEAM"},
        "channel": {"id": CHANNEL, "name": "safeguarding"},
        "message": {"type": "message", "user": "U0BOB", "ts": "1699999999.000777", "text": told},
        "response_url": slack.response_url(CHANNEL, alice.user),
        "api_app_id": "A0INFOSHARE",
    }
    status, _ = await server.post_form({"payload": json.dumps(shortcut)})

    assert status == 200
    seen = [m for m in slack.messages if alice.sees(m)]
    assert seen and all(m.ephemeral and m.user == alice.user for m in seen)
    assert "protection procedures" in seen[0].text
    assert not any(previews(m) for m in seen)  # nothing to share into Bob's thread
    assert not any(b["text"]["text"] == sharing.SHARE_LABEL for m in seen for b in m.buttons())
