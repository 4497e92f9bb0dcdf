"""Round 41 (tryout40 #1, #2, #5): danger to someone who can be found, beneath the signpost.

"can i tell a caller which room his wife is in, she checked in alone crying with bruises" got the
signpost and "professional judgement"; "he's going to hurt his ex tonight, he knows where she
lives. can we tell police" got the safeguarding lead, never the police; "she just said shes at the
bus station now" (a runaway 15-year-old on a crisis line) got "I couldn't find that". Now: don't
tell anyone where the person is; a threat to kill or seriously hurt is for the police now; where
the person at risk is now is for 999 now. The same words with no harm told keep their replies.
Every conversation runs through the core the terminal door runs (`bot.app.build_core`).
"""

from __future__ import annotations

import pytest

from bot.app import Core
from dialogs.contract import Private
from tests.support.core import Chat, texts

WHEREABOUTS = "Don't tell them where the person is"
THREAT = "Call the police now, on 999"
WHERE_NOW = "Call 999 now with what you know"
DA_HELPLINE = "0808 2000 247"
JUDGEMENT = "professional judgement"


@pytest.mark.parametrize(
    "told",
    [
        "hotel receptionist - can i tell a caller which room his wife is in, she checked in alone "
        "crying with bruises and said not to tell anyone where she is",
        "someone rang asking which ward his ex girlfriend is on, she has a non molestation order "
        "against him",
        "ward clerk - can i tell a patients daughter which ward her mum is on, the mum told me the "
        "daughter hits her and she's scared",
        "a driver's ex wife rang asking for his new address",
        "a patient told me her ex hit her and she's scared he'll find her. he phoned reception "
        "asking what ward she's on",
        "care home - a resident's son who took her money is asking which home she's moved to",
        "a woman at our hostel is hiding from her violent husband. he rang asking if she's here. "
        "what do i say",
        "a woman told me her partner strangled her last week, she's staying at her sisters. he "
        "keeps texting asking where she is. can i tell him she's safe",
    ],
)
def test_asked_where_the_person_at_risk_is_dont_tell(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    said = texts(replies[1:])
    assert WHEREABOUTS in said
    assert "call 999" in said
    assert JUDGEMENT not in said


@pytest.mark.parametrize(
    ("told", "asked"),
    [
        (
            "hotel receptionist - a woman checked in with bruises and said her husband is looking "
            "for her",
            "he just rang asking if she's staying here, can i tell him",
        ),
        ("a 12 year old told me his dad beats him", "what if he asks me where his son is"),
        ("a woman told me her partner beats her", "can i give him her new address"),
    ],
)
def test_asked_just_after_the_signpost_dont_tell(chat: Chat, told: str, asked: str) -> None:
    assert chat.send(told)[0].risk_of_harm
    assert WHEREABOUTS in texts(chat.send(asked))


@pytest.mark.parametrize(
    "told",
    [
        "crisis line - caller said hes going to hurt his ex tonight, he knows where she lives, he "
        "gave his first name. can we tell police, we're meant to be confidential",
        "crisis line vol - caller (adult) said her husband has a gun in the house and said he'll "
        "use it if she leaves. shes going to leave tonight",
        "a man rang our helpline and said he's going to stab his neighbour tonight",
        "a man told me he's going to kill his wife tonight, what do i do",
        "a tenant punched his partner last night and told our housing officer he will kill her if "
        "she goes to the police",
        "a client told me her ex said he's going to batter her when she gets home tonight",
        "a tenant said he'll burn his neighbour's house down tonight",
        "caller said he's got a knife and he's going to find his ex and kill her",
        "a woman told me her husband said he'd kill her if she ever left",
    ],
)
def test_a_threat_to_kill_or_seriously_hurt_is_for_the_police(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    said = texts(replies[1:])
    assert THREAT in said
    assert "key question 5" in said
    # the domestic abuse line for a partner or an ex alone (round 46, doors110: not for a
    # neighbour, nor a boy whose dad threatens him)
    assert (DA_HELPLINE in said) is ("neighbour" not in told)
    assert WHEREABOUTS not in said  # "he knows where she lives" asks no one where she is
    assert JUDGEMENT not in said


@pytest.mark.parametrize(
    ("told", "now"),
    [
        (
            "crisis line volunteer, first shift, bit panicky. caller (sounds young, maybe 15?) "
            "says her stepdad comes in her room at night and shes going to run away tonight. she "
            "wont give her name. we are supposed to be confidential. what do i do",
            "she just said shes at the bus station now",
        ),
        ("a 12 year old told me his dad beats him", "he's on the bridge now"),
        ("a 15 year old told me her stepdad rapes her", "shes not answering anymore"),
        ("a 15 year old told me her stepdad rapes her", "she's left the building"),
        (
            "a 14 year old told me she's being made to sleep with older men",
            "she got in a car with them",
        ),
        ("a woman told me her partner beats her", "we dont know where she is now"),
    ],
)
def test_where_the_person_at_risk_is_now_is_for_999(chat: Chat, told: str, now: str) -> None:
    assert chat.send(told)[0].risk_of_harm
    said = texts(chat.send(now))
    assert WHERE_NOW in said
    assert "don't need their name" in said
    assert "couldn't find that" not in said


@pytest.mark.parametrize(
    ("told", "asked", "kept"),
    [
        # The lead not answering is still the lead's reply; a wish not to know where to start or
        # a place with no danger in it is no emergency.
        (
            "a resident with dementia has bruises on her arms from her son",
            "my supervisor isnt answering, can i call 999 myself",
            "Calling the police",
        ),
        ("a woman told me her partner beats her", "i dont know where to start", None),
        ("a 12 year old told me his dad beats him", "he's at school now", None),
    ],
)
def test_look_alikes_after_the_signpost_keep_their_replies(
    chat: Chat, told: str, asked: str, kept: str | None
) -> None:
    chat.send(told)
    said = texts(chat.send(asked))
    assert WHERE_NOW not in said
    assert WHEREABOUTS not in said
    assert kept is None or kept in said


@pytest.mark.parametrize(
    "text",
    [
        # No harm told: the words keep the replies they had.
        "can I tell his mum which ward he's on, he asked me to",
        "the police asked where she lives",
        "a visitor asked which room my patient is in",
        "she's at the bus station now",
        # Harm told, but no one asked where she is, and no threat to another.
        "a 14 year old told me her stepdad touches her. she said she's going to kill herself",
        "a 15 year old told me her stepdad comes in her room at night",
        "a 15 year old ran away last year and was found at the bus station, she said her dad hits "
        "her",
    ],
)
def test_look_alikes_get_none_of_these(chat: Chat, text: str) -> None:
    said = texts(chat.send(text))
    assert WHEREABOUTS not in said
    assert THREAT not in said
    assert WHERE_NOW not in said


def test_the_reply_is_its_writers_alone_in_a_shared_place(core: Core) -> None:
    chat = Chat(core, private=False)
    replies = chat.send("a man rang our helpline and said he's going to stab his neighbour tonight")
    danger = [r for r in replies if THREAT in r.text]
    assert danger and all(r.private is Private.RISK_OF_HARM for r in danger)


LOOKUP = "Looking someone up on your organisation's records for a personal reason"


@pytest.mark.parametrize(
    "text",
    [
        "ward clerk - a nurse asked me to look up her ex's address on the system, can i",
        "my manager wants me to look up her ex husband's new address on our housing system",
        "can i look up my neighbour's records out of curiosity",
        "a colleague keeps snooping on her family's records on the system",
    ],
)
def test_a_personal_look_up_of_the_records_is_misuse(chat: Chat, text: str) -> None:
    said = texts(chat.send(text))
    assert LOOKUP in said
    assert "information-governance lead" in said
    assert "couldn't find that" not in said


@pytest.mark.parametrize(
    "text",
    [
        "receptionist - can I look up a patient's address on the system to send a letter",
        "can i check the system to see if a client is known to us",
        "can I share information about a client's ex partner with the police",
        "how can I do a background check on my ex's new partner?",
        "a patient said he will go to his ex-partner's house, should i tell the police? i don't "
        "have the ex-partner's contact details",
    ],
)
def test_a_look_up_for_the_work_is_no_misuse(chat: Chat, text: str) -> None:
    assert LOOKUP not in texts(chat.send(text))


@pytest.mark.parametrize("now", ["im at the bus station now", "he said hes going to kill me"])
def test_a_young_person_writing_of_themselves_keeps_their_own_replies(chat: Chat, now: str) -> None:
    chat.send("im 14 and my stepdad hits me")
    said = texts(chat.send(now))
    assert "it is not your fault" in said
    assert WHERE_NOW not in said
    assert THREAT not in said
