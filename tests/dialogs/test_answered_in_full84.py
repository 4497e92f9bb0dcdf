"""Round 45 (ask84; tryout75 #8, tryout48 #8 and #10): practice questions answered thinly.

Support for volunteers is organisational support (entry 14); whom the guidance is for, asked
with a second question after it, is entry 9 (its "actually for" asks whom, not the purpose);
explicit consent is said in our own words before the consent summary; what governors or
trustees may see of individual records, and a club's policy on photos of its players, are
declined, never quoted, and a short follow-up on the photos stays declined. Near questions keep
their present replies. Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted, texts

_SUMMARY = "In summary, from the 2008 guidance"
_EXPLICIT = "Explicit consent is the person clearly agreeing to this sharing"
_OVERSIGHT = "What governors, trustees or a board may see"
_PHOTOS = "Photographs, CCTV, social media and the press aren't covered"


def _quote(chat: Chat, asked: str) -> list[str]:
    return quoted(chat.send(asked))


@pytest.mark.parametrize(
    "asked",
    [
        "how should our youth club back us volunteers so we share info properly",
        "as volunteers what support should the charity give us with information sharing",
    ],
)
def test_support_for_volunteers_is_organisational_support(chat: Chat, asked: str) -> None:
    assert _quote(chat, asked) == [published_question(14)]


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        ("what should my organisation do to support me", 14),
        ("does the guidance apply to volunteers", 9),
        ("does this guidance cover sports clubs", 9),
    ],
)
def test_near_questions_keep_their_entry(chat: Chat, asked: str, entry: int) -> None:
    assert _quote(chat, asked) == [published_question(entry)]


@pytest.mark.parametrize(
    "asked",
    [
        "who is the guidance really for, does it include people who volunteer",
        "who is this actually for? does it cover unpaid helpers like us",
        "who is the guidance actually for and does it apply to charities",
    ],
)
def test_whom_it_is_for_then_a_second_question_is_entry_9(chat: Chat, asked: str) -> None:
    assert _quote(chat, asked) == [published_question(9)]


def test_what_it_is_actually_for_is_still_its_purpose(chat: Chat) -> None:
    assert _quote(chat, "what is the guidance actually for") == [published_question(7)]


def test_who_decides_is_still_no_quote(chat: Chat) -> None:
    assert not _quote(chat, "who is responsible for deciding what to share")


@pytest.mark.parametrize(
    "asked",
    [
        "whats the difference between explicit consent and consent",
        "what does explicit consent actually mean",
        "what counts as explicit consent",
    ],
)
def test_explicit_consent_is_said_before_the_summary(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    said = texts(replies)
    assert not quoted(replies) and _EXPLICIT in said and _SUMMARY in said, said


def test_informed_consent_keeps_the_summary_alone(chat: Chat) -> None:
    said = texts(chat.send("what is informed consent"))
    assert _SUMMARY in said and _EXPLICIT not in said, said


def test_needing_explicit_consent_keeps_entry_4(chat: Chat) -> None:
    assert _quote(chat, "do i need explicit consent to share") == [published_question(4)]


@pytest.mark.parametrize(
    "asked",
    [
        "can school governors look at individual childrens child protection files",
        "are trustees allowed to read the case notes of individual clients",
    ],
)
def test_what_overseers_may_see_is_declined(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    assert not quoted(replies) and _OVERSIGHT in texts(replies), texts(replies)


@pytest.mark.parametrize(
    "follow_up", ["do the parents need to agree to that", "does that need consent from mum and dad"]
)
def test_a_club_photo_policy_and_its_follow_up_are_declined(chat: Chat, follow_up: str) -> None:
    first = chat.send("what should our netball club's policy say on taking photos of the under 12s")
    assert not quoted(first) and _PHOTOS in texts(first), texts(first)
    replies = chat.send(follow_up)
    assert not quoted(replies) and _PHOTOS in texts(replies), texts(replies)


def test_a_coach_asking_when_to_breach_confidentiality_keeps_entry_4(chat: Chat) -> None:
    asked = (
        "rugby coach here, when are we allowed to breach confidentiality if a player tells us "
        "something?"
    )
    assert _quote(chat, asked) == [published_question(4)]


def test_discipline_of_children_is_not_the_sharer_disciplined(chat: Chat) -> None:
    # Entry 14 now knows volunteers: "disciplin*" (which the typo fixes read in "discipline")
    # let it quote a question on banned punishments; the sharer disciplined keeps it.
    asked = "in our scout group can a volunteer be alone with a child, what discipline is banned?"
    assert not _quote(chat, asked)
    disciplined = "could i be disciplined for sharing information"
    assert _quote(chat, disciplined) == [published_question(14)]
