"""Living in an abusive relationship is a disclosure, whoever tells it (lead, round 25).

`terms` such as "abusive relationship" count only in a sentence that names a person, and "I"
names none (a practitioner writes "I" about themselves), so "I am in an abusive relationship"
was not signposted, nor was a friend's ("my friend" named nobody). A cue now reads being in,
stuck or trapped in, escaping or leaving an abusive, violent or controlling relationship or
marriage, and one friend told of ("my friend is / says / has…") is someone; friends in the
plural (a teenager's peers) and colleagues (named in policy questions) are not.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

SIGNPOSTED = [
    "I think I'm in an abusive marriage and I don't know what to do",
    "my best friend is trapped in a controlling relationship and he reads all her messages",
    "I'm trying to leave a violent relationship but he has my bank card",
    "my friend has been stuck in an abusive relationship for years and wants out",
    "I'm still in an abusive marriage and nobody at work knows",
    # No one named until round 31: a clause opening on "been" has left out its "I"
    # (`risk_subjects.dropped_writer`).
    "been in an abusive relationship for 3 years now, can't get out",
    "my friend is in a violent relationship",
]

QUIET = [
    "what support is there for people in an abusive relationship?",
    "we are running a training session on abusive relationships for year 10, any resources?",
    "all my friends have started vaping at 14 and I feel left out, how do I cope",
    "my colleague asked whether our domestic abuse policy covers volunteers",
]


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_the_relationship_told_is_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", QUIET)
def test_a_question_or_peers_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
