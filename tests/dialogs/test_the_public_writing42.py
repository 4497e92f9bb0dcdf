"""Round 42 (tryout42 #6, #14): a grandparent or a neighbour, a member of the public, telling of
harm to a child or an adult they know ("my grandson (6) told me his mums new fella smacks him",
"next door are screaming … the baby crying") got a practitioner's signpost ("follow your
procedures … DSL"), never the text for family and the public (children's social care, the
police on 101, the NSPCC); "i dont want to get my daughter in trouble" got a "Did you mean" of
entry 14 and "who do i ring about it" a Q&A miss. A football coach's disclosure that asked
nothing got "The Q&A doesn't decide individual cases" after its signpost."""

from __future__ import annotations

import pytest

from bot.app import Core
from dialogs.contract import Reply
from dialogs.own_voice import voice_of
from dialogs.typed import simplify
from tests.support.core import Chat, texts
from tests.support.packs import friend_voice

FAMILY = "**If you're worried about someone you know:**"
NSPCC = "0808 800 5000"
PRACTITIONER = "*If you're asking as a practitioner:*"
NOT_IN_TROUBLE = "not about getting anyone into trouble"
CASE = "doesn't decide individual cases"
NOW_LEAD = "**Ring 999 now"

GRANDSON = (
    "my grandson (6) told me his mums new fella smacks him hard when shes at work and locks him "
    "in his room"
)
GRANDDAUGHTER = (
    "my granddaughter is 7 and she told me her mums boyfriend hits her when mum is at work"
)
NEIGHBOUR_KNIFE = (
    "my neighbour's boyfriend is outside her flat with a knife screaming hes going to kill her, "
    "the kids are inside"
)


# A neighbour's, told of by one of the public: their own door alone, no practitioner's after it
# (round 48, voice134: `dialogs.public_door`); a misspelt neighbour ("nieghbours") keeps both.
_NEIGHBOURS = frozenset(
    {
        NEIGHBOUR_KNIFE,
        "next door are screaming at each other again and i just heard a smash and the baby "
        "crying, it's been going on an hour",
        "the kids next door are left on their own all night and the little one was crying at "
        "the window",
        "our neighbours toddler is out in the garden in just a nappy again and its freezing",
    }
)


def _first(replies: list[Reply]) -> Reply:
    assert replies and replies[0].risk_of_harm, texts(replies)
    return replies[0]


def _below_999(text: str) -> str:
    """`text` without the "Ring 999 now" paragraph that leads it when harm is happening now
    (danger42): the reply meant for who wrote it comes straight after."""
    lead, _, rest = text.partition("\n\n")
    return rest if lead.startswith(NOW_LEAD) else text


@pytest.mark.parametrize(
    "message",
    [
        # the trial's lines
        GRANDSON,
        GRANDDAUGHTER,
        "my nieghbours kid sed her dad hurts her wen hes drunk n she dont want to go home",
        "my daughters new partner wont let me see the grandkids anymore and last time i saw the "
        "little one she had bruises on her back",
        "next door are screaming at each other again and i just heard a smash and the baby "
        "crying, it's been going on an hour",
        # (the old man next door, an adult's case alone, gets the adult's words since round 45:
        # tests/dialogs/test_doors_and_danger95.py)
        NEIGHBOUR_KNIFE,
        # in other words
        "my granddaughter (9) says her stepdad shuts her in the shed when shes naughty",
        "the kids next door are left on their own all night and the little one was crying at "
        "the window",
        "my nephew is 5 and has a burn on his arm, he says mummy's boyfriend did it",
        "our neighbours toddler is out in the garden in just a nappy again and its freezing",
    ],
)
def test_one_of_the_public_gets_the_text_for_family_first(chat: Chat, message: str) -> None:
    first = _first(chat.send(message))

    assert _below_999(first.text).startswith(FAMILY), first.text
    assert NSPCC in first.text and "101" in first.text
    if message in _NEIGHBOURS:  # the public's door alone (round 48, voice134)
        assert PRACTITIONER not in first.text, first.text
    else:
        assert first.text.index(NSPCC) < first.text.index(PRACTITIONER)
    assert chat.state.writer == "family"


@pytest.mark.parametrize(
    ("message", "voice"),
    [
        (GRANDSON, "family"),
        ("next door are screaming and the baby is crying", "family"),
        # near ones that must not change
        ("a pupil told me her grandad hits her", None),
        ("a 6 year old at nursery said the man next door touched her", None),
        ("my client's neighbour hits her and takes her money", None),
        ("my neighbour hits me", "self"),
        ("i am 70 and my son takes my money and shouts at me", "adult"),
        ("im 14 and my nephews dad hits me", "child"),
        # a parent of their own child: a parent's text since round 45 (carer91)
        ("im a parent. my ex's new partner hits my daughter when she stays there", "own_child"),
    ],
)
def test_who_wrote_it_is_read(core: Core, message: str, voice: str | None) -> None:
    friend = friend_voice(core.knowledge)

    assert voice_of(simplify(message), friend) == voice


@pytest.mark.parametrize(
    "message",
    [
        "a pupil told me her grandad hits her",
        "a 6 year old at nursery said the man next door touched her",
        "one of my residents says her son takes her pension and shouts at her",
    ],
)
def test_a_practitioners_disclosure_keeps_its_signpost(chat: Chat, message: str) -> None:
    first = _first(chat.send(message))

    assert first.text.startswith("**What you've described may mean")
    assert NSPCC not in first.text


@pytest.mark.parametrize(
    "worry",
    [
        "i dont want to get my daughter in trouble",
        "will they take him away",
        "i dont want to get my son into trouble with social services",
        "will social services take them away",
        "i dont want to get involved really",
    ],
)
def test_a_worry_of_family_gets_a_plain_kind_answer(chat: Chat, worry: str) -> None:
    chat.send(GRANDSON)

    said = texts(chat.send(worry))

    assert NOT_IN_TROUBLE in said and "Social care works with families" in said
    assert NSPCC in said
    assert "Did you mean" not in said and "safeguarding lead" not in said


@pytest.mark.parametrize(
    "asked",
    ["he asked me please do not tell", "hes got capacity tho", "she made me promise not to say"],
)
def test_one_of_the_public_asked_not_to_tell_can_still_pass_it_on(chat: Chat, asked: str) -> None:
    chat.send("my neighbour is 80 and her son takes her pension and shouts at her, she is scared")

    answer = [r.text for r in chat.send(asked) if "You can still pass on a worry" in r.text]

    assert answer and "adult social care" in answer[0]
    assert "safeguarding lead" not in answer[0] and "procedures" not in answer[0]


@pytest.mark.parametrize("ask", ["who do i ring about it", "who do i ring", "what do i do"])
def test_who_to_ring_is_the_text_for_family_again(chat: Chat, ask: str) -> None:
    chat.send(GRANDDAUGHTER)

    said = texts(chat.send(ask))

    # round 44 (public52): whom anyone can tell, in place of the first text word for word
    assert said.startswith("**Anyone can pass on a worry") and NSPCC in said
    assert "I couldn't find that" not in said and "professional body" not in said


def test_a_practitioner_not_wanting_to_get_the_family_in_trouble_is_held_to_the_line(
    chat: Chat,
) -> None:
    chat.send("a pupil told me her stepdad hits her")

    said = texts(chat.send("i dont want to get the family in trouble"))

    assert "Please still tell your safeguarding lead today" in said
    assert NOT_IN_TROUBLE not in said


def test_a_young_person_afraid_of_care_keeps_their_answer(chat: Chat) -> None:
    chat.send("im 14 and my dad hits me, who can i tell")

    said = texts(chat.send("will i get taken into care"))

    assert "Telling someone doesn't mean you'll be taken away from home" in said
    assert NOT_IN_TROUBLE not in said


def test_a_threat_told_by_one_of_the_public_calls_the_police_in_their_words(chat: Chat) -> None:
    replies = chat.send(NEIGHBOUR_KNIFE)

    assert _first(replies).text.startswith(NOW_LEAD)
    assert _below_999(_first(replies).text).startswith(FAMILY)
    rest = texts(replies[1:])
    assert "**Call the police now, on 999:**" in rest
    assert "supervisor" not in rest


def test_a_practitioners_threat_keeps_the_practitioners_call(chat: Chat) -> None:
    replies = chat.send(
        "a client told me her ex is outside her flat with a knife screaming hes going to kill her"
    )

    assert _below_999(_first(replies).text).startswith("**What you've described may mean")
    assert "Call the police now, on 999, with what you have" in texts(replies)


def test_a_disclosure_asking_nothing_gets_no_case_reply(chat: Chat) -> None:
    replies = chat.send(
        "our youth football coach has been sending a 12 year old player messages saying shes "
        "his special girl and not to tell anyone"
    )

    assert _first(replies).risk_of_harm
    said = texts(replies)
    assert CASE not in said and "When you're ready" in said


def test_a_case_told_with_no_harm_keeps_the_case_reply(chat: Chat) -> None:
    replies = chat.send("tell the football coach about her hiv status")

    assert not any(r.risk_of_harm for r in replies)
    assert CASE in texts(replies)
