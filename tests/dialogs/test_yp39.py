"""Round 39 (yp39): a young person writing about a friend (tryout39 #5). "15 and my mate (14) is
cutting herself … says shes gonna take all her mums pills tonight" got a practitioner's
procedures; with "im 15" the reply was for the victim ("If this is happening to you"), and
each follow-up ("will they say it was me", "can i tell them without saying her name",
"actually i'll just leave it") the same block again. Now the reply is for a friend (tell an
adult now or call 999; no promise broken; Childline), and each follow-up has its own answer."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

FOR_A_FRIEND = "You're right to worry about your friend"
VICTIM = "If this is happening to you"
PRACTITIONER = "What you've described may mean"

FRIENDS = (
    "15 and my mate (14) is cutting herself really bad and says shes gonna take all her mums "
    "pills tonight",
    "me and my friend are both 14, she said shes going to kill herself tonight",
    "im 15 and my mate is cutting herself really bad and says shes gonna take all her mums pills "
    "tonight. what do i do",
    "im 13 and my bestie keeps saying she wants to die",
    "I'm 16, my best mate told me his dad beats him, what should i do",
    "we're both in year 10 and my friend says her uncle touches her when she stays over",
    "14 yo here, my friend is being groomed by a man online and she's meeting him saturday",
    "i'm in year 8 and my friend has bruises all over her arms and says her mum did it",
    "my best friend at school says her step dad touches her, she made me promise not to tell "
    "anyone",
    "my friend in my class has cuts all up her arms, should i tell my teacher",
    "my mate keeps saying he wants to kill himself, should i tell my form tutor or will he hate me",
    "im worried about my friend, her boyfriend is 22 and shes only 14 and in my year",
)


@pytest.mark.parametrize("told", FRIENDS)
def test_a_young_person_about_a_friend_gets_the_reply_for_a_friend(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    said = texts(replies)
    assert replies[0].risk_of_harm
    assert said.startswith(f"**{FOR_A_FRIEND}")
    assert "isn't breaking a promise" in said and "call 999" in said and "0800 1111" in said
    assert VICTIM not in said
    assert not any(c.label == "Start a consent check" for r in replies for c in r.choices)


@pytest.mark.parametrize(
    ("told", "not_for_a_friend"),
    [
        ("a 15 year old pupil told me her friend is cutting herself", PRACTITIONER),
        ("im 45 and my friend's husband hits her", PRACTITIONER),
        ("me and my friend are both 40, her partner hits her", PRACTITIONER),
        (
            "my friend's daughter is 14 and self harming, what should I tell the school",
            PRACTITIONER,
        ),
        (
            "youth worker - im in year 2 of my social work course, a young person said her friend "
            "is being hit at home",
            PRACTITIONER,
        ),
        ("my friend's son (12) told me his dad hits him, should I tell the school", PRACTITIONER),
        ("teacher here - a pupil's friend told me she is being hit at home", PRACTITIONER),
        ("im 14 and my friend's dad touched me", VICTIM),
        ("my mates dad hits me, should i tell my teacher", VICTIM),
        ("im 15 and my dad hits me", VICTIM),
    ],
)
def test_look_alikes_keep_their_own_reply(chat: Chat, told: str, not_for_a_friend: str) -> None:
    said = texts(chat.send(told))
    assert FOR_A_FRIEND not in said
    assert said.startswith(f"**{not_for_a_friend}")


PICS = (
    "hi im 15 and my friend (shes 14) told me her moms boyfriend sends her pics and says he'll "
    "tell her mom shes a slag if she doesnt send some back. she made me promise. i dont want to "
    "lose her as a friend"
)
FOLLOW_UPS = (
    ("what if i tell my form tutor will they say it was me", "A teacher will be careful"),
    ("will she find out i told", "A teacher will be careful"),
    ("can i tell them without saying her name", "**You can ask for advice first without saying"),
    (
        "could i tell a teacher but leave her name out",
        "**You can ask for advice first without saying",
    ),
    ("actually i'll just leave it", "Please don't leave it"),
    ("she says its fine and shes in love and i'm just jealous", "Please don't leave it"),
    ("maybe i should mind my own business", "Please don't leave it"),
    ("but i promised her", "Your friend might be upset with you at first"),
    ("thanks", "You're welcome"),
)


@pytest.mark.parametrize(("follow_up", "answer"), FOLLOW_UPS)
def test_a_friends_follow_ups_get_their_own_answers(
    chat: Chat, follow_up: str, answer: str
) -> None:
    chat.send(PICS)
    said = texts(chat.send(follow_up))
    assert said.startswith(answer) or said.startswith(f"**{answer}")
    assert FOR_A_FRIEND not in said


def test_a_young_person_at_risk_is_not_answered_as_a_friend(chat: Chat) -> None:
    chat.send("im 15 and my dad hits me")
    said = texts(chat.send("actually i'll just leave it"))
    assert "Please don't leave it" not in said


def test_a_practitioners_follow_up_is_not_answered_as_a_friends(chat: Chat) -> None:
    chat.send("a 15 year old pupil told me her friend is cutting herself")
    said = texts(chat.send("can i tell them without saying her name"))
    assert "your friend's name" not in said


# tryout39 #10: after an adult's signpost, the risk the one causing harm poses to other people
# got "I couldn't find that" or "professional judgement"; it is the public interest of key
# question 5, his details often shared without hers.
RAPED = (
    "sex worker support - one of our women (30s, has capacity) was raped by a punter last week. "
    "she doesnt want police or anyone told. is she an adult at risk? can we share without her "
    "consent?"
)
STRANGLED = (
    "domestic abuse service - client (40) says her ex strangled her, she has capacity and doesnt "
    "want the police involved"
)
PUBLIC_INTEREST = "**The risk to other people can justify sharing"


@pytest.mark.parametrize(
    ("told", "follow_up"),
    [
        (RAPED, "but what if he does it to someone else, we know his car reg"),
        (RAPED, "ok so can we pass the reg to the police anonymously without her name"),
        (STRANGLED, "what about other women he might do this to"),
        (STRANGLED, "hes done it before to his last partner, is he a danger to others"),
    ],
)
def test_the_risk_to_others_gets_the_public_interest(chat: Chat, told: str, follow_up: str) -> None:
    chat.send(told)
    said = texts(chat.send(follow_up))
    assert said.startswith(PUBLIC_INTEREST)
    assert "key question 5" in said and "without the name or details" in said
    assert "couldn't find that" not in said


@pytest.mark.parametrize(
    "follow_up",
    ["should i ring the police", "can i talk to someone else about it first"],
)
def test_other_follow_ups_keep_their_replies(chat: Chat, follow_up: str) -> None:
    chat.send(STRANGLED)
    assert PUBLIC_INTEREST not in texts(chat.send(follow_up))


def test_the_risk_to_others_with_no_signpost_before_is_not_answered_so(chat: Chat) -> None:
    assert PUBLIC_INTEREST not in texts(chat.send("what if he does it to someone else"))


# tryout39 #13: mid-check, harm told by someone close to the person ("she takes my money,
# please help", of the daughter the check would share the mum's medicines with) got only "part
# of the case you described … as above" and the check went on towards sharing with her.
PHARMACY = (
    "pharmacy counter - a customer wants me to tell her what meds her elderly mum gets, she says "
    "she has power of attorney, can i?"
)
WHISPERED = (
    'hang on, the mum just came in with her and whispered to me "she takes my money, please help"'
)
NOT_WITH_THEM = "don't share with them"


def _in_the_check(chat: Chat, told: str) -> None:
    chat.send(told)
    for said in ("check", "yes", "yes"):
        chat.send(said)


def test_harm_by_someone_close_told_in_the_check_says_not_to_share_with_them(
    chat: Chat,
) -> None:
    _in_the_check(chat, PHARMACY)
    replies = chat.send(WHISPERED)
    assert replies[0].risk_of_harm and NOT_WITH_THEM in replies[0].text
    assert "Speak to the person at risk alone" in replies[0].text
    assert "Check cancelled" in texts(chat.press("Stop this check"))
    assert chat.state.check is None


def test_harm_to_themselves_told_in_the_check_gets_no_such_line(chat: Chat) -> None:
    _in_the_check(chat, "a client (30) told me she's been cutting herself, can I tell her GP?")
    said = texts(chat.send("she also said she wants to end her life"))
    assert "part of the case you described" in said
    assert NOT_WITH_THEM not in said


@pytest.mark.parametrize("follow_up", ["never mind", "forget it", "actually forget it"])
def test_dropping_it_after_a_friends_signpost_is_not_nothing_to_cancel(
    chat: Chat, follow_up: str
) -> None:
    chat.send(FRIENDS[2])
    said = texts(chat.send(follow_up))
    assert said.startswith("**Please don't leave it")
    assert "nothing to cancel" not in said


def test_dropping_it_after_a_young_persons_own_signpost_gets_where_to_get_help(
    chat: Chat,
) -> None:
    chat.send("im 15 and my dad hits me")
    said = texts(chat.send("never mind"))
    assert said.startswith(f"**{VICTIM}")


def test_cancel_in_a_check_still_cancels_it(chat: Chat) -> None:
    _in_the_check(chat, PHARMACY)
    assert "Check cancelled" in texts(chat.send("cancel"))
