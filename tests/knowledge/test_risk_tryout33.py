"""Round 33 (r1t33, from tryout33): disclosures a trial of the build found unsignposted.

Someone's telling passed on, then a question whether a service may pass it on ("a parent says
another child is being hit at home, can the school tell social services?"): the modal put
before its subject ("can the school…", "should the GP…"), or a clause opening on one ("…, would
the school need consent to tell CAMHS?"), asks, as "can I tell…" does; it is no rule about
sharing that the one quoted gave ("a parent told me the school can't report neglect" still is
one, `knowledge.risk_telling.not_a_rule`).

An injury a child under five has ("the 2 year old has cigarette burns", "a toddler has a burn on
his hand") was read as a blow the child struck in play, as "burn" names both, and set aside;
"the child has cigarette burns" was signposted. After "has", "had", "got" or "with" it is what the
child has (`knowledge.risk_causes._play`); a toddler's blow ("bit another child at nursery") is
still play.

"A risk to himself", "a danger to herself" said of someone is a sign of self-harm or suicide (a
cue of its own, after "a": "there is no risk to himself" and "the risk to himself is low" tell
none); asked of anyone ("can I share if a patient is a risk to themselves?") it stays a general
question.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

PASSED_ON_THEN_ASKED = [
    "a parent says another child is being hit at home, can the school tell social services?",
    "neighbour says the kids are left alone overnight, can the school tell social services?",
    "a teacher says a pupil is self-harming, can the school tell CAMHS?",
    "a teacher told me a pupil is self-harming, can the school tell CAMHS?",
    "a pupil's friend says she is being groomed online, can the school share the messages with "
    "police?",
    # written here: other askers, other modals, no comma
    "a dinner lady says a boy in year 4 gets kicked by his brother, should the school report it?",
    "my colleague says a resident is being slapped by a carer, must the home tell the council?",
    "a parent says another child is being hit at home can the school tell social services?",
    "the childminder says a baby had bruises on his face, must the nursery tell social care?",
    "a teacher says a pupil is self-harming, would the school need consent to tell CAMHS?",
    "a parent says another child is being hit at home, is the school allowed to share it with "
    "social services?",
]

YOUNG_CHILDS_INJURY = [
    "the 2 year old has cigarette burns",
    "the toddler has cigarette burns",
    "2 year old with cigarette burns on his arms",
    "the nursery says a toddler has a burn on his hand, can the HV tell social care?",
    # written here
    "the 3 year old has cigarette burns on her legs",
    "my 4 year old nephew has got a scald on his back and won't say how",
    "the toddler has a cigarette burn",
]

DANGER_TO_THEMSELVES = [
    "he's a risk to himself",
    "he is a danger to himself, can I tell his GP?",
    "she's a danger to herself",
    # written here
    "my client is a risk to himself and I don't know whether to ring his GP",
    "the young person I support is a real risk to herself at the moment",
    "he's a risk to himself if we don't share, can we?",
]

QUIET = [
    "can the school tell social services if a child is being hit at home?",
    "a parent says the school never tells her anything, can the school tell social services?",
    "is a toddler with a burn always a safeguarding referral?",
    # a rule someone passed on is still no telling
    "a parent told me the school can't report neglect",
    "my manager says we can't share anything about domestic abuse",
    "our policy says staff must report self-harm, should the school tell parents first?",
    # a toddler's blow in play, and an injury with its ordinary cause
    "the 2 year old bit another child at nursery and left a bite mark",
    "my toddler has a bruise from falling off the sofa",
    # a danger to oneself asked of anyone
    "can I share if a patient is a risk to themselves?",
    "what if a young person is a danger to themselves or others?",
    "when someone is assessed as a risk to themselves, who do we tell?",
    "there is no risk to himself or others, can I share?",
    "the risk to himself is low, can I still share?",
]


@pytest.mark.parametrize("message", PASSED_ON_THEN_ASKED)
def test_a_telling_passed_on_then_asked_about_is_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", YOUNG_CHILDS_INJURY)
def test_an_injury_a_young_child_has_is_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", DANGER_TO_THEMSELVES)
def test_a_danger_to_themselves_is_signposted(chat: Chat, message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and "self-harm-suicide" in finding.categories, finding
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
