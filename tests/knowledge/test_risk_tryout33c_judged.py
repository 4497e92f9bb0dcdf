"""Round 34 (r1c34, from tryout33c): disclosures a third trial of the build found unsignposted.

A question judging a case ("is it a safeguarding issue if a pupil says his dad hits him", "is it
abuse if…", "do I have to report it if…") was read as a supposition: "if a" made the clause a
general question. Where the few words before "if" (or "when") hold "it", "this" or "that" and a
word of the pack's `judging` marker (safeguarding, abuse, neglect, report…), the "if" brings in
the case itself: what follows is a sentence of its own that tells, even under the question's "?"
(`knowledge.risk_words.judged_case`).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both

BUILT_IN = builtin_knowledge().risk_detector

# (message, whom the harm concerns)
JUDGED_CASES = [
    ("is it a safeguarding issue if a pupil says his dad hits him", "child"),
    ("is it safeguarding if a resident says a carer slapped her", "adult"),
    ("is it a safeguarding issue if an elderly resident has unexplained bruises", "adult"),
    ("would it be a safeguarding concern if a pupil says his dad hits him", "child"),
    ("is it abuse if a parent smacks their child with a belt", "child"),
    ("is it neglect if a 6 year old is left home alone all evening", "child"),
    ("do I have to report it if a pupil says his dad hits him", "child"),
    ("should I report it if a resident says her son takes her money", "either"),
    # written here
    ("is it abuse if a parent smacks their child with a belt?", "child"),
    ("is it neglect if a 6 year old is left home alone all evening?", "child"),
    ("is this reportable if a pupil tells me his stepdad hits him", "child"),
    ("is it a safeguarding issue when a pupil says his dad hits him?", "child"),
    ("Would this count as neglect if a child comes to school hungry every day?", "child"),
    ("is it a safeguarding concern if a year 8 girl has a 19 year old boyfriend?", "child"),
]

QUIET = [
    "is it a safeguarding issue if we share the register with the PTA?",
    "is it abuse if I tell a parent their child's grades?",
    "do I have to report it if a parent complains about lunch?",
    "is it a safeguarding issue if a child's photo is on the school website?",
    "do I have to report it if a pupil is late twice?",
    "is it a data breach if a pupil's report goes to the wrong parent?",
    # a supposition still: no "it" standing for a case, or nothing judged
    "what should I do if a child says their dad hits them?",
    "is it ok if a parent stays in the room?",
]


@pytest.mark.parametrize(("message", "concerns"), JUDGED_CASES)
def test_a_case_told_after_a_judging_if_is_signposted(
    chat: Chat, message: str, concerns: str
) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert finding.concerns == concerns, finding
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
