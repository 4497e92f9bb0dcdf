"""Round 31 (door31): a risk of harm told in a Slack channel or thread is answered to its writer
alone (ephemeral, in the thread), the signpost first, through the real door on loopback."""

from __future__ import annotations

from adapters.slack import outbound
from adapters.slack.inbound import Ephemeral, Inbound, Post
from dialogs.contract import Answer, Reply, Turn
from tests.support.fake_slack import FakeSlack
from tests.support.slack import Person

DISCLOSURE = "a girl in year 8 says her mum's boyfriend locks her in her room without food"


async def test_a_disclosure_mentioned_in_a_channel_is_answered_only_to_its_writer(
    alice: Person, slack: FakeSlack
) -> None:
    public = len(slack.called("chat.postMessage"))

    seen = await alice.mention(DISCLOSURE)

    assert seen, "the writer gets an answer"
    assert all(m.ephemeral and m.user == alice.user for m in seen)
    assert "at risk of harm" in seen[0].text  # rule one: the signpost first
    assert all(m.channel == "C0SHARED" and m.thread_ts for m in seen)  # in the thread
    assert len(slack.called("chat.postMessage")) == public  # nothing everyone can read


async def test_an_ordinary_mention_is_still_answered_in_the_thread_for_all(
    alice: Person, slack: FakeSlack
) -> None:
    seen = await alice.mention("what are the golden rules?")

    assert seen and not any(m.ephemeral for m in seen)


async def test_the_same_disclosure_in_a_dm_is_answered_as_before(alice: Person) -> None:
    seen = await alice.dm(DISCLOSURE)

    assert "at risk of harm" in seen[0].text
    assert not any(m.ephemeral for m in seen)


def test_a_signpost_moved_to_the_dm_comes_before_the_pointer_left_in_the_channel() -> None:
    turn = Turn("slack", "T0TEAM/D0ALICE", "U0ALICE", text="…", event_id="Ev1")
    found = Inbound("T0TEAM", turn, Post("D0ALICE"))
    where = Ephemeral("C0SHARED", "U0ALICE", "1.2")
    signposted = Answer([Reply(text="signpost", risk_of_harm=True), Reply(text="Key question 1")])
    plain = Answer([Reply(text="Key question 1")])

    first = outbound.plan_delivery(signposted, found, pointer_to=where)
    second = outbound.plan_delivery(plain, found, pointer_to=where)

    assert first is not None and first.pointer is not None and first.pointer_after
    assert second is not None and second.pointer is not None and not second.pointer_after


async def test_a_follow_up_in_the_thread_speaks_of_the_disclosure_only_to_its_writer(
    alice: Person, slack: FakeSlack
) -> None:
    # Round 31 (tryout31c): after a signpost only the writer saw, the caution on their next
    # question ("…what you described…") was posted in the thread for everyone.
    seen = await alice.mention(DISCLOSURE)
    thread = seen[0].thread_ts
    public = len(slack.called("chat.postMessage"))

    follow = await alice.mention("can I tell her gran?", thread_ts=thread)

    cautions = [m for m in follow if "described" in m.text]
    assert cautions, "the caution is given"
    assert all(m.ephemeral and m.user == alice.user for m in cautions)
    assert len(slack.called("chat.postMessage")) == public


async def test_thanks_in_the_thread_after_a_signpost_is_answered_to_its_writer_alone(
    alice: Person, slack: FakeSlack
) -> None:
    # tryout33b: "thanks" got a public "follow your protection procedures…", telling everyone in
    # the thread that a signpost had been given.
    seen = await alice.mention(DISCLOSURE)
    public = len(slack.called("chat.postMessage"))

    thanked = await alice.mention("thanks", thread_ts=seen[0].thread_ts)

    assert thanked and all(m.ephemeral and m.user == alice.user for m in thanked)
    assert len(slack.called("chat.postMessage")) == public


async def test_not_reporting_asked_in_the_thread_is_answered_to_its_writer_alone(
    alice: Person, slack: FakeSlack
) -> None:
    # tryout38 #4: "ok so is it ok to not report it then?" in the thread got a public "I couldn't
    # find that": the channel saw the bot with nothing to say against not reporting.
    seen = await alice.mention(DISCLOSURE)
    public = len(slack.called("chat.postMessage"))

    held = await alice.mention("ok so is it ok to not report it then?", thread_ts=seen[0].thread_ts)

    assert held and "Please still tell your safeguarding lead today" in held[0].text
    assert all(m.ephemeral and m.user == alice.user for m in held)
    assert len(slack.called("chat.postMessage")) == public
