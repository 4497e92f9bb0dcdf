"""Round 46 (voice103, issue 11): the signpost leads, and now speaks to the one who wrote.

The writer's own plan to end their life got a practitioner's procedures; a partner's threat to
kill himself if the writer leaves got "stay with them" and the family's text; one who hit their
partner got the carer's respite breaks; domestic abuse of a pregnant woman named no midwife and
no helpline; a stranger met at a bus stop was told to follow procedures. Each now gets their own
words; the practitioner's plan for tonight and a carer who shoved her mum keep theirs. Every
conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_OWN_LIFE = "**I'm really glad you told someone. If you feel you might act on it now, call 999"
_CONTROL = "**Someone threatening to kill themselves if you leave"
_PARTNER = "**Telling someone is a good first step, and wanting to stop"
_CARER = "**Telling someone is a good first step, and there is help for you as well as for them."
_PUBLIC = "**If you're worried about someone you know:**"
_PRACTITIONER = "**What you've described may mean"
_STAY = "stay with them if it's safe"
_RING_NOW = "**Ring 999 now"
_DA_LINE = "0808 2000 247"
_RESPECT = "Respect Phone Line"


def _first(chat: Chat, told: str) -> str:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    return replies[0].text


@pytest.mark.parametrize(
    "told",
    [
        "im going to end it all tonight",
        "i want to die, i cant do this anymore",
        "honestly i dont want to be here anymore, i have the pills ready",
        "im 16 and im going to end it all tonight",
        "i cant go on, im going to jump off the bridge later",
    ],
)
def test_ones_own_plan_to_end_ones_life_gets_words_for_oneself(chat: Chat, told: str) -> None:
    said = _first(chat, told)
    assert said.startswith(_OWN_LIFE)
    assert "NHS 111 (option 2" in said and "116 123" in said
    assert _STAY not in said and _PRACTITIONER not in said


def test_ones_own_plan_beside_a_partners_abuse_names_the_domestic_abuse_lines(chat: Chat) -> None:
    said = _first(chat, "my husband hits me and i want to end my life")
    assert said.startswith(_OWN_LIFE)
    assert _DA_LINE in said


@pytest.mark.parametrize(
    "told",
    [
        "my husband says hell kill himself tonight if i leave him",
        "my boyfriend says hes going to kill himself if i break up with him",
        "my wife said she'll end it all if i leave her",
        "my partner keeps saying he'll take an overdose if i go out with my friends",
        "my ex says he will kill himself if i dont come back to him",
    ],
)
def test_a_suicide_threatened_to_control_the_writer_is_domestic_abuse(
    chat: Chat, told: str
) -> None:
    said = _first(chat, told)
    assert said.startswith(_CONTROL)
    assert "domestic abuse" in said and _DA_LINE in said and "999" in said
    assert _RING_NOW not in said and _STAY not in said
    assert "someone you know" not in said


@pytest.mark.parametrize(
    "told",
    [
        "i hit my wife",
        "i slapped my girlfriend last night and i feel awful",
        "i pushed my wife and she fell, i need help to stop",
        "i keep losing my temper with my partner and i grabbed her by the throat",
        "im scared ill hurt my husband, i lose it all the time",
        "i hit my boyfriend during an argument, how do i get help",
    ],
)
def test_one_who_hurt_a_partner_gets_help_to_stop(chat: Chat, told: str) -> None:
    said = _first(chat, told)
    assert said.startswith(_PARTNER)
    assert _RESPECT in said and "999" in said
    assert "carer's assessment" not in said and "designated safeguarding lead" not in said


@pytest.mark.parametrize(
    "told",
    [
        "client is 20 wks pregnant and said her partner burned her arm",
        "a patient who is 28 weeks pregnant told me her husband kicks her",
        "a pregnant lady on my caseload says her boyfriend punches her",
        "a mum-to-be at antenatal clinic said her husband controls all her money and hits her",
    ],
)
def test_domestic_abuse_in_pregnancy_names_the_midwife_and_the_helpline(
    chat: Chat, told: str
) -> None:
    said = _first(chat, told)
    assert said.startswith(_PRACTITIONER)
    assert "Adult social care" in said
    assert "midwife or the maternity safeguarding team" in said and _DA_LINE in said


def test_a_pregnancy_beside_other_harm_gets_no_domestic_abuse_line(chat: Chat) -> None:
    said = _first(chat, "a client who is 20 weeks pregnant told me she's using heroin every day")
    assert "maternity safeguarding team" not in said


@pytest.mark.parametrize(
    "told",
    [
        "a woman at the bus stop told me her husband locks her in",
        "a man on the train told me his wife beats him",
        "a girl at the bus stop said her stepdad touches her",
        "an old lady in the park said her carer hits her",
        "a lad on the bus told me his dad burns him with cigarettes",
    ],
)
def test_a_stranger_met_by_chance_gets_the_publics_words(chat: Chat, told: str) -> None:
    assert _first(chat, told).startswith(_PUBLIC)


@pytest.mark.parametrize(
    "told",
    [
        "i drive the school bus, a girl on the bus told me her dad hits her",
        "a pupil told me at the bus stop that her dad hits her",
        "im a security guard at the station, a woman told me her husband locks her in",
    ],
)
def test_one_at_work_where_they_were_told_keeps_the_practitioners(chat: Chat, told: str) -> None:
    assert _first(chat, told).startswith(_PRACTITIONER)


def test_a_practitioners_plan_for_tonight_keeps_ring_999_and_stay_with_them(chat: Chat) -> None:
    said = texts(chat.send("a client said she'll end it all tonight"))
    assert said.startswith(_RING_NOW) and _STAY in said
    assert _OWN_LIFE not in said


def test_a_carer_who_shoved_her_mum_keeps_the_carers_text(chat: Chat) -> None:
    said = _first(
        chat,
        "looking after my mum with dementia, some days i lose it, yesterday i shouted at her and "
        "shoved her into her chair",
    )
    assert said.startswith(_CARER) and _RESPECT not in said


def test_a_young_persons_mum_wanting_to_die_is_not_their_own_plan(chat: Chat) -> None:
    assert _OWN_LIFE not in _first(chat, "im 15 and my mum says she wants to kill herself")


def test_after_help_to_stop_what_to_do_names_the_line_again(chat: Chat) -> None:
    chat.send("i hit my wife")
    assert _RESPECT in texts(chat.send("what do i do"))


# Round 46 (voicefix112): a place where strangers meet is where some work. A writer who names a
# role of their own, or tells of acting in one, is at work there, not one of the public.
@pytest.mark.parametrize(
    "told",
    [
        "transport police officer. a girl on the train told me her stepdad hits her",
        "ticket inspector here, a lad on the bus said his mum burns him with a lighter",
        "im a pcso, a woman at the bus stop told me her partner strangled her last night",
        "paramedic, a man in the street told us his son takes all his money and pushes him",
        "as a street outreach worker i met a girl in the street, she said a man makes her sell "
        "herself",
    ],
)
def test_a_writer_naming_a_role_of_their_own_keeps_the_practitioners(chat: Chat, told: str) -> None:
    assert _first(chat, told).startswith(_PRACTITIONER)


@pytest.mark.parametrize(
    "told",
    [
        "arrested a 16 year old at the station last night, he says a man in london gives him "
        "the drugs to carry",
        "on patrol in the park a lad told me his dad beats him with a belt",
        "we were called out to a woman at the bus stop, she said her husband locked her out "
        "and hit her",
        "on my rounds in the street an old man said his carer takes his pension and shouts at him",
        "escorting a 13 year old on the train to her foster placement, she told me her uncle "
        "touches her",
    ],
)
def test_a_writer_acting_in_a_role_keeps_the_practitioners(chat: Chat, told: str) -> None:
    assert _first(chat, told).startswith(_PRACTITIONER)


def test_an_officer_at_the_station_gets_the_dsl_first_and_the_consent_check(chat: Chat) -> None:
    replies = chat.send(
        "btp officer. stopped a 15 year old at the station with cannabis on him, he says hes "
        "been sent up from london, can i share this with his school"
    )
    said = texts(replies)
    assert replies[0].text.startswith(_PRACTITIONER) and _PUBLIC not in said
    assert "speak to your designated safeguarding lead first" in said
    assert "I'm an assistant for people at work" not in said
    assert any(choice.value == "cmd:check" for reply in replies for choice in reply.choices)


def test_a_stranger_who_has_a_role_is_still_met_by_chance(chat: Chat) -> None:
    assert _first(chat, "a nurse on the bus told me her husband beats her").startswith(_PUBLIC)
