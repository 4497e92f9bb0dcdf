"""Round 34 (r1c34, from tryout33c finding 6): a place named after children is no child.

"a mum at baby group has bruising on her arms and flinched when her partner came in" was sent to
children's contacts only: "baby" named a child, so the harm was read as a child's. A word for a
child just before "group", "club", "centre" or "session" (the pack's `child-places` marker)
names a place grown-ups go to: the mum is the one told of, and the signpost shows both.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

# (message, whom the harm concerns)
MESSAGES = [
    (
        "a mum at baby group has bruising on her arms and flinched when her partner came in",
        "either",
    ),
    # written here
    (
        "what do I record? a mum at toddler group said her partner strangled her last night",
        "either",
    ),
    # a child named in their own right still decides
    ("a toddler at toddler group has bruises on his back", "child"),
]


@pytest.mark.parametrize(("message", "concerns"), MESSAGES)
def test_a_place_named_after_children_names_no_child(
    chat: Chat, message: str, concerns: str
) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and finding.concerns == concerns, finding
    assert chat.send(message)[0].risk_of_harm
