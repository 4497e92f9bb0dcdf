"""Unanswered questions grouped by similarity, for `infoshare report` (`bot.insight.report`):
each phrasing joins the most similar group leader, found through an index of the leaders'
rarer words rather than by comparing it with every leader.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.insight.journal import JournalKind
from bot.insight.redact import has_placeholder

SIMILAR = 75.0
"""Two phrasings whose content words are at least this similar (rapidfuzz token-sort ratio,
0-100) share a group."""
# Words that say how something is asked, not what: left out when comparing phrasings, so "can I
# share with the police" and "can I share with the school" are not one question.
_FUNCTION_WORD_LIST = (
    "a about am an and are as at be can could do does for from how i if in is it me my of on "
    "or our should the their there they this to we what when where which who why will with "
    "would you your"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_LIST.split())
_WORDS = re.compile(r"[^\w\[\]-]+")
_SIGNATURE_WORDS = 6
"""How many of a phrasing's rarest content words find the group leaders it is compared with."""
_CANDIDATE_BUDGET = 800
"""Leaders a phrasing is compared with, at most, unless those holding its rarest word and
every other word of it are more."""


def phrasing_key(text: str) -> str:
    """How phrasings are compared: case, punctuation and spacing ignored."""
    return _WORDS.sub(" ", text.casefold()).strip()


@dataclass
class Group:
    """Similar phrasings of one unanswered question."""

    phrasings: Counter[str] = field(default_factory=Counter)
    kinds: Counter[JournalKind] = field(default_factory=Counter)

    @property
    def count(self) -> int:
        """How many times it was asked."""
        return sum(self.phrasings.values())

    @property
    def leader(self) -> str:
        """The phrasing that names the group: the commonest, then one with nothing redacted,
        then the shortest."""
        return min(
            self.phrasings,
            key=lambda p: (-self.phrasings[p], has_placeholder(p), len(p), p),
        )


def counted_phrasings(texts: list[str]) -> list[tuple[str, Counter[str]]]:
    """Each phrasing key of `texts` with its forms counted, commonest key first (ties by key):
    the order in which `group_similar` lets phrasings lead groups."""
    by_key: dict[str, Counter[str]] = {}
    for text in texts:
        by_key.setdefault(phrasing_key(text), Counter())[text] += 1
    return sorted(by_key.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))


def group_similar(texts: list[str], threshold: float = SIMILAR) -> list[Group]:
    """Group phrasings by similarity: each joins the most similar group leader above
    `threshold`, commonest phrasings first, so a group is named by its commonest form.

    A phrasing is compared only with the leaders that hold its rarer content words (see
    `_candidates`), found through an index of the leaders' words, so the cost grows about
    linearly with the number of different phrasings rather than with its square. Phrasings
    similar enough to group almost always share their rarer words; two that share no word
    are never grouped.
    """
    leaders: list[str] = []
    groups: list[Group] = []
    by_word: dict[str, set[int]] = {}
    for key, forms in counted_phrasings(texts):
        words = content_words(key).split()
        candidates = _candidates(words, by_word)
        # Words sorted once here: `fuzz.ratio` of sorted words is `fuzz.token_sort_ratio`,
        # which would sort every leader's words again at every comparison.
        content = " ".join(sorted(words))
        best = process.extractOne(
            content,
            [leaders[n] for n in candidates],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
        )
        if best is None:
            for word in set(words):
                by_word.setdefault(word, set()).add(len(leaders))
            leaders.append(content)
            groups.append(Group())
            target = groups[-1]
        else:
            target = groups[candidates[best[2]]]
        target.phrasings.update(forms)
    return sorted(groups, key=lambda g: (-g.count, g.leader))


def _candidates(words: list[str], by_word: dict[str, set[int]]) -> list[int]:
    """The leaders (by number, in order) a phrasing is compared with.

    Those holding its rarest word, joined by those holding its next rarest while there are
    at most `_CANDIDATE_BUDGET` (up to `_SIGNATURE_WORDS` words). When even its rarest word
    is common, narrowed instead to the leaders that also hold its next rarest words: a
    leader similar enough to join holds most of the phrasing's words.
    """
    held = sorted((len(by_word[w]), w) for w in set(words) if w in by_word)
    if not held:
        return []
    rarest, rest = by_word[held[0][1]], held[1:]
    if len(rarest) > _CANDIDATE_BUDGET:
        found = rarest
        for _, word in rest:
            narrowed = found & by_word[word]  # walks the smaller set, copies no big one
            if narrowed:
                found = narrowed
            if len(found) <= _CANDIDATE_BUDGET:
                break
    else:
        found = set(rarest)
        for count, word in rest[: _SIGNATURE_WORDS - 1]:
            if len(found) + count > _CANDIDATE_BUDGET:
                break
            found |= by_word[word]
    return sorted(found)


def content_words(key: str) -> str:
    """A phrasing's content words, as compared. Placeholders say what was removed, not what
    was asked: they are left out too."""
    words = [w for w in key.split() if w not in _FUNCTION_WORDS and not w.startswith("[")]
    return " ".join(words) or key
