"""Round 51 (domestic171, issue 11): partners, ages and the right line to name.

1. Whom the blows struck names the line (knowledge/risk_struck_sex.py): "my neighbours
   boyfriend hits her" named the Men's Advice Line, a line for men harmed; a woman was hit. The
   men's line is named where a man is struck ("my husband's girlfriend hit him") or whom is not
   told ("my wife hits me"), not where every blow struck a woman; the national helpline stays.
2. Harm between partners, spouses or exes is domestic abuse ("he beats his wife", "my dad
   batters my mum" were read as physical abuse alone, and named no domestic abuse line).
3. Ages read together (the risk pack's exploitation cues): a child under 16 with a partner of
   18 or over, or one of 16 or 17 with a partner ten or more years older, rings; two adults, a
   16 or 17 year old with a partner close in age, and two under-16s close in age stay quiet.
   One in a position of trust in a relationship with a 16 or 17 year old rings.

Through the core the terminal door runs; the lines' ids are those the signpost showed.
"""

from __future__ import annotations

from itertools import product

import pytest

from tests.support.core import Chat

_MEN, _NATIONAL = "mens-advice-line", "domestic-abuse-helpline"

# 1. every blow struck a woman: the national line, no men's line
_DOERS = ("my neighbours boyfriend", "her husband", "my sisters partner", "her ex", "my mates bf")
_WOMAN_ACTS = ("hits her", "beats her", "punched her", "slaps her about", "strangled her")
WOMAN_STRUCK = [f"{d} {a}" for d, a in product(_DOERS, _WOMAN_ACTS)] + [
    "my neighbors bf hits her",
    "my neighbours boyfrend hits her",
    "he beats his wife",
    "he beat his girlfriend last night",
    "my dad batters my mum",
    "my stepdad slaps my mum around",
    "my dad hits mum when hes drunk",
    "my son strangled his girlfriend",
    "a client says her partner choked her",
    "she was beaten by her husband",
    "my brother hits his missus",
    "the tenant in flat 2 says her boyfriend punches her",
    "one of our mums told me her boyfriend kicked her",
    "im worried, my daughters boyfriend hit her",
]
_REPORTED = ("a parent told me ", "one of our residents said ", "my client disclosed that ")
_REPORTED_WOMEN = ("her partner hits her", "his wife is beaten by him", "her ex punches her")
WOMAN_STRUCK += [f"{t}{m}" for t, m in product(_REPORTED, _REPORTED_WOMEN)]
# 1. every blow struck a man: the men's line, not the national line (run for women, round 51)
MAN_STRUCK = [
    "my husband's girlfriend hit him",
    "my brothers wife hits him",
    "his girlfriend punched him",
    "he was beaten up by his wife",
    "my mum hits my dad",
    "my dads girlfriend slaps him",
    "a patient said his wife kicks him",
]
_REPORTED_MEN = ("his wife hits him", "his girlfriend kicked him", "his partner punches him")
MAN_STRUCK += [f"{t}{m}" for t, m in product(_REPORTED, _REPORTED_MEN)]
# 1. whom not told: both lines
WHOM_NOT_TOLD = [
    "my wife hits me",
    "my partner hits me",
    "my gf punches me when shes drunk",
    "my boyfriend hits me",
]


@pytest.mark.parametrize("message", WOMAN_STRUCK)
def test_a_woman_struck_gets_the_national_line_not_the_mens(chat: Chat, message: str) -> None:
    first = chat.first(message)
    assert first.risk_of_harm, first.text
    assert _NATIONAL in chat.state.lines and _MEN not in chat.state.lines, chat.state.lines
    assert "Men's Advice Line" not in first.text, first.text


@pytest.mark.parametrize("message", MAN_STRUCK)
def test_a_man_struck_gets_the_mens_line_not_the_national(chat: Chat, message: str) -> None:
    first = chat.first(message)
    assert first.risk_of_harm, first.text
    assert _MEN in chat.state.lines and _NATIONAL not in chat.state.lines, chat.state.lines
    assert "0808 2000 247" not in first.text, first.text


@pytest.mark.parametrize("message", WHOM_NOT_TOLD)
def test_whom_a_blow_struck_not_told_keeps_both_lines(chat: Chat, message: str) -> None:
    first = chat.first(message)
    assert first.risk_of_harm, first.text
    assert _MEN in chat.state.lines and _NATIONAL in chat.state.lines, chat.state.lines


# 2. harm between partners is domestic abuse: its line is named
_PARTNER_HARMS = (
    "he beats his wife",
    "he controls his wife",
    "my neighbour battered his wife",
    "my dad punches my mum",
    "my stepdad kicks my mum",
    "dad hits mum",
    "my mum slaps my dad",
    "she strangled her boyfriend",
    "he attacked his ex",
    "my cousin was assaulted by her boyfriend",
    "my friend got hit by her husband",
    "my brother chokes his girlfriend",
)
_TELLERS = ("", "a parent told me ", "one of our residents said ", "im worried because ")
PARTNER_HARMS = [f"{t}{h}" for t, h in product(_TELLERS, _PARTNER_HARMS)]
QUIET_PARTNERS = [
    "my stepdad bought my mum flowers",
    "my stepdad looks after my mum",
    "he loves his wife",
    "my dad cooks for my mum every sunday",
    "my stepdad took my mum out for dinner",
    "my neighbours boyfriend helps her with the shopping",
    "her husband is a bus driver",
    "my sisters partner proposed to her",
    "my mum and dad are getting divorced",
    "my brother and his girlfriend broke up",
]


@pytest.mark.parametrize("message", PARTNER_HARMS)
def test_harm_between_partners_names_the_domestic_abuse_line(chat: Chat, message: str) -> None:
    first = chat.first(message)
    assert first.risk_of_harm, first.text
    assert _NATIONAL in chat.state.lines or _MEN in chat.state.lines, (chat.state.lines, first.text)


@pytest.mark.parametrize("message", QUIET_PARTNERS)
def test_partners_named_with_no_harm_stay_quiet(chat: Chat, message: str) -> None:
    assert not chat.first(message).risk_of_harm


# 3. ages read together
_AGE_FORMS = (
    "my daughter is {young} and her boyfriend is {older}",
    "im {young} and my bf is {older}",
    "my son is {young} and his girlfriend is {older}",
    "my bf is {older} and im {young}",
)
_QUIET_FORMS = (*_AGE_FORMS, "my stepson is {young} and his gf is {older}")
_RINGING_AGES = ((13, 19), (14, 22), (15, 30), (14, 37), (16, 26), (16, 35), (17, 27), (17, 40))
_QUIET_AGES = ((18, 19), (19, 23), (25, 40), (16, 18), (17, 19), (16, 21), (15, 16), (14, 15))
_RING_FORMS = (*_AGE_FORMS, "my niece is {young} and shes seeing a guy who is {older}")
AGES_RING = [f.format(young=y, older=o) for f, (y, o) in product(_RING_FORMS, _RINGING_AGES)]
AGES_QUIET = [f.format(young=y, older=o) for f, (y, o) in product(_QUIET_FORMS, _QUIET_AGES)]
TRUST = [
    "my daughter is 17 and her boyfriend is her teacher",
    "a care worker is seeing one of the 16 year olds in the home",
    "one of our teachers is in a relationship with a 17 year old pupil",
    "my son is 16 and his football coach is sleeping with him",
    "my daughter is 17 and she is dating her driving instructor",
    "the sixth form teacher is going out with a year 12 student",
]


@pytest.mark.parametrize("message", AGES_RING + TRUST)
def test_a_child_or_a_much_older_partner_rings(chat: Chat, message: str) -> None:
    assert chat.first(message).risk_of_harm, message


@pytest.mark.parametrize("message", AGES_QUIET)
def test_two_adults_or_close_ages_stay_quiet(chat: Chat, message: str) -> None:
    first = chat.first(message)
    assert not first.risk_of_harm, first.text
