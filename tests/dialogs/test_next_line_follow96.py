"""Round 45 (follow96, tryout88 #5): the next line after a signpost is answered in words that
fit, not "speak to your designated safeguarding lead first. Don't tell anyone who may be
involved" nor the signpost again.

A plumber afraid of trouble for telling, a school cook doubting her role (yes, whatever the
role; no trouble for an honest worry); a GP pharmacist asking to share with the district nurses
(people who help, with the lead); a care navigator told by the woman "dont do anything" (an
adult's wishes, respected where they can be). With near lines that keep their reply. Every
conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_ANYONES = "**Yes, it's right for you to pass it on.**"
_NO_TROUBLE = "You won't be in trouble for passing on an honest worry"
_HELPER = "a district or community nurse, or their social worker"
_SECRET_ADULT = "You can't promise an adult at risk to keep it secret"
_EARLIER = "If this is about what you described earlier"

_PLUMBER = (
    "plumber. went to fix a boiler, old lady sat in wet soiled clothes, no heating for weeks, "
    "the man with her said shes fine and rushed me out"
)
_COOK = (
    "im the school cook, one of the yr3 lads keeps asking for seconds and hiding bread in his "
    "pockets. he said mums boyfriend locks the fridge and he only eats at school"
)
_PHARMACIST = (
    "GP pharmacist. patient keeps requesting early repeats of his elderly mums oramorph, shes "
    "got dementia and I dont think shes getting it"
)
_NAVIGATOR = (
    "care navigator at the surgery. lady rang asking about a referral and said quietly her "
    "husband doesnt let her go out or see friends and keeps her pension card"
)


def _after(chat: Chat, told: str, follow_up: str) -> str:
    assert chat.send(told)[0].risk_of_harm
    return texts(chat.send(follow_up))


@pytest.mark.parametrize(
    "follow_up",
    [
        "can i tell someone without getting in trouble",
        "will i get in trouble if i report it",
        "can i report it without getting into trouble",
        "could i get in trouble for telling",
        "can i tell anyone or will i get done",
        "am i allowed to tell someone",
    ],
)
def test_fear_of_trouble_for_telling_hears_yes(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _PLUMBER, follow_up)
    assert _ANYONES in said and _NO_TROUBLE in said and _EARLIER not in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "im only kitchen staff do i have to tell anyone",
        "im just the dinner lady do i need to say something",
        "im not a teacher should i still tell someone",
        "do i have to tell anyone im only support staff",
        "im only a cleaner does it matter what i think",
    ],
)
def test_a_role_doubted_hears_it_is_anyones(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _COOK, follow_up)
    assert _ANYONES in said and "Whatever your role" in said and _EARLIER not in said, said
    assert "Your designated safeguarding lead" in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "can i share with the district nurses",
        "can i let her social worker know",
        "should i share this with the community nurses",
        "can i pass it to the practice nurse",
        "can i tell the district nursing team",
    ],
)
def test_another_professional_who_helps_is_usually_yes(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _PHARMACIST, follow_up)
    assert _HELPER in said and _EARLIER not in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "she said dont do anything",
        "he says dont do anything",
        "she doesnt want me to do anything",
        "she asked me not to do anything about it",
        "she begged me not to do anything",
    ],
)
def test_an_adults_wish_for_nothing_done_is_weighed(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _NAVIGATOR, follow_up)
    assert _SECRET_ADULT in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "my manager said to do nothing",
        "my manager told me not to do anything",
        "the manager said not to do anything yet",
        "my boss wants us not to do anything",
    ],
)
def test_a_manager_saying_do_nothing_keeps_the_line_held(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _NAVIGATOR, follow_up)
    assert _SECRET_ADULT not in said and "told not to report" in said, said


def test_feeling_unsure_is_not_a_role_doubted(chat: Chat) -> None:
    said = _after(chat, _COOK, "im just a bit worried im wrong")
    assert "Whatever your role" not in said, said


def test_the_social_worker_knowing_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _PHARMACIST, "her social worker already knows")
    assert _HELPER not in said, said


# The person at risk, or a young person about a friend, after their own signpost.
_OWN_ABUSE = "that is abuse, even if they've never hit you"
_FRIEND_POLICE = "**Yes, you can tell the police yourself.**"
_NINETEEN = (
    "im 19 and my boyfriend checks my phone and says hell send my nudes to my family if i leave him"
)
_FOURTEEN = "im 14 and my stepdad hits me with a belt"
_FRIEND = (
    "my friend is 13 like me and shes been talking to a guy online who says hes 16 but he sent "
    "her money and wants to meet her on saturday and said not to tell anyone"
)
_TEACHER = "a year 9 girl told me her stepdad hits her with a belt"


@pytest.mark.parametrize(
    "follow_up",
    [
        "is that even abuse",
        "is this abuse though",
        "does that count as abuse",
        "is it really abuse if he doesnt hit me",
        "is that domestic abuse",
        "is this actually abuse or am i overreacting",
        "is it abusive or just jealous",
    ],
)
def test_the_person_harmed_asking_if_it_is_abuse_hears_yes(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _NINETEEN, follow_up)
    assert _OWN_ABUSE in said and "0808 2000 247" in said, said
    assert "designated safeguarding lead" not in said.split(_OWN_ABUSE)[1], said


def test_a_young_person_asking_if_it_is_abuse_keeps_their_voice(chat: Chat) -> None:
    said = _after(chat, _FOURTEEN, "is that even abuse")
    assert _OWN_ABUSE in said and "Childline" in said, said
    assert "Follow your child protection procedures" not in said, said


def test_a_practitioner_asking_if_it_is_abuse_gets_no_writers_reply(chat: Chat) -> None:
    said = _after(chat, _TEACHER, "is that even abuse")
    assert _OWN_ABUSE not in said, said


def test_the_person_harmed_asking_whom_to_talk_to_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _NINETEEN, "who can i talk to")
    assert _OWN_ABUSE not in said and "You can talk to someone you trust" in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "can i tell the police",
        "should i call the police",
        "can i report him to the police",
        "could i ring 999",
        "can i tell the police myself",
        "what if i call 101",
    ],
)
def test_a_young_person_about_a_friend_may_tell_the_police(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _FRIEND, follow_up)
    assert _FRIEND_POLICE in said and "999" in said and "adult you trust" in said, said


def test_a_friend_in_trouble_with_the_police_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _FRIEND, "will she get in trouble with the police")
    assert _FRIEND_POLICE not in said and "your friend won't be in trouble" in said, said
