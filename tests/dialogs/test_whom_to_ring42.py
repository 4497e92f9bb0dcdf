"""Round 42 (ring42): whom to ring or tell, asked just after a signpost (tryout42 #1, #5, #12).

1. "who do i ring", "who should i call", "who do i phone?" after a child's or an adult's
   signpost, and mid-check after a harm told in it, got "I couldn't find that in the published
   Q&A" with the information-governance lead and a professional body: they get the case's own
   contacts, 999 if in danger now, in whatever words whom to ring is asked.
5. "should i speak to the father first", "should i ask dad more about it" got the same miss:
   they get the reply "do i have to tell mum before we refer" gets (the lead first; don't tell
   anyone who may be involved).
12. "do i ring his social worker or the police, its 7pm on a friday" gets the out-of-hours duty
   team; "we're a vets not a school, who do we even report to" the front door rung oneself;
   "hes not staff just a member of the public" not the LADO; "do I still need to raise a
   safeguarding if shes in hospital now" yes, today."""

from __future__ import annotations

import pytest

from dialogs.whom_asked import asks_whom
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

_CHILD = (
    "a 7 year old in my class said her dad hits her with a slipper and she has a bruise on her face"
)
_ADULT = (
    "hiya im a pharmacist. lady who collects her husbands meds had a black eye today, said she"
    " walked into a door again. 3rd time this yr"
)
_RING = "**Tell your safeguarding lead today (or whoever covers for them); if someone is in danger"
_MISS = "I couldn't find that in the published Q&A"
_CHILD_DOOR = "children's social care front door (MASH)"
_ADULT_DOOR = "Adult social care at your local council"


@pytest.mark.parametrize(
    "follow_up",
    [
        "who do i ring",
        "who should i call",
        "who do i phone?",
        "who do we even report this to",
        "ok so who do i actually call about it",
        "who is best to ring",
        "who else can i go to",
        "where should i report this",
    ],
)
def test_whom_to_ring_after_a_childs_signpost_gets_the_childs_contacts(
    chat: Chat, follow_up: str
) -> None:
    assert chat.send(_CHILD)[0].risk_of_harm
    after = texts(chat.send(follow_up))
    assert after.startswith(_RING) and "call 999" in after, after
    assert _CHILD_DOOR in after and _ADULT_DOOR not in after
    assert _MISS not in after and "professional body" not in after.lower()


@pytest.mark.parametrize("follow_up", ["who do i ring", "who should we contact"])
def test_whom_to_ring_after_an_adults_signpost_gets_the_adults_contacts(
    chat: Chat, follow_up: str
) -> None:
    assert chat.send(_ADULT)[0].risk_of_harm
    after = texts(chat.send(follow_up))
    assert after.startswith(_RING) and _ADULT_DOOR in after and _CHILD_DOOR not in after, after


def test_whom_to_ring_mid_check_keeps_the_checks_place(chat: Chat) -> None:
    chat.send("start a consent check")
    for _ in range(3):
        chat.send("yes")
    told = chat.send(
        "actually she just told me her step dad hits her when she's naughty and she has a mark"
        " on her neck"
    )
    assert told[0].risk_of_harm
    after = chat.send("who do i ring")
    assert after[0].text.startswith(_RING), texts(after)
    assert "Key question 4" in texts(after)


def test_whom_to_ring_after_an_allegation_against_staff_is_still_the_lado(chat: Chat) -> None:
    chat.send(
        "our youth football coach has been sending a 12 year old player messages saying shes"
        " his special girl and not to tell anyone"
    )
    after = texts(chat.send("who do i ring"))
    assert "goes to the LADO" in after and _RING not in after


@pytest.mark.parametrize(
    "follow_up", ["who do i ring", "who rang the police", "i rang them already"]
)
def test_the_same_words_with_no_signpost_before_them_are_as_they_were(
    chat: Chat, follow_up: str
) -> None:
    chat.send("what is a data sharing agreement?")
    assert _RING not in texts(chat.send(follow_up))


@pytest.mark.parametrize(
    "follow_up",
    ["who rang the police", "who did she tell", "where is he now", "i will ring them now"],
)
def test_near_follow_ups_that_ask_nobody_to_ring_get_another_reply(
    chat: Chat, follow_up: str
) -> None:
    chat.send(_CHILD)
    assert _RING not in texts(chat.send(follow_up))


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("who do i ring", True),
        ("who do we even report to", True),
        ("who should i call?", True),
        ("where do i report it", True),
        ("do i ring his social worker or the police", True),
        ("should we call the gp or social services", True),
        ("who rang the police", False),
        ("who did she tell", False),
        ("i rang his social worker", False),
        ("do i ring his social worker", False),
        ("where is he now", False),
    ],
)
def test_whom_asked_is_read_as_a_shape(text: str, asks: bool) -> None:
    assert asks_whom(builtin_knowledge().typed_words.whom_asked, text) is asks


_IMAM = (
    "salaam. a boy at our weekend madrassa (8) told me his father beats him with a belt when he"
    " does not learn his lessons, he had marks on his legs"
)
_MINDEE = (
    "one of my mindees (2) has fingertip bruises on both upper arms. dad said she fell off the sofa"
)
_LEAD_FIRST = "**Because of what you've described, speak to your designated safeguarding lead"


@pytest.mark.parametrize(
    ("told", "follow_up"),
    [
        (_IMAM, "should i speak to the father first, he is a respected man in the community"),
        (_MINDEE, "should i ask dad more about it"),
        (_MINDEE, "should i raise it with her mum when she picks up"),
        (_CHILD, "can i ask her mum what happened"),
        (_CHILD, "do i have to tell mum before we refer"),
    ],
)
def test_raising_it_with_a_parent_first_gets_the_lead_first(
    chat: Chat, told: str, follow_up: str
) -> None:
    assert chat.send(told)[0].risk_of_harm
    after = texts(chat.send(follow_up))
    assert after.startswith(_LEAD_FIRST) and "Don't tell anyone who may be involved" in after


@pytest.mark.parametrize("follow_up", ["should i ask him more about it", "should i ask her more"])
def test_asking_the_child_more_is_still_the_questioning_reply(chat: Chat, follow_up: str) -> None:
    chat.send(_MINDEE)
    after = texts(chat.send(follow_up))
    assert "You don't need to find out more first" in after and _LEAD_FIRST not in after


_FOSTER = (
    "my foster son is 9, came back from contact with his mum today and said mums boyfriend"
    " touched his willy in the bath"
)


@pytest.mark.parametrize(
    "follow_up",
    [
        "do i ring his social worker or the police, its 7pm on a friday",
        "its friday night and the office is closed, who do i ring",
        "do i call now or wait till monday",
    ],
)
def test_out_of_hours_gets_the_duty_team(chat: Chat, follow_up: str) -> None:
    chat.send(_FOSTER)
    after = texts(chat.send(follow_up))
    assert "emergency duty team" in after and "Don't wait" in after, after


def test_a_social_worker_or_the_police_in_hours_is_whom_to_ring(chat: Chat) -> None:
    chat.send(_FOSTER)
    after = texts(chat.send("do i ring his social worker or the police"))
    assert after.startswith(_RING), after


def test_a_practice_with_no_lead_gets_the_front_door_rung_oneself(chat: Chat) -> None:
    chat.send(
        "dog brought in with a broken rib that doesnt look accidental. the little girl with the"
        ' owner said "daddy kicks him when hes angry, and me sometimes"'
    )
    after = texts(chat.send("we're a vets not a school, who do we even report to"))
    assert after.startswith("**If you have no safeguarding lead of your own**"), after


_LIBRARY = (
    "bit of a weird one. theres a man who comes in most saturdays and sits in the kids corner,"
    " today i saw him asking a girl about 10 for her snapchat"
)
_NOT_STAFF = "**If the person doesn't work or volunteer with children, it isn't one for the LADO:**"


@pytest.mark.parametrize(
    "follow_up",
    [
        "hes not staff just a member of the public",
        "he doesnt work here, hes a member of the public",
        "she is not staff",
    ],
)
def test_one_who_is_not_staff_gets_the_front_door_and_police(chat: Chat, follow_up: str) -> None:
    chat.send(_LIBRARY)
    after = texts(chat.send(follow_up))
    assert after.startswith(_NOT_STAFF) and _CHILD_DOOR in after and "101" in after, after


@pytest.mark.parametrize("follow_up", ["im not staff, just a parent helper", "is he staff?"])
def test_the_writer_not_staff_or_asking_is_not_the_not_staff_reply(
    chat: Chat, follow_up: str
) -> None:
    chat.send(_LIBRARY)
    assert _NOT_STAFF not in texts(chat.send(follow_up))


_PARAMEDIC = (
    "attended an 84yo lady today, house filthy no food in, daughter is her carer and was drunk,"
    " lady had grade 4 pressure sores and was soaked in urine"
)


@pytest.mark.parametrize(
    "follow_up",
    [
        "we took her in. do I still need to raise a safeguarding if shes in hospital now",
        "shes safe now on the ward, should i still report it",
        "is it still a safeguarding if shes been admitted",
    ],
)
def test_still_raising_it_when_safe_for_now_is_yes(chat: Chat, follow_up: str) -> None:
    chat.send(_PARAMEDIC)
    after = texts(chat.send(follow_up))
    assert after.startswith("**Yes: still raise it, today.**") and _ADULT_DOOR in after, after


def test_still_said_of_something_else_is_not_raising_it(chat: Chat) -> None:
    chat.send(_PARAMEDIC)
    assert "still raise it" not in texts(chat.send("she is still in pain"))
