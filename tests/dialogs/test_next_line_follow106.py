"""Round 46 (follow106, issue 11; tryout100 #5): the practitioner's next line after a signpost
is answered, not met with the signpost again, "I couldn't find that" or an unrelated "Did you
mean".

Whether it counts as safeguarding (yes, and why; Prevent is part of it); whether a behaviour is
normal (not to judge alone: the lead); the adult at risk asking that it is left (their wish,
weighed against the risk), which a child cannot ask (secrecy); someone in charge saying to leave
it (told not to report); the team caring for someone (a memory clinic, a consultant: people who
help); a number for the police after an overdose (yes); a 17-year-old "nearly an adult" (still a
child); a doubt that an old man would understand (capacity, best interests); and a young
person's fear of not being believed (another adult, Childline) or of school finding out. The
same lines typed first keep the reply they had. Every conversation runs through the core the
terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_COUNTS = "**Yes: from what you've described, this is a safeguarding concern.**"
_NORMAL = "**That isn't something to judge on your own: tell your safeguarding lead.**"
_ADULT_WISH = "**When an adult at risk asks you not to tell**"
_SECRET = "**When you've been asked to keep it secret**"
_NOT_TO_REPORT = "**If you've been told not to report a concern**"
_HELPER = "is someone who can help"
_GIVE_POLICE = "**Yes: you can give the police what may help them protect someone.**"
_STILL_A_CHILD = "**Under 18 is still a child.**"
_BELIEVED = "it doesn't mean no one will"
_SCHOOL = "**A teacher would tell the school's safeguarding lead**"
_EARLIER = "If this is about what you described earlier"
_MISSES = ("I couldn't find that", "Did you mean", _EARLIER)

_TA = "teaching assistant. a year 4 boy said his mums boyfriend punches him when he is naughty"
_COACH = (
    "football coach. another coach keeps messaging a 13 year old girl on snapchat late at "
    "night and gives her lifts home alone"
)
_CARER = (
    "home carer. the old man i visit has bruises on his arms and says his son grabs him when "
    "he wants his pension"
)
_TUTOR = "college tutor. a 17 year old student is being picked up by older men in cars"
_CALL = "111 call handler. caller said shes taken all her tablets and hung up"
_YOUNG = "im 14 and my dad hits me with a belt when hes drunk"


def _after(chat: Chat, told: str, follow_up: str) -> str:
    assert chat.send(told)[0].risk_of_harm
    said = texts(chat.send(follow_up))
    assert not any(miss in said for miss in _MISSES), said
    return said


@pytest.mark.parametrize(
    "follow_up",
    [
        "does that count as safeguarding",
        "is that even a safeguarding thing",
        "is this a safeguarding issue",
        "would that be classed as safeguarding",
        "is this something for safeguarding",
        "is this prevent or safeguarding",
    ],
)
def test_whether_it_counts_as_safeguarding_hears_yes(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _TA, follow_up)
    assert _COUNTS in said and "Your designated safeguarding lead" in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "is that normal",
        "is that normal for coaches",
        "is it normal for coaches to do that",
        "is this appropriate",
        "is that just him being friendly",
    ],
)
def test_whether_it_is_normal_is_not_judged_alone(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _COACH, follow_up)
    assert _NORMAL in said and "Your designated safeguarding lead" in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "he said leave it",
        "he told me to leave it",
        "he asked me to drop it",
        "he said just leave it",
    ],
)
def test_an_adult_asking_it_is_left_is_weighed(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _CARER, follow_up)
    assert _ADULT_WISH in said and "adult social care" in said.lower(), said


@pytest.mark.parametrize("follow_up", ["he said leave it", "he begged me to just leave it"])
def test_a_child_asking_it_is_left_is_secrecy(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _TA, follow_up)
    assert _SECRET in said and _ADULT_WISH not in said, said


@pytest.mark.parametrize(
    "follow_up",
    ["my manager said leave it with her", "the head told me to leave it"],
)
def test_someone_in_charge_saying_leave_it_is_told_not_to_report(
    chat: Chat, follow_up: str
) -> None:
    said = _after(chat, _TA, follow_up)
    assert _NOT_TO_REPORT in said and _SECRET not in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "is it ok to tell the memory clinic",
        "can i tell his consultant",
        "can we let the memory clinic know",
        "is it ok to tell the memory nurse",
    ],
)
def test_the_team_caring_for_them_can_be_told(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _CARER, follow_up)
    assert _HELPER in said and "tell your safeguarding lead" in said, said


@pytest.mark.parametrize(
    "follow_up",
    ["can we give her number to the police", "can i give the police her address"],
)
def test_a_number_for_the_police_after_an_overdose_is_yes(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _CALL, follow_up)
    assert _GIVE_POLICE in said and "speak to your designated safeguarding lead first" not in said


@pytest.mark.parametrize(
    "follow_up",
    [
        "shes 17 so nearly an adult, does that still count as a child",
        "does she still count as a child at 17",
        "shes basically an adult at 17 isnt she",
    ],
)
def test_seventeen_is_still_a_child(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _TUTOR, follow_up)
    assert _STILL_A_CHILD in said and "In summary" not in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "hes forgetful, not sure he would understand",
        "he has dementia so i dont think he understands",
    ],
)
def test_a_doubt_that_he_understands_is_capacity(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _CARER, follow_up)
    assert _ADULT_WISH in said and "best interests" in said, said


def test_a_parents_fear_said_at_length_is_secrecy(chat: Chat) -> None:
    said = _after(
        chat,
        "nursery practitioner. a 4 year old said daddy hurts mummy and hit him with a belt",
        "his mum said at pick up not to tell anyone because dad will go mad",
    )
    assert _SECRET in said, said


@pytest.mark.parametrize(
    ("follow_up", "reply"),
    [
        ("what if my mum doesnt believe me", _BELIEVED),
        ("what if no one believes me", _BELIEVED),
        ("my dad wont believe me", _BELIEVED),
        ("what if my school finds out", _SCHOOL),
        ("what if my teachers find out", _SCHOOL),
    ],
)
def test_a_young_persons_fears_are_answered(chat: Chat, follow_up: str, reply: str) -> None:
    said = _after(chat, _YOUNG, follow_up)
    assert reply in said, said
    if reply is _BELIEVED:
        assert "0800 1111" in said and "another adult you trust" in said


@pytest.mark.parametrize(
    "first",
    [
        "does that count as safeguarding",
        "is that normal",
        "is it ok to tell the memory clinic",
        "can we give her number to the police",
        "hes forgetful, not sure he would understand",
        "what if my mum doesnt believe me",
        "is this prevent or safeguarding",
    ],
)
def test_the_same_lines_typed_first_are_ordinary_questions(chat: Chat, first: str) -> None:
    said = texts(chat.send(first))
    assert not chat.history[-1].risk_of_harm and not any(r.risk_of_harm for r in chat.history)
    assert _COUNTS not in said and _NORMAL not in said and _BELIEVED not in said, said
