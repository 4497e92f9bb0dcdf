"""Round 45 (carer91, issue 11, tryout75 #3): the signpost speaks to the one who wrote.

A daughter who shoved the mum with dementia she looks after, a parent who smacked or fears
hurting their own child, and a mother whose partner shook her baby got "If you're worried about
someone you know … NSPCC" or a practitioner's designated safeguarding lead. Each now gets their
own text (safe first, 999 if hurt, help for them) and a kind answer to being in trouble or
losing their child; a young person's follow-up naming their family keeps their voice. Look-alikes
keep theirs: a practitioner telling of a carer who shoved a resident, a neighbour about a mum
who smacks, a grown son about his dad. Every conversation runs through the core the terminal
door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_CARER = "**Telling someone is a good first step, and there is help for you as well as for them."
_PARENT = "**Telling someone is a good first step, and asking for help is how you keep your child"
_OWN_CHILD = "**You've done the right thing telling someone: keeping your child safe comes first."
_HELP_NOT_TROUBLE = "**Asking for help is the right thing to do"
_SAFE_PARENT = "**Social care's first aim is to keep your child safe"
_SOMEONE_YOU_KNOW = "If you're worried about someone you know"
_YOUNG = "**If this is happening to you, you've done the right thing telling someone"
_NOT_IN_TROUBLE = "**You're not in trouble for telling"
_DSL = "designated safeguarding lead"
_PRACTITIONER = "What you've described may mean"


def _first(chat: Chat, told: str) -> str:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    return texts(replies)


@pytest.mark.parametrize(
    "told",
    [
        "looking after my mum with dementia, some days i lose it, yesterday i shouted at her and "
        "shoved her into her chair. im so ashamed",
        "my dad has alzheimers and i care for him, this morning i grabbed his arm too hard and "
        "left bruises",
        "caring for my nan full time and i snapped and pushed her, shes ok but i feel awful",
        "im scared of what i might do to my mum, shes up all night and i cant take any more",
    ],
)
def test_a_carer_who_harmed_gets_their_own_help(chat: Chat, told: str) -> None:
    said = _first(chat, told)
    assert said.startswith(_CARER)
    assert "carer's assessment" in said
    assert _SOMEONE_YOU_KNOW not in said
    assert _DSL not in said


@pytest.mark.parametrize(
    "told",
    [
        "i lost my temper and smacked my 4 year old too hard, i hate myself",
        "im scared ill hurt the baby, i cant cope",
        "my 2 year old wont stop screaming and i hit her on the leg and it left a mark",
        "i slapped our daughter across the face this morning, shes 9, i feel sick about it",
    ],
)
def test_a_parent_who_harmed_or_fears_it_gets_a_parents_help(chat: Chat, told: str) -> None:
    said = _first(chat, told)
    assert _PARENT in said
    assert "health visitor" in said
    assert _SOMEONE_YOU_KNOW not in said
    assert _DSL not in said


@pytest.mark.parametrize(
    "told",
    [
        "my new partner gets so angry when the baby cries, last night he shook him. hes 8 months",
        "my boyfriend hits my 3 year old when im at work, she had a black eye yesterday",
        "my husband punched our son in the face, hes 6",
    ],
)
def test_a_mother_of_her_child_harmed_by_another_gets_a_parents_text(chat: Chat, told: str) -> None:
    said = _first(chat, told)
    assert _OWN_CHILD in said
    assert _DSL not in said


@pytest.mark.parametrize(
    ("told", "follow_up", "answer"),
    [
        (
            "looking after my mum with dementia, some days i lose it, yesterday i shouted at her "
            "and shoved her into her chair. im so ashamed",
            "can i get help without getting in trouble",
            _HELP_NOT_TROUBLE,
        ),
        (
            "i lost my temper and smacked my 4 year old too hard, i hate myself",
            "will i get in trouble",
            _HELP_NOT_TROUBLE,
        ),
        (
            "im scared ill hurt the baby, i cant cope",
            "will social services take my baby",
            _SAFE_PARENT,
        ),
        (
            "my new partner gets so angry when the baby cries, last night he shook him. hes 8 "
            "months",
            "i dont want social services to take him off me",
            _SAFE_PARENT,
        ),
    ],
)
def test_their_worry_after_it_is_answered(
    chat: Chat, told: str, follow_up: str, answer: str
) -> None:
    assert chat.send(told)[0].risk_of_harm
    said = texts(chat.send(follow_up))
    assert answer in said
    assert _SOMEONE_YOU_KNOW not in said


def test_a_young_writers_follow_up_naming_family_keeps_their_voice(chat: Chat) -> None:
    chat.send("im 15 and my stepdad keeps coming into my room at night and touching me")
    said = texts(chat.send("am i going to be in trouble if i tell my mum"))
    assert _YOUNG in said
    assert _NOT_IN_TROUBLE in said
    assert _SOMEONE_YOU_KNOW not in said
    assert _DSL not in said


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        (
            "im a care worker and one of our carers shoved a resident into her chair this "
            "morning, what do i do",
            _PRACTITIONER,
        ),
        ("a carer at the home where i work lost her temper and slapped a resident", _PRACTITIONER),
        (
            "a mum told me she smacked her 4 year old too hard and feels awful, im her health "
            "visitor",
            _PRACTITIONER,
        ),
        ("im a teacher and i lost my temper and grabbed a pupil by the arm", _PRACTITIONER),
        (
            "my neighbour shouts at her kids all day and i heard her hit one of them",
            _SOMEONE_YOU_KNOW,
        ),
        (
            "my dad has always been rough with my mum, im 35 and i think he pushed her again",
            _SOMEONE_YOU_KNOW,
        ),
        ("my dad hit my mum and i pushed him off her, im 40", _SOMEONE_YOU_KNOW),
    ],
)
def test_look_alikes_keep_their_voice(chat: Chat, told: str, kept: str) -> None:
    said = _first(chat, told)
    assert kept in said
    assert _CARER not in said
    assert _PARENT not in said
    assert _OWN_CHILD not in said
