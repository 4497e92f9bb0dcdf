"""Someone at work named by their role is someone, as a tenant or a client is (round 26).

Readings of docs/risk-cues.md, "Round 26 (miss26)", tested on wordings no development set or
probe file holds: "an employee", "a colleague", "a coworker", "a volunteer", "a member of staff",
"a staff member", "one of my team" join the `any_person` words, so a telling about one of them
counts ("I have an employee who has threatened suicide"), while a question naming only the role
("what must we do if an employee threatens suicide?") asks about anyone, as before; a message
that names someone besides reads as it did before the role was a person.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

SIGNPOSTED = [
    "We have an employee who has threatened suicide twice this month.",
    "A coworker attempted suicide at the weekend and wants to come back on Monday.",
    "A volunteer is suicidal and turned up to the shop this morning.",
    "One of my team has threatened suicide and hasn't answered calls since.",
    "An employee disclosed that a partner is violent. What should I do first?",
    "A staff member attempted suicide last night. Do we tell the rest of the team?",
]

QUIET = [
    "What must an employer do if an employee threatens suicide?",
    "Can a colleague be told why a volunteer left?",
    "Does an employee have to tell us about a criminal conviction?",
    "Our policy says a member of staff must report any concern. Is that enough?",
    # a message naming someone besides (the writer, told) reads as before the role was a person
    "hr adviser: an employee confided in me and asked me to keep it between us. when must I "
    "break a confidence?",
]


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_someone_at_work_at_risk_is_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", QUIET)
def test_the_role_in_a_question_or_a_policy_stays_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


def test_the_suicide_threat_is_named() -> None:
    finding = BUILT_IN.detect("I have an employee who has threatened suicide.")
    assert finding is not None and "self-harm-suicide" in finding.categories, finding


@pytest.mark.parametrize("unit", ["an employee has threatened suicide and ", "a colleague is "])
def test_the_reading_grows_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)
