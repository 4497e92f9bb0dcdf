"""Round 34 (r1c34, from tryout33c finding 6): an older relative is no adult at risk.

"my older cousin makes me do stuff i dont like" (a young person's own words) was sent to adult
contacts only: "older" is a word for an adult. Before "cousin", "brother", "sister"… (the pack's
`grown-kin` marker), "older", "oldest", "eldest" (its `relative-age` marker) say how old the
relative is against someone, often a child: no adult at risk is named.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

# (message, whom the harm concerns)
MESSAGES = [
    ("my older cousin makes me do stuff i dont like", "either"),
    # written here
    ("a lad in year 8 said an older cousin made him do sexual things in the shed", "child"),
    ("her older brother has threatened to kill her for having a boyfriend", "either"),
    # an adult named outright still decides
    ("my older cousin keeps taking my nan's pension", "adult"),
]


@pytest.mark.parametrize(("message", "concerns"), MESSAGES)
def test_an_older_relative_names_no_adult_at_risk(chat: Chat, message: str, concerns: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and finding.concerns == concerns, finding
    assert chat.send(message)[0].risk_of_harm
