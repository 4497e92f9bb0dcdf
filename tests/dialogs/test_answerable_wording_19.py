"""Round 19's classes of answerable wording that the matcher missed (docs/matcher.md, "Round 19:
answering more"): each test failed before its change. The questions are the tuner's own
rewordings, not items of a labelled set."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


def _quotes(chat: Chat, question: str, number: int | None) -> None:
    want = [] if number is None else [published_question(number)]
    assert quoted(chat.send(question)) == want


@pytest.mark.parametrize(
    "question",
    [
        "is it ever ok to share without the family agreeing?",
        "what if the young person isn't agreeing to me passing it on?",
    ],
)
def test_agreeing_is_consenting(chat: Chat, question: str) -> None:
    """ "Agreeing" is consent as "agree" and "agreed" were: the lexicon had only those forms,
    and entry 4's anchors only "without the person / them / her / him agreeing"."""
    _quotes(chat, question, 4)


def test_what_to_tell_without_agreeing_is_not_entry_4(chat: Chat) -> None:
    """A bare "agreeing" anchor quoted entry 4 for what to tell probation without the client
    agreeing (practice-dev16, gathered after the change and measured untouched: a wrong quote);
    only the wordings above are anchors now."""
    _quotes(
        chat,
        "alcohol and drugs worker, most of my clients are on parole. what am I expected to tell "
        "corrections without the client agreeing?",
        None,
    )


def test_refreshing_is_updating(chat: Chat) -> None:
    """The -ing form of refresh is an update as "refreshed" was (entry 6)."""
    _quotes(chat, "why are they refreshing the guidance?", 6)


def test_a_pupil_who_discloses_is_not_sharing(chat: Chat) -> None:
    """A child "discloses" abuse to an adult: no published answer is about that, so the
    lexicon does not make it "shares" (the referral reply is kept)."""
    replies = chat.send("how do I respond if a pupil discloses self harm?")
    assert quoted(replies) == []
    assert "referral" in " ".join(r.text for r in replies).lower()


@pytest.mark.parametrize(
    "message", ["what is the purpose of this channel", "who is this channel for", "test"]
)
def test_chatter_far_ahead_of_every_entry_is_still_chatter(chat: Chat, message: str) -> None:
    """Chatter gives way only to an entry close behind it (the matcher's
    `_without_weak_chatter`): a message nearly word for word one of its phrases stays chatter."""
    replies = chat.send(message)
    assert quoted(replies) == []
    assert not any("Did you mean" in r.text for r in replies)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        (
            "housing officer - what are the actual benefits of agencies sharing information "
            "with each other?",
            1,
        ),
        (
            "church youth leader - what are the main things to think about when deciding "
            "whether to share a worry?",
            4,
        ),
    ],
)
def test_a_later_ask_the_entry_answers(chat: Chat, question: str, number: int) -> None:
    """Below `close_call_min` an answer whose entry does not answer the first kind of ask
    ("what are": a definition) was held back, though a later phrase ("benefits of", "deciding
    whether") asks what it answers."""
    _quotes(chat, question, number)


@pytest.mark.parametrize(
    "question",
    [
        "what kinds of information can be shared under the data protection act?",
        "what type of info should a nursery pass on under the data protection act?",
    ],
)
def test_what_kind_of_information_may_be_shared(chat: Chat, question: str) -> None:
    """No published answer lists which information may be shared (entry 3 was quoted): a kind
    of ask no entry answers (`which_information`)."""
    _quotes(chat, question, None)


def test_what_kind_of_sharing_the_guidance_covers_is_still_asked(chat: Chat) -> None:
    """ "What kind of information sharing…" without a verb after "information" is entry 10's."""
    _quotes(chat, "what kind of information sharing does the guidance cover?", 10)
