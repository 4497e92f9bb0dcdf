"""The report's grouping done the slow, sure way, to check the indexed one against."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from bot.insight.phrasing_groups import SIMILAR, Group, content_words, counted_phrasings


def group_comparing_every_leader(texts: list[str], threshold: float = SIMILAR) -> list[Group]:
    """`group_similar` as it was: every phrasing compared with every group leader."""
    leaders: list[str] = []
    groups: list[Group] = []
    for key, forms in counted_phrasings(texts):
        content = content_words(key)
        best = process.extractOne(
            content, leaders, scorer=fuzz.token_sort_ratio, score_cutoff=threshold
        )
        if best is None:
            leaders.append(content)
            groups.append(Group())
            target = groups[-1]
        else:
            target = groups[best[2]]
        target.phrasings.update(forms)
    return sorted(groups, key=lambda g: (-g.count, g.leader))
