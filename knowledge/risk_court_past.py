"""A harm long past that a court dealt with: no one at risk now (round 45, quiet92, issue 11).

"if someone mentions they were abused as a child decades ago and it went to court back then, do
we have to report it", "a new staff member told me she was raped 20 years ago and the man was
jailed": the case is over, and the one it happened to is grown. Unlike a news report
(`knowledge.risk_dealt_with`), it may be asked about and told to the writer, so neither a
question nor a telling keeps its signs. Every clause of a message counts as general when all of
these hold:

- a word of the pack's `court-past` marker stands in it (a court's end of a case: "convicted",
  "jailed", "went to court");
- it names a time long past: a word of `long-ago` ("ago", "decades", "the 1980s"), a year before
  2010, or a childhood told ("as a child", "when she was little"; `risk_childhood.childhood`);
- no occasion ("last week") and no word of `own-now` or `court-not` ("still", "now", "lives",
  "volunteering", "released", "terrified"): "he was convicted of abusing kids in 1998 and now
  lives with his girlfriend's children", "he abused kids decades ago and still runs the youth
  club" tell of children near him now, and still ring. A `court-not` word just before "then"
  tells a time then ("back then"), not now, and one just after a word of `pointing` is a noun
  ("a volunteer told me…", the stem of "volunteering"), as is one after a pointing word and a
  word of `_ROLE_ADJECTIVES` ("an adult volunteer told me…"; round 47).

Round 47 (fix132, tryout123 §3 #8): the doer's death ends a case as a court does: a word of
`doer-dead` ("died", "dead") just after one of `doer-named` ("abuser", "perpetrator") stands
for a `court-past` word ("she was abused as a child 40 years ago, her abuser died years ago");
the other tests stand, so "…her abuser died but his brother still lives with the kids" rings,
and a "now" just after the death word is the death's ("the abuser is dead now").

Round 46 (quiet107, issue 11): an `own-now` or `court-not` word just after a question's opening
(a word of `court-asked-verb`, then one of `court-asked-who`: "is it still…", "does that still
count", "do we still need to record it") asks whether the matter still counts, and tells of no
one near anyone now; "is he still a risk to her kids" names a person and still rings.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_childhood import childhood
from knowledge.risk_types import Hit, Kind, Tokens, stem_word

__all__ = ["court_past"]

_DEAD_REACH = 3  # "her abuser died", "her abuser has since died"
# The only words between the doer and the death word ("her abuser's wife died" is no doer dead)
_DEAD_BETWEEN = frozenset(map(stem_word, ("is", "was", "has", "had", "been", "since", "sadly")))
_DEAD_NOW = 2  # "the abuser is dead now": the "now" of a death, not of harm going on
_NOW = stem_word("now")
# Between a pointing word and a `court-not` word, these make it a noun: "an adult volunteer"
_ROLE_ADJECTIVES = frozenset(
    map(stem_word, ("adult", "new", "young", "older", "regular", "retired", "former"))
)

_THEN = "then"
_LAST_YEAR_LONG_PAST = "2009"  # a year this far back is long past whenever the message is read


def court_past(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> set[int]:
    """Every clause of a message telling a harm long past that a court dealt with, with no one
    at risk now (see the module docstring); no clause otherwise.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        markers: the stems of the pack's markers by name: `court-past`, `long-ago`, `court-not`,
            `own-now`, `pointing`, `court-asked-verb`, `court-asked-who` and those `_sent_down` and
            `_doer_dead` read.
    """
    words = read.words
    if (
        markers["court-past"].isdisjoint(words)
        and not _sent_down(words, markers)
        and not _doer_dead(words, markers)
    ):
        return set()
    if markers["long-ago"].isdisjoint(words) and not (
        any(len(w) == 4 and w.isdigit() and w <= _LAST_YEAR_LONG_PAST for w in words)
        or childhood(words, read.persons)
    ):
        return set()
    now, pointing = markers["own-now"] | markers["court-not"], markers["pointing"]
    asked_verb, asked_who = markers["court-asked-verb"], markers["court-asked-who"]
    dead = markers.get("doer-dead", frozenset())
    if any(
        w in now
        and words[i + 1 : i + 2] != [_THEN]
        and not pointing.intersection(words[i - 1 : i])
        and not (i >= 2 and words[i - 2] in pointing and words[i - 1] in _ROLE_ADJECTIVES)
        and not (i >= 2 and words[i - 1] in asked_who and words[i - 2] in asked_verb)
        and not (w == _NOW and not dead.isdisjoint(words[max(0, i - _DEAD_NOW) : i]))
        for i, w in enumerate(words)
    ):
        return set()
    if any(h.phrase.kind is Kind.OCCASION for h in hits):
        return set()
    return set(read.clause_of)


def _sent_down(words: list[str], markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether a word of `court-sent`, one of `court-down` and one of `court-for` stand in that
    order in `words`: "sent down for", a court's sentence (round 47, mend125)."""
    sent, down, for_ = markers["court-sent"], markers["court-down"], markers["court-for"]
    return any(
        a in sent and b in down and c in for_
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def _doer_dead(words: list[str], markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the one who did the harm is said to have died: a word of `doer-dead` ("died",
    "dead") up to `_DEAD_REACH` words after one of `doer-named` ("her abuser died years ago";
    round 47, fix132: tryout123 §3 #8), with only words of `_DEAD_BETWEEN` between ("her abuser
    has since died"). Death ends a case as a court does; "he died" names no doer, and "her
    abuser's wife died" no death of his."""
    named, dead = markers.get("doer-named", frozenset()), markers.get("doer-dead", frozenset())
    for i, w in enumerate(words):
        if w not in named:
            continue
        for after in words[i + 1 : i + 1 + _DEAD_REACH]:
            if after in dead:
                return True
            if after not in _DEAD_BETWEEN:
                break
    return False
