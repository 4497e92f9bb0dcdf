"""Round 50 (shape162): whom an act of harm struck says who is harmed
(knowledge/risk_struck.py).

"my neighbours boyfriend hits her kids" named a grown-up and children, so it read as a harm to
a child or an adult, and its signpost named the Men's Advice Line, a line for grown men harmed;
the children are the ones hit. Now the one each act struck decides, both ways round: children
struck ("hits her kids", "hurts the baby") make the harm a child's; a husband or a wife struck
("beats his wife") an adult's. Beside each, a message that names someone else harmed, or a
child beside the spouse struck, stays a harm to either.

Through the core the terminal door runs; the lines' texts come from the contacts pack.
"""

from __future__ import annotations

import pytest

from knowledge.loader import load_knowledge
from tests.support.core import Chat

_MEN = "mens-advice-line"
_CHILDRENS = "childrens-social-care"
_ADULTS = "adult-social-care"

WHOM = [
    # children struck: the child's alone
    ("my neighbours boyfriend hits her kids", "child"),
    ("my neighbour's boyfriend hurts the baby", "child"),
    ("my neighbours boyfriend beats her children", "child"),
    ("my friends husband hits their children", "child"),
    ("my neighbours husband kicks their toddler", "child"),
    ("my neighbours boyfriend hits her kids and slaps the baby", "child"),
    # a spouse struck: one who has a husband or a wife is grown, and so are they
    ("my neighbours son beats his wife", "adult"),
    ("a resident told me her son beats his wife", "adult"),
    # someone else harmed, or a child beside the spouse: either, as before
    ("my neighbours boyfriend hits her and her kids", "either"),
    ("my neighbours boyfriend hits her kids and she is scared of him", "either"),
    ("my neighbour hits his kids and his wife", "either"),
    ("my neighbour beats his wife in front of the kids", "either"),
    ("my neighbours son beats his wife and his daughter", "either"),
    ("one of our tenants says her sons dad beats his wife", "either"),
    ("my sister's partner hits her son", "either"),  # a son may be grown
]


@pytest.mark.parametrize(("message", "whom"), WHOM)
def test_whom_an_act_struck_says_who_is_harmed(chat: Chat, message: str, whom: str) -> None:
    first = chat.first(message)
    assert first.risk_of_harm, first.text
    assert chat.state.whom == whom, first.text
    men = next(line for line in load_knowledge().contacts.lines if line.id == _MEN)
    if whom == "child":  # the men's line is a grown man's; the children's route stays
        assert _MEN not in chat.state.lines and men.as_line() not in first.text, first.text
        assert _ADULTS not in chat.state.contacts, chat.state.contacts
    if whom == "adult":
        assert _CHILDRENS not in chat.state.contacts, chat.state.contacts
