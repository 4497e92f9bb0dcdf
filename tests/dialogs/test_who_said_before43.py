"""Round 42 (voice43; tryout43 #2, #3). Who the writer is was read only from the message telling
of harm: "im 16 and i dont know if this is normal", then the stepdad on the next line, got a
practitioner's signpost (the same words in one message get the young person's "not your fault …
Childline"); an aunt naming her niece on line 1 and the harm on line 2 was told to go to her
safeguarding lead. The state now keeps who the writer said they are (one word, never text), and
a harm told later is read in that voice; a practitioner's lines keep the practitioner's."""

from __future__ import annotations

import pytest

from dialogs.state import ConversationState
from tests.support.core import Chat, texts

PRACTITIONER = "What you've described may mean"
OWN = "If this is happening to you"
KNOWN = "If you're worried about someone you know"
DSL = "designated safeguarding lead"

STEPDAD = (
    "my step dad keeps coming into my room at night when mum is on nights and he sits on my bed "
    "and touches my leg and says its our secret"
)
SISTER = (
    "my sister is using again and leaves her on her own all night, she texted me at 2am last "
    "night saying she was scared"
)


@pytest.mark.parametrize(
    ("first", "harm"),
    [
        ("im 16 and i dont know if this is normal", STEPDAD),
        ("hi im 15, can i ask something", "my mums boyfriend hits me when shes at work"),
        ("i am 14 and idk who else to ask", "my dad locks me in my room and says no one cares"),
    ],
)
def test_a_young_persons_age_a_line_before_is_theirs(chat: Chat, first: str, harm: str) -> None:
    assert not chat.send(first)[0].risk_of_harm
    replies = chat.send(harm)
    assert replies[0].risk_of_harm
    said = texts(replies)
    assert said.startswith(f"**{OWN}") and "Childline" in said
    assert DSL not in said.split("*If you're asking as a practitioner")[0]


def test_the_young_persons_follow_ups_stay_theirs(chat: Chat) -> None:
    chat.send("im 16 and i dont know if this is normal")
    chat.send(STEPDAD)
    away = texts(chat.send("i dont want anyone to know, will they take me away from my mum"))
    assert away.startswith("**Telling someone doesn't mean you'll be taken away from home")
    other = texts(chat.send("who can i talk to thats not a teacher"))
    assert "Childline" in other and DSL not in other and "school nurse" in other


@pytest.mark.parametrize(
    "first",
    ["im worried about my niece, shes 9", "its about my nephew", "im a parent, can i ask you"],
)
def test_a_relative_named_a_line_before_gets_the_publics_signpost(chat: Chat, first: str) -> None:
    chat.send(first)
    said = texts(chat.send(SISTER))
    assert said.startswith(f"**{KNOWN}") and "NSPCC" in said
    assert DSL not in said.split("*If you're asking as a practitioner")[0]


def test_the_aunts_worry_of_trouble_is_answered_for_her(chat: Chat) -> None:
    chat.send("im worried about my niece, shes 9")
    chat.send(SISTER)
    said = texts(chat.send("i dont want to get my sister in trouble"))
    assert said.startswith("**Passing on a worry is about keeping them safe")
    assert "safeguarding lead" not in said


@pytest.mark.parametrize(
    ("first", "harm"),
    [
        # a practitioner's role line, or none: the practitioner's signpost, as before
        ("SENCo here", "a pupil told me her step dad touches her at night"),
        ("im a nurse", "my patient says her husband hits her"),
        ("what does the guidance say about consent", STEPDAD.replace("my ", "her ")),
        # a grown-up's age, or a young person's line naming the people a practitioner works with
        ("im 34 and new to this", "a pupil told me her step dad touches her at night"),
        ("im 16 and on placement", "one of the residents told me her son hits her"),
        # the niece named, then harm told of a pupil: the practitioner's
        ("im worried about my niece", "a pupil in my class said her dad hits her"),
    ],
)
def test_near_lines_keep_the_practitioners_signpost(chat: Chat, first: str, harm: str) -> None:
    chat.send(first)
    replies = chat.send(harm)
    assert replies[0].risk_of_harm
    assert texts(replies).startswith(f"**{PRACTITIONER}")


def test_the_state_keeps_one_word_and_no_text(chat: Chat) -> None:
    chat.send("im 16 and i dont know if this is normal")
    assert chat.state.said == "child"
    kept = str(chat.state.to_json())
    assert "normal" not in kept and "16" not in kept
    assert ConversationState.from_json({**chat.state.to_json(), "said": "anything"}).said is None
