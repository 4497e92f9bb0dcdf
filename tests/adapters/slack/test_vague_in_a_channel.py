"""Round 35 (tryout33b N16, tryout34): after Alice's private signpost in a channel thread, Bob
asks "what was that about?" and was given a public quote of entry 7 (the guidance's purpose).
A question pointing at what was said, with no topic of its own, is quoted no published answer
(rule two); it gets, briefly, what the assistant is for and how to ask. Through the real door
on loopback."""

from __future__ import annotations

from tests.support.fake_slack import FakeSlack
from tests.support.slack import Person

DISCLOSURE = "a pupil told me her dad hits her, can I share it with the school nurse?"


async def test_bob_asking_what_that_was_about_gets_no_quote_but_the_help(
    alice: Person, slack: FakeSlack
) -> None:
    signposted = await alice.mention(DISCLOSURE)
    assert signposted and all(m.ephemeral for m in signposted)
    bob = Person(alice.server, slack, "U0BOB")

    for vague in ("what was that about?", "what's this about?"):
        seen = await bob.mention(vague, thread_ts=signposted[0].thread_ts)

        said = " ".join(m.text for m in seen)
        assert "What is the purpose of the information sharing guidance" not in said
        assert "Source:" not in said
        assert "I help you decide when and how you may share" in said  # what it is for
        assert "Ask me a question in your own words" in said  # and how to ask, briefly
        assert "Words I understand" not in said  # not the whole help, for everyone to read


async def test_a_short_question_naming_the_guidance_is_still_answered(alice: Person) -> None:
    seen = await alice.mention("what's this guidance for?")

    assert any("What is the purpose of the information sharing guidance" in m.text for m in seen)
