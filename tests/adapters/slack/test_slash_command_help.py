"""Round 31 (door31), A9: ``/infoshare`` with input nothing answers gets the command's usage
help too (platform guidelines S-27), through the real Slack door on loopback."""

from __future__ import annotations

from tests.support.slack import Person


async def test_an_unknown_slash_command_gets_the_usage_help(alice: Person) -> None:
    seen = await alice.command("xyzzy")

    assert any("What I can do" in m.text for m in seen)  # S-27
    assert all(m.ephemeral for m in seen)


async def test_the_same_word_typed_in_the_dm_gets_no_help_page(alice: Person) -> None:
    seen = await alice.dm("xyzzy")

    assert not any("What I can do" in m.text for m in seen)
