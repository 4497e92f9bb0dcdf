"""Round 46 (doors110, issue 11, tryout100 #4): the signpost speaks to the one who wrote.

1. A woman harmed by her partner, telling of it in her own words with no "me" ("last week he
   grabbed my neck"), gets her own text and the domestic abuse lines (not your fault, you
   don't have to leave, strangling a serious warning sign), not family's "If you're worried
   about someone you know"; her next lines ("is it my fault", "i dont want to leave him",
   "can you tell the police for me") are answered.
2. A young person telling of hurting themselves (cutting, burning, dared on in a group) gets
   self-harm's help (A&E if it's bad, NHS 111, Samaritans, reporting the group), not only
   Report Remove's for pictures; a young carer's mum who wants to die does not.
3. Family about an older parent named with a word before ("my elderly mums neighbour … has
   her bank card and pin") get family's words for an adult, and "can i ring her bank" a yes
   (the fraud or vulnerable-customer team), not "speak to your designated safeguarding lead".
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

KNOWN = "If you're worried about someone you know"
OWN = "If this is happening to you"
HELPLINE = "0808 2000 247"
NECK = "strangled or choked you"


@pytest.mark.parametrize(
    "message",
    [
        "my partner checks my phone every night and if i dont answer in 5 mins he turns up at "
        "my work. last week he grabbed my neck",
        "my boyfriend punched my face on saturday and now he says sorry every day",
        "my husband put his hands round my neck last night, he's never done that before",
        "my fiance burnt my arm with his cigarette when i said i wanted to see my mum",
        "he grabbed my neck last week and checks my phone every night",
        "my girlfriend slapped my face in front of her mates and she takes my wages",
    ],
)
def test_harm_to_her_own_body_gets_her_own_text(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert KNOWN not in first.text
    assert OWN in first.text
    assert HELPLINE in first.text and NECK in first.text


@pytest.mark.parametrize(
    "message",
    [
        "a pupil told me her dad grabbed her neck",
        "my neighbour says her husband grabbed her by the neck",
    ],
)
def test_someone_elses_harm_is_not_the_writers(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert OWN not in first.text


OPENING = "my partner checks my phone every night. last week he grabbed my neck"


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("is it my fault", "It isn't your fault"),
        ("is this my fault for winding him up", "It isn't your fault"),
        ("i dont want to leave him i just want it to stop", "You don't have to leave"),
        ("i still love him tho", "You don't have to leave"),
        ("do i have to leave him", "You don't have to leave"),
        ("can you tell the police for me", "I can't tell the police for you"),
        ("could you ring the police for me", "I can't tell the police for you"),
        ("will you contact the police", "I can't tell the police for you"),
    ],
)
def test_her_next_lines_are_answered(chat: Chat, line: str, said: str) -> None:
    chat.send(OPENING)
    reply = chat.send(line)[0]
    assert said in reply.text


def test_a_young_persons_fault_keeps_its_reply(chat: Chat) -> None:
    chat.send("im 14 and my stepdad grabbed my neck")
    assert "It is never your fault" in chat.send("is it my fault")[0].text


SELF_HARM = "a deep cut or a burn"


@pytest.mark.parametrize(
    "message",
    [
        "im 15 i cut myself and theres this group chat online where people dare each other to "
        "go deeper",
        "im 14 and i cut myself every night",
        "im 13 and i burn myself with a lighter when im stressed",
        "im 16 and i hurt myself on purpose, theres a tiktok challenge about it",
        "im 15 and i self harm, nobody knows",
        "im 14 and this online group keeps telling me to cut deeper",
    ],
)
def test_a_young_persons_own_self_harm_gets_its_help(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert OWN in first.text and SELF_HARM in first.text


def test_a_young_carers_mum_gets_no_self_harm_help_for_the_writer(chat: Chat) -> None:
    first = chat.send("im 16 and i care for my mum, she said she wanted to die")[0]
    assert first.risk_of_harm
    assert SELF_HARM not in first.text


FAMILY_ADULT = "If you're worried about someone you know"
DSL_FIRST = "speak to your designated safeguarding lead first"


@pytest.mark.parametrize(
    "message",
    [
        "my elderly mums neighbour has started doing her shopping and now she says he has her "
        "bank card and pin, she gave it him",
        "my old dads cleaner has been taking money out of his account, he gave her his pin",
        "my frail mother says her carer keeps borrowing money off her and never pays it back",
        "my disabled dads lodger has his bank card and is spending his benefits",
        "my elderly parents new gardener has talked them into giving him their card",
    ],
)
def test_family_of_an_older_parent_get_familys_words(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert FAMILY_ADULT in first.text
    reply = chat.send("can i ring her bank")[0]
    assert "vulnerable-customer team" in reply.text and DSL_FIRST not in reply.text


def test_a_practitioner_asking_of_the_bank_keeps_their_reply(chat: Chat) -> None:
    chat.send("a client told me her son has her bank card and takes her pension")
    reply = chat.send("can i ring her bank")[0]
    assert "vulnerable-customer team" not in reply.text
