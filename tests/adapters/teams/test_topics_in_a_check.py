"""Round 35 (tryout33 #16, tryout34): in Teams personal chat, "topics" typed while a consent check
waited for an answer gave one card with the topic list's 14 buttons beside the check's Yes, No
and Not sure. While a check waits, the topics are listed without buttons: the only buttons are
the check's. Over both hostings on loopback, with the stand-in Bot Connector."""

from __future__ import annotations

from tests.support.teams import TeamsBot, one, press, say


async def test_topics_during_a_check_show_only_the_checks_buttons(teams: TeamsBot) -> None:
    card = one(await say(teams, "check"))
    card = one(await press(teams, card, "Yes"))

    for sent in (await say(teams, "topics"), await say(teams, "browse topics")):
        shown = one(sent)
        assert "Why is information sharing important?" in shown.texts  # still listed
        assert "Key question 2" in shown.texts
        assert set(shown.choices()) == {"Yes", "No", "Not sure", "Why am I asked this?"}


async def test_topics_with_no_check_under_way_keep_their_buttons(teams: TeamsBot) -> None:
    shown = one(await say(teams, "topics"))

    assert "Why is information sharing important?" in shown.choices()
