"""Replies as Block Kit: Slack's limits, escaping, and a full ``text`` for screen readers."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from adapters.slack import blocks, mrkdwn
from adapters.slack.blocks import SlackMessage, replies_to_messages, reply_to_messages
from bot.app import Core
from dialogs.choices import WELCOME
from dialogs.contract import Choice, DecisionRecord, Outcome, RecordedAnswer, Reply
from knowledge.flow_graph import all_paths
from tests.support.after_signpost import AFTER_SIGNPOST, DISCLOSURES
from tests.support.core import Chat


def _check_limits(message: SlackMessage) -> None:
    assert message.text.strip(), "every message needs a text for screen readers"
    assert len(message.text) <= blocks.MESSAGE_TEXT_BUDGET + 100
    assert 0 < len(message.blocks) <= blocks.MESSAGE_BLOCK_LIMIT
    action_ids: list[str] = []
    for block in message.blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= blocks.SECTION_TEXT_LIMIT
        if block["type"] == "actions":
            assert len(block["elements"]) <= blocks.ACTIONS_PER_BLOCK
            for button in block["elements"]:
                assert 0 < len(button["text"]["text"]) <= blocks.BUTTON_LABEL_LIMIT
                assert len(button["value"]) <= blocks.BUTTON_VALUE_LIMIT
                assert len(button.get("accessibility_label", "")) <= 75
                action_ids.append(button["action_id"])
    assert len(action_ids) == len(set(action_ids))


def _section_texts(message: SlackMessage) -> list[str]:
    return [b["text"]["text"] for b in message.blocks if b["type"] == "section"]


def test_the_core_markup_becomes_mrkdwn() -> None:
    assert mrkdwn.to_mrkdwn("**Key question 1**\nIs it *really* needed?") == (
        "*Key question 1*\nIs it _really_ needed?"
    )
    assert mrkdwn.to_mrkdwn("- first\n- second") == "• first\n• second"
    assert mrkdwn.to_mrkdwn("[GOV.UK](https://www.gov.uk/a?b=1&c=2)") == (
        "<https://www.gov.uk/a?b=1&amp;c=2|GOV.UK>"
    )


def test_nothing_repeated_can_ping_mention_or_forge_a_link() -> None:
    said = mrkdwn.to_mrkdwn(
        "<!channel> <!here> <@U024BE7LH> <https://evil.example|GOV.UK> a & b @here @everyone"
    )
    assert "<" not in said and ">" not in said
    assert "&lt;!channel&gt;" in said and "&lt;@U024BE7LH&gt;" in said
    assert "a &amp; b" in said
    assert "@here" not in said and "@everyone" not in said
    assert "@\u2060here" in said


def test_a_reply_is_one_message_with_its_whole_content_in_text() -> None:
    reply = Reply(text="**Hello**\n\nAsk me anything.", choices=(Choice("Topics", "cmd:topics"),))
    [message] = reply_to_messages(reply)
    assert message.text == "*Hello*\n\nAsk me anything."
    assert _section_texts(message) == [message.text]
    [actions] = [b for b in message.blocks if b["type"] == "actions"]
    assert actions["elements"] == [
        {
            "type": "button",
            "action_id": "choice-0-0",
            "text": {"type": "plain_text", "text": "Topics", "emoji": True},
            "value": "cmd:topics",
        }
    ]


def test_a_long_answer_is_split_between_paragraphs_never_inside_a_word() -> None:
    paragraph = " ".join(f"word{i}" for i in range(120))  # about 900 characters
    text = "\n\n".join(paragraph for _ in range(30))  # about 27,000 characters
    reply = Reply(text=text, choices=(Choice("Next", "cmd:topics"),))
    messages = reply_to_messages(reply)
    assert len(messages) > 5
    for message in messages:
        _check_limits(message)
    shown = " ".join(t for m in messages for t in _section_texts(m))
    assert shown.split() == text.split()
    assert [m for m in messages if any(b["type"] == "actions" for b in m.blocks)] == [messages[-1]]


def test_a_single_huge_word_is_cut_but_nothing_is_lost() -> None:
    word = "x" * 7000
    messages = reply_to_messages(Reply(text=word))
    for message in messages:
        _check_limits(message)
    assert "".join(t for m in messages for t in _section_texts(m)) == word


def test_a_split_never_breaks_a_link_or_an_entity() -> None:
    link = "[the guidance page](https://www.gov.uk/government/publications/information-sharing)"
    text = " ".join([link, "&", "<b>"] * 150)
    for piece in mrkdwn.split(mrkdwn.to_mrkdwn(text), 300):
        assert piece.count("<") == piece.count(">")
        assert not re.search(r"&[a-z]*$", piece)


@given(st.text(alphabet=st.sampled_from("ab c\n&<>*-[]()"), max_size=3000), st.integers(5, 400))
def test_split_pieces_fit_and_keep_every_word(text: str, limit: int) -> None:
    pieces = mrkdwn.split(text, limit)
    assert all(0 < len(p) <= limit for p in pieces)
    assert "".join("".join(pieces).split()) == "".join(text.split())


def test_long_labels_are_shortened_at_a_word_and_spoken_in_full() -> None:
    label = (
        "What should I do if I am asked to share information about someone who has not "
        "consented and I am unsure?"
    )
    [message] = reply_to_messages(Reply(text="Pick one", choices=(Choice(label, "topic:9"),)))
    [button] = [e for b in message.blocks if b["type"] == "actions" for e in b["elements"]]
    shown = button["text"]["text"]
    assert len(shown) <= 75 and shown.endswith("…")
    assert label.startswith(shown.removesuffix("…"))
    assert label[len(shown) - 1] == " "  # cut at a word boundary
    assert button["accessibility_label"] == shown


def test_terse_buttons_carry_the_question_for_screen_readers() -> None:
    choice = Choice("Yes", "check:1:purpose:yes", "Yes: answer to key question 1")
    [message] = reply_to_messages(Reply(text="Q1", choices=(choice,)))
    [button] = [e for b in message.blocks if b["type"] == "actions" for e in b["elements"]]
    assert button["accessibility_label"] == "Yes: answer to key question 1"


def test_many_choices_fill_several_actions_blocks_and_oversized_values_are_left_out() -> None:
    choices = tuple(Choice(f"Topic {n}", f"topic:{n}") for n in range(60))
    choices += (Choice("Broken", "x" * 2001),)
    [message] = reply_to_messages(Reply(text="All topics", choices=choices), index=3)
    _check_limits(message)
    actions = [b for b in message.blocks if b["type"] == "actions"]
    assert [len(a["elements"]) for a in actions] == [25, 25, 10]
    assert actions[0]["elements"][0]["action_id"] == "choice-3-0"


def test_the_decision_record_is_a_code_block_that_copies_exactly() -> None:
    record = DecisionRecord(
        created_at="2026-11-25 14:30 GMT",
        guidance="Information Sharing: Guidance for practitioners and managers (2008)",
        flow_version="1",
        answers=(RecordedAnswer(1, "Is there a clear & legitimate purpose?", "Yes"),),
        outcome=Outcome.SHARE,
        outcome_title="You can share",
    )
    reply = Reply(text="Here is a record.\n\n" + record.as_text(), record=record)
    [message] = reply_to_messages(reply)
    code = [t for t in _section_texts(message) if t.startswith("```")]
    assert len(code) == 1
    inside = code[0].removeprefix("```\n").removesuffix("\n```")
    unescaped = inside.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert unescaped == record.as_text()
    assert "```" in message.text  # the screen-reader text has the record too


def test_an_outcome_travels_as_message_metadata() -> None:
    [message] = reply_to_messages(Reply(text="**You can share**", outcome=Outcome.SHARE))
    assert message.metadata() == {
        "event_type": "infoshare_outcome",
        "event_payload": {"outcome": "share"},
    }
    [plain] = reply_to_messages(Reply(text="hello"))
    assert plain.metadata() is None


def test_every_reply_the_core_gives_fits_slack(core: Core) -> None:
    chat = Chat(core)
    chat.press_value(WELCOME)
    for command in ("help", "topics", "rules", "about", "hello", "zzzz qqq"):
        chat.send(command)
    for follow_up in AFTER_SIGNPOST:  # the signpost, and each reply just after one
        chat.send(DISCLOSURES["child"])
        chat.send(follow_up)
    for entry in core.knowledge.entries:
        chat.press_value(f"topic:{entry.number}")
    for path, _ in all_paths(core.knowledge.flow):
        chat.send("restart")
        for _, answer in path:
            chat.send(answer.value.replace("-", " "))
    assert len(chat.history) > 50
    for index, reply in enumerate(chat.history):
        for message in reply_to_messages(reply, index):
            _check_limits(message)


def test_the_answered_message_loses_its_buttons_and_shows_the_choice() -> None:
    [message] = reply_to_messages(
        Reply(text="**Key question 1**", choices=(Choice("Yes", "check:1:purpose:yes"),))
    )
    payload: dict[str, Any] = {"text": message.text, "blocks": list(message.blocks)}
    update = blocks.answered(payload, "Yes <@U1>")
    assert [b["type"] for b in update.blocks] == ["section", "context"]
    assert update.blocks[-1]["elements"][0]["text"] == "You chose: *Yes &lt;@U1&gt;*"
    assert update.text == "*Key question 1*\n\nYou chose: *Yes &lt;@U1&gt;*"


def test_the_home_tab_holds_the_welcome_within_the_view_limit() -> None:
    greeting = Reply(text="Hello!", choices=(Choice("Start a consent check", "cmd:check"),))
    view = blocks.home_view([Reply(text="A reminder"), greeting])
    assert view["type"] == "home"
    assert [b["type"] for b in view["blocks"]] == ["section", "divider", "section", "actions"]
    big = blocks.home_view([Reply(text="x " * 2000)] * 60)
    assert len(big["blocks"]) <= blocks.VIEW_BLOCK_LIMIT


def test_replies_of_one_turn_have_distinct_action_ids() -> None:
    both = replies_to_messages(
        [Reply("a", choices=(Choice("A", "cmd:help"),)), Reply("b", choices=(Choice("B", "x"),))]
    )
    ids = [
        e["action_id"]
        for m in both
        for b in m.blocks
        if b["type"] == "actions"
        for e in b["elements"]
    ]
    assert ids == ["choice-0-0", "choice-1-0"]


def test_the_replies_after_a_signpost_render_their_headings_and_footer(core: Core) -> None:
    chat = Chat(core)
    shown: list[str] = []
    for follow_up in AFTER_SIGNPOST[:3]:
        chat.send(DISCLOSURES["child"])
        for message in replies_to_messages(chat.send(follow_up)):
            _check_limits(message)
            shown.append(message.text)
    said = "\n".join(shown)
    assert "*You don't need to be sure, or to have proof.*" in said
    assert "*Calling the police*" in said
    assert "*If you don't know who your safeguarding lead is, or can't reach them*" in said
    assert "_In our own words, from the 2008 guidance" in said
    assert "**" not in said
