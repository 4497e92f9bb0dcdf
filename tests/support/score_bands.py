"""How often is the matcher's top entry right, by its score, where the quote gate would pass it?

``python -m tests.support.score_bands`` runs every development set (held-out files are never
read) through the whole assistant, as ``infoshare eval`` does, and for each message that reached
the matcher takes the best-scoring entry before the decision rules (minimum score, minimum lead)
and asks the quote gate whether it would quote it. Those the gate would pass are counted right
or wrong against the labels, by score band: the minimum score and the score at which close calls
are settled (``MatcherSettings``) are read from this table (docs/matcher.md).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dialogs.assistant import Assistant
from dialogs.evaluation import assistant_judge
from knowledge.evaluation import load_cases
from knowledge.loader import load_knowledge
from knowledge.matching import LexiconPack, Match, Matcher, MatchResult, NotCoveredPack
from knowledge.matching.index import DocKind, Scored
from knowledge.matching.models import MatcherSettings
from knowledge.matching.quote_gate import QuoteGate
from knowledge.matching.reading import Reading
from knowledge.matching.segment import Segment
from knowledge.qa_pack import QAEntry

DATA = Path(__file__).resolve().parents[1] / "data"
DEV_SETS = [
    "dev-questions.yaml",
    *(f"practice-dev{n}.yaml" for n in ("", "2", "3", "4", "5", "6", "7", "8", "9")),
    *(f"harm-dev{n}.yaml" for n in ("", "2", "3", "4", "5", "6", "7", "8", "9")),
]
BANDS = (0.0, 50.0, 60.0, 70.0, 80.0, 90.0)


class _RecordingGate(QuoteGate):
    """The gate, remembering the part of the message it was last asked about."""

    segment: Segment | None = None

    def check(
        self,
        result: MatchResult,
        segment: Segment,
        reading: Reading | None = None,
        *,
        kinds: frozenset[str] | None = None,
    ) -> MatchResult:
        self.segment = segment
        return super().check(result, segment, reading, kinds=kinds)


class _RecordingMatcher(Matcher):
    """The matcher, remembering the best-scoring entry of the message it last decided."""

    def __init__(
        self,
        entries: Sequence[QAEntry],
        not_covered: NotCoveredPack,
        lexicon: LexiconPack,
        settings: MatcherSettings | None = None,
    ) -> None:
        super().__init__(entries, not_covered, lexicon, settings=settings)
        own: dict[int, tuple[str, ...]] = {}
        for d in self._index.docs:
            if d.kind is DocKind.ENTRY:
                own[d.number] = own.get(d.number, ()) + d.phrases
        self.gate = _RecordingGate(entries, not_covered, self._normaliser, own_wording=own)
        self._gate = self.gate
        self.top: Match | None = None

    def _decide(self, scored: list[Scored]) -> MatchResult:
        docs = self._index.docs
        best = next((s for s in scored if docs[s.doc].kind is DocKind.ENTRY), None)
        self.top = None if best is None else Match(docs[best.doc].number, best.score)
        return super()._decide(scored)


@dataclass(frozen=True)
class Band:
    """Messages whose gate-passing top entry scored from `low` up to the next band."""

    low: float
    right: int
    wrong: int


def bands(paths: Sequence[Path], settings: MatcherSettings | None = None) -> list[Band]:
    """Count right and wrong gate-passing top entries by score band over the labelled files."""
    knowledge = load_knowledge()
    matcher = _RecordingMatcher(
        knowledge.entries, knowledge.not_covered, knowledge.lexicon, settings
    )
    judge = assistant_judge(Assistant(knowledge, matcher))
    counts: Counter[tuple[float, bool]] = Counter()
    for path in paths:
        assert "holdout" not in path.name
        for case in load_cases(path):
            matcher.top, matcher.gate.segment = None, None
            judge(case.text)
            top, segment = matcher.top, matcher.gate.segment
            if top is None or segment is None:
                continue  # answered before the matcher, or no entry came near
            if not matcher.gate.quotes(MatchResult(answer=top), segment):
                continue
            low = max(b for b in BANDS if b <= top.score)
            counts[(low, top.number in case.expect)] += 1
    return [Band(low, counts[(low, True)], counts[(low, False)]) for low in BANDS]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table for the development sets (or the files named)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="*")
    args = parser.parse_args(argv)
    paths = args.files or [DATA / name for name in DEV_SETS if (DATA / name).exists()]
    print("| top entry's score | right | wrong |\n|---|---|---|")
    rows = bands(paths)
    for band, upper in zip(rows, [*BANDS[1:], None], strict=True):
        label = f"{band.low:.0f}-{upper:.0f}" if upper is not None else f"{band.low:.0f} and over"
        print(f"| {label} | {band.right} | {band.wrong} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
