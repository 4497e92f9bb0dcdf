"""The Slack door over real HTTP: buttons, the consent check's move to a DM, the Home tab, and
what happens when Slack's Web API fails."""

from __future__ import annotations

import json
import logging

from bot.logs import JSONLineFormatter
from tests.support.fake_slack import FakeSlack
from tests.support.slack import Person, Server, labels


def _all_text(messages: list) -> str:
    return "\n".join(m.text for m in messages)


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


async def test_a_check_asked_for_in_a_channel_part_way_through_one_carries_on_in_the_dm(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.dm("check")
    await alice.dm("yes")
    seen = await alice.mention("check")
    [pointer] = [m for m in seen if m.ephemeral]
    [in_dm] = [m for m in seen if m.channel == "D0ALICE"]
    assert "You're already part-way through a check" in in_dm.text
    assert "*Key question 2*" in in_dm.text
    # Where it was asked, the pointer says where the answer went, and no more than the core did.
    assert "direct message" in pointer.text
    assert "started" not in pointer.text


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
    outcomes = [
        c
        for c in slack.called("chat.postMessage")
        if (c.params.get("metadata") or {}).get("event_type") == "infoshare_outcome"
    ]
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
    assert len(apology) == 1 and "/invite @infoshare" in apology[0].text
    # ...and the server keeps serving.
    seen = await alice.dm("what are the golden rules?")
    assert "golden rules" in _all_text(seen).lower()


async def test_a_slack_outage_is_survived(server: Server, alice: Person, slack: FakeSlack) -> None:
    slack.fail("chat.postMessage", *([502] * 4))  # 500 and 503 are retried: see S-19's tests
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


# -- risk of harm comes first -------------------------------------------------------------------


async def test_a_disclosure_in_a_dm_is_answered_first_with_the_signpost(
    alice: Person, slack: FakeSlack
) -> None:
    seen = await alice.dm("mum's always off her face when she picks him up. what is an ISP?")
    assert seen[0].text.startswith("*What you've described may mean a child is at risk of harm.")
    assert "call 999" in seen[0].text
    assert "Your local children's social care front door (MASH)" in seen[0].text
    assert "identify" in seen[1].text  # the privacy reminder comes after it
    assert "What is an information sharing protocol?" in _all_text(seen[2:])


async def test_a_disclosure_at_the_end_of_a_pasted_case_note_leads_with_the_signpost(
    alice: Person, slack: FakeSlack
) -> None:
    # Round 30: the risk check read only a message's first 4,000 characters.
    note = (
        "We agreed the actions from the core group and who would chase the housing repair. " * 120
    )
    seen = await alice.dm(note + "At the end of the visit she said her uncle hurts her at night.")
    assert seen[0].text.startswith("*What you've described may mean a child")
    assert "answered from its first part" in _all_text(seen[1:])


async def test_a_disclosure_in_a_channel_thread_gets_the_signpost_first_there(
    alice: Person, slack: FakeSlack
) -> None:
    # A practitioner's telling: "he said if I tell anyone he'll hurt my little brother" is the
    # writer's own since round 52 (voice181) and is answered in the writer's words.
    seen = await alice.mention(
        "a pupil told me her mum's boyfriend said if she tells anyone he'll hurt her little brother"
    )
    assert seen and all(m.channel == "C0SHARED" and m.thread_ts for m in seen)
    assert seen[0].text.startswith("*What you've described may mean")
