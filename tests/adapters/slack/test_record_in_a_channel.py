"""Round 35 (tryout34 finding 15): `/infoshare record` in a channel while the same person's check
was under way in the DM said "I don't keep decision records: your organisation hasn't turned
that on": a channel and the DM are two conversations, and the channel's knows no check. What a
person is told of their own record is given in private, where their check is, as the terminal
says it ("Your check is under way…"). Through the real door on loopback."""

from __future__ import annotations

from tests.support.fake_slack import FakeSlack
from tests.support.slack import Person


async def test_record_asked_for_in_a_channel_says_the_check_in_the_dm_is_under_way(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.dm("check")
    await alice.press("Yes")

    for ask in (alice.command, alice.mention):
        seen = await ask("record")

        said = " ".join(m.text for m in seen)
        assert "Your check is under way" in said
        assert "hasn't turned that on" not in said
        under_way = [m for m in seen if "under way" in m.text]
        assert all(m.channel == alice.dm_channel for m in under_way)
    in_channel = [m for m in slack.messages if m.channel == "C0SHARED"]
    assert not any("record" in m.text for m in in_channel)  # only where the answer went
