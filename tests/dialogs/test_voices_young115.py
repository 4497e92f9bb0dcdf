"""Round 46 (young115, tryout114 #1 and #3): voices and lines of issue 11's kinds.

1. A young person groomed online, in their own words ("someone on fortnite keeps asking me to
   go on discord privately and he said dont tell my mum") found nothing, or got a
   practitioner's procedures: secrecy from the writer's own family or going private, asked by
   someone online, is grooming; the writer is the one asked, and gets the young person's text
   with what to do online (don't go private, CEOP, 999 if they want to meet). A practitioner or
   a parent quoting a child keeps their own text; a secret kept for a present is no alarm.
2. A parent telling of their own drinking or drug use beside their children ("i drink most
   nights and last week i drove the kids to school after a few") got a practitioner's
   procedures, then a shaken baby's text: their own (no driving, a sober adult, the GP,
   Drinkline), and "i dont want them taken off me" gets help's word.
3. Someone speaking for another ("her partner answered every question for her", a new
   "friend" who does all the talking beside an older customer's money) named the Modern
   Slavery Helpline: only beside work, pay or papers now; a partner's is domestic abuse's,
   whose signpost names the National Domestic Abuse Helpline and the Men's Advice Line (a man
   whose wife hits him got neither; family told of it get them too); an older person's money
   taken is no slavery, and the signpost names the bank's fraud or vulnerable-customer team.
4. A forced marriage names the Forced Marriage Unit; a "new arrival, 14" is a child (the
   child's door alone).
Written by the helper, not drawn from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_YOUNG = "**If this is happening to you, you've done the right thing telling someone"
_PRACTITIONER = "**What you've described may mean"
_PARENT_OF_CHILD = "**You've done the right thing telling someone: keeping your child safe"
_CEOP = "ceop.police.uk"


def _first(chat: Chat, message: str) -> str:
    first = chat.send(message)[0]
    assert first.risk_of_harm, first.text
    return first.text


@pytest.mark.parametrize(
    "message",
    [
        "someone on fortnite keeps asking me to go on discord privately and he said dont tell "
        "my mum",
        "someone online keeps asking me to go private and said not to tell my mum",
        "someone on fortnite said dont tell my mum",
        "a guy on roblox wants me to message him on snapchat and says not to tell my parents",
        "this person i play minecraft with wants to video call me and said keep it between us",
        "a man on xbox keeps asking me to add him on whatsapp and says my parents wouldnt "
        "understand",
        "someone i game with online keeps asking me what school i go to and says dont tell my mum",
    ],
)
def test_a_young_person_groomed_online_gets_their_own_text(chat: Chat, message: str) -> None:
    first = _first(chat, message)
    assert first.startswith(_YOUNG), first
    assert _CEOP in first and "protection procedures" not in first, first
    assert chat.state.writer == "child"
    again = texts(chat.send("hes been sending me vbucks"))
    assert "protection procedures" not in again, again


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("the boy said dont tell my mum, someone on roblox sends him vbucks", _PRACTITIONER),
        (
            "a 12 year old at youth club said someone on fortnite told him dont tell my mum",
            _PRACTITIONER,
        ),
        (
            "my son is 11 and a man on roblox told him not to tell his mum about their chats",
            _PARENT_OF_CHILD,
        ),
    ],
)
def test_a_child_quoted_keeps_the_tellers_text(chat: Chat, message: str, lead: str) -> None:
    assert _first(chat, message).startswith(lead)


@pytest.mark.parametrize(
    "message",
    [
        "we play minecraft with my dad, dont tell my mum we stayed up late",
        "my son plays fortnite with his cousin and they keep it between us",
        "i got my mum a present on amazon, dont tell her",
    ],
)
def test_a_family_secret_near_a_game_is_no_alarm(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message)), message


_DRINKLINE = "Drinkline"
_SHAKEN = "shaken"


@pytest.mark.parametrize(
    "message",
    [
        "i drink most nights and last week i drove the kids to school after a few. sometimes i "
        "cant remember putting them to bed",
        "im a dad and i drink too much, some nights i pass out before the kids are in bed",
        "i get drunk most nights and my 6 year old has to put herself to bed",
        "my drinking is getting out of hand and i drove with my son in the car after a bottle "
        "of wine",
        "i've been using coke at weekends when i have my daughter and i know it's not right",
    ],
)
def test_a_parents_own_drinking_gets_their_own_text(chat: Chat, message: str) -> None:
    first = _first(chat, message)
    assert first.startswith("**Telling someone is a good first step"), first
    assert _DRINKLINE in first and "protection procedures" not in first, first
    assert chat.state.writer == "parent"
    after = texts(chat.send("i dont want them taken off me"))
    assert _SHAKEN not in after and "Asking for help is the right thing" in after, after


def test_a_parent_who_hurt_a_child_keeps_the_parents_text(chat: Chat) -> None:
    first = _first(chat, "i lost my temper and smacked my 4 year old too hard")
    assert first.startswith("**Telling someone is a good first step"), first
    assert _DRINKLINE not in first, first


_SLAVERY = "Modern Slavery"
_DA_LINE = "0808 2000 247"
_MENS_LINE = "0808 801 0327"


@pytest.mark.parametrize(
    ("message", "national"),
    [
        (
            "estate agent. at a viewing the tenant had a black eye and her partner answered every "
            "question for her, she looked terrified of him",
            True,
        ),
        (
            "hairdresser. my client has bruises on her arms and her husband always speaks for "
            "her, she seems scared of him",
            True,
        ),
        # round 51 (the lead): the national line is run for women: a man struck, the men's alone
        ("bar manager. a regular told me tonight his wife hits him and locks him out", False),
        (
            "taxi driver. a passenger said his husband hit him last night and he's scared to go "
            "home",
            False,
        ),
    ],
)
def test_a_partners_control_names_the_domestic_abuse_lines(
    chat: Chat, message: str, national: bool
) -> None:
    first = _first(chat, message)
    assert _MENS_LINE in first and (_DA_LINE in first) is national, first
    assert _SLAVERY not in first, first


@pytest.mark.parametrize(
    "message",
    [
        'bank branch manager. elderly customer came in with a new "friend" who does all the '
        "talking, she has withdrawn 20k in a month",
        "pharmacist. an elderly lady's new lodger does all the talking and has been collecting "
        "her pension",
        "ward nurse. the new arrival is 84 and her son takes her money",
    ],
)
def test_an_older_persons_money_is_no_slavery(chat: Chat, message: str) -> None:
    first = _first(chat, message)
    assert "Adult social care" in first and _SLAVERY not in first, first
    assert "vulnerable-customer team" in first, first  # the bank's own route


@pytest.mark.parametrize(
    "message",
    [
        "car wash. the boss always answers for the workers and takes their passports",
        "the men at the farm say the gangmaster takes all their money and they sleep in a shed",
    ],
)
def test_a_boss_who_speaks_for_workers_is_still_slavery(chat: Chat, message: str) -> None:
    assert _SLAVERY in _first(chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "EAL teacher here. new arrival, 14, said through her friend translating that shes going "
        "back home in the summer to get married to a man she hasnt met",
        "a 15 year old girl said her family are sending her to pakistan to marry her cousin",
        "youth worker. a 16 yr old lad says his dad is making him marry a girl back home next "
        "month",
    ],
)
def test_a_childs_forced_marriage_names_the_unit_and_the_childs_door(
    chat: Chat, message: str
) -> None:
    first = _first(chat, message)
    assert "Forced Marriage Unit" in first and "may mean a child is at risk" in first, first
    assert "Adult social care" not in first, first


@pytest.mark.parametrize(
    ("message", "mens", "national"),
    [
        ("my brothers wife hits him and he wont leave", True, False),
        # round 51: a woman struck, the national line alone (domestic171); a man struck, the
        # men's alone (the lead: the national line is run for women)
        ("my sister's husband hits her", False, True),
        # things thrown are no blow read as striking him: both lines
        (
            "a regular at the pub said his wife locks him out and throws things at him",
            True,
            True,
        ),
    ],
)
def test_family_told_of_a_partners_blows_get_the_lines(
    chat: Chat, message: str, mens: bool, national: bool
) -> None:
    first = _first(chat, message)
    assert first.startswith("**If you're worried about someone you know"), first
    assert (_DA_LINE in first) is national and (_MENS_LINE in first) is mens, first
