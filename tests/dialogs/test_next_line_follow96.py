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
    ["she said dont do anything", "he says dont do anything", "she doesnt want me to do anything"],
)
def test_an_adults_wish_for_nothing_done_is_weighed(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _NAVIGATOR, follow_up)
    assert _SECRET_ADULT in said, said


def test_a_manager_saying_do_nothing_keeps_the_line_held(chat: Chat) -> None:
    said = _after(chat, _NAVIGATOR, "my manager said to do nothing")
    assert _SECRET_ADULT not in said and "told not to report" in said, said


def test_feeling_unsure_is_not_a_role_doubted(chat: Chat) -> None:
    said = _after(chat, _COOK, "im just a bit worried im wrong")
    assert "Whatever your role" not in said, said


def test_the_social_worker_knowing_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _PHARMACIST, "her social worker already knows")
    assert _HELPER not in said, said
