"""Round 35 (tryout33b N16, tryout34): after Sam's private signpost in a channel, Bob asks "what
was that about?" and was given a public card quoting entry 7 (the guidance's purpose). A question
pointing at what was said, with no topic of its own, is quoted no published answer (rule two);
it gets, briefly, what the assistant is for and how to ask. Over both hostings on loopback."""

from __future__ import annotations

from tests.support.teams import TeamsBot, new_id, say

BOB = {"id": "29:bobbob", "name": "Bob", "aadObjectId": "11111111-2222-3333-4444-555555555555"}


async def test_bob_asking_what_that_was_about_gets_no_quote_but_the_help(teams: TeamsBot) -> None:
    await say(teams, "a pupil told me her dad hits her", where="channel_mention")

    for vague in ("what was that about?", "what's this about?"):
        sent = await teams.send(
            "channel_mention", text=f"<at>infoshare</at> {vague}", id=new_id(), **{"from": BOB}
        )

        said = " ".join(s.texts for s in sent)
        assert "What is the purpose of the information sharing guidance" not in said
        assert "I help you decide when and how you may share" in said  # what it is for
        assert "Ask me a question in your own words" in said  # and how to ask, briefly
        assert "Words I understand" not in said  # not the whole help, for everyone to read
