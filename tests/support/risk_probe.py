"""The context probe for model files (docs/risk-learnt.md, "Round 5 (round 20)"); no scikit-learn.

    python -m tests.support.risk_probe MODEL_FILE...
    python -m tests.support.risk_probe --fresh COMMIT:tests/data/FILE.yaml MODEL_FILE...

Scores risk_rounds.NEUTRAL_40 and risk_cv.NEUTRAL_CONTEXT (neutral lines about a person, written in
rounds 1 and 2 before any model saw them) and the three remarks the round-20 brief named, with each
model file (knowledge/risk_model.py, as the app scores), beside today's cues. ``--fresh``: the
OR's totals only (the cues of COMMIT, or each model's firing when they find nothing) on a dev file
as stored at COMMIT, for a fresh set no model was trained on; no item is printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from knowledge.risk_model import load_risk_model
from tests.support.risk_cv import NEUTRAL_CONTEXT, Counts, Item, parse_file
from tests.support.risk_rounds import NEUTRAL_40, _git, cues_at, cues_today

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


def fresh(stored: str, paths: list[Path]) -> list[str]:
    """The OR's recall and false alarms per model file on the dev file ``stored``
    (``COMMIT:tests/data/NAME``), with the cues of that commit; totals only."""
    commit, path = stored.split(":", 1)
    name = path.rsplit("/", 1)[-1]
    assert "holdout" not in name
    items = parse_file(name, _git("show", stored).decode())
    texts = [i.text for i in items]
    cue = cues_at(commit, texts)
    rows = [f"{stored}: cues alone {_cell(items, cue)}"]
    for model_path in paths:
        model = load_risk_model(model_path)
        fired = [c or model.fires(t) for t, c in zip(texts, cue, strict=True)]
        rows.append(f"  OR with {model_path} (alarm {model.threshold:+.4f}): {_cell(items, fired)}")
    return rows


def _cell(items: list[Item], fired: list[bool]) -> str:
    counts = Counts()
    for item, hit in zip(items, fired, strict=True):
        counts.add(item.risk, hit)
    return counts.cell()


def main(argv: list[str]) -> int:
    """Print the probe (or with --fresh FILE, the fresh set's totals) for the model files."""
    if argv and argv[0] == "--fresh":
        print("\n".join(fresh(argv[1], [Path(a) for a in argv[2:]])))
    else:
        print("\n".join(probe([Path(a) for a in argv])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
