"""A short follow-up just after a quoted answer, leaning on it (round 43, tryout43 #6).

After "do I need an ISP to share with the school?" is quoted entry 13, "what about with the
police?" asks the same of another partner, and "and what actually is one?" asks what an ISP is.
Neither says enough to be matched alone. Only the quoted entry's number is remembered between
turns (`ConversationState.quoted`), never the text: the entry's own pack fields say what it is
about (`subject`) and whether it holds for any partner (`holds_for_any_party`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from dialogs.state import FOLLOW_UP_WORDS
from knowledge.loader import Knowledge
from knowledge.matching import Match, MatchResult
from knowledge.matching.segment import Segment
from knowledge.typed_words import after_lead

if TYPE_CHECKING:
    from dialogs.declined_parties import FollowUpParties


class QuotedFollowUp:
    """Reads a short follow-up to the entry quoted on the last turn."""

    def __init__(
        self, knowledge: Knowledge, match: Callable[[str, Sequence[Segment] | None], MatchResult]
    ) -> None:
        """`match`: the Q&A's match of a question."""
        words = knowledge.typed_words
        self._knowledge = knowledge
        self._leads = sorted((lead.split() for lead in words.follow_ups), key=len, reverse=True)
        self._pronouns = frozenset(words.follow_up_pronouns)
        self._match = match

    @functools.cached_property
    def _parties(self) -> FollowUpParties:
        # Made at the first follow-up that may name a party, not at start: a later `infoshare
        # ask` never reads one.
        from dialogs.declined_parties import FollowUpParties  # noqa: PLC0415 (as said above)

        words = self._knowledge.typed_words
        return FollowUpParties(words.follow_up_parties, words.follow_up_asides)

    def leaning(
        self,
        matched: MatchResult | None,
        asked: tuple[str, Sequence[Segment]],
        *,
        quoted: int | None,
        simple: str,
    ) -> MatchResult:
        """The match of a message (`matched`, when already made; `asked`: its text and
        question parts; `simple`: simplified), or when it quotes nothing and the last turn
        quoted entry `quoted`, what the message asks as a follow-up to it (`read`), if it
        quotes an answer."""
        result = matched if matched is not None else self._match(*asked)
        if result.answer is not None or quoted is None:
            return result
        return self.read(quoted, simple) or result

    def read(self, quoted: int, simple: str) -> MatchResult | None:
        """What a follow-up (`simple`: simplified) to entry `quoted` asks: that entry again
        (`again`), or the match of the follow-up read with the entry's subject (`as_asked`)
        when it quotes an answer; None for anything else."""
        if self.again(quoted, simple):
            return MatchResult(answer=Match(number=quoted, score=100.0))
        asked = self.as_asked(quoted, simple)
        result = self._match(asked, None) if asked is not None else None
        return result if result is not None and result.answer is not None else None

    def again(self, quoted: int, simple: str) -> bool:
        """Whether `simple` (simplified) asks entry `quoted` again: it only names another party
        to share with ("what about with the police?", "and the GP?"), and the entry holds for
        any party."""
        from dialogs.declined_parties import AND_WORDS  # noqa: PLC0415 (only after a quote)

        entry = self._knowledge.entry(quoted)
        words = simple.split()
        if entry is None or not entry.holds_for_any_party or len(words) > FOLLOW_UP_WORDS:
            return False
        rest = after_lead(words, self._leads)
        if rest is None and (words[:1] != ["and"] or len(words) > AND_WORDS):
            return False
        return self._parties.named(words[1:] if rest is None else rest) is not None

    def as_asked(self, quoted: int, simple: str) -> str | None:
        """`simple` with its one word standing for the quoted entry's subject ("one", "it") put
        in its place ("and what actually is an information sharing protocol"), to be matched
        as a question of its own; None when the entry names no subject, or `simple` is long or
        holds no such word, or more than one."""
        entry = self._knowledge.entry(quoted)
        words = simple.split()
        if entry is None or entry.subject is None or len(words) > FOLLOW_UP_WORDS // 2:
            return None
        standing = [i for i, w in enumerate(words) if w in self._pronouns]
        if len(standing) != 1:
            return None
        at = standing[0]
        return " ".join([*words[:at], entry.subject, *words[at + 1 :]])
