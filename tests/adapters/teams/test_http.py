"""The Teams door over real HTTP on loopback: activities in the shapes Teams sends go to the
running server; the replies are what the stand-in Bot Connector received."""

from __future__ import annotations

from typing import Any

import aiohttp

from adapters.teams.cards import MAX_ACTIONS, count_actions
from bot.app import Core
from bot.stores.sqlite import SQLiteStore
from tests.support.cards import of_type
from tests.support.teams import (
    CHANNEL_THREAD,
    PERSONAL,
    SAM,
    SAM_PERSONAL,
    TEAM_GENERAL,
    TeamsBot,
    local_door,
    make_pipeline,
    new_id,
    one,
    press,
    say,
    serve,
)
from tests.support.teams_standins import TENANT_ID, Connector

# -- personal chat ------------------------------------------------------------------------------


async def test_a_personal_message_gets_one_card_reply_in_the_same_chat(teams: TeamsBot) -> None:
    reply = one(await say(teams, "help"))

    assert reply.path == f"/v3/conversations/{PERSONAL}/activities/{reply.body['replyToId']}"
    assert reply.authorization is None  # local development: no app id, no token
    assert reply.card["version"] == "1.5"
    assert "What I can do" in reply.texts
    assert reply.choices()["Start a consent check"] == "cmd:check"
    assert reply.body["summary"]


async def test_help_works_in_any_case_and_hello_gets_a_reply(teams: TeamsBot) -> None:
    upper = one(await say(teams, "HELP"))
    lower = one(await say(teams, "help"))
    hello = one(await say(teams, "Hello"))

    assert "What I can do" in upper.texts
    assert lower.texts in upper.texts  # the first reply also carries the one privacy reminder
    assert hello.texts and hello.texts != lower.texts


async def test_a_card_press_reaches_the_core_as_a_choice(teams: TeamsBot) -> None:
    welcome = one(await say(teams, "help"))
    started = one(await press(teams, welcome, "Start a consent check"))

    assert "Key question 1" in started.texts
    answered = one(await press(teams, started, "Yes"))
    assert "Key question 2" in answered.texts
    assert "didn't understand" not in answered.texts


async def test_a_whole_consent_check_ends_with_a_copyable_record(teams: TeamsBot) -> None:
    message = one(await say(teams, "check"))
    for _ in range(12):
        if "Yes" not in message.choices():
            break
        message = one(await press(teams, message, "Yes"))

    codes = of_type(message.card, "CodeBlock")
    assert len(codes) == 1
    record = codes[0]["codeSnippet"]
    assert record.startswith("INFORMATION SHARING DECISION RECORD")
    assert "Outcome:" in record
    assert codes[0]["fallback"]["type"] == "RichTextBlock"  # for clients without code blocks
    assert "Start another check" in message.choices()


async def test_a_long_choice_list_is_a_labelled_input_and_its_submission_works(
    teams: TeamsBot,
) -> None:
    topics = one(await say(teams, "topics"))
    (choice_set,) = of_type(topics.card, "Input.ChoiceSet")
    assert choice_set["label"] and choice_set["isRequired"]
    assert count_actions(topics.card) <= MAX_ACTIONS

    value = choice_set["choices"][3]["value"]
    answer = one(
        await teams.send(
            "choice_list_submit",
            id=new_id(),
            value={"input": choice_set["id"], **{choice_set["id"]: value}},
        )
    )
    assert "Source: Information Sharing: Q&A" in answer.texts


# -- channels and group chats -------------------------------------------------------------------


async def test_a_channel_mention_is_answered_in_its_thread_like_personal_chat(
    teams: TeamsBot,
) -> None:
    in_channel = one(await say(teams, "rules", where="channel_mention"))
    in_personal = one(await say(teams, "rules"))

    assert in_channel.path.startswith(f"/v3/conversations/{CHANNEL_THREAD}/activities/")
    assert in_channel.body["replyToId"]
    assert "golden rules" in in_channel.texts
    assert in_personal.texts in in_channel.texts  # the channel one adds the privacy reminder


async def test_a_check_started_in_a_channel_moves_to_personal_chat_and_carries_on(
    teams: TeamsBot,
) -> None:
    sent = await say(teams, "check", where="channel_mention")

    opened = [s for s in teams.connector.sent if s.path == "/v3/conversations"]
    assert len(opened) == 1
    assert opened[0].body["members"] == [{"id": SAM, "name": "Sam Practitioner"}]
    assert opened[0].body["channelData"] == {"tenant": {"id": TENANT_ID}}
    personal, notice = sent
    assert personal.path == f"/v3/conversations/{SAM_PERSONAL}/activities"
    assert "You wrote to me in a channel" in personal.texts
    assert "Key question 1" in personal.texts
    assert notice.path.startswith(f"/v3/conversations/{CHANNEL_THREAD}/activities/")
    assert "personal chat" in notice.texts and "Key question" not in notice.texts

    carried_on = one(await press(teams, personal, "Yes", conversation=SAM_PERSONAL))
    assert "Key question 2" in carried_on.texts


async def test_a_group_chat_mention_strips_every_mention_before_the_core_reads_it(
    teams: TeamsBot,
) -> None:
    sent = await teams.send("group_chat_mention", id=new_id())  # "check <at>Jo Bloggs</at>"

    assert all("Jo Bloggs" not in s.texts for s in sent)
    assert any("You wrote to me in a group chat" in s.texts for s in sent)


async def test_when_no_personal_chat_can_be_opened_the_thread_is_told_how(
    teams: TeamsBot,
) -> None:
    teams.connector.refuse_personal_chat = True

    notice = one(await say(teams, "check", where="channel_mention"))

    assert notice.path.startswith(f"/v3/conversations/{CHANNEL_THREAD}/activities/")
    assert "couldn't open one" in notice.texts and "**infoshare**" in notice.texts
    assert "Key question" not in notice.texts


# -- being added ------------------------------------------------------------------------------


async def test_installing_in_personal_scope_welcomes_once(teams: TeamsBot) -> None:
    welcome = one(await teams.send("bot_added_personal"))
    again = await teams.send("bot_added_personal")  # Teams re-delivers

    assert welcome.path.startswith(f"/v3/conversations/{PERSONAL}/activities")
    assert "Hello!" in welcome.texts
    assert again == []


async def test_adding_to_a_team_posts_one_welcome_in_the_channel_and_no_direct_messages(
    teams: TeamsBot,
) -> None:
    welcome = one(await teams.send("bot_added_to_team"))

    assert welcome.path.startswith(f"/v3/conversations/{TEAM_GENERAL}/activities")
    assert not [s for s in teams.connector.sent if s.path == "/v3/conversations"]


async def test_other_members_joining_gets_no_message_at_all(teams: TeamsBot) -> None:
    response = await teams.post(teams.activity("member_added_to_team"))

    assert response.status == 200 and response.body["status"] == "ignored"
    assert teams.connector.sent == []


# -- exactly once -----------------------------------------------------------------------------


async def test_a_redelivered_activity_is_answered_once(teams: TeamsBot) -> None:
    first = await teams.send("personal_message", id="1764081999001", text="help")
    second = await teams.send("personal_message", id="1764081999001", text="help")

    assert len(first) == 1 and second == []


async def test_the_same_activity_id_in_two_conversations_is_two_activities(
    teams: TeamsBot,
) -> None:
    here = await teams.send("personal_message", id="1764081999002", text="help")
    there = await say(teams, "help", where="channel_mention")
    elsewhere = await teams.send("channel_mention", id="1764081999002", text="<at>x</at> help")

    assert len(here) == 1 and len(there) == 1 and len(elsewhere) == 1


async def test_a_redelivery_to_another_process_is_not_answered_again(
    core: Core, store: SQLiteStore, connector: Connector, tmp_path: Any
) -> None:
    # Two servers, each with its own store connection to one SQLite file: two processes' view.
    other_store = await SQLiteStore.open(tmp_path / "state.sqlite3")
    servers = [await serve(local_door(make_pipeline(core, s)), s) for s in (store, other_store)]
    try:
        async with aiohttp.ClientSession() as session:
            bots = [TeamsBot(str(s.make_url("")).rstrip("/"), session, connector) for s in servers]
            first = await bots[0].send("personal_message", id="1764081999003", text="help")
            second = await bots[1].send("personal_message", id="1764081999003", text="help")
    finally:
        for server in servers:
            await server.close()
        await other_store.close()

    assert len(first) == 1 and second == []


# -- rate limits and failures -------------------------------------------------------------------


async def test_a_rate_limited_send_is_retried_and_delivered_once(teams: TeamsBot) -> None:
    teams.connector.fail_next = [429, 502]

    await say(teams, "help")

    attempts = teams.connector.messages()
    assert len(attempts) == 3  # two refused, one delivered
    assert attempts[0].body == attempts[2].body


async def test_a_connector_that_keeps_failing_gets_a_clear_502(teams: TeamsBot) -> None:
    teams.connector.fail_next = [500]

    response = await teams.post(teams.activity("personal_message", id=new_id(), text="help"))

    assert response.status == 502
    assert "could not be delivered" in response.body["reason"]


# -- risk of harm comes first -------------------------------------------------------------------


async def test_a_disclosure_at_the_end_of_a_pasted_case_note_leads_with_the_signpost(
    teams: TeamsBot,
) -> None:
    # Round 30: the risk check read only a message's first 4,000 characters.
    note = (
        "We agreed the actions from the core group and who would chase the housing repair. " * 120
    )
    reply = one(await say(teams, note + "At the end of the visit she said her uncle hurts her."))
    assert reply.card["body"][0]["items"][0]["text"].startswith(
        "**What you've described may mean a child"
    )
    assert "answered from its first part" in reply.texts


async def test_a_disclosure_in_personal_chat_leads_the_first_reply_with_the_signpost(
    teams: TeamsBot,
) -> None:
    reply = one(await say(teams, "a year 6 girl told me her stepdad touches her. what is an ISP?"))

    signpost = reply.card["body"][0]
    assert signpost["style"] == "attention"
    assert signpost["items"][0]["text"].startswith(
        "**What you've described may mean a child is at risk"
    )
    assert "call 999" in reply.texts
    assert "Your designated safeguarding lead" in reply.texts
    assert reply.texts.index("call 999") < reply.texts.index("identify")  # before the reminder
    assert "What is an information sharing protocol?" in reply.texts  # then the answer
