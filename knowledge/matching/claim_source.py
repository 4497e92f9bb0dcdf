"""Who made the claim a message asks about: "our DSL says we need consent, is that right?".

A message that reports what someone said is about what was said, not about who said it. Read
with its source, "our DSL says we need consent for everything" named the designated safeguarding
lead, an anchor of the topic on making a referral, and was told how to make one. The words of
such an opening (a determiner, at most four words, then a verb of saying) are not the message's
subject, so they anchor no topic we don't cover; what the claim itself names still does ("our
DSL says I should make a referral").
"""

from __future__ import annotations

from collections.abc import Sequence

_OPENERS = frozenset(("our", "my", "the", "a", "an", "their", "his", "her", "one", "some"))
_SAYING = frozenset(
    ("says", "said", "say", "told", "tells", "thinks", "reckons", "insists", "claims", "believes")
)
_SOURCE_WORDS = 4


def without_claim_source(typed: Sequence[str]) -> Sequence[str]:
    """`typed` (a message's words, lower case) without an opening naming who made a claim.

    "our dsl says we need…" → "we need…"; "my manager told us…" → "us…". A message that does not
    open with a source and a verb of saying is returned as it is.
    """
    if not typed or typed[0] not in _OPENERS:
        return typed
    for i in range(2, min(len(typed), _SOURCE_WORDS + 2)):
        if typed[i] in _SAYING:
            return typed[i + 1 :]
    return typed
