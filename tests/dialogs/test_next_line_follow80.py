"""Round 45 (follow80, tryout48 #6, #7): the next line after a signpost is answered, not met with
the first text again, "your safeguarding contacts will decide" or the About text.

A grandparent asking to go to the police when the boy's mum won't (yes, with no one's
agreement; 999 when he is missing now); a man harmed by his partner, asked of as "a grown man"
(men are abused too, and the men's lines); a neighbour, or a home carer, afraid that ringing the
police is overreacting (it isn't; 999 for a welfare check); a promise not to tell the police
(the promise of secrecy text); someone self-employed where it happened (it still applies to
them). With the near lines that keep their reply. Every conversation runs through the core the
terminal door runs, in words of my own.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_FIRST_AGAIN = "**If you're worried about someone you know:**"
_LEAD = "safeguarding lead"
_POLICE_YES = "**Yes, you can go to the police yourself"
_MEN = "**Yes: men are abused too"
_NOT_OVER = "**You're not overreacting"
_SECRET = "You can't keep a promise of secrecy"
_ON_YOUR_OWN = "**If you have no safeguarding lead of your own**"
_ABOUT = "Information-sharing assistant"

_GRANDSON = "my grandson is 15 and keeps vanishing for days, comes back with cash and a new phone"
_BROTHER = "my brothers partner slaps him and takes his bank card, he had a cut lip last month"
_NEIGHBOUR = "the man across the road lives on his own and his curtains have been shut since friday"
_CLIENT = (
    "home care worker, a client of mine who lives alone hasnt answered the door for 3 days and "
    "her curtains are shut"
)
_OUTREACH = (
    "outreach volunteer, a 16 year old girl we see is being given a bed by older men in return "
    "for sex"
)
_HAIR = (
    "i do the hair at a care home, one of the ladies has bruises on her wrists and goes quiet "
    "when one of the night carers comes in"
)


def _after(chat: Chat, told: str, follow_up: str) -> str:
    assert chat.send(told)[0].risk_of_harm
    return texts(chat.send(follow_up))


@pytest.mark.parametrize(
    "follow_up",
    [
        "his mum wont do anything, can i go to the police myself",
        "his dad cant be bothered, am i allowed to ring the police",
        "can i report him missing myself or does his mum have to",
    ],
)
def test_one_of_the_public_may_go_to_the_police_with_no_ones_agreement(
    chat: Chat, follow_up: str
) -> None:
    said = _after(chat, _GRANDSON, follow_up)
    assert said.startswith(_POLICE_YES) and "999" in said and "missing" in said, said
    assert _LEAD not in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "hes a grown man tho, would anyone even take it seriously",
        "would the police even care, hes a bloke",
        "is there anything for men",
    ],
)
def test_a_man_harmed_is_taken_seriously(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _BROTHER, follow_up)
    assert said.startswith(_MEN) and "Men's Advice Line" in said and "999" in said, said


def test_a_man_who_says_leave_it_keeps_the_choice_reply(chat: Chat) -> None:
    said = _after(chat, _BROTHER, "he says its fine and not to interfere")
    assert said.startswith("**What they want matters"), said


@pytest.mark.parametrize(
    "follow_up",
    [
        "should i call the police or is that overreacting",
        "am i overreacting if i ring the police",
        "do i ring the police or am i being nosy",
    ],
)
def test_a_neighbour_afraid_of_overreacting_is_told_to_ring(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _NEIGHBOUR, follow_up)
    assert said.startswith(_NOT_OVER) and "welfare check" in said and "999" in said, said
    assert _LEAD not in said and not said.startswith(_FIRST_AGAIN), said


def test_a_neighbour_asking_whom_to_tell_keeps_anyone_can(chat: Chat) -> None:
    said = _after(chat, _NEIGHBOUR, "who should i speak to")
    assert said.startswith("**Anyone can pass on a worry"), said


def test_a_carer_afraid_of_overreacting_is_told_999_then_the_procedures(chat: Chat) -> None:
    said = _after(chat, _CLIENT, "is it silly to ring the police")
    assert said.startswith(_NOT_OVER) and "welfare check" in said, said
    assert "Adult social care" in said, said


@pytest.mark.parametrize(
    ("follow_up", "start"),
    [("should i call the police", "**Calling the police**"), ("am i overreacting", "**You don't")],
)
def test_a_carers_near_lines_keep_their_reply(chat: Chat, follow_up: str, start: str) -> None:
    said = _after(chat, _CLIENT, follow_up)
    assert said.startswith(start), said


@pytest.mark.parametrize(
    "follow_up",
    ["she made me promise not to tell the police", "she begged me not to go to the police"],
)
def test_a_promise_not_to_tell_the_police_is_secrecy(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _OUTREACH, follow_up)
    assert _SECRET in said and "**Calling the police**" not in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "im self employed, not staff, does it still apply to me",
        "im not employed by them, do i still have to report it",
    ],
)
def test_someone_not_staff_where_it_happened_is_still_to_tell(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _HAIR, follow_up)
    assert said.startswith(_ON_YOUR_OWN) and "It still applies to you" in said, said
    assert _ABOUT not in said, said


def test_whether_the_guidance_still_applies_keeps_the_about_text(chat: Chat) -> None:
    said = _after(chat, _HAIR, "does the 2008 guidance still apply")
    assert _ABOUT in said, said


def test_emailing_the_school_nurse_is_someone_who_can_help(chat: Chat) -> None:
    told = "dental nurse, a 5 year old always hungry, teeth rotten, misses every appointment"
    said = _after(chat, told, "can i email his school nurse about it")
    assert said.startswith("**Usually yes"), said
