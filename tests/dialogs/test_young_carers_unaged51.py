"""Round 51 (miss176): a young carer who gives no age but writes as a child writes.

`knowledge.risk_doers._grown_carers` reads "I" before a young carer cue as a grown-up unless the
writer gives an age under 18. A school word ("i miss school", "my homework"; the pack's
`young-writer`), a bare parent just after "cos" ("cos mum is disabled"; `young-because`) or
caring no one knows of ("no one knows i look after my mum"; `unknown-by`) now says the writer is
young. An adult carer's same words, with "because my mum", a school run, or work at a school,
stay quiet.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

RINGS = [
    "i do all the cooking and cleaning cos mum is disabled",
    "no one knows i look after my mum",
    "i do all the shopping and cleaning coz dad is ill",
    "i cant do my homework cos i have to look after my mum",
    "i look after my mum so i keep missing school",
    "nobody knows i look after my dad when he drinks",
    "i do all the cooking cuz mum cant get out of bed",
]
QUIET = [
    "I do all the cooking and cleaning because my mum is disabled",
    "I look after my mum, no one knows how hard it is",
    "I do the school run and all the cooking because my wife is disabled",
    "my husband and I do all the cooking for my mum",
    "I do all the shopping cos my husband cant drive",
    "I look after my mum and work at a school",
    "I look after my mum and teach lessons online",
]


@pytest.mark.parametrize("message", RINGS)
def test_a_young_carer_writing_as_a_child_is_signposted(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", QUIET)
def test_an_adult_carer_s_same_words_are_not_signposted(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm
