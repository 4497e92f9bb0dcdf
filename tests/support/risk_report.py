"""How the risk check does on labelled files: disclosures caught, false alarms, and the misses.

A tuning helper: ``python -m tests.support.risk_report FILE… [--quiet]``. Each file is a YAML
list of items with ``q`` (the message) and ``risk`` (true, false, or absent to skip it).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from knowledge.loader import load_knowledge, qa_words
from knowledge.risk import RiskDetector


@dataclass
class RiskReport:
    """Counts and the messages that went wrong."""

    disclosures: int = 0
    caught: int = 0
    ordinary: int = 0
    false_alarms: int = 0
    missed: list[str] = field(default_factory=list)
    alarmed: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        """One line per figure."""
        caught = self.caught / self.disclosures if self.disclosures else 0.0
        alarms = self.false_alarms / self.ordinary if self.ordinary else 0.0
        return (
            f"disclosures caught: {self.caught}/{self.disclosures} ({caught:.1%})\n"
            f"false alarms: {self.false_alarms}/{self.ordinary} ({alarms:.1%})"
        )


def report(detector: RiskDetector, items: list[dict[str, object]]) -> RiskReport:
    """Run the detector over labelled items."""
    result = RiskReport()
    for item in items:
        risk = item.get("risk")
        text = str(item.get("q", ""))
        if risk is None:
            continue
        finding = detector.detect(text)
        if risk:
            result.disclosures += 1
            if finding is not None:
                result.caught += 1
            else:
                result.missed.append(text)
        else:
            result.ordinary += 1
            if finding is not None:
                result.false_alarms += 1
                why = ", ".join(
                    f"{c}: {q}" for c, q in zip(finding.categories, finding.cues, strict=True)
                )
                result.alarmed.append((text, why))
    return result


def main(argv: list[str]) -> int:
    """Print the report for the files named."""
    quiet = "--quiet" in argv
    files = [Path(a) for a in argv if a != "--quiet"]
    knowledge = load_knowledge()
    detector = RiskDetector(knowledge.risk, qa_words(knowledge.entries))
    items: list[dict[str, object]] = []
    for path in files:
        items += yaml.safe_load(path.read_text("utf-8")) or []
    result = report(detector, items)
    print(result.summary())
    if not quiet:
        for text in result.missed:
            print(f"MISSED: {text}")
        for text, why in result.alarmed:
            print(f"FALSE ALARM: {text}  <- {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
