"""Round 43 (adults47; tryout44 #4, tryout43 #5). The signpost names the contacts for the writer
and for the person at risk: a grown-up telling of harm to themselves gets an adult's own text
(999, adult social care, the police on 101; the national domestic abuse helplines for domestic
abuse), not a teacher and Childline, a practitioner's procedures, or "someone you know … NSPCC";
a grown relative doing harm does not make the one at risk a child (a partner or an ex with no
age keeps both doors, test_whom44); school words ("the year 4s") name a child. Near cases keep
their reading."""

from __future__ import annotations

import pytest

from tests.support.core import Chat

_OWN = "If this is happening to you"
_ADULT_CARE = "adult social care at your local council"
_MASH = "children's social care front door (MASH)"
_HELPLINE = "National Domestic Abuse Helpline"
_MENS_LINE = "Men's Advice Line"
_PRACTITIONER_FIRST = "What you've described may mean"


@pytest.mark.parametrize(
    "said",
    [
        "as a man i feel daft saying this but my partner punches me when she's angry",
        "im 52 and my husband shoves me about when hes been drinking",
        "my daughter lives with me and keeps taking money out of my pension, she shouts at me",
        "im 83, my grandson takes my bank card and i'm scared of him",
    ],
)
def test_an_adult_harmed_gets_their_own_signpost(chat: Chat, said: str) -> None:
    first = chat.send(said)[0]
    assert first.risk_of_harm
    assert first.text.startswith(f"**{_OWN}"), first.text
    assert _ADULT_CARE in first.text and "101" in first.text
    assert "teacher" not in first.text and "NSPCC" not in first.text
    assert _MASH not in first.text


@pytest.mark.parametrize(
    "said",
    [
        "as a man i feel daft saying this but my partner punches me when she's angry",
        "my wife hits me and takes my wages, is there help for a bloke",
    ],
)
def test_domestic_abuse_told_by_the_one_harmed_names_the_helplines(chat: Chat, said: str) -> None:
    first = chat.send(said)[0].text
    assert _HELPLINE in first and _MENS_LINE in first, first
    assert "0808 801 0327" in first


def test_a_short_line_after_an_adults_signpost_stays_theirs(chat: Chat) -> None:
    assert chat.send("my wife hits me and takes my wages, is there help for a bloke")[
        0
    ].risk_of_harm
    again = chat.send("blokes dont get help for that do they")[0].text
    assert not again.startswith(f"**{_PRACTITIONER_FIRST}"), again
    assert _ADULT_CARE in again


def test_no_age_given_names_the_routes_for_a_young_person_and_an_adult(chat: Chat) -> None:
    first = chat.send("bit awkward but my girlfriend slaps me when she's had a drink")[0].text
    assert first.startswith(f"**{_OWN}"), first
    assert "Childline" in first and _ADULT_CARE in first and _HELPLINE in first


def test_a_young_person_keeps_childline(chat: Chat) -> None:
    first = chat.send("im 15 and my boyfriend hits me")[0].text
    assert "Childline" in first and _ADULT_CARE not in first


def test_a_grandparent_worried_for_a_grandchild_is_still_family(chat: Chat) -> None:
    chat.send("im worried about my grandson, hes 6")
    first = chat.send("his dad leaves him alone all night and there is no food in the house")[0]
    assert first.risk_of_harm and not first.text.startswith(f"**{_OWN}")


@pytest.mark.parametrize(
    "said",
    [
        "the gentleman i visit says his grandson shoves him when he wants cash",
        "i look after my dad, he has dementia, and today i grabbed his arm and shoved him",
    ],
)
def test_a_grown_up_at_risk_is_an_adults_case(chat: Chat, said: str) -> None:
    first = chat.send(said)[0]
    assert first.risk_of_harm
    # the unpaid carer's own dad (round 44, public52): the carer's own text since round 45
    # (carer91), naming adult social care
    assert "adult social care" in first.text.casefold(), first.text
    assert _MASH not in first.text


def test_a_grandchild_with_bruises_may_still_be_a_child(chat: Chat) -> None:
    first = chat.send("the lady i visit says her grandson has bruises on his arms")[0].text
    assert _MASH in first, first


@pytest.mark.parametrize(
    "said",
    [
        "one of the year 4s keeps coming in hungry and says there's no food at home",
        "one of the yr 6s said her step dad hits her with a belt",
        "a looked after child in our care came back with bruises on her back",
    ],
)
def test_school_and_care_words_name_a_child(chat: Chat, said: str) -> None:
    first = chat.send(said)[0].text
    assert "may mean a child is at risk" in first, first
    assert "Adult social care" not in first
