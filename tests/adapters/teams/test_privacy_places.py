"""Round 31 (door31): in Teams one dialog follows a person into every channel, yet nothing said
in their personal chat may shape, or be referred to in, a reply posted where others can read it.
Over real HTTP on loopback, through both SDK hostings and the stand-in Bot Connector."""

from __future__ import annotations

from dialogs.state import ConversationState, place_of
from tests.support.teams import CHANNEL_THREAD, SAM_PERSONAL, TeamsBot, one, say

# A practitioner's (round 42: "the little ones next door …" alone is a neighbour's, who gets the
# text for the public and no caution on sharing).
DISCLOSURE = "a pupil says the little ones next door are left on their own every night, one is 2"
CAUTION = "Because of what you've described"


async def test_a_personal_chat_disclosure_never_shapes_a_channel_reply(teams: TeamsBot) -> None:
    signposted = one(await say(teams, DISCLOSURE))
    assert "at risk of harm" in signposted.texts

    in_channel = one(
        await say(
            teams,
            "can we pass the sign-in sheet to the youth offending team?",
            where="channel_mention",
        )
    )

    assert in_channel.path.startswith(f"/v3/conversations/{CHANNEL_THREAD}/activities/")
    assert CAUTION not in in_channel.texts
    assert "described" not in in_channel.texts
    assert "safeguarding lead first" not in in_channel.texts


async def test_the_caution_still_follows_the_disclosure_in_the_personal_chat(
    teams: TeamsBot,
) -> None:
    one(await say(teams, DISCLOSURE))
    one(
        await say(
            teams,
            "can we pass the sign-in sheet to the youth offending team?",
            where="channel_mention",
        )
    )

    back_home = one(await say(teams, "can I tell their gran?"))

    assert CAUTION in back_home.texts


async def test_a_disclosure_in_a_channel_is_not_referred_to_in_the_personal_chat_either(
    teams: TeamsBot,
) -> None:
    await say(teams, DISCLOSURE, where="channel_mention")

    at_home = one(await say(teams, "can I tell their gran?"))

    assert CAUTION not in at_home.texts


async def test_an_answer_typed_in_a_channel_to_a_personal_check_is_not_said_to_start_there(
    teams: TeamsBot,
) -> None:
    started = one(await say(teams, "check"))
    assert "Key question 1" in started.texts

    personal, notice = await say(teams, "yes", where="channel_mention")

    assert personal.path == f"/v3/conversations/{SAM_PERSONAL}/activities"
    assert "You started this" not in personal.texts
    assert "You wrote to me in a channel" in personal.texts
    assert "Key question 2" in personal.texts
    assert "Key question" not in notice.texts


def test_the_place_of_a_signpost_is_kept_as_a_digest_and_survives_the_store() -> None:
    here = place_of("19:abc@thread.tacv2;messageid=1")
    state = ConversationState(concern=True, after_signpost=3, signposted_in=here)
    kept = ConversationState.from_json(state.to_json())

    assert kept == state
    assert "19:abc" not in str(state.to_json())
    assert kept.seen_from(place_of("a:personal")).after_signpost == 0
    assert not kept.seen_from(place_of("a:personal")).concern
    assert kept.seen_from(here) is kept
    forged = {**state.to_json(), "signposted_in": "19:abc@thread"}
    assert ConversationState.from_json(forged).signposted_in is None


async def test_a_disclosure_made_during_a_check_never_reaches_a_channel(teams: TeamsBot) -> None:
    # Round 31 (tryout31c): told mid-check in the personal chat, the concern rode with the ended
    # check into a channel reply ("If this is about what you described earlier…").
    await say(teams, "check")
    await say(teams, "yes")
    await say(teams, "the girl said her mum's boyfriend watches her in the shower")
    await say(teams, "yes")
    await say(teams, "not sure")  # the check ends: seek advice

    sent = await say(
        teams,
        "can we share the attendance list with the youth offending team?",
        where="channel_mention",
    )

    in_channel = [s for s in sent if s.path.startswith(f"/v3/conversations/{CHANNEL_THREAD}")]
    assert in_channel, "the channel is answered or told where the answer went"
    for message in in_channel:
        assert "described" not in message.texts
        assert "safeguarding lead first" not in message.texts
