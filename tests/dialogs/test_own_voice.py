"""Round 34 (tryout34 finding 3): a message telling of harm written by the person at risk (a
young person, an older person) or by their family gets where they can get help first, and a
practitioner's procedures after; a practitioner's message, even in the first person, is as it
was."""

from __future__ import annotations

import pytest

from dialogs.contract import Reply
from dialogs.own_voice import Voice, voice_of
from dialogs.state import ConversationState
from dialogs.typed import simplify
from tests.support.core import Chat, texts
from tests.support.packs import friend_voice


@pytest.mark.parametrize(
    ("message", "voice"),
    [
        ("im 14 and my dad hits me, who can i tell", "child"),
        ("I'm 15 and my bf is 22", "child"),
        ("i am 14yo and my dad hits me", "child"),
        ("im 13 and a lad from year 11 has pics of me and says hell show everyone", "child"),
        # "i want to kill myself" is read by the pack's lists (round 56: test_pack_lists56.py)
        ("I'm a parent. my ex's new partner hits my daughter when she stays there", "family"),
        ("i'm not a professional, my neighbour's kids are left alone all night", "family"),
    ],
)
def test_the_writer_at_risk_or_their_family_is_read(message: str, voice: Voice) -> None:
    assert voice_of(simplify(message)) == voice


@pytest.mark.parametrize(
    ("message", "voice"),
    [
        ("I'm 84 and my carer is rough with me, who can I tell?", "adult"),
        ("i am 70 and my son takes my money and shouts at me", "adult"),
        ("my stepdad hits me when mum is at work", "self"),
    ],
)
def test_the_writer_harmed_is_read_by_the_packs_words_of_harm(message: str, voice: Voice) -> None:
    # the words of harm are the pack's (`own_harms`: round 55, words216), read with the friend's
    assert voice_of(simplify(message), friend_voice()) == voice


@pytest.mark.parametrize(
    "message",
    [
        "a pupil told me her dad hits her",
        "she said my dad hits me and I don't know what to do",
        "my client is 15 and her boyfriend is 22",
        "a resident shouted at me and hit me this morning, do I report it?",
        "im 45 and a teacher, one of my students has bruises",
        "the child said 'he hurts me' at nursery",
        "I'm worried about a boy in year 9 whose dad drinks",
    ],
)
def test_a_practitioners_message_is_theirs(message: str) -> None:
    assert voice_of(simplify(message)) is None
    assert voice_of(simplify(message), friend_voice()) is None


def test_a_long_message_is_read_in_one_pass() -> None:
    friend = friend_voice()
    assert voice_of(simplify("im 14 " + "and then " * 50_000 + "he hits me"), friend) == "child"
    assert voice_of(simplify("hits " * 100_000), friend) is None


def _first(replies: list[Reply]) -> Reply:
    assert replies and replies[0].risk_of_harm, texts(replies)
    return replies[0]


def test_a_young_person_is_pointed_to_childline_and_a_trusted_adult_first(chat: Chat) -> None:
    replies = chat.send("im 14 and my dad hits me, who can i tell")

    first = _first(replies)
    assert first.text.startswith("**If this is happening to you")
    assert "0800 1111" in first.text and "999" in first.text
    # round 43 (voice45, tryout43 #2): a young person's signpost has no practitioner's tail
    assert "If you're asking as a practitioner" not in first.text
    assert "Adult social care" not in first.text and "MASH" not in first.text
    said = texts(replies)
    assert "Record what you shared" not in said
    assert not any(c.label == "Start a consent check" for r in replies for c in r.choices)


def test_an_older_person_is_pointed_to_adult_help(chat: Chat) -> None:
    first = _first(chat.send("I'm 84 and my carer is rough with me, who can I tell?"))

    assert "adult social care" in first.text and "116 123" in first.text
    assert "Childline" not in first.text


def test_a_practitioners_disclosure_keeps_the_practitioners_signpost(chat: Chat) -> None:
    replies = chat.send("a pupil told me her dad hits her, can I tell the school nurse?")

    first = _first(replies)
    assert first.text.startswith("**What you've described may mean")
    assert "0800 1111" not in texts(replies)


def test_in_a_check_a_disclosure_gets_the_practitioners_signpost(chat: Chat) -> None:
    chat.send("check")

    first = _first(chat.send("my dad hits me"))

    assert first.text.startswith("**What you've described may mean")


def test_a_young_persons_follow_up_gets_their_help_again(chat: Chat) -> None:
    chat.send("im 14 and my dad hits me, who can i tell")

    replies = chat.send("i dont know what to do")

    said = texts(replies)
    assert "0800 1111" in said and "If you're asking as a practitioner" not in said
    assert not any(r.choices for r in replies)
    assert chat.state.writer == "child"


def test_a_practitioners_follow_up_is_as_before(chat: Chat) -> None:
    chat.send("a pupil told me her dad hits her")

    said = texts(chat.send("i dont know what to do"))

    assert "0800 1111" not in said
    assert chat.state.writer is None


def test_the_writer_is_forgotten_at_a_practitioners_signpost(chat: Chat) -> None:
    chat.send("I'm 84 and my carer is rough with me, who can I tell?")
    chat.send("a pupil told me her dad hits her")

    assert "116 123" not in texts(chat.send("what now?"))


def test_the_writer_is_kept_as_one_of_four_words(chat: Chat) -> None:
    chat.send("im 14 and my dad hits me, who can i tell")
    stored = chat.state.to_json()

    assert stored["writer"] == "child"
    assert ConversationState.from_json({**stored, "writer": "he hits me"}).writer is None
