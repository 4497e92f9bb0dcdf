"""Whether a follow-up to a signpost tells new harm, or only the person's wish or a worry.

Just after a signpost, "he asked me not to say anything tho", "she has capacity and says don't
tell anyone" or a relative's "will they take the kids away from her" were signposted a second
time (the cues read a secret kept, "<not> tell anyone" or "take the kids away" as harm) before
the answer to the worry they speak of (round 42, tryout42 #14, disch42, public42). Such a
follow-up tells nothing the signpost just given did not cover: it is answered, with no second
signpost. One that tells new harm beside the worry ("she begged me not to tell because he's got
a knife", "and he hit her again last night") still rings.

The phrases are the typed-words pack's worries: a wish told (`WISHES`: secrecy, refusal,
consent, capacity) counts anywhere; a worry about what will happen (`CONSEQUENCES`: taken into
care, in trouble, angry) only in a message that asks ("will they take the kids away?"), as told
it may be a threat ("he said he'll take the kids away if she leaves").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.risk import RiskFinding
from knowledge.typed_word_names import WorryName
from knowledge.typed_words import phrases_of

WISHES: tuple[WorryName, ...] = ("secret", "refuses", "consents", "capacity")
"""The worries whose phrases tell only the person's wish, a secret asked, or their capacity."""
CONSEQUENCES: tuple[WorryName, ...] = ("into-care", "in-trouble", "angry")
"""The worries whose phrases, asked, are a worry about what telling will bring."""
QUIET_CATEGORIES = frozenset({"worry-or-secret", "threats"})
"""The kinds of harm the phrases above alone are read as (a secret kept; "don't tell anyone"
and "take the kids away" as threats): a finding of any other kind tells harm of its own."""


class NoNewHarm:
    """Reads follow-ups to a signpost for new harm. Pure; built at the first harm told again."""

    def __init__(self, worries: Mapping[WorryName, str], question_words: Collection[str]) -> None:
        """`worries`: the typed-words pack's phrases by worry; `question_words`: the risk
        pack's words a question opens on ("will", "what")."""
        self._wishes = _phrases(worries, WISHES)
        self._consequences = _phrases(worries, CONSEQUENCES)
        self._asking = frozenset(question_words)

    def only_worry(
        self,
        found: RiskFinding,
        text: str,
        detect: Callable[[str], RiskFinding | None],
    ) -> bool:
        """Whether `found`, the risk `text` was read as, comes only from the wish or worry it
        speaks of: it is of `QUIET_CATEGORIES`, and `detect` finds nothing in `text` without
        those phrases."""
        if not QUIET_CATEGORIES.issuperset(found.categories):
            return False
        said = words(text)
        cut: set[int] = set()
        asks = "?" in text or bool(said and said[0] in self._asking)
        for phrases in (self._wishes, self._consequences) if asks else (self._wishes,):
            for start, ends in phrases.all_ends(said).items():
                cut.update(range(start, max(ends)))
        if not cut:
            return False
        return detect(" ".join(w for i, w in enumerate(said) if i not in cut)) is None


def _phrases(worries: Mapping[WorryName, str], names: tuple[WorryName, ...]) -> PhraseSet:
    """The phrases of the worries `names`, as one set."""
    return PhraseSet([p for n in names for p in phrases_of(worries.get(n, ""))])
