"""Who made the claim a message asks about: "our DSL says we need consent, is that right?".

A message that reports what someone said is about what was said, not about who said it. Read
with its source, "our DSL says we need consent for everything" named the designated safeguarding
lead, an anchor of the topic on making a referral, and was told how to make one. The words of
such an opening (a determiner, at most four words, then a verb of saying) are not the message's
subject, so they anchor no topic we don't cover; what the claim itself names still does ("our
DSL says I should make a referral").

Nor is someone close to the asker who asks them to pass on his own information ("my employer has
MS and asked me to tell his physio…"): his own request, not an employer asking for someone's.
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


# A person's own request: someone close to the asker ("my employer", "my client", "he") asks
# them to pass on the requester's own information ("…asked me to tell his physio how his week
# went", "…wants me to ring his GP … for him"). Grammar, not cues: who may ask, the words of a
# request, and the words showing that what goes is the requester's own.
_OWN_OPENERS = frozenset(("my", "our", "he", "she"))
_REQUESTS = frozenset(("asked", "asks", "wants", "wanted"))
_ASKED_OF = frozenset(("me", "us"))
_OWN = frozenset(("his", "her", "their"))
_FOR_THEM = frozenset(("him", "her", "them"))
_REQUESTER_WORDS = 6  # "my employer has ms and asked me to…"
_OWN_REACH = 3  # words after "to": "to ring his GP", "to pass on her notes"


def without_own_requester(typed: Sequence[str]) -> Sequence[str]:
    """`typed` without the words naming someone who asks the asker to pass on their own
    information: "my employer has ms and asked me to tell his physio…" is his own request, not
    an employer asking for someone's information, so "my employer" anchors no topic of outside
    bodies' requests. A message with no such request is returned as it is."""
    for at, word in enumerate(typed):
        if word not in _REQUESTS or at + 3 >= len(typed):
            continue
        if typed[at + 1] not in _ASKED_OF or typed[at + 2] != "to":
            continue
        after = typed[at + 3 : at + 3 + _OWN_REACH]
        own = bool(_OWN.intersection(after[1:])) or any(
            typed[i] == "for" and typed[i + 1] in _FOR_THEM for i in range(at + 3, len(typed) - 1)
        )
        start = next(
            (
                i
                for i in range(at - 1, max(-1, at - _REQUESTER_WORDS - 1), -1)
                if typed[i] in _OWN_OPENERS
            ),
            None,
        )
        if own and start is not None:
            return [*typed[:start], *typed[at:]]
    return typed
