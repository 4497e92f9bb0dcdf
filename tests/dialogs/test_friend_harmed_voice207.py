"""Round 54 (voice207, issue 11): a young writer the risk check reads as harmed themselves, who
names a friend only as one they told, one who was there or one worried about them, gets the
young person's own reply (`child`), not the reply for a friend at risk; a young writer whose
friend is the one harmed ("my friend's dad hits her", "my bestie is self harming and told me
not to tell") still gets the friend's (`dialogs.friend_voice.FriendVoice.friend_harmed`).
"""

from __future__ import annotations

import pytest

from tests.support.cases import cases
from tests.support.core import Chat

# The writer harmed, a friend named as company, a witness or a confidant: the writer's reply.
OWN: dict[str, list[str]] = {
    "company": [
        "im 15 and a man keeps following me home, my friend was with me",
    ],
    "worried": [
        "im 15 and im being bullied and i want to die, my friend is worried about me",
    ],
    "told": [
        "im 14 and my dad hits me, i told my friend",
        "im 14 my uncle touches me, i only told my best friend",
        "im 16 and i want to kill myself, i told my mate",
    ],
    "witness": [
        "im 15 my mum hits me and my mate saw it",
        "im 17 and my boyfriend hit me again, my mate saw the bruise",
        "im 14, my dad got drunk and threw bottles at my sleepover and my friend called the police",
    ],
}

# The friend harmed, told of by a young writer: the friend's reply.
FRIENDS: dict[str, list[str]] = {
    "friends-own": [
        "im 15 and my friend's dad hits her",
        "im 14 my mate says her stepdad touches her",
        "im 15 my friend's brother hurts her",
    ],
    "told-the-writer": [
        "im 14 my bestie is self harming and told me not to tell anyone",
        "im 15 and my friend's parents hit her and she told me not to tell",
        "im 14 and my friend keeps saying she wants to kill herself, i told her to tell someone",
    ],
    "a-worry-for-the-friend": [
        "im 16 and something bad is happening to my friend, she came to school with a black eye",
        "im 14 and im really worried about my best friend, she has cuts all over her arms",
    ],
}


@pytest.mark.parametrize("message", cases(OWN))
def test_a_young_writers_own_harm_naming_a_friend_is_theirs(chat: Chat, message: str) -> None:
    assert chat.first(message).risk_of_harm
    assert chat.state.writer == "child"


@pytest.mark.parametrize("message", cases(FRIENDS))
def test_a_young_writers_friend_harmed_gets_the_friends_reply(chat: Chat, message: str) -> None:
    assert chat.first(message).risk_of_harm
    assert chat.state.writer == "friend"
