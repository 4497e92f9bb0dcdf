"""Entries a not-covered topic pushed out of the index's shortlist, kept only when clear.

The index compares the wording of only the few documents sharing the most word weight with a
message (`Index._shortlist`), and entries, topics and chatter compete for those places. A topic
whose cues share more of a message's rarer words than an entry takes the entry's place, and the
entry that would have won on its wording is never scored: a cue for asking the GP for someone's
new address cost "why does it matter that GPs and schools share information?" entry 1. So the
entries that would be shortlisted among entries alone are scored too, and one a topic or chatter
pushed out is kept only when it would answer on its own: at least the minimum score, and ahead
of every shortlisted document by the minimum lead. Kept at any lower score they moved 50 to 91
of the dev sets' verdicts in round 36 (suggestions in place of declines and not-covered
replies): the matcher's thresholds were tuned with the shortlist as it is.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from typing import Protocol, TypeVar

from knowledge.matching.index_data import DocKind
from knowledge.matching.models import MatcherSettings


class _Kinded(Protocol):
    @property
    def kind(self) -> DocKind: ...


class _Scored(Protocol):
    @property
    def doc(self) -> int: ...

    @property
    def score(self) -> float: ...


S = TypeVar("S", bound=_Scored)


def with_pushed_out(
    shortlist: list[int], matched: Mapping[int, float], docs: Sequence[_Kinded], count: int
) -> tuple[list[int], list[int]]:
    """The shortlist followed by the entries it left out that are among the `count` entries
    with the most word weight (`matched`; ties by number), and those entries alone."""
    entry = DocKind.ENTRY  # read once: an enum's member costs a slow lookup at every read
    entries = [d for d in matched if docs[d].kind is entry]
    best = heapq.nsmallest(count, entries, key=lambda d: (-matched[d], d))
    shortlisted = set(shortlist)
    pushed = [d for d in best if d not in shortlisted]
    return shortlist + pushed, pushed


def kept_if_clear(results: list[S], pushed: Sequence[int], settings: MatcherSettings) -> list[S]:
    """`results` without the pushed-out entries' scores, unless one would answer on its own:
    at least `min_score`, and `min_lead` ahead of every shortlisted document."""
    if not pushed:
        return results
    out = set(pushed)
    lead = max((r.score for r in results if r.doc not in out), default=0.0)
    floor = max(settings.min_score, lead + settings.min_lead)
    return [r for r in results if r.doc not in out or r.score >= floor]
