"""Round 35 (fa35): ordinary messages about people of a kind, and the disclosures beside them.

People of a kind who see a harm at home, or for whom a harm is likelier ("children who witness
domestic abuse are victims in their own right", "pupils with SEND are more vulnerable to
bullying and abuse"), are a pack `kinds` phrase like "children affected by…": no one in
particular. "my two pupils who…" and "a pupil who…" still are someone.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

KINDS_WHO_SEE_A_HARM = [
    "children who witness domestic abuse are victims in their own right under the 2021 act. "
    "what does that mean for our referrals?",
    "pupils with SEND are more vulnerable to bullying and abuse. should their records say so?",
    "young people who have witnessed domestic violence often fall behind. what support can "
    "schools offer?",
]

SOMEONE_WHO_SEES_A_HARM = [
    "my two pupils who witness domestic abuse at home are struggling, what do I do?",
    "a pupil who witnessed domestic abuse last night is in my office now",
    "our pupil is more vulnerable to abuse since her uncle moved in with them",
]


@pytest.mark.parametrize("message", KINDS_WHO_SEE_A_HARM)
def test_people_of_a_kind_who_see_a_harm_are_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", SOMEONE_WHO_SEES_A_HARM)
def test_someone_who_sees_a_harm_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)
