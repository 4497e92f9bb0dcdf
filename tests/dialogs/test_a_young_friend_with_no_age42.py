"""Round 42 (young42; tryout42 #2, #3): a young person writing about a friend, giving no age of
their own, was answered as a practitioner ("Follow your child or adult protection procedures …
DSL, MASH, Adult social care"): "my best mate told me her uncle does stuff to her when he
babysits", "my friend is 14 and shes talking to a 19 yr old guy online", "my friend is 13 and
her step dad hits her". The writer's voice is now read by their friend's age, a friend who is a
child, or how they write; a grown-up writing of a friend's child, or of an adult friend's life,
keeps the reply they had."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

FOR_A_FRIEND = "You're right to worry about your friend"
PRACTITIONER_FIRST = "What you've described may mean"

YOUNG = [
    # the trial's lines
    "my best mate told me her uncle does stuff to her when he babysits and made me promise not "
    "to tell anyone",
    "my friend is 14 and shes talking to a 19 yr old guy online who wants to meet her this "
    "weekend and told her not to tell her parents",
    "my friend is 13 and her step dad hits her, who can i talk to",
    # in other words
    "my mate (15) says her stepdad hits her with a belt",
    "my bestie told me her mums boyfriend touches her when her mum is out",
    "omg my best friend just told me her brother hits her and she has bruises",
    "my friend who is 12 said a man at the park keeps asking her to send pics",
]
GROWN = [
    "my friend's 4 year old said the babysitter hits him",
    "my friend told me her husband hits her and she has bruises pls help",
    "my friends 15 year old daughter is being hit by her stepdad",
    "my friend's son told me his stepdad hits him after school",
    "my friend is 34 and her partner hits her",
    "my best mate told me her dad hit her when she was little and she still has nightmares",
]


@pytest.mark.parametrize("told", YOUNG)
def test_a_young_writer_with_no_age_gets_the_reply_for_a_friend(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    assert texts(replies).startswith(f"**{FOR_A_FRIEND}")


@pytest.mark.parametrize("told", GROWN)
def test_a_grown_up_writing_of_a_friend_is_not_read_as_young(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert FOR_A_FRIEND not in texts(replies)


def test_a_young_writer_is_kept_for_the_follow_ups(chat: Chat) -> None:
    chat.send(YOUNG[0])
    said = texts(chat.send("im only 14 who do i tell"))
    assert "published Q&A" not in said
    assert "Childline" in said and "supervisor" not in said


# After the reply for a friend, "can i tell my mum" was told "speak to your designated
# safeguarding lead first. Don't tell anyone who may be involved"; "will she get in trouble"
# pointed at entry 14; "what should i do" and "who do i tell" got a practitioner's steps or a
# Q&A miss. Each now gets a young person's answer.
STEPS = "Here's what you can do"
TELL_PARENT = "Yes: telling your mum, dad or another adult you trust"
NOT_IN_TROUBLE = "No: your friend won't be in trouble"


@pytest.mark.parametrize("first", [YOUNG[0], YOUNG[1], "im 14 and " + YOUNG[0]])
@pytest.mark.parametrize(
    ("follow_up", "answer"),
    [
        ("im only 14 who do i tell", STEPS),
        ("what should i do", STEPS),
        ("who can i talk to about it", STEPS),
        ("can i tell my mum", TELL_PARENT),
        ("would it be ok to tell my dad", TELL_PARENT),
        ("will she get in trouble", NOT_IN_TROUBLE),
        ("will i get in trouble for telling", NOT_IN_TROUBLE),
    ],
)
def test_a_friends_follow_up_gets_a_young_persons_answer(
    chat: Chat, first: str, follow_up: str, answer: str
) -> None:
    assert FOR_A_FRIEND in texts(chat.send(first))
    said = texts(chat.send(follow_up))
    assert said.startswith(f"**{answer}")
    assert "designated safeguarding lead" not in said and "published Q&A" not in said


@pytest.mark.parametrize(
    ("follow_up", "answer"),
    [
        ("if i tell her mum will she hate me forever", "Your friend might be upset"),
        ("is that illegal?", "If your friend is under 16"),
        ("thanks", "You're welcome"),
    ],
)
def test_a_friends_other_follow_ups_keep_their_answers(
    chat: Chat, follow_up: str, answer: str
) -> None:
    chat.send(YOUNG[1])
    assert texts(chat.send(follow_up)).lstrip("*").startswith(answer)


@pytest.mark.parametrize("follow_up", ["what should i do", "do i have to tell her mum"])
def test_a_practitioners_follow_up_is_not_answered_as_a_friends(chat: Chat, follow_up: str) -> None:
    chat.send("a year 9 pupil told me her uncle does stuff to her when he babysits")
    said = texts(chat.send(follow_up))
    assert STEPS not in said and TELL_PARENT not in said


# tryout42 #12: a school nurse's "she says its consensual and she loves him" (a 15-year-old with
# a 22-year-old boyfriend) was a Q&A miss. It doesn't change the concern: her consent is no
# answer.
CONSENTS = "Her saying it's consensual, or that she loves him, doesn't change the concern"
BOYFRIEND = (
    "year 10 girl (15) came to drop-in asking for the pill, says her boyfriend is 22 and picks "
    "her up from school"
)


@pytest.mark.parametrize(
    "follow_up",
    [
        "she says its consensual and she loves him",
        "but it's consensual",
        "she insists it's her choice",
        "he says she consented",
    ],
)
def test_a_childs_consent_after_the_signpost_does_not_change_the_concern(
    chat: Chat, follow_up: str
) -> None:
    chat.send(BOYFRIEND)
    said = texts(chat.send(follow_up))
    assert said.startswith(f"**{CONSENTS}")


@pytest.mark.parametrize(
    "follow_up", ["she asked me not to tell anyone", "do i need her consent to share"]
)
def test_other_follow_ups_after_the_signpost_keep_their_answers(chat: Chat, follow_up: str) -> None:
    chat.send(BOYFRIEND)
    assert CONSENTS not in texts(chat.send(follow_up))


def test_an_adults_consent_is_answered_as_an_adults_choice(chat: Chat) -> None:
    chat.send("my client has a learning disability and her support worker has sex with her")
    said = texts(chat.send("she says its consensual"))
    assert CONSENTS not in said
