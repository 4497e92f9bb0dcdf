"""Which kinds of harm the hits a message kept show: cues and terms at once, `together` items
whose groups all matched, nearby families, signal words after a telling phrase or in a sentence
about someone, and stories told over two sentences.

`knowledge.risk_finding.judge` decides which hits count (who the message is about, which clauses
are general); this module only counts them.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from knowledge.risk_pack import NEAR_WORDS, RiskPack
from knowledge.risk_types import Hit, Kinds, Tokens

if TYPE_CHECKING:
    from collections.abc import Collection

# The groups of `together` items matched, by (category, item, sentence): each group's hit.
Together = dict[tuple[int, int, int], dict[int, Hit]]

_GOES_ON = frozenset({"he", "she", "they"})  # a sentence opening so tells on about someone


def categories_shown(
    hits: list[Hit],
    about: set[int],
    telling: dict[int, int],
    pack: RiskPack,
    marked: frozenset[int] = frozenset(),
    *,
    statements: frozenset[int] = frozenset(),
    related: frozenset[int] = frozenset(),
    continued: frozenset[int] = frozenset(),
) -> dict[int, str]:
    """The categories the counted hits show, each with the first phrase (or rule) that did.

    Signal words count in a sentence about someone together with those of the sentence before
    it: a story told over two sentences, neither of them a question (`marked`: ends with "?").
    After a `telling` phrase ("she said", "I'm worried about"), one word of a family marked
    `telling` is enough; so is one word of a family marked `alone` in one of the `statements`
    (sentences telling, not asking, about someone in particular), or of a family marked
    `related` in a telling sentence that names someone by their relation ("her ex"). When
    nothing else counts, a sentence that goes on about the same person (`continued`: "…her
    nursery teacher keeps picking her up. She also kisses her…") completes a `together` item
    with the one before; when a cue was found, only an item whose first group is the doer named
    right before the cue ("her nursery teacher keeps picking her up … when she says no").
    """
    strong = [family.telling for family in pack.signals.families.values()]
    alone = [family.alone for family in pack.signals.families.values()]
    close = [family.related for family in pack.signals.families.values()]
    found: dict[int, str] = {}
    groups = together_groups(hits)
    near: dict[tuple[int, int, int, int], list[int]] = {}
    signals: dict[int, dict[int, int]] = {}  # sentence -> family -> its category
    signal_words: dict[int, set[int]] = {}  # sentence -> where its signal words are
    told: dict[int, str] = {}  # categories of strong signal words after a telling phrase
    for hit in hits:
        phrase = hit.phrase
        if phrase.kind is Kinds.CUE or (phrase.kind is Kinds.TERM and hit.sentence in about):
            found.setdefault(phrase.category, phrase.text)
        elif phrase.kind is Kinds.SIGNAL:
            if strong[phrase.item] and telling.get(hit.sentence, hit.position + 1) <= hit.position:
                told.setdefault(phrase.category, "telling")
            elif alone[phrase.item] and hit.sentence in statements:
                told.setdefault(phrase.category, "alone")
            elif close[phrase.item] and hit.sentence in related:
                told.setdefault(phrase.category, "related")
            signals.setdefault(hit.sentence, {}).setdefault(phrase.item, phrase.category)
            signal_words.setdefault(hit.sentence, set()).add(hit.position)
        elif phrase.kind is Kinds.NEAR:
            place = (phrase.category, phrase.item, hit.sentence, phrase.group)
            near.setdefault(place, []).append(hit.position)
    for end in together_ends(groups, pack):
        found.setdefault(end.phrase.category, "together")
    for (category, item, sentence, group), firsts in near.items():
        seconds = near.get((category, item, sentence, 1)) if group == 0 else None
        if seconds and _within(firsts, sorted(seconds)):
            found.setdefault(category, "near")
    if found:
        # A story whose cue names who did it ("…her nursery teacher keeps picking her up …
        # when she says no. She also kisses her…"): the next sentence completes a `together`
        # item whose first group (who) is that doer, right before the cue, so the allegation's
        # contacts are named.
        starts = {hit.position for hit in hits if hit.phrase.kind is Kinds.CUE}
        doers = {
            (hit.phrase.category, hit.phrase.item, hit.sentence + 1)
            for hit in hits
            if hit.phrase.kind is Kinds.GROUP and hit.phrase.group == 0 and hit.end in starts
        }
        return found | _stories(groups, continued, pack, found, doers)
    if told:  # the signals are a net for what no phrase caught, not more kinds of harm
        return told
    found = _stories(groups, continued, pack, found)  # a story over two sentences
    if found:
        return found
    least = pack.signals.least
    for sentence in signals.keys() & about:
        before = sentence - 1 if not {sentence, sentence - 1} & marked else -1
        families = {**signals.get(before, {}), **signals[sentence]}
        words = len(signal_words[sentence]) + len(signal_words.get(before, ()))
        # Different words, too: "scared" stems to "scar", which is not two ideas. One more word
        # than `least` counts whatever its families ("no breakfast, too small, holes").
        if (len(families) >= least and words >= least) or words > least:
            for category in families.values():
                found.setdefault(category, "signals")
    return found


def together_groups(hits: list[Hit], within: Collection[int] | None = None) -> Together:
    """The groups of `together` items the hits match (of the categories `within`, when given),
    by category, item and sentence: each group with its hit that ends last."""
    groups: Together = {}
    for h in hits:
        if h.phrase.kind is Kinds.GROUP and (within is None or h.phrase.category in within):
            key = (h.phrase.category, h.phrase.item, h.sentence)
            kept = groups.setdefault(key, {}).get(h.phrase.group)
            if kept is None or h.end > kept.end:
                groups[key][h.phrase.group] = h
    return groups


def together_ends(groups: Together, pack: RiskPack) -> list[Hit]:
    """The last group hit of each `together` item of `groups` whose every group matched in one
    sentence: where the item's sign ends."""
    return [
        max(found.values(), key=lambda h: max(h.end, h.position + 1))
        for (category, item, _), found in groups.items()
        if len(found) == len(pack.categories[category].together[item])
    ]


def may_count(signs: list[Hit], pack: RiskPack) -> bool:
    """False when the signs of harm found in a message cannot show any kind of harm, whatever
    the rest of the check makes of them: so the context phrases and the rules need not be read.

    The rules after `find_hits` only drop hits, and `categories_shown` and `opened` count only
    cues, terms, signal words, worries and secrets, a `together` item whose every group
    matched (in one sentence, or two running on) and a `near` item whose two groups both
    matched. So when the signs hold none of the first five, no item with all its groups and
    no `near` item with both, nothing can be counted. Most questions that name a harm ("what
    if a parent refuses…") find only some groups of an item.
    """
    groups: dict[tuple[int, int], set[int]] = {}
    near: dict[tuple[int, int], set[int]] = {}
    for hit in signs:
        phrase = hit.phrase
        if phrase.kind is Kinds.GROUP:
            matched = groups.setdefault((phrase.category, phrase.item), set())
            matched.add(phrase.group)
            if len(matched) == len(pack.categories[phrase.category].together[phrase.item]):
                return True
        elif phrase.kind is Kinds.NEAR:
            matched = near.setdefault((phrase.category, phrase.item), set())
            matched.add(phrase.group)
            if 0 in matched and 1 in matched:
                return True
        else:  # a cue, a term, a signal word, a worry or a secret
            return True
    return False


def _stories(
    groups: Together,
    continued: frozenset[int],
    pack: RiskPack,
    found: dict[int, str],
    only: set[tuple[int, int, int]] | None = None,
) -> dict[int, str]:
    """The categories not yet `found` whose `together` item a `continued` sentence completes
    with the sentence before it (only the items and sentences in `only`, when given)."""
    stories: dict[int, str] = {}
    for (category, item, sentence), matched in groups.items():
        earlier = groups.get((category, item, sentence - 1), {})
        if (
            category not in found
            and sentence in continued
            and (only is None or (category, item, sentence) in only)
            and len(matched.keys() | earlier.keys())
            == len(pack.categories[category].together[item])
        ):
            stories.setdefault(category, "together")
    return stories


def _within(firsts: list[int], seconds: list[int]) -> bool:
    """Whether a position of `firsts` is within NEAR_WORDS of one of `seconds` (sorted)."""
    for position in firsts:
        at = bisect.bisect_left(seconds, position - NEAR_WORDS)
        if at < len(seconds) and seconds[at] <= position + NEAR_WORDS:
            return True
    return False


def going_on(read: Tokens) -> frozenset[int]:
    """The sentences that tell on about someone the sentence before told of: they open with
    "he", "she" or "they", and neither they nor the one before ask."""
    asked = read.questions | read.marked
    return frozenset(
        sentence
        for i, sentence in enumerate(read.sentence_of)
        if i
        and read.sentence_of[i - 1] == sentence - 1
        and read.words[i] in _GOES_ON
        and not {sentence, sentence - 1} & asked
    )
