"""Round 49 (fa152): a harm only named in a question or a rule about practice
(knowledge/risk_practice_asked.py).

A practitioner's question about procedure, or a policy page, that names a harm and tells of no
one harmed is not signposted: "the person at risk", "suspicions of domestic abuse", "if a child
may be at risk" are words of procedure there. Beside each, a near-identical telling of a
particular person (the writer, a "he" or "she", "a pupil" told of, a time of now) still rings.
Every quiet message here rang before this round.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.set_aside49 import PRACTICE_QUIET as QUIET
from tests.support.set_aside49 import PRACTICE_RINGS as RINGS


@pytest.mark.parametrize("message", QUIET)
def test_a_harm_only_named_in_a_question_or_rule_about_practice_is_not_signposted(
    chat: Chat, message: str
) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", RINGS)
def test_a_particular_person_harmed_beside_practice_words_is_signposted(
    chat: Chat, message: str
) -> None:
    assert chat.send(message)[0].risk_of_harm
