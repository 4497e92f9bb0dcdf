"""Round 34 (r1c34, from tryout33c finding 6): adults at risk sent to child protection only.

Each sign below was found, but whom it concerns was read wrong, so the adult contacts were
left out:

- "her grandson", "their grandchildren" name a grandparent: an adult (the pack's `adult_words`,
  as "her son" already was), so "one of the members keeps turning up with bruises and says her
  grandson gets angry" is signposted to both.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

GRANDPARENTS = [
    "one of the members keeps turning up with bruises and says her grandson gets angry",
    # written here
    "a lady at our church has a black eye and says her grandson pushed her",
]


@pytest.mark.parametrize("message", GRANDPARENTS)
def test_a_grandparent_gets_the_adult_contacts(chat: Chat, message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and "adult-social-care" in finding.contacts, finding
    assert chat.send(message)[0].risk_of_harm
