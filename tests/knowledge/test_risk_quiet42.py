"""Round 42 (fa42, issue 11): two look-alikes from a trial, and the disclosures beside them.

A threat said in a game or in a row over one ("'i'll kill you' said in a gaming argument, it's a
joke") is the game's words, not an intent to harm; a threat sent on a chat app, one a partner
makes and calls a joke, or one with a blade beside it still rings. The allegation a member of
staff was suspended for, long dealt with ("a TA was suspended last year after a pupil alleged…,
the case is closed"), is the record's subject, not a telling now; a new allegation about the
same TA, or one that goes on, still rings.

The game's threat is explained to the learnt second opinion too (the `played` marker), so the
model does not overrule the cues on it.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "'i'll kill you' said in a gaming argument, it's a joke",
        # the writer saying no one is at risk names no risk
        "my son said 'i'll kill you' to his friend in a gaming argument, it was a joke, nobody "
        "is at risk. should i tell the school?",
        "my 12 year old yells i'll kill you at his mates while playing fortnite, is that normal?",
        "my son said 'i'll kill you' to his friend on the xbox, they were just messing about. "
        "should i tell the school?",
        "two year 8 boys said they'd murder each other over a game of minecraft at lunch, it "
        "was all laughing. do we need to write it up?",
    ],
)
def test_a_threat_in_a_game_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        # a threat that is no game, or is played down by the one who made it
        "my husband said he'll kill me, he says it was a joke",
        "my husband said he'll kill me and it wasn't a joke",
        "a boy on snapchat said he'll kill her",
        # the game named first: the stepdad's threat is to the child, not in the game
        "my stepdad gets angry playing xbox and says he'll kill me",
        # a blade or a secret beside a game's threat
        "he said 'i'll kill you' in a gaming argument and then came round with a knife",
        "a man he met on roblox said he'll kill him if he tells anyone",
        "she is at risk, nobody is at risk of anything else",
    ],
)
def test_a_threat_that_is_no_game_still_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


def test_only_a_game_keeps_the_learnt_model_from_overruling(chat: Chat) -> None:
    """A sign set aside by a game's `things` phrase is explained to the learnt model; a threat to
    a social worker from a parent on her caseload is no figure of speech ("my caseload is killing
    me"): the cues read it since round 43 (quiet48), and it is never explained."""
    message = (
        "a dad on my caseload threatened to kill me after his children were removed, he now "
        "says he didn't mean it. do i report it?"
    )
    assert BUILT_IN.detect(message) is not None
    assert not BUILT_IN.explained(message, labels=lambda _: True)
    assert chat.send(message)[0].risk_of_harm
    assert BUILT_IN.explained("'i'll kill you' said in a gaming argument, it's a joke")


@pytest.mark.parametrize(
    "message",
    [
        "a TA was suspended last year after a pupil alleged she kicked him, case closed. a new "
        "school asks for a reference, what can we say?",
        "last year a TA was suspended when a pupil said she hurt him. the case is now closed. "
        "does it go in the reference?",
        "a TA was suspended last year after a child said she slapped him. the case is closed. "
        "can i tell parents why she was off?",
    ],
)
def test_the_allegation_a_past_suspension_was_for_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        # a new allegation about the same TA, in a sentence of its own
        "a TA was suspended last year after a pupil alleged she kicked him. the case is closed. "
        "today another pupil told me the same TA kicked him",
        # the matter goes on
        "a TA was suspended last year after a pupil alleged she kicked him, and now she is back "
        "and a girl says she hit her",
        "a TA was suspended last year after a pupil alleged she kicked him, the case is closed "
        "but she is still doing it",
    ],
)
def test_a_new_allegation_about_the_same_ta_still_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
