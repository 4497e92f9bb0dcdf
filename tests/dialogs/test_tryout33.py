"""Round 33: what a trial (tryout33) found in the dialogs. A longer answer in a consent check
that also tells of harm ("no, but he threatened her with a knife") was signposted, then taken as
the answer, ending the check with "You can share": the signpost still comes first, and the
answer is asked for on its own while the public-interest question, where a risk weighs, is still
to come. "cancel" after a check had ended threw its record away; a check under way was offered
again beside its own question; "that didn't answer my question" was "not found"."""

from __future__ import annotations

import pytest

from bot.app import Core
from tests.support.core import Chat, texts


@pytest.mark.parametrize(
    "told",
    [
        "no, but he threatened her with a knife",
        "yes - and she says her stepdad hits her with a belt",
    ],
)
def test_an_answer_that_tells_of_harm_is_asked_for_again_on_its_own(chat: Chat, told: str) -> None:
    chat.send("check")
    chat.send("yes")

    replies = chat.send(told)

    assert replies[0].risk_of_harm
    said = texts(replies)
    assert "haven't taken an answer" in said
    assert "Key question 2" in said and "taken that as" not in said
    assert "Key question 3" not in said


def test_a_plain_answer_after_it_is_taken(chat: Chat) -> None:
    chat.send("check")
    chat.send("yes")
    chat.send("no, but he threatened her with a knife")

    assert "Key question 3" in texts(chat.send("yes"))


def test_cancel_after_a_check_has_ended_keeps_its_record(chat: Chat) -> None:
    # tryout33: "cancel" said "nothing to cancel" yet threw the ended check away, so "record"
    # then had nothing to show.
    chat.send("check")
    chat.send("yes")
    assert "DECISION RECORD" in texts(chat.send("no"))

    assert "already ended" in texts(chat.send("cancel"))

    assert "DECISION RECORD" in texts(chat.send("record"))


@pytest.mark.parametrize("message", ["who do I ask", "fill in the record"])
def test_no_offer_of_a_check_beside_the_question_of_the_one_under_way(
    chat: Chat, message: str
) -> None:
    # tryout33: the terminal numbered "1) Start a consent check" just above "1) Yes".
    chat.send("check")

    replies = chat.send(message)

    labels = [c.label for r in replies for c in r.choices]
    assert "Start a consent check" not in labels
    assert "Key question 1" in texts(replies) and "Yes" in labels


@pytest.mark.parametrize("message", ["that didn't answer my question", "that's not what I asked"])
def test_an_answer_that_missed_gets_what_the_assistant_can_do(chat: Chat, message: str) -> None:
    # tryout33: it was "I couldn't find that in the published Q&A".
    said = texts(chat.send(message))
    assert "What I can do" in said and "couldn't find" not in said


@pytest.mark.parametrize(
    ("typed", "taken"),
    [
        ("no - he has capacity and said no", "No: they refused"),
        ("no, she has capacity and refused", "No: they refused"),
        ("no - asking her would put her at risk", "Not sought: unsafe to ask"),
    ],
)
def test_a_kind_of_no_said_in_full_at_the_consent_question_is_taken(
    chat: Chat, typed: str, taken: str
) -> None:
    # tryout33/33b: the first two were no answer (and the first was signposted by the learnt
    # model); the third was held back by the rule for an answer that also tells of harm.
    chat.send("check")
    for answer in ("yes", "yes", "yes"):
        chat.send(answer)

    replies = chat.send(typed)

    assert f"taken that as **{taken}**" in texts(replies)
    assert "Key question 5" in texts(replies)


def test_who_can_see_what_i_type_asked_in_a_channel_says_the_channel_can(core: Core) -> None:
    # tryout33b: in a channel it said only "I don't keep what you type".
    in_channel = texts(Chat(core, private=False).send("who can see what I type here?"))
    in_private = texts(Chat(core).send("who can see what I type here?"))

    assert "Everyone in this conversation can read" in in_channel
    assert "Everyone in this conversation" not in in_private
    assert "I don't keep what you type" in in_private


def test_a_message_naming_information_sharing_is_never_chatter(chat: Chat) -> None:
    # tryout33b: "I can only help with sharing information about people" to a question about
    # sharing information (chatter led once the case topic was set aside).
    said = texts(chat.send("what about sharing information on the phone"))
    assert "I can only help with" not in said


def test_the_capacity_decline_points_to_the_summary_it_does_not_contradict(chat: Chat) -> None:
    # tryout33b: "the 2008 Q&A doesn't cover … the age at which a child can consent", while
    # "can a 14 year old consent?" gets a summary from the 2008 guidance on just that.
    declined = texts(chat.send("what if the person lacks capacity"))
    summary = texts(chat.send("can a 14 year old consent?"))

    assert "None of the 14 published answers covers capacity" in declined
    assert "can a 14 year old consent?" in declined
    assert "In summary, from the 2008 guidance" in summary


def test_who_the_lado_is_for_gets_the_contacts(chat: Chat) -> None:
    # tryout33: "who is the LADO for" got the reply on making a safeguarding referral; round 48
    # (asks137): what the LADO is for, with the contacts pack's line for the LADO
    said = texts(chat.send("who is the LADO for"))
    assert "LADO stands for" in said and "referral isn't in the Q&A" not in said
    assert "- The LADO (local authority designated officer)" in said


def test_emailing_a_referral_gets_the_secure_transfer_reply(chat: Chat) -> None:
    # tryout33: it got the reply on how to make a safeguarding referral.
    said = texts(chat.send("is it ok to email a referral to another school"))
    assert "sending information safely" in said and "referral isn't in the Q&A" not in said
