"""Asking whether an act would be allowed is asking about the act, not telling of one.

"Is it legal to pay a 14 year old to babysit our toddler?", "would I get in trouble for leaving
my 14 and 15 year old home alone for an evening?": the harm words name the act asked about. But
"is it legal for my dad to hit me?" (a relative before the act, the writer after it), "can I be
in trouble for not reporting that my pupil is self-harming?" (a fact) and a sentence that tells
still count. Shown on a small pack, then in the words practitioners type.
"""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


def _small(**extra: Any) -> RiskDetector:
    """A small pack: "smack" and "home alone" are harm, in a message about a child or the
    writer."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "sets": {"family": ("dad",)},
        "people": ("my|the child|dad", "me"),
        "question_words": ("is", "can", "would"),
        "categories": (
            {
                "id": "physical",
                "name": "Physical",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": ("smack", "home alone"),
            },
        ),
        **extra,
    }
    return RiskDetector(RiskPack.model_validate(pack))


def test_the_act_asked_about_is_not_a_sign_of_harm() -> None:
    small = _small(permission=("allowed|legal to|for", "in trouble for"))
    assert small.detect("is it legal to smack my child?") is None
    assert small.detect("would I get in trouble for leaving my child home alone?") is None


def test_a_relative_the_writer_or_a_fact_still_counts() -> None:
    small = _small(permission=("allowed|legal to|for", "in trouble for"))
    assert small.detect("is it legal for my dad to smack me?") is not None
    assert small.detect("is my dad allowed to smack the child?") is not None
    found = small.detect("can I be in trouble for saying that my dad left the child home alone?")
    assert found is not None
    assert small.detect("My dad left my child home alone. Is that allowed?") is not None


def test_without_the_phrases_the_question_counts() -> None:
    assert _small().detect("is it legal to smack my child?") is not None


@pytest.mark.parametrize(
    "message",
    [
        "is it legal to leave my 8 year old alone overnight?",
        "we're going out for a meal - am I allowed to leave my 13 year old to mind her sister?",
        "is it ok for the childminder to smack our toddler if we give permission?",
        "would we be in trouble for letting our 12 year old walk home alone from school?",
    ],
)
def test_asking_whether_an_act_is_allowed_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "is it legal for my dad to hit me?",
        "is my stepdad allowed to hit me with a belt?",
        "is it ok for her boyfriend to lock her in her room?",
        "is it illegal for my uncle to touch me there?",
        "can I be in trouble for not reporting that my pupil is self-harming?",
        "my mum leaves me home alone all weekend, is that allowed?",
    ],
)
def test_asking_about_harm_by_a_relative_or_to_the_writer_is_still_signposted(
    message: str,
) -> None:
    assert BUILT_IN.detect(message) is not None


def test_reading_what_is_allowed_grows_in_step_with_the_message() -> None:
    linear, small, large = grows_in_step(
        BUILT_IN.detect, "is it legal to smack my child for leaving her home alone to "
    )
    assert linear, (small, large)
