"""A practical question typed first, then what happened after a comma or a dash ("where do I
record this - a resident's daughter has been taking money from her purse"): the sentence opened
with a question word, so all of it asked, and "a resident's daughter" was anyone. A clause
opening after the pause with someone ("a", "my", "one", "there", "she"…) now tells on its own.
The disclosures marked were not signposted before; ordinary questions of the same shape stay
quiet."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        # not signposted before
        "where do I record this - a resident's daughter has been taking money from her purse"
        " every visit",
        "who do I tell at the council, there are four men living in the garage behind the car"
        " wash and they never leave",
        "who do I ring, there's a man in the flat upstairs who keeps hitting his partner",
        "what's the procedure, one of our residents has had money taken from her room again",
        # signposted before too
        "what do I do now, a boy in my class has bruises all over his back",
        "how do I refer - a 15 year old has been going missing every weekend and coming back"
        " with cash",
    ],
)
def test_a_telling_after_a_practical_question_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "who do I tell, her mum or her dad?",
        "what do I do, a parent has asked for a copy of her son's file",
        "how do I share this, my client has given consent",
        "where do I record this - a parent phoned to say her son has a dentist appointment",
        "can I tell the school, his mum has asked me to?",
        "who do I contact, there's been a data breach",
        "what form do I use, a pupil is moving to a new school",
        "can I share this with the GP, my patient has agreed",
        "what should I do, a dad wants his ex's new address",
    ],
)
def test_an_ordinary_telling_after_a_practical_question_stays_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None
