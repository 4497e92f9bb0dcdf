"""Round 42 (whom44, tryout43 #5): contacts that fit the person at risk.

1. A partner or a grown woman named with no child named at all ("stab his ex tonight", "a man
   with a knife threatening his girlfriend", "a man beating up a woman in the street") is an
   adult at risk: adult social care, not the children's front door (MASH).
2. "What to do next", asked after a child's case or an adult's, lists only that case's
   contacts ("who do i tell" after a 17-year-old care leaver's exploitation named adult social
   care too).

Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

ADULT_SIGNPOST = "may mean an adult is at risk"
CHILD_SIGNPOST = "may mean a child is at risk"
MASH = "children's social care"
ADULT_CARE = "Adult social care"


@pytest.mark.parametrize(
    "message",
    [
        "a service user told me he'll kill his wife when he gets home, he meant it",
        "my client said his partner threatened her with a knife last night",
    ],
)
def test_a_wife_or_a_clients_partner_with_no_child_named_is_an_adult(
    chat: Chat, message: str
) -> None:
    said = chat.send(message)[0].text
    assert ADULT_SIGNPOST in said
    # an adult's door: adult social care, or for a threat alone the police (round 47, tryout123
    # #1: adult social care is not the first contact for a threat to kill)
    assert ADULT_CARE in said or "The police (999" in said
    assert MASH not in said


@pytest.mark.parametrize(
    "message",
    [
        # the trial's lines
        "client just left my office saying hes going to stab his ex tonight when she gets back "
        "from work, he was dead serious",
        "theres a man outside the flats with a knife threatening his girlfriend right now",
        "a man with a knife is threatening his girlfriend outside right now",
        "a man is beating up a woman in the street outside my window right now",
        # in other words
        "two men are kicking a woman on the ground outside the shop",
    ],
)
def test_an_ex_a_girlfriend_or_a_woman_with_no_age_keeps_both_doors(
    chat: Chat, message: str
) -> None:
    """A 16- or 17-year-old has an ex or a boyfriend too, and "a woman" in the street may be
    one: the lead kept both doors at the merge (a child's case shown adult contacts alone loses
    the children's front door, the worse of the two mistakes)."""
    said = chat.send(message)[0].text
    assert "may mean a child or an adult is at risk" in said
    assert ADULT_CARE in said and MASH in said


@pytest.mark.parametrize(
    "message",
    [
        "a 15 year old told me her boyfriend threatened her with a knife",
        "my pupil said her mum's boyfriend hits her and her little brother",
        "a boy in year 8 says his dad beats him and his mum",
    ],
)
def test_a_child_named_beside_a_partner_or_a_woman_keeps_the_childs_door(
    chat: Chat, message: str
) -> None:
    said = chat.send(message)[0].text
    assert MASH in said


def test_what_to_do_next_after_a_childs_case_names_no_adult_social_care(chat: Chat) -> None:
    first = chat.send(
        "17 yr old care leaver i support is sofa surfing and says an older man gives her drugs "
        "and somewhere to stay if she sleeps with his friends"
    )
    assert CHILD_SIGNPOST in first[0].text
    said = texts(chat.send("who do i tell"))
    assert "**What to do next**" in said
    assert MASH in said
    assert ADULT_CARE not in said


def test_what_to_do_next_after_an_adults_case_names_no_mash(chat: Chat) -> None:
    assert (
        ADULT_SIGNPOST
        in chat.send("care home - a resident has unexplained bruising on her arms")[0].text
    )
    said = texts(chat.send("what are my next steps"))
    assert "**What to do next**" in said
    assert ADULT_CARE in said
    assert MASH not in said


def test_what_to_do_next_with_no_case_lists_every_route(chat: Chat) -> None:
    said = texts(chat.send("what are my next steps"))
    assert "**What to do next**" in said
    assert MASH in said
    assert ADULT_CARE in said
