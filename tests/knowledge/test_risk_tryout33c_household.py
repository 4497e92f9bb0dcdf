"""Round 34 (r1c34, from tryout33c): someone of the household odd with a child while the parent
is out.

"my mums bf is weird with me when shes at work" (and "boyfriend" spelled out) found nothing. A
`together` item of the sexual-abuse category reads, in one sentence, someone of the family (or
"he") being weird, creepy, odd or touchy with or around someone, and the parent away, out, at
work or asleep, or being alone with them. "funny with me" is left out: it is also a joke.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both

BUILT_IN = builtin_knowledge().risk_detector

ODD_WHILE_AWAY = [
    "my mums bf is weird with me when shes at work",
    "my mums boyfriend is weird with me when shes at work",
    # written here
    "my stepdad gets creepy around me when mum is out",
    "a pupil says her uncle is weird with her when her mum is at work",
]

QUIET = [
    "my manager is weird with me when the director is away",
    "my dad is funny with me when mum is at work, he makes me laugh",
]


@pytest.mark.parametrize("message", ODD_WHILE_AWAY)
def test_someone_odd_with_a_child_while_the_parent_is_out_is_signposted(
    chat: Chat, message: str
) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and "sexual-abuse" in finding.categories, finding
    assert "childrens-social-care" in finding.contacts
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
