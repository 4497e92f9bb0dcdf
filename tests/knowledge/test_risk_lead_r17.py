"""The lead's hand-found misses of round 17, each with lines both ways.

Closeness past a professional line said plainly ("a colleague is too close to one of the kids":
allegations about staff, for the LADO), and someone a court has kept away who turns up or tries
to take a child (domestic abuse), and a disclosure just made before it says what ("a child has
just disclosed to me, what now" was given a list of entries). Closeness between adults,
questions about court orders, and a disclosure of a named thing ("disclosed her HIV status to
her partner") stay ordinary.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "I think a colleague is too close to one of the kids",
        "a member of staff is too friendly with a year 9 girl",
        "one of our volunteers is overfamiliar with the younger boys",
        "our pupil's dad just turned up at school and he has a court order saying he can't see her",
        "dad turned up at nursery today even though there's a court order stopping him",
        "her ex has a non molestation order but he keeps turning up at her work",
        "a child has just disclosed to me, what now",
        "a pupil disclosed to me today and I don't know what to do",
        "I've had a disclosure from a year 4 boy",
        "a child made a disclosure in class",
        "who can I talk to about a child I'm worried about",
        "there's a family we are concerned about",
    ],
)
def test_the_leads_misses_are_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "my colleague is too close to her manager",
        "our volunteers are very friendly with each other",
        "School receptionist. What's our procedure when a parent with a court order turns up?",
        "the police want a borrower's records, do we need to see a court order first?",
        "A dad with a court order for contact wants to see his son's learning journal. Can he?",
        "what happens if someone breaches a restraining order?",
        "the patient has disclosed her HIV status to her partner",
        "the client disclosed her address to the landlord",
        "can I disclose information to the police?",
        "what do I do if a child discloses abuse to me?",
        "the family are worried about the cost of her care home",
        "a child we were worried about last year is doing well now, can I close the file?",
    ],
)
def test_their_ordinary_neighbours_are_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None
