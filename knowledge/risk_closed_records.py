"""A matter closed, asked about only as records to keep or delete.

"camp leader - last summer a kid at camp disclosed abuse, it went to LADO and is closed now, can
we delete the notes?": a harm told once, dealt with and closed, where the question is how long
its notes are kept, tells no harm now (tryout39 #12). Round 40 (fa40).

The signs of harm before the last closure word, or in its clause, are set aside when all of
these hold (a harm told after it, "…closed even though he hits the kids", still counts):

- it asks about keeping records: a word of the pack's `records-verbs` ("delete", "keep",
  "shred", "archive") with, within three words after, one of `records-nouns` ("notes",
  "records", "file");
- it says a matter is closed: a word of `closure` ("closed", "nfa", "concluded", "resolved")
  with a word of `closure-of` ("case", "referral", "it", "lado") up to six words before it or
  two after ("it went to LADO and is closed", "closed the case"; not "the door was closed");
- no word of `own-now` ("still", "again", "currently"; "now" just after the closure word, "is
  closed now", is the closure's) nor of `story-recent` ("yesterday", "night", "week") stands in
  the message.

A harm that goes on, or one told recently, keeps every sign as before.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_types import Hit, Tokens, stem_word

__all__ = ["closed_records"]

_NOW = stem_word("now")
_RECORDS_REACH = 3  # "delete the notes", "keep her file for"
_CLOSED_NOW = 2  # "closed now", "closed for now"
_MATTER_BEFORE = 6  # "it went to LADO and is closed"
_MATTER_AFTER = 2  # "closed the case"


def closed_records(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without their signs of harm when the message asks only how to keep the records
    of a closed matter (see the module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`records-verbs`, `records-nouns`,
            `closure`, `closure-of`, `own-now`, `story-recent`).
    """
    words = read.words
    closure = markers.get("closure", frozenset())
    if closure.isdisjoint(words):
        return hits
    verbs, nouns = (
        markers.get("records-verbs", frozenset()),
        markers.get("records-nouns", frozenset()),
    )
    if not any(
        w in verbs and not nouns.isdisjoint(words[i + 1 : i + 1 + _RECORDS_REACH])
        for i, w in enumerate(words)
    ):
        return hits
    matters = markers.get("closure-of", frozenset())
    closed_at = [
        i
        for i, w in enumerate(words)
        if w in closure
        and not matters.isdisjoint(words[max(0, i - _MATTER_BEFORE) : i + 1 + _MATTER_AFTER])
    ]
    if not closed_at:
        return hits
    now = markers.get("own-now", frozenset()) | markers.get("story-recent", frozenset())
    for i, w in enumerate(words):
        if w in now and not (w == _NOW and any(0 < i - c <= _CLOSED_NOW for c in closed_at)):
            return hits
    last, clauses = max(closed_at), {read.clause_of[i] for i in closed_at}
    return [
        h for h in hits if h.phrase.category < 0 or not (h.position < last or h.clause in clauses)
    ]
