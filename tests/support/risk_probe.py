"""The context probe for model files (docs/risk-learnt.md, "Round 5 (round 20)"); no scikit-learn.

    python -m tests.support.risk_probe MODEL_FILE...

Scores risk_rounds.NEUTRAL_40 and risk_cv.NEUTRAL_CONTEXT (neutral lines about a person, written in
rounds 1 and 2 before any model saw them) and the three remarks the round-20 brief named, with each
model file (knowledge/risk_model.py, as the app scores), beside today's cues.
"""

from __future__ import annotations

import sys
from pathlib import Path

from knowledge.risk_model import load_risk_model
from tests.support.risk_cv import NEUTRAL_CONTEXT
from tests.support.risk_rounds import NEUTRAL_40, cues_today

BRIEF_REMARKS = ["she said no", "he's 16 and understands", "she told me herself"]
"""The remarks the brief named (near lines of FOLLOW_UPS: in-sample for a model trained on it)."""


def probe(paths: list[Path]) -> list[str]:
    """How many neutral context lines (risk_rounds.NEUTRAL_40, risk_cv.NEUTRAL_CONTEXT, both
    written before any model saw them) and the brief's remarks each model file fires on (3 words
    or more at or above its threshold; the cues signpost the OR anyway, so they are shown)."""
    models = [load_risk_model(path) for path in paths]
    rows = []
    for label, lines in (
        ("NEUTRAL_40", NEUTRAL_40),
        ("NEUTRAL_CONTEXT", NEUTRAL_CONTEXT),
        ("brief", BRIEF_REMARKS),
    ):
        cue = cues_today(lines)
        fired = [sum(m.fires(t) for t in lines) for m in models]
        either = [sum(m.fires(t) or c for t, c in zip(lines, cue, strict=True)) for m in models]
        rows.append(f"{label}: cues {sum(cue)}/{len(lines)}; model, OR per file: {fired}, {either}")
        rows += [
            f"  {' '.join(f'{m.score(t):+6.2f}' for m in models)} {'CUES ' if c else ''}{t}"
            for t, c in zip(lines, cue, strict=True)
        ]
    return rows


def main(argv: list[str]) -> int:
    """Print the probe for the model files named."""
    print("\n".join(probe([Path(a) for a in argv])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
