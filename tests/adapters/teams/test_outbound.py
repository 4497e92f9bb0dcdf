"""Contract tests on raw JSON, no SDK objects and no network: `Reply`s become activity JSON
that Teams accepts, routed to the right conversation."""

from __future__ import annotations

import ast
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from adapters.teams import cards, inbound, outbound
from adapters.teams.cards import MAX_ACTIONS, build_card, count_actions, plain_text
from adapters.teams.outbound import plan_delivery, reply_activity
from bot.app import Core
from dialogs.choices import WELCOME
from dialogs.contract import Card, Choice, Private, Reply
from tests.support.after_signpost import AFTER_SIGNPOST, DISCLOSURES
from tests.support.cards import of_type, offered
from tests.support.core import Chat
from tests.support.teams import SAM, inbound_of
from tests.support.teams_standins import TENANT_ID

# -- Reply -> activity JSON ------------------------------------------------------------------------


ALLOWED_ELEMENTS = {"Container", "TextBlock", "FactSet", "ActionSet", "Input.ChoiceSet"}
ALLOWED_ACTIONS = {"Action.Submit"}


def check_card(card: dict[str, Any]) -> None:
    """What Teams needs of every card this door sends (platform guidelines T-22 to T-28)."""
    assert card["type"] == "AdaptiveCard"
    assert tuple(map(int, card["version"].split("."))) <= (1, 5)
    assert count_actions(card) <= MAX_ACTIONS
    assert len(json.dumps(card).encode("utf-16-le")) < 80 * 1024
    assert card["fallbackText"].strip()

    def walk(node: Any, parent: str) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, parent)
            return
        if not isinstance(node, dict):
            return
        kind = node.get("type")
        if parent in {"body", "items"}:
            if kind == "CodeBlock":  # Teams' own element: only with a standard fallback
                assert node["fallback"]["type"] == "RichTextBlock"
            else:
                assert kind in ALLOWED_ELEMENTS, kind
        if parent == "actions":
            assert kind in ALLOWED_ACTIONS, kind
            assert "msteams" not in node.get("data", {})  # plain submit, no messageBack
            assert node["title"].strip()
            assert set(node["data"]) in ({"choice"}, {"input"})
        if kind == "TextBlock":
            assert node["wrap"] is True and node["text"].strip()
        if kind == "Input.ChoiceSet":
            assert node["label"] and node["wrap"] is True and node["isRequired"] is True
        if "style" in node and parent == "actions":
            pytest.fail("Teams ignores action styles; meaning must be in the label")
        for key, value in node.items():
            if key != "fallback":
                walk(value, key)

    walk(card, "")


def scripted_replies(core: Core) -> list[list[Reply]]:
    """Every kind of reply the core gives in a conversation: the cards Teams must show."""
    chat = Chat(core)
    turns = [
        chat.press_value(WELCOME),
        chat.send("help"),
        chat.send("topics"),
        chat.press_value("topic:4"),
        chat.send("rules"),
        chat.send("about"),
        chat.send("asdfgh qwerty"),
        chat.send(DISCLOSURES["adult"]),  # the signpost, and the replies just after one
        *(chat.send(follow_up) for follow_up in AFTER_SIGNPOST[:3]),
        chat.send(DISCLOSURES["adult"]),
        *(chat.send(follow_up) for follow_up in AFTER_SIGNPOST[3:6]),
        chat.send(DISCLOSURES["adult"]),
        *(chat.send(follow_up) for follow_up in AFTER_SIGNPOST[6:]),
        chat.send("check"),
        chat.press("Why am I asked this?"),
        chat.send("what is consent?"),  # a question in the middle of a check
        chat.press_value("check:999:purpose:yes"),
    ]
    while any(c.label == "Yes" for c in chat.history[-1].choices):
        turns.append(chat.press("Yes"))
    turns.append(chat.send("cancel"))
    return [t for t in turns if t]


def test_every_card_of_a_whole_conversation_is_one_teams_accepts(core: Core) -> None:
    for replies in scripted_replies(core):
        activity = reply_activity(replies)
        assert activity["type"] == "message" and activity["summary"]
        assert "text" not in activity  # the card carries the text; Teams would show both
        (attachment,) = activity["attachments"]
        assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
        check_card(attachment["content"])


def test_the_card_keeps_every_text_choice_and_value_of_the_replies(core: Core) -> None:
    for replies in scripted_replies(core):
        card = build_card(replies)
        fallback = card["fallbackText"]
        shown = offered(card)
        for reply in replies:
            for choice in reply.choices:
                assert shown[choice.label] == choice.value
                assert f"- {choice.label}" in fallback
            assert cards.unmark(reply.text.split("\n")[0]) in fallback


def test_the_decision_record_is_a_code_block_holding_the_record_text(core: Core) -> None:
    final = next(r for r in scripted_replies(core) if any(x.record for x in r))
    record = next(x.record for x in final if x.record)
    card = build_card(final)

    (code,) = of_type(card, "CodeBlock")
    assert code["codeSnippet"] == record.as_text()
    fallback_text = "".join(run["text"] for run in code["fallback"]["inlines"])
    assert fallback_text.rstrip("\n") == record.as_text()
    outcome = next(c for c in card["body"] if c["style"] == "emphasis")
    assert record.outcome_title in json.dumps(outcome)


def test_markup_becomes_adaptive_card_markdown() -> None:
    reply = Reply(
        text="**Bold** and *italic*, a [link](https://example.org)\nsecond line\n\n"
        "- one\n- two\n1. first\n2. second\nafter"
    )

    texts = [b["text"] for b in build_card([reply])["body"][0]["items"]]

    assert texts == [
        "**Bold** and _italic_, a [link](https://example.org)",
        "second line",
        "- one\r- two\r1. first\r2. second",
        "after",
    ]
    assert plain_text([reply]).startswith("Bold and italic, a link (https://example.org)")


def test_a_quoted_answer_card_shows_facts_title_body_and_source() -> None:
    # Round 33 (tryout33b): the facts (a note such as "Since 2008: the 1998 Act was replaced")
    # come first, as Slack and the terminal show them, not under the quote.
    reply = Reply(
        text="ignored when there is a card",
        card=Card("The question?", "The answer.", (("Entry", "4"),), "Source: the Q&A."),
    )

    items = build_card([reply])["body"][0]["items"]

    assert [i["type"] for i in items] == ["FactSet", "TextBlock", "TextBlock", "TextBlock"]
    assert items[1]["weight"] == "Bolder" and items[3]["isSubtle"] is True


def test_too_many_buttons_become_choice_lists_and_the_latest_question_keeps_its_buttons() -> None:
    three = tuple(Choice(f"Option {n}", f"cmd:x{n}") for n in range(3))
    four = tuple(Choice(f"Answer {n}", f"check:1:purpose:{n}") for n in range(4))

    card = build_card([Reply("First", choices=three), Reply("Then", choices=four)])

    assert count_actions(card) == 5  # 4 buttons + the choice list's submit
    first, then = card["body"]
    assert [i["type"] for i in first["items"]] == ["TextBlock", "Input.ChoiceSet", "ActionSet"]
    assert [i["type"] for i in then["items"]] == ["TextBlock", "ActionSet"]


def test_a_long_label_goes_in_a_choice_list_where_it_wraps() -> None:
    long = Choice("A very long question title that would be cut off on a phone?", "topic:9")

    card = build_card([Reply("Did you mean", choices=(long,))])

    (choice_set,) = of_type(card, "Input.ChoiceSet")
    assert choice_set["style"] == "expanded" and choice_set["wrap"] is True


# -- where replies go ------------------------------------------------------------------------------


QUESTION = Reply("**Key question 1**", choices=(Choice("Yes", "check:1:purpose:yes"),))
ANSWER = Reply("A quoted answer", choices=(Choice("Browse topics", "cmd:topics"),))


def test_personal_chat_answers_everything_where_it_was_asked() -> None:
    plan = plan_delivery([ANSWER, QUESTION], inbound_of("personal_message"))

    assert len(plan.here) == 1 and plan.personal == ()


def test_a_channel_gets_answers_but_a_consent_check_moves_to_personal_chat() -> None:
    channel = inbound_of("channel_mention")

    answered = plan_delivery([ANSWER], channel)
    # The core marks what must go private (see tests/dialogs/test_placement.py).
    moved = plan_delivery([ANSWER, replace(QUESTION, private=Private.CONSENT_CHECK)], channel)

    assert len(answered.here) == 1 and answered.personal == ()
    assert moved.here == () and len(moved.personal) == 1
    assert "You wrote to me in a channel" in json.dumps(moved.personal[0])
    assert moved.moved is not None and moved.unreachable is not None
    assert "Key question" not in json.dumps([moved.moved, moved.unreachable])


def test_no_replies_means_nothing_is_sent() -> None:
    assert plan_delivery([], inbound_of("channel_mention")) == outbound.Delivery()


def test_the_personal_chat_request_names_the_person_the_assistant_and_the_tenant() -> None:
    body = outbound.personal_conversation(inbound_of("channel_mention"))

    assert body["isGroup"] is False
    assert body["members"] == [{"id": SAM, "name": "Sam Practitioner"}]
    assert body["bot"]["id"] == "28:00000000-1111-2222-3333-444444444444"
    assert body["tenantId"] == TENANT_ID == body["channelData"]["tenant"]["id"]


# -- the translation stays apart from the SDK ------------------------------------------------------


@pytest.mark.parametrize("module", [inbound, cards, outbound])
def test_the_translation_imports_no_sdk_and_no_web_framework(module: Any) -> None:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    roots = {name.split(".")[0] for name in imported}
    assert roots & {"adapters", "dialogs"}  # the walk did find the imports
    assert not roots & {"botbuilder", "botframework", "msrest", "aiohttp", "microsoft_agents"}


def test_the_replies_after_a_signpost_are_cards_teams_accepts(core: Core) -> None:
    chat = Chat(core)
    fallbacks: list[str] = []
    for follow_up in AFTER_SIGNPOST[3:6]:
        chat.send(DISCLOSURES["adult"])
        card = build_card(chat.send(follow_up))
        check_card(card)
        fallbacks.append(card["fallbackText"])
    said = "\n".join(fallbacks)
    for heading in (
        "When you've been asked to keep it secret",
        "Worried they'll know it was you",
        "You don't need to find out more first.",
    ):
        assert heading in said
    assert "**" not in said
