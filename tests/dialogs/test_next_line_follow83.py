"""Round 45 (follow83, tryout75 #4, #5): the next line after a signpost is answered in words that
fit the writer's situation, not "Did you mean", a route's "isn't in the Q&A", the FGM duty, the
first text again or words written for another situation.

A mother afraid social care will take her baby (their first aim is his safety, with a safe
parent; get him seen now); the lead away at night on a trip (a deputy, the head, the emergency
duty team); a private firm asking if reporting is theirs (it's anyone's); a bank without the
customer's say-so (key questions 4 and 5); a young person asking whether this assistant tells
anyone (it can't) or whether they'll be in trouble (no); the police asked to be given CCTV or
booking details (yes); a new question said to be one ("diff question, …"): none of the case's
caution. With near lines that keep their reply. Every conversation runs through the core the
terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_SAFE_PARENT = "**Social care's first aim is to keep your child safe"
_NO_LEAD = "**If you don't know who your safeguarding lead is, or can't reach them**"
_ANYONES = "**Yes, it's right for you to pass it on.**"
_CONSENT = "**Seek their agreement where it's safe and appropriate"
_CANT_TELL = "**I can't tell anyone"
_NOT_IN_TROUBLE = "**You're not in trouble for telling"
_GIVE_POLICE = "**Yes: you can give the police what may help them protect someone.**"
_EARLIER = "If this is about what you described earlier"
_FGM_DUTY = "**The report to the police is yours.**"

_BABY = "my boyfriend lost his temper with our baby and shook her last night, shes 4 months old"
_CAMP = "on a school trip, a year 8 boy just told me his uncle touches him when he stays over"
_FLAT = (
    "gas engineer, the flat i was in had no food, dog mess everywhere and a toddler in a "
    "soaked nappy"
)
_CUSTOMER = (
    "i work in a bank, an old man keeps coming in with his nephew who does all the talking and "
    "empties his account, he looks terrified"
)
_YOUNG = "im 11 and my dad locks me in the shed when hes drunk"
_PICS = "a man on snapchat wants me to send him pics and says hell share the ones i sent. im 14"
_CAMPSITE = (
    "i run a campsite, a man has 4 teenage girls in a caravan who never go out and he keeps "
    "their phones and passports"
)
_CAFE = "i work in a cafe, a mum just punched her little boy in the face by the till"
_WARDEN = (
    "dog warden here, an old lady on the estate hasnt been seen for a week and her post is "
    "piling up"
)


def _after(chat: Chat, told: str, follow_up: str) -> str:
    assert chat.send(told)[0].risk_of_harm
    return texts(chat.send(follow_up))


@pytest.mark.parametrize(
    "follow_up",
    [
        "i dont want social services to take her off me",
        "will they take my baby away",
        "if i tell them will i lose my daughter",
    ],
)
def test_a_parent_afraid_of_losing_their_child_hears_safety_first(
    chat: Chat, follow_up: str
) -> None:
    said = _after(chat, _BABY, follow_up)  # "take my baby away" is signposted again first
    assert _SAFE_PARENT in said and "999" in said and "A&E" in said, said
    assert "Did you mean" not in said, said


def test_a_health_visitor_telling_of_the_mums_fear_keeps_its_reply(chat: Chat) -> None:
    said = _after(
        chat,
        "health visitor, a dad told me he shook his 3 month old when she wouldnt stop crying",
        "the mum is scared social services will take the baby, what do i tell her",
    )
    assert _SAFE_PARENT not in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "the DSL isnt with us and its gone 10pm, who do i phone",
        "our dsl is off sick and its the weekend who do i ring",
        "the safeguarding lead is on holiday who else can i tell",
    ],
)
def test_the_lead_away_at_night_gets_who_else_and_out_of_hours(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _CAMP, follow_up)
    assert said.startswith(_NO_LEAD) and "the head" in said and "emergency duty team" in said
    assert "isn't in the Q&A" not in said, said


def test_whom_to_ring_with_separate_later_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _CAMP, "who do i ring, or is that a separate question")
    assert said.startswith("**Tell your safeguarding lead today"), said


@pytest.mark.parametrize(
    "follow_up",
    [
        "were a private firm, is it even on us to report it",
        "im a private landlord do i have a duty to report",
        "we're only contractors, not the council, do we have to say anything",
    ],
)
def test_a_private_firm_may_and_should_tell(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _FLAT, follow_up)
    assert said.startswith(_ANYONES) and "FGM" not in said, said


def test_a_teachers_fgm_duty_keeps_its_reply(chat: Chat) -> None:
    said = _after(
        chat,
        "teacher here, a 14 year old girl told me she was cut in the summer holidays, FGM",
        "do i have a duty to report this",
    )
    assert said.startswith(_FGM_DUTY), said


@pytest.mark.parametrize(
    "follow_up",
    [
        "can we tell adult social care without his say so",
        "he hasnt agreed, can the bank still report it",
        "could we go behind his back and report it",
    ],
)
def test_a_bank_without_the_customers_say_so_gets_consent_words(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _CUSTOMER, follow_up)
    assert _CONSENT in said and "doesn't decide individual cases" not in said, said


@pytest.mark.parametrize(
    "follow_up",
    ["are u going to tell my mum", "will you tell the police", "can my dad see this"],
)
def test_a_young_person_hears_this_assistant_tells_no_one(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _YOUNG, follow_up)
    assert said.startswith(_CANT_TELL) and "Childline" in said, said


def test_a_young_person_asking_to_tell_their_nan_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _YOUNG, "can i tell my nan")
    assert _CANT_TELL not in said, said


@pytest.mark.parametrize(
    "follow_up",
    ["if i tell my teacher will i get in trouble", "will i be in trouble for sending them"],
)
def test_a_young_person_is_not_in_trouble(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _PICS, follow_up)
    assert _NOT_IN_TROUBLE in said, said


@pytest.mark.parametrize(
    ("told", "follow_up"),
    [
        (_CAMPSITE, "can i give the police his booking details without asking him"),
        (_CAMPSITE, "can i pass the guest info to the police"),
        (_CAFE, "we dont know who she is, can we give the cctv to the police"),
        (_CAFE, "can we send the footage to the police"),
    ],
)
def test_the_police_may_be_given_what_is_held(chat: Chat, told: str, follow_up: str) -> None:
    said = _after(chat, told, follow_up)
    assert said.startswith(_GIVE_POLICE) and "record" in said, said
    assert "Keep them talking" not in said and "your round" not in said, said


def test_telling_someone_else_the_booking_details_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _CAMPSITE, "can i tell the cleaning company the booking details")
    assert _GIVE_POLICE not in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "diff question, a cat scratched me on my round do i need to report the owner",
        "separate thing, can i tell my manager about my own health",
    ],
)
def test_a_new_question_said_to_be_one_gets_no_caution_of_the_case(
    chat: Chat, follow_up: str
) -> None:
    said = _after(chat, _WARDEN, follow_up)
    assert _EARLIER not in said, said


def test_a_decision_after_a_signpost_still_hears_the_caution(chat: Chat) -> None:
    said = _after(chat, _WARDEN, "can i tell my manager about her")
    assert "safeguarding lead" in said, said
