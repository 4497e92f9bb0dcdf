"""Round 31 (door31): an edited message (``message_changed``) through the real Slack door on
loopback. The edit's new text is read for a risk of harm: the signpost if it tells of one, and
nothing otherwise (a typo fixed is never a second answer); the place in a check is kept."""

from __future__ import annotations

from tests.support.fake_slack import FakeSlack, Message
from tests.support.slack import Person, event_envelope, fixture


async def edit(person: Person, was: str, now: str) -> list[Message]:
    """`person` edits their last DM from `was` to `now`, as Slack reports it."""
    event = fixture("message_changed")["event"]
    ts = person._ts()
    event.update(channel=person.dm_channel, ts=ts, event_ts=ts)
    event["message"].update(user=person.user, text=now)
    event["previous_message"].update(user=person.user, text=was)
    return await person._seen_after(person.server.post_json(event_envelope(event)))


def _text(messages: list[Message]) -> str:
    return "\n".join(m.text + str(m.blocks) for m in messages)


async def test_an_edit_that_adds_a_disclosure_gets_the_signpost(alice: Person) -> None:
    asked = "can I give the police a tenant's new address if they ask?"
    await alice.dm(asked)

    seen = await edit(alice, asked, asked + " he has said he'll stab the man next door")

    assert len(seen) >= 1
    assert seen[0].channel == alice.dm_channel
    assert "at risk of harm" in seen[0].text


async def test_an_edit_that_fixes_a_typo_gets_no_second_answer(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.dm("can I shrae the minutes with housing?")
    before = len(slack.messages)

    seen = await edit(
        alice, "can I shrae the minutes with housing?", "can I share the minutes with housing?"
    )

    assert seen == []
    assert len(slack.messages) == before


async def test_an_edit_of_a_disclosure_already_signposted_is_not_signposted_again(
    alice: Person,
) -> None:
    told = "the toddler has a bruise shaped like a hand on his cheek"
    first = await alice.dm(told)
    assert "at risk of harm" in first[0].text

    assert await edit(alice, told, told + " and he flinches when dad comes in") == []


async def test_an_edit_mid_check_signposts_and_keeps_the_place(alice: Person) -> None:
    await alice.dm("check")
    await alice.dm("yes")  # key question 1 answered: key question 2 waits

    seen = await edit(alice, "yes", "yes, and she told me her stepdad hits her with a belt")
    assert "at risk of harm" in _text(seen)

    going_on = await alice.dm("yes")
    assert "Key question 3" in _text(going_on)


async def test_an_edit_changing_an_answer_mid_check_says_how_to_change_it(alice: Person) -> None:
    await alice.dm("check")
    await alice.dm("yes")  # key question 1 answered: key question 2 waits

    seen = await edit(alice, "yes", "no")

    assert len(seen) == 1
    assert "doesn't change an answer" in seen[0].text
    assert "**back**" in seen[0].text or "*back*" in seen[0].text
    assert "Key question" not in _text(seen)  # the question is not posted again
    going_on = await alice.dm("yes")
    assert "Key question 3" in _text(going_on)


async def test_an_edit_that_keeps_the_answer_mid_check_gets_no_reply(alice: Person) -> None:
    await alice.dm("check")
    await alice.dm("yes")

    assert await edit(alice, "yes", "Yes.") == []


async def test_an_edit_changing_the_last_answer_after_the_end_says_nothing_changed(
    alice: Person,
) -> None:
    await alice.dm("check")
    for _ in range(3):
        ended = await alice.dm("no")  # no clear purpose: the check ends at its outcome
        if "Here is a record" in _text(ended):
            break
    assert "Here is a record" in _text(ended)

    seen = await edit(alice, "no", "yes actually")

    assert len(seen) == 1
    assert "check has ended" in seen[0].text
