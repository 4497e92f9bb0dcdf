"""Round 44 (quote71, tryout48 #7, #8): no quote that does not answer, and the next line after
a signpost about another professional who helps.

The consent check asked for by name in a sentence starts it; a short follow-up pointing back at a
declined topic (photos of players) stays declined, never the key factors quoted; sharing with a
health visitor or school nurse after a signpost is "usually yes, if they aren't involved", not
"don't tell anyone involved". Near lines keep their replies. Every conversation runs through the
core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted, texts

_HELPER = "Usually yes: a health visitor, school nurse or midwife"
_INVOLVED_FIRST = "If this is about what you described earlier"
_PHOTOS = "Photographs, CCTV, social media and the press aren't covered"
_NEGLECT = (
    "nursery key worker. a 2 year old keeps arriving starving and in the same soaked nappy, mum "
    "says the gas is off and theres no money"
)
_STAFF = "a PE teacher at our school has been hitting year 7 boys in the changing rooms"


@pytest.mark.parametrize(
    "asked",
    [
        "we're not sure if we can pass something on, could you walk me through the consent check",
        "please can you take us through a consent check, i have a decision to make",
    ],
)
def test_the_check_named_in_a_sentence_starts_it(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    assert "Key question 1" in texts(replies) and not quoted(replies), texts(replies)


def test_the_key_factors_asked_for_are_still_quoted(chat: Chat) -> None:
    replies = chat.send("what are the key factors when deciding whether to share")
    assert quoted(replies) == [published_question(4)], texts(replies)


@pytest.mark.parametrize(
    "follow_up", ["do we need the parents permission for this", "is consent needed for that"]
)
def test_a_follow_up_on_photos_of_players_is_not_the_key_factors(
    chat: Chat, follow_up: str
) -> None:
    first = chat.send("we're drafting a policy on taking photos of players at our junior club")
    assert _PHOTOS in texts(first), texts(first)
    replies = chat.send(follow_up)
    assert not quoted(replies) and _PHOTOS in texts(replies), texts(replies)


@pytest.mark.parametrize(
    "follow_up",
    [
        "can i pass this on to her health visitor",
        "should we let the school nurse know",
        "is it ok to share it with the midwife",
    ],
)
def test_a_professional_who_helps_is_usually_yes(chat: Chat, follow_up: str) -> None:
    assert chat.send(_NEGLECT)[0].risk_of_harm
    said = texts(chat.send(follow_up))
    assert _HELPER in said and _INVOLVED_FIRST not in said, said
    assert "safeguarding lead" in said, said


def test_after_an_allegation_against_staff_no_one_is_said_to_be_uninvolved(chat: Chat) -> None:
    assert chat.send(_STAFF)[0].risk_of_harm
    said = texts(chat.send("can i tell the school nurse"))
    assert _HELPER not in said, said


def test_someone_who_may_be_involved_keeps_the_caution(chat: Chat) -> None:
    assert chat.send(_NEGLECT)[0].risk_of_harm
    said = texts(chat.send("can we share it with her mum"))
    assert _HELPER not in said, said
