"""Round 43 (adults48; tryout44 #4, left by adults47). The signpost names the right contacts:
the doer's words told after harm to the writer do not make the writer a practitioner reporting
someone; near cases keep their reading."""

from __future__ import annotations

import pytest

from tests.support.core import Chat

_OWN = "If this is happening to you"
_PRACTITIONER_FIRST = "What you've described may mean"


@pytest.mark.parametrize(
    "said",
    [
        "my girlfriend slaps me and says nobody would believe a man",
        "my partner kicked me last night and said if i tell anyone hell do worse",
    ],
)
def test_the_doers_words_after_harm_to_the_writer_keep_it_theirs(chat: Chat, said: str) -> None:
    first = chat.send(said)[0]
    assert first.risk_of_harm
    assert first.text.startswith(f"**{_OWN}"), first.text


@pytest.mark.parametrize(
    "said",
    [
        "one of my residents said her son hits me when i visit, what do i do",
        "a pupil told me her dad hits her and says no one will believe her",
        "she said he hits me and i dont know what to do with that",
    ],
)
def test_a_report_of_what_someone_said_stays_a_practitioners(chat: Chat, said: str) -> None:
    first = chat.send(said)[0]
    assert first.risk_of_harm
    assert first.text.startswith(f"**{_PRACTITIONER_FIRST}"), first.text


_CHILD_PROCEDURES = "follow your child protection procedures"
_ADULT_PROCEDURES = "follow your adult protection procedures"


@pytest.mark.parametrize(
    "said",
    [
        "im 72 and worried sick about my grandson, his mums boyfriend hits him",
        "i am 66 and i think my niece's stepdad is hurting her",
    ],
)
def test_a_grown_writers_own_age_is_not_the_age_of_the_one_at_risk(chat: Chat, said: str) -> None:
    first = chat.send(said)[0]
    assert first.risk_of_harm
    assert _CHILD_PROCEDURES in first.text.lower(), first.text
    assert _ADULT_PROCEDURES not in first.text.lower()


@pytest.mark.parametrize(
    "said",
    [
        "im 81 and my son hits me when hes been drinking",
        "i am 68, my nephew keeps taking my savings",
    ],
)
def test_a_grown_writer_harmed_keeps_the_adults_signpost(chat: Chat, said: str) -> None:
    first = chat.send(said)[0]
    assert first.risk_of_harm
    assert first.text.startswith(f"**{_OWN}"), first.text
    text = first.text.lower()
    assert _ADULT_PROCEDURES in text and _CHILD_PROCEDURES not in text


_ADULT_CARE = "Adult social care at your local council"


def test_the_child_named_with_her_age_is_the_one_at_risk(chat: Chat) -> None:
    first = chat.send(
        "my foster daughter (9) came back from a visit to her birth mum and said mums partner "
        "touched her"
    )[0]
    assert first.risk_of_harm
    assert _CHILD_PROCEDURES in first.text.lower(), first.text
    assert _ADULT_CARE not in first.text


def test_a_woman_who_came_in_and_said_it_was_done_to_her_keeps_the_adults_door(
    chat: Chat,
) -> None:
    first = chat.send("a mum came into the office and said her ex hit her again")[0]
    assert first.risk_of_harm
    assert _ADULT_CARE in first.text, first.text


_POLICE = "The police (999 if someone is in danger now, 101 otherwise)"
_SLAVERY_LINE = "Modern Slavery & Exploitation Helpline"
_MASH = "children's social care front door (MASH)"


@pytest.mark.parametrize(
    "said",
    [
        "did a house inspection, the bedroom door had a padlock on the outside, mattresses "
        "everywhere, the landlord says the men are his workers",
        "letting agent here. at a viewing there were 5 mattresses in the loft and a bolt on the "
        "outside of the hatch, the men up there work for the owner",
    ],
)
def test_workers_kept_locked_where_they_sleep_are_adults_in_modern_slavery(
    chat: Chat, said: str
) -> None:
    first = chat.send(said)[0]
    assert first.risk_of_harm
    assert _ADULT_PROCEDURES in first.text.lower(), first.text
    assert _POLICE in first.text and _SLAVERY_LINE in first.text
    assert _MASH not in first.text


def test_children_at_work_keep_the_childs_door(chat: Chat) -> None:
    first = chat.send(
        "boys working at the car wash look about 15 and live in a caravan behind the site"
    )[0]
    assert first.risk_of_harm
    assert _MASH in first.text, first.text


def test_a_padlock_for_the_shed_the_lads_keep_mattresses_in_is_no_alarm(chat: Chat) -> None:
    first = chat.send("we bought a padlock for the shed where the lads keep the spare mattresses")[
        0
    ]
    assert not first.risk_of_harm, first.text


def test_lads_alone_at_work_keep_both_doors(chat: Chat) -> None:
    first = chat.send(
        "the lads at the car wash sleep in a shed behind it and the boss keeps their passports"
    )[0]
    assert first.risk_of_harm
    assert _MASH in first.text and _ADULT_CARE in first.text, first.text
    assert _SLAVERY_LINE in first.text
