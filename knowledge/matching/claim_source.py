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


# A person's own request: someone close to the asker ("my employer", "my client", "he", "the lady
# I care for") asks them to pass on the requester's own information ("…asked me to tell his physio
# how his week went", "…wants me to ring his GP … for him"). Grammar, not cues: who may ask, the
# words of a request, and the words showing that what goes is the requester's own. Colleagues
# asking ("our DSL wants us to ring her social worker") ask of someone else's.
_OWN_OPENERS = frozenset(("my", "our", "he", "she"))
_CARERS = frozenset(("i", "we"))  # "the man i support", "the lady we care for"
_CARING = frozenset(
    ("care", "cared", "support", "supported", "look", "looked", "work", "visit", "help", "assist")
)
_DETERMINERS = frozenset(("the", "a", "an", "this", "one"))
_NOT_THE_PERSON = frozenset(
    ("manager", "boss", "supervisor", "dsl", "lead", "head", "colleague", "colleagues", "senco")
)
_REQUESTS = frozenset(("asked", "asks", "asking", "wants", "wanted", "requested", "needs"))
_ASKED_OF = frozenset(("me", "us"))
_PASSING_ON = frozenset(  # the acts of passing something on ("ring his GP"), not "sit on his lap"
    (
        "tell", "ring", "call", "phone", "email", "contact", "send", "forward", "pass", "give",
        "update", "write", "text", "message", "share", "inform", "post", "fax", "speak", "talk",
    )
)  # fmt: skip
_OWN = frozenset(("his", "her", "their"))
_FOR_THEM = frozenset(("him", "her", "them"))
_REQUESTER_WORDS = 6  # "my employer has ms and asked me to…"
_OWN_REACH = 3  # words after "to": "to ring his GP", "to pass on her notes"


def own_requester(typed: Sequence[str]) -> tuple[int, int] | None:
    """Where `typed` (a message's words, lower case) tells of someone close to the asker asking
    them to pass on his own information: the first of the words naming him and the request's
    verb ("my employer has ms and asked me to tell his physio", "the lady i care for wants me to
    ring her gp"); None for a message telling of no such request."""
    # Where "for him" (or her, them) last stands, found once: linear however many requests.
    last_for = next(
        (
            i
            for i in range(len(typed) - 2, -1, -1)
            if typed[i] == "for" and typed[i + 1] in _FOR_THEM
        ),
        -1,
    )
    for at, word in enumerate(typed):
        if word not in _REQUESTS or at + 3 >= len(typed):
            continue
        if typed[at + 1] not in _ASKED_OF or typed[at + 2] != "to":
            continue
        after = typed[at + 3 : at + 3 + _OWN_REACH]
        if not after or after[0] not in _PASSING_ON:
            continue
        own = bool(_OWN.intersection(after[1:])) or last_for >= at + 3
        start = _requester_start(typed, at) if own else None
        if start is not None and _NOT_THE_PERSON.isdisjoint(typed[start:at]):
            return start, at
    return None


def _requester_start(typed: Sequence[str], at: int) -> int | None:
    # The words before the request naming someone close: "my …", "he", or "the … i care for".
    for i in range(at - 1, max(-1, at - _REQUESTER_WORDS - 1), -1):
        if typed[i] in _OWN_OPENERS:
            return i
        if typed[i] in _CARERS and i + 1 < at and typed[i + 1] in _CARING:
            return next(
                (j for j in range(i - 1, max(-1, i - 4), -1) if typed[j] in _DETERMINERS), i
            )
    return None


def tells_own_request(typed: Sequence[str]) -> bool:
    """Whether `typed` tells of someone close to the asker asking them to pass on his own
    information (`own_requester`): his own request, to be acted on for him."""
    return own_requester(typed) is not None


def without_own_requester(typed: Sequence[str]) -> Sequence[str]:
    """`typed` without the words naming someone who asks the asker to pass on their own
    information: "my employer has ms and asked me to tell his physio…" is his own request, not
    an employer asking for someone's information, so "my employer" anchors no topic of outside
    bodies' requests. A message with no such request is returned as it is."""
    found = own_requester(typed)
    if found is None:
        return typed
    start, at = found
    return [*typed[:start], *typed[at:]]
