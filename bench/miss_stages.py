"""Where the risk check stands on the disclosures it misses: counts only, never a message.

``python -m bench.miss_stages FILE...`` runs the assistant on every labelled message of the files
and, for each disclosure given no signpost, tells which stage it stopped at:

- ``signs found, reply quiet``: the cues find harm in the whole message, yet the reply gave no
  signpost (a dialog's reading set it aside);
- ``signs set aside``: the cues find signs of harm that could count (`holds_signs`), and the
  readings of the message judged them not to (a general question, no one in particular, an item
  with a group missing);
- ``nothing``: no sign that could count, and the learnt model below its threshold.

Each stage is split by the model's score against its threshold, so whether the second opinion
was near is seen too. Because no text is printed, it may be run on held-out files: it tells where
the misses stand without anyone reading them (round 56: 41 of 59 held-out misses held signs).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from bot.core import Core, build_core
from dialogs.evaluation import assistant_judge
from knowledge.labelled_cases import load_cases

STAGES = ("signs found, reply quiet", "signs set aside", "nothing")


def stage_of(core: Core, text: str) -> str:
    """The stage a message given no signpost stopped at (one of `STAGES`)."""
    detector = core.knowledge.risk_detector
    if detector.detect(text) is not None:
        return STAGES[0]
    return STAGES[1] if detector.holds_signs(detector.reading(text)) else STAGES[2]


def margin_band(core: Core, text: str) -> str:
    """How near the learnt model came to firing on `text`: its score less its threshold."""
    model = core.knowledge.risk_model
    margin = model.score(text) - model.threshold
    if margin >= 0:
        return "at or over"
    return "within 1" if margin > -1 else "within 2" if margin > -2 else "further"


def missed_stages(core: Core, paths: list[Path]) -> Counter[tuple[str, str]]:
    """The disclosures of `paths` given no signpost, counted by stage and model band."""
    judge = assistant_judge(core.assistant)
    counts: Counter[tuple[str, str]] = Counter()
    for path in paths:
        for case in load_cases(path):
            if case.risk and not judge(case.text).risk_of_harm:
                counts[stage_of(core, case.text), margin_band(core, case.text)] += 1
    return counts


def main(argv: list[str]) -> int:
    """Print the counts for the labelled files named in `argv`."""
    if not argv:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    counts = missed_stages(build_core(None), [Path(a) for a in argv])
    print(f"disclosures given no signpost: {sum(counts.values())}")
    for stage in STAGES:
        bands = {band: n for (s, band), n in sorted(counts.items()) if s == stage}
        print(f"  {stage}: {sum(bands.values())} (model: {bands})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
