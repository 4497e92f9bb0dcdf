"""Round 42 (again42): follow-ups that rang the signpost a second time instead of answering.

1. Just after a signpost, a follow-up that tells only the person's wish, a secret asked, their
   capacity or (asked) a worry about what telling brings tells no new harm: tryout42 #14's
   optician "he asked me not to say anything tho" repeated the whole signpost before the
   secrecy answer, "she has capacity and says don't tell anyone" was signposted as a threat,
   and a grandparent's "will they take the kids away from her" got a practitioner's signpost.
   They are answered, with no second signpost; one telling new harm beside the worry rings.
2. In a conversation with no harm told, "he said no, he doesnt want me to" (someone's answer,
   told) was taken for harm by the learnt model (tryout42 #7).
"""

from __future__ import annotations

import pytest

from bot.app import Core
from dialogs.contract import Reply
from dialogs.no_new_harm import NoNewHarm
from knowledge.risk import RiskFinding
from tests.support.core import Chat, texts

OPTICIAN = (
    "older gent came in for new glasses, his son did all the talking and paid with the dads "
    'card. when son went out dad whispered "he takes all my pension, dont say anything"'
)
RESIDENT = "one of my residents says her son takes her pension and shouts at her"
PUPIL = "a pupil told me her stepdad hits her and she has a bruise on her arm"
GRANDSON = (
    "my grandson (6) told me his mums new fella smacks him hard when shes at work and locks him "
    "in his room"
)
SECRET = "When you've been asked to keep it secret"
ADULT_ASKS = "When an adult at risk asks you not to tell"
NOT_IN_TROUBLE = "not about getting anyone into trouble"


def _rang(replies: list[Reply]) -> bool:
    return any(r.risk_of_harm for r in replies)


@pytest.mark.parametrize(
    ("first", "follow_up", "answer"),
    [
        # the trial's lines
        (OPTICIAN, "he asked me not to say anything tho", SECRET),
        (RESIDENT, "she has capacity and says don't tell anyone", ADULT_ASKS),
        # in other words
        (PUPIL, "she made me promise not to say", SECRET),
        (PUPIL, "she begged me not to tell anyone", SECRET),
        (RESIDENT, "he has capacity and doesnt want anything done", ADULT_ASKS),
        (
            RESIDENT,
            "she says dont tell anyone",
            ADULT_ASKS,
        ),  # a resident: an adult at risk (adult42)
    ],
)
def test_a_wish_told_after_a_signpost_is_answered_without_a_second_signpost(
    chat: Chat, first: str, follow_up: str, answer: str
) -> None:
    assert _rang(chat.send(first))

    replies = chat.send(follow_up)

    assert not _rang(replies), texts(replies)
    assert answer in texts(replies)


@pytest.mark.parametrize(
    "worry",
    [
        "will they take the kids away from her",
        "what if they take the children away?",
        "will social services take the kids away",
    ],
)
def test_a_relatives_worry_about_what_telling_brings_is_answered(chat: Chat, worry: str) -> None:
    assert _rang(chat.send(GRANDSON))

    replies = chat.send(worry)

    assert not _rang(replies), texts(replies)
    assert NOT_IN_TROUBLE in texts(replies)
    assert "safeguarding lead" not in texts(replies)


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        (RESIDENT, "and he hit her again last night"),
        (RESIDENT, "she begged me not to tell because hes got a knife"),
        (RESIDENT, "she told me not to tell anyone because he said he would kill her"),
        (PUPIL, "he made her promise not to tell and touched her again"),
        (PUPIL, "she says dont tell anyone hes hitting her again"),
        # a consequence told, not asked, may be a threat
        (RESIDENT, "he said hell take the kids away if she leaves"),
        (GRANDSON, "he told her not to tell anyone or hed take the kids away"),
    ],
)
def test_new_harm_told_beside_a_wish_still_rings(chat: Chat, first: str, follow_up: str) -> None:
    chat.send(first)

    assert _rang(chat.send(follow_up))


def test_a_wish_with_no_signpost_before_keeps_its_reading(chat: Chat) -> None:
    """Only just after a signpost is a secret read as no new harm: told first, it rings."""
    assert _rang(chat.send("a pupil asked me not to tell anyone what she told me"))


@pytest.mark.parametrize(
    "remark",
    [
        "he said no, he doesnt want me to",
        "she said no",
        "mum says yes",
        "erm possibly? hes vulnerable but not in danger",
    ],
)
def test_someones_answer_told_with_no_harm_before_is_no_disclosure(chat: Chat, remark: str) -> None:
    chat.send("can i share?")

    replies = chat.send(remark)

    assert not _rang(replies), texts(replies)


@pytest.mark.parametrize(
    "told",
    [
        "theres no food in the house",
        "he said no and then he hit me",
        "she said yes but her dad hits her",
    ],
)
def test_harm_told_in_a_short_message_with_no_harm_before_still_rings(
    chat: Chat, told: str
) -> None:
    chat.send("can i share?")

    assert _rang(chat.send(told))


def test_only_quiet_kinds_of_harm_are_read_as_a_worry(core: Core) -> None:
    knowledge = core.knowledge
    reader = NoNewHarm(knowledge.typed_words.worries, knowledge.risk.question_words)
    secret = RiskFinding(
        categories=("worry-or-secret",), concerns="either", contacts=(), cues=("secret",)
    )
    hit = RiskFinding(categories=("physical-abuse",), concerns="either", contacts=(), cues=("hit",))

    def nothing(_: str) -> RiskFinding | None:
        return None

    assert reader.only_worry(secret, "he asked me not to say anything", nothing)
    assert not reader.only_worry(hit, "he asked me not to say anything", nothing)
    assert not reader.only_worry(secret, "he asked me something", nothing)
    assert not reader.only_worry(secret, "he asked me not to say anything", lambda _: secret)


FRIEND = (
    "my best mate told me her uncle does stuff to her when he babysits and made me promise not "
    "to tell anyone"
)


@pytest.mark.parametrize(
    ("turns", "reminder"),
    [
        # the trial's conversation (tryout42 #14): the friend in danger, not the writer
        (
            (FRIEND, "im only 14 who do i tell", "ok thanks"),
            "if your friend is in danger right now",
        ),
        ((FRIEND, "thank you"), "if your friend is in danger right now"),
        ((GRANDSON, "ok thanks"), "If anyone is in danger right now, call 999"),
        # near ones that keep their reminder
        (("im 14 and my dad hits me, who can i tell", "thanks"), "If you're in danger, call 999"),
        ((PUPIL, "ok thanks"), "follow your protection procedures"),
    ],
)
def test_thanks_after_a_signpost_keep_a_protection_reminder_for_the_one_at_risk(
    chat: Chat, turns: tuple[str, ...], reminder: str
) -> None:
    for said in turns[:-1]:
        chat.send(said)

    replies = chat.send(turns[-1])

    assert reminder in texts(replies), texts(replies)
    assert "999" in texts(replies) or reminder.startswith("follow")
