"""Round 39 (q43): rule two and plain answers.

Sharing the person agreed to (tryout38 #15's last bullet): "employment support - can i tell the
jobcentre my client has depression, she said yes" got "That's a decision for your professional
judgement"; with the person's clear agreement, and nobody at risk, the plain answer is that
sharing what they agreed to is generally fine (share only what is needed, record it), in
summary from the 2008 guidance and never a quote. It is read after matching, so the matcher's
shortlist is unchanged: round 38's try, a topic on the shortlist, took the records-transfer
reply from "the new school has asked for the child's safeguarding file".
"""

from __future__ import annotations

import pytest

from dialogs.agreed import AgreedSharing
from dialogs.state import ConversationState
from knowledge.matching.text import words
from tests.support.core import Chat, quoted, texts
from tests.support.packs import builtin_knowledge

AGREED = "(sharing with agreement)"
JUDGEMENT = "That's a decision for your professional judgement"


@pytest.mark.parametrize(
    "message",
    [
        "employment support - can i tell the jobcentre my client has depression, she said yes",
        "can i share his diagnosis with his college, he has agreed",
        "my patient has given consent for me to tell her employer about her condition, can i",
        "he's happy for me to pass his details to the food bank, is that ok?",
        "can i tell her husband about her diagnosis, she said its fine",
        "im a support worker, can i share his care plan with the day centre? he consented",
        "can i pass her details to the food bank with her consent",
        "my client has given me permission to speak to her landlord about her mental health, ok",
        # its words as typed: "it's", "that's" and "she's" read as "it", "that" and "she"
        "she's given me the go ahead to tell her GP about the fall, is that alright?",
        "he said i can pass it on to the housing team, can i?",
        "is it ok to tell her employer? she doesn't mind",
        "can i tell her sister she's in hospital, she said that's fine",
        "can i let the school know about his adhd, his mum is happy for me to",
    ],
)
def test_sharing_the_person_agreed_to_gets_the_plain_answer(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    said = texts(replies)
    assert AGREED in said
    assert "share only what is needed" in said
    assert "record their agreement" in said
    assert JUDGEMENT not in said
    assert not quoted(replies)
    assert "Start a consent check" in [c.label for c in replies[-1].choices]


@pytest.mark.parametrize(
    "message",
    [
        # no agreement, a refusal, or one only supposed or undone
        "can i tell the jobcentre my client has depression",
        "she said no, can i still tell her gp",
        "can i tell the gp she has depression? she doesnt want me to",
        "if she agrees can i tell her gp",
        "what if she said yes but then changed her mind",
        "she hasn't agreed yet, can i tell her gp",
        # whether they can agree is the question
        "can i send his notes to the hospital? he has agreed but he has dementia",
        # someone else's say-so is no consent
        "i asked my manager and she said yes, can i share the file",
        # "it's fine" said of something else
        "a 15 yo girl looks after her sister. she says it's fine but she looks shattered. "
        "should i be passing this on?",
        # agreeing to something else
        "he is happy for me to stay late, can i tell his mum",
        "she agreed to make him a signatory on her account, can i tell the bank",
        # a safeguarding file's transfer is no everyday share
        "the new school has asked for the child's safeguarding file, the parents agreed",
    ],
)
def test_look_alikes_get_no_plain_answer(chat: Chat, message: str) -> None:
    assert AGREED not in texts(chat.send(message))


@pytest.mark.parametrize(
    ("message", "agreed"),
    [
        ("she says it's fine but she looks shattered, should i pass this on?", False),
        ("he agrees with them about everything, can i tell his mum?", False),
        ("he's agreed she can stay in his house, can i tell the council?", False),
        ("do I have to write down whether the patient agreed to me sharing?", False),
        ("she said it's fine to tell her gp, can i?", True),
        ("she agreed to me telling her gp, is that ok?", True),
    ],
)
def test_the_agreement_read_in_a_messages_words(message: str, agreed: bool) -> None:
    reader = AgreedSharing((), ("", ""), "", builtin_knowledge().typed_words.agreed)
    assert reader.tells(words(message)) is agreed


def test_a_childs_say_so_points_to_parental_responsibility(chat: Chat) -> None:
    said = texts(chat.send("my 8 year old pupil said it's fine if i tell the nurse, can i"))
    assert AGREED in said
    assert "parental responsibility" in said


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("the new school has asked for the child's safeguarding file", "records-transfer"),
        ("can i share a child's records with the new school?", "records-transfer"),
        (
            "the new school has asked for the child's safeguarding file, the parents said yes, "
            "can i send it",
            "records-transfer",
        ),
        ("can i share a photo of the kids on our facebook, the parents said yes", "social media"),
        (
            "social prescriber - my client wants me to tell her housing officer about her "
            "depression so she gets priority, is that ok with her consent",
            "at their own request",
        ),
    ],
)
def test_topics_of_their_own_keep_their_replies(chat: Chat, message: str, kept: str) -> None:
    said = texts(chat.send(message))
    assert AGREED not in said
    assert kept in said


def test_a_harm_told_with_the_agreement_gets_the_signpost_not_the_plain_answer(
    chat: Chat,
) -> None:
    replies = chat.send("she agreed to me telling her gp but her husband hits her, can i tell")
    assert replies[0].risk_of_harm
    assert AGREED not in texts(replies)


def test_after_a_signpost_the_procedures_come_first(chat: Chat) -> None:
    assert chat.send("a pupil told me her dad hits her with a belt")[0].risk_of_harm
    replies = chat.send("my client has given me permission to speak to her landlord, ok?")
    assert AGREED not in texts(replies)
    assert "your protection procedures come first" in replies[-1].text


# A "yes" or a number just after "Did you mean" (tryout38 #15 and "Smaller things"): "Did you
# mean: What are the key factors…?" then "yes" got "There's no question waiting", three times.

ONE = "what about confidentiality"  # "Did you mean" offers one entry
SEVERAL = "what if she said yes but then changed her mind"  # offers three


def _offered(chat: Chat, message: str) -> list[str]:
    replies = chat.send(message)
    assert "Did you mean" in replies[-1].text
    return [c.label for c in replies[-1].choices]


@pytest.mark.parametrize("said", ["yes", "yes please", "yeah"])
def test_a_yes_takes_the_one_entry_offered(chat: Chat, said: str) -> None:
    (label,) = _offered(chat, ONE)
    replies = chat.send(said)
    assert replies[0].card is not None
    assert replies[0].card.title == label
    assert "no question waiting" not in texts(replies)


def test_a_yes_to_several_asks_which_keeping_the_place(chat: Chat) -> None:
    labels = _offered(chat, SEVERAL)
    assert len(labels) > 1
    which = chat.send("yes")
    assert "Which one did you mean?" in which[0].text
    assert [c.label for c in which[0].choices] == [*labels, "Start a consent check"]
    picked = chat.send("2")
    assert picked[0].card is not None
    assert picked[0].card.title == labels[1]


def test_a_number_takes_that_entry_offered(chat: Chat) -> None:
    labels = _offered(chat, SEVERAL)
    picked = chat.send("the third one")
    assert picked[0].card is not None
    assert picked[0].card.title == labels[2]
    assert "no question waiting" in texts(chat.send("yes"))  # the one taken: none offered


def test_a_yes_later_or_in_a_check_is_not_taken(chat: Chat) -> None:
    _offered(chat, ONE)
    chat.send("rules")
    assert "no question waiting" in texts(chat.send("yes"))
    chat.send("check")
    assert "Did you mean" in texts(chat.send(ONE))
    moved = texts(chat.send("yes"))  # the check's question was asked last: it is answered
    assert "Key question 2" in moved


def test_the_entries_offered_are_kept_as_numbers_in_state() -> None:
    state = ConversationState(suggested=(4, 5, 6))
    assert state.to_json()["suggested"] == [4, 5, 6]
    assert ConversationState.from_json(state.to_json()) == state
    assert "suggested" not in ConversationState().to_json()
    bad = ConversationState().to_json() | {"suggested": ["what about her"]}
    assert ConversationState.from_json(bad) == ConversationState()
