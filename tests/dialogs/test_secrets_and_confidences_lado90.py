"""Round 45 (lado90, issue 11, rule one), through the assistant.

1. Someone who works with children hugging, telling or asking a "him" or a "her" to keep a secret
   from home: the one told is the child, and the signpost names the LADO, with no word for a
   child in the message.
2. Children harmed by a grandparent (or an uncle) who still has them: the signpost names
   children's social care, whatever "years ago" says of the harm; a grandchild just after the
   harm is the one harmed, not the one who harms.
3. After such a signpost, a confidence held as a priest or a chaplain, or told in confession: it
   gives way to a child's safety, and the seal of confession is for the safeguarding lead or the
   church's safeguarding adviser, never answered as law.
4. Near look-alikes stay quiet, or signposted without the LADO.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

LADO = "The LADO (local authority designated officer)"
MASH = "children's social care front door (MASH)"
CHAPLAIN = (
    "a patient told me in confidence he abused his grandchildren years ago and hes still "
    "babysitting them every weekend"
)


@pytest.mark.parametrize(
    "message",
    [
        "his tutor hugs him and says dont tell your mum",
        "the coach told her its their secret and not to tell her mum",
        "our youth worker gives him lifts home and told him not to tell his dad",
        "the swimming instructor tickles her and says its their little secret",
        "the scout leader took him to his house and said dont tell your parents",
        "her piano teacher told her its our secret and she mustnt tell her dad",
        "the cleaner hugs her and whispers dont tell anyone",
        "the caretaker gave her sweets and asked her to keep it a secret from her mum",
    ],
)
def test_a_him_or_her_told_a_secret_by_staff_is_the_child(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert LADO in first.text


@pytest.mark.parametrize(
    "message",
    [
        CHAPLAIN,
        "man on the ward told me he hurt his grandkids years back and he still has them every "
        "weekend",
        "a service user said he abused his grandchildren a long time ago and still babysits them "
        "on saturdays",
        "a resident told me he touched his granddaughter when she was small and he still looks "
        "after her after school",
        "a client disclosed he sexually abused his nieces in the 90s and they still stay over at "
        "his house",
        "a patient told me he abused his grandchildren",
    ],
)
def test_grandchildren_harmed_get_childrens_social_care(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert MASH in first.text


@pytest.mark.parametrize(
    "follow_up",
    [
        "it was said to me as a priest, am i allowed to break that",
        "he told me in confession, can i break the seal",
        "im a vicar and it was a confession, does confidentiality still apply",
        "but it was in confession so isnt it privileged",
        "as his chaplain am i bound to keep it confidential",
    ],
)
def test_a_priests_confidence_gives_way_to_a_childs_safety(chat: Chat, follow_up: str) -> None:
    assert MASH in chat.send(CHAPLAIN)[0].text
    said = texts(chat.send(follow_up))
    assert "I couldn't find that" not in said
    assert "gives way where a child may be at risk of significant harm" in said
    assert "legal advice on the seal of confession" in said
    assert "church's safeguarding adviser" in said
    assert MASH in said  # the case's contacts follow


def test_a_confession_heard_with_no_signpost_before_is_no_follow_up(chat: Chat) -> None:
    said = texts(chat.send("as a priest, what does the guidance say about record keeping"))
    assert "seal of confession" not in said


@pytest.mark.parametrize(
    "message",
    [
        pytest.param(
            "the coach told her to keep her phone in her bag",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the cues find nothing now; the learnt model's second opinion fires",
            ),
        ),
        "the teacher asked him to keep his phone in his locker",
        "the coach told him to tell his mum about the match",
        "my nan looks after the grandchildren on fridays",
        "he abused his wife years ago, they divorced in 2010",
    ],
)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        "the head told her its a secret until friday",
        "the teacher asked her class not to tell anyone about the surprise for miss jones",
    ],
)
def test_a_secret_among_staff_names_no_lado(chat: Chat, message: str) -> None:
    assert LADO not in texts(chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        "he keeps her passport",
        "my husband keeps all my wages",
        "her boyfriend kept her phone so she couldnt call anyone",
    ],
)
def test_things_kept_from_someone_are_still_control(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm
