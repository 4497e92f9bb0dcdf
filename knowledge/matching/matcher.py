"""The question matcher: free text in, a Q&A entry, suggestions, a not-covered topic or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from knowledge.collector import collector_paused
from knowledge.matching.giving_way import GivingWay
from knowledge.matching.index import DocKind, Index, Scored
from knowledge.matching.models import (
    LexiconPack,
    Match,
    MatcherSettings,
    MatchResult,
    NotCoveredHit,
    NotCoveredPack,
)
from knowledge.matching.normalise import Normaliser
from knowledge.matching.queries import queries
from knowledge.matching.quote_gate import QuoteGate
from knowledge.matching.reading import Reading
from knowledge.matching.rival_filters import RivalFilters, as_match
from knowledge.matching.segment import Segment, prefaced, question_parts
from knowledge.matching.settling import Settling
from knowledge.matching.verdicts import Verdicts
from knowledge.qa_pack import QAEntry

_NOTHING = MatchResult()
_CHATTER = MatchResult(off_topic=True)


class Matcher:
    """Matches a practitioner's message to the published Q&A.

    Built once from the packs; `match` is pure, thread-safe and never raises on a string.
    """

    def __init__(
        self,
        entries: Sequence[QAEntry],
        not_covered: NotCoveredPack,
        lexicon: LexiconPack,
        *,
        settings: MatcherSettings | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        """Normalise every entry, alternate and cue and build the index (or read it from a cache).

        Args:
            entries: the Q&A entries to answer from.
            not_covered: topics the Q&A does not answer, and off-topic chatter.
            lexicon: abbreviations, spellings, synonyms, fillers and stopwords.
            settings: thresholds and weights; the tuned defaults when omitted.
            cache_dir: a directory to keep the built index in between starts, keyed by the
                packs' content; None builds it every time.
        """
        # Only building the matcher reads or writes its cache: a start that reads the snapshot
        # (`knowledge.snapshot`) makes no `Matcher` and imports neither module.
        from knowledge.matching.cache import (  # noqa: PLC0415
            CachedIndex,
            cache_key,
            read_cache,
            write_cache,
        )
        from knowledge.matching.index_data import build_data  # noqa: PLC0415

        self._settings = settings or MatcherSettings()
        with collector_paused():
            key = cache_key(entries, not_covered, lexicon) if cache_dir is not None else ""
            cached = read_cache(cache_dir, key) if cache_dir is not None else None
            if cached is None:
                vocabulary: set[str] = set()
                # Typo correction is not used on the packs' own wording: the vocabulary it needs is
                # gathered while the index is built.
                data = build_data(entries, not_covered, Normaliser(lexicon), vocabulary)
                cached = CachedIndex(vocabulary=sorted(vocabulary), index=data)
                if cache_dir is not None:
                    write_cache(cache_dir, key, cached)
            self._normaliser = Normaliser(
                lexicon, cached["vocabulary"], max_typo_fixes=self._settings.max_typo_fixes
            )
            self._index = Index.from_state(cached["index"], self._settings)
            del cached
            self._rivals = RivalFilters(self._index, not_covered, self._settings)
            own: dict[int, tuple[str, ...]] = {}
            for d in self._index.docs:
                if d.kind is DocKind.ENTRY:
                    own[d.number] = own.get(d.number, ()) + d.phrases
            self._gate = QuoteGate(entries, not_covered, self._normaliser, own_wording=own)
            self._ways = GivingWay(not_covered.topics, own)
            self._settling = Settling(self._settings, self._index, self._gate, self._rivals)

    @property
    def settings(self) -> MatcherSettings:
        """The thresholds and weights in use."""
        return self._settings

    @property
    def known_words(self) -> frozenset[str]:
        """Every word the packs use, and the lexicon's, in lower case: words that are not names."""
        return self._normaliser.known_words

    def formal_request(self, text: str) -> NotCoveredHit | None:
        """The reply for a formal request when `text`, which tells of a request, names a formal
        requester ("police have asked for a pupil's address"); None otherwise."""
        return self._gate.formal_requester(text)

    def match(self, text: str, parts: Sequence[Segment] | None = None) -> MatchResult:
        """Decide what a message is asking.

        Args:
            text: the message as the user typed it; any string at all.
            parts: `question_parts(text)` with at least `settings.max_segments` segments (or
                all there are), when the caller has already read them; None reads them here.

        Returns:
            An outright answer, suggestions, a not-covered topic, off-topic chatter, or nothing.
        """
        if not isinstance(text, str) or not text:
            return _NOTHING
        reading = Reading(self._normaliser)  # this message's alone: dropped when it is decided
        gate = Verdicts(self._gate, reading)
        best: list[Scored] = []
        best_quality = float("-inf")
        best_part = Segment("")
        chatter = False
        limit = self._settings.max_segments
        if parts is None:
            parts = question_parts(text, max_segments=limit)
        for segment in parts[:limit]:
            topics = self._rivals.topics(reading.words(segment.text), reading)
            for query, background in queries(segment, reading, self._settings):
                if not query.content and not background:
                    chatter = chatter or (query.had_fillers and not query.tokens)
                scored = self._index.score(query, background, topics)
                quality = self._decisiveness(scored)
                if scored and quality > best_quality:
                    best, best_quality, best_part = scored, quality, prefaced(segment)
        if not best:
            return _CHATTER if chatter else _NOTHING
        rivals = self._rivals
        typed = reading.words(best_part.text)
        best = rivals.without_the_case_topic(rivals.without_chatter(best, typed), typed)
        if not best:
            return _NOTHING
        if rivals.anchored:
            kept = rivals.without_unanchored_topics(best, typed, reading)
            if not kept:
                return _NOTHING
            entry_first = self._index.docs[kept[0].doc].kind is DocKind.ENTRY
            clear = (
                len(kept) < len(best) and entry_first and self._clear_answer(kept, best_part, gate)
            )
            if kept[0] is not best[0] and entry_first and not clear:
                # Nearer a topic we don't cover than any entry: an entry is at most a suggestion,
                # unless it alone answers the ask and the topic goes unnamed
                # (`Settling.sole_answer`).
                entries = [r for r in kept if self._index.docs[r.doc].kind is DocKind.ENTRY]
                suggested = self._suggest(kept[0].score, entries)
                return self._settling.sole_answer(best, best_part, gate) or suggested
            if kept[0] is not best[0] or clear:
                best = kept
        best = rivals.without_weak_chatter(best, best_part, gate)
        if not best:  # only chatter scored, set aside on topic ("what did the Laming report say…")
            return _NOTHING
        result = self._decide(best)
        if result.answer is None and not result.not_covered:
            result = (
                self._settling.close_call(best, best_part, gate)
                or self._settling.low_score(best, best_part, gate)
                or result
            )
        checked = gate.check(result, best_part)
        if checked.answer is not None:
            settled = self._settling.answer_to_the_ask(best, best_part, checked.answer, gate)
            if settled is not None:
                return settled
            if self._settling.asked_elsewhere(best_part, checked.answer, gate):
                return MatchResult(
                    suggestions=(checked.answer, *checked.suggestions), withheld=True
                )
            return checked
        if checked.not_covered is None and not checked.off_topic:
            return (
                self._settling.by_ask(best, best_part, gate)
                or self._settling.sole_answer(best, best_part, gate)
                or gate.without_guesses(checked, best_part, self._settings.min_score)
            )
        return self._ways.entry_for(checked, best, self._index.docs, best_part, gate) or checked

    def _clear_answer(self, kept: list[Scored], segment: Segment, gate: Verdicts) -> bool:
        # A topic the message does not name (none of its anchors) is no rival to an entry that
        # scores high, stands clear of every other, and answers what is asked ("consent to
        # share?" is as near the topic of consent ages, but names no age).
        s = self._settings
        top = kept[0]
        runner_up = kept[1].score if len(kept) > 1 else 0.0
        if top.score < s.close_call_min or top.score - runner_up < s.min_lead:
            return False
        return gate.quotes(self._as_match(top), segment)

    def _decisiveness(self, scored: list[Scored]) -> float:
        # Which part of a long message to believe: a high score that also stands clear of the
        # runner-up, so that context which settles the question beats a bare "is that right?".
        if not scored:
            return float("-inf")
        runner_up = scored[1].score if len(scored) > 1 else 0.0
        return scored[0].score + min(scored[0].score - runner_up, self._settings.lead_cap)

    def _decide(self, scored: list[Scored]) -> MatchResult:
        s = self._settings
        docs = self._index.docs
        top = scored[0]
        top_doc = docs[top.doc]
        runner_up = scored[1].score if len(scored) > 1 else 0.0
        entries = [r for r in scored if docs[r.doc].kind is DocKind.ENTRY]
        if top_doc.kind is not DocKind.ENTRY:
            if top.score < s.suggest_min:
                return _NOTHING
            if entries and top.score - entries[0].score < s.min_lead:
                # Too close to call between an entry and a topic we don't cover: offer entries.
                return self._suggest(top.score, entries)
            if top_doc.kind is DocKind.CHATTER:
                return _CHATTER
            return MatchResult(not_covered=NotCoveredHit(top_doc.topic, top_doc.reply))
        if top.score >= s.min_score and top.score - runner_up >= s.min_lead:
            others = tuple(
                self._as_match(r)
                for r in entries[1:]
                if r.score >= s.suggest_min and top.score - r.score < s.min_lead * 2
            )
            return MatchResult(answer=self._as_match(top), suggestions=others[:2])
        return self._suggest(top.score, entries)

    def _suggest(self, best: float, entries: list[Scored]) -> MatchResult:
        s = self._settings
        near = [
            r for r in entries if r.score >= s.suggest_min and best - r.score <= s.suggest_window
        ]
        return MatchResult(suggestions=tuple(map(self._as_match, near[: s.max_suggestions])))

    def _as_match(self, scored: Scored) -> Match:
        return as_match(self._index.docs, scored)
