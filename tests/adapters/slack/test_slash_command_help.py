"""Round 31 (door31), A9: ``/infoshare`` with input nothing answers gets the command's usage
help too (platform guidelines S-27), through the real Slack door on loopback."""

from __future__ import annotations

from tests.support.slack import Person, labels


async def test_an_unknown_slash_command_gets_the_usage_help(alice: Person) -> None:
    seen = await alice.command("xyzzy")

    assert any("What I can do" in m.text for m in seen)  # S-27
    assert all(m.ephemeral for m in seen)


async def test_an_unknown_slash_command_leads_with_the_usage_help_once(alice: Person) -> None:
    await alice.dm("hello")  # the privacy reminder, given once, is behind her

    seen = await alice.command("xyzzy", channel=alice.dm_channel)

    # Round 32 (buttons32): the usage first, once; no decline before it, no second help after.
    assert len(seen) == 1
    assert seen[0].text.startswith("*What I can do*")
    assert seen[0].text.count("What I can do") == 1
    assert "couldn't find" in seen[0].text
    assert "Start a consent check" in labels(seen[0])


async def test_an_unknown_slash_command_in_a_check_keeps_the_place(alice: Person) -> None:
    await alice.dm("check")

    seen = await alice.command("xyzzy", channel=alice.dm_channel)

    assert seen[0].text.startswith("*What I can do*")
    assert "Key question 1" in seen[-1].text


async def test_the_same_word_typed_in_the_dm_gets_no_help_page(alice: Person) -> None:
    seen = await alice.dm("xyzzy")

    assert not any("What I can do" in m.text for m in seen)


async def test_a_first_unknown_slash_command_leads_with_the_usage_then_the_reminder(
    alice: Person,
) -> None:
    seen = await alice.command("xyzzy", channel=alice.dm_channel)

    # Round 32 (form32): the person typed a command, so its usage leads; the one-off privacy
    # reminder follows it, once.
    assert seen[0].text.startswith("*What I can do*")
    assert [m.text.startswith("A quick reminder") for m in seen] == [False, True]
    assert all(m.ephemeral for m in seen)
    seen = await alice.command("xyzzy", channel=alice.dm_channel)
    assert not any("A quick reminder" in m.text for m in seen)


async def test_a_first_message_still_begins_with_the_reminder(alice: Person) -> None:
    seen = await alice.dm("what is an information sharing protocol?")

    assert seen[0].text.startswith("A quick reminder")
