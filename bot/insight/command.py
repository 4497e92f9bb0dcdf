"""The `infoshare report` command: read journals, print the report, write review file and chart;
and, with `--apply`, add the proposals a person approved to a phrasings pack."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import yaml
from pydantic import ValidationError

from bot.insight.chart import NO_CHART, can_draw, render_chart
from bot.insight.journal_reading import read_journals
from bot.insight.redact import has_placeholder
from bot.insight.report import build_report, format_report, write_review
from knowledge.loader import Knowledge
from knowledge.qa_pack import PhrasingsPack

REVIEW_FILE = "insight-review.yaml"
CHART_FILE = "insight-chart.png"
EXIT_PROBLEM = 2


def journal_files(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """The journal files named: files as given, folders as their insight*.sqlite3 files.

    Returns:
        The files found, and a problem for each path that names none.
    """
    files: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.glob("insight*.sqlite3"))
            if not found:
                problems.append(f"{path}: no insight*.sqlite3 journal files in this folder")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            problems.append(f"{path}: no such journal file (is INFOSHARE_INSIGHT off?)")
    return files, problems


def run_report(
    knowledge: Knowledge, paths: list[Path], out: Path, stdout: TextIO, stderr: TextIO
) -> int:
    """Report on the journals at `paths`; the review file and chart go into `out`."""
    files, problems = journal_files(paths)
    if problems:
        stderr.write("".join(f"infoshare report: {p}\n" for p in problems))
        return EXIT_PROBLEM
    try:
        data = read_journals(files)
    except sqlite3.DatabaseError as exc:
        stderr.write(f"infoshare report: a file is not a readable journal ({type(exc).__name__})\n")
        return EXIT_PROBLEM
    report = build_report(data, knowledge)
    stdout.write(format_report(report, knowledge, files=len(files)))
    review, chart = out / REVIEW_FILE, out / CHART_FILE
    if can_draw():
        render_chart(report.days, report.series, chart)
    if report.text_kept:
        write_review(report, review, datetime.now(UTC).date())
        stdout.write(
            f"\n{len(report.proposals)} proposed alternate phrasing(s) written to {review} for "
            "review: nothing changes any pack until a person approves and copies them in.\n"
        )
    stdout.write(f"Chart: {chart}\n" if can_draw() else NO_CHART + "\n")
    return 0


PHRASINGS_HEADER = """\
# Alternate phrasings added to existing Q&A entries, approved by a person from the review file
# of `infoshare report` and added with `infoshare report --apply`. Edit freely; run
# `infoshare knowledge check` on this folder before deploying.
"""


def run_apply(
    knowledge: Knowledge, review: Path, pack: Path, stdout: TextIO, stderr: TextIO
) -> int:
    """Add the proposals a person approved in `review` to the phrasings pack at `pack`.

    Only proposals marked `approve: true` are added, and never one holding a placeholder.
    """
    try:
        data = yaml.safe_load(review.read_text(encoding="utf-8"))
        existing = (
            PhrasingsPack.model_validate(yaml.safe_load(pack.read_text(encoding="utf-8")))
            if pack.exists()
            else PhrasingsPack(kind="phrasings")
        )
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValidationError) as exc:
        stderr.write(f"infoshare report: cannot use {review} or {pack} ({type(exc).__name__})\n")
        return EXIT_PROBLEM
    if not isinstance(data, dict) or data.get("kind") != "review":
        stderr.write(f"infoshare report: {review} is not a review file from infoshare report\n")
        return EXIT_PROBLEM
    added: dict[int, list[str]] = {e.number: list(e.alternates) for e in existing.entries}
    count, problems = 0, []
    for item in data.get("proposals") or []:
        if not isinstance(item, dict) or item.get("approve") is not True:
            continue
        number, phrasing = item.get("entry"), str(item.get("phrasing") or "").strip()
        if not isinstance(number, int) or knowledge.entry(number) is None:
            problems.append(f"entry {number!r} is not a Q&A entry")
        elif not phrasing or has_placeholder(phrasing):
            problems.append(f"entry {number}: a phrasing is empty or holds a placeholder")
        elif phrasing.casefold() not in {p.casefold() for p in added.get(number, [])}:
            added.setdefault(number, []).append(phrasing)
            count += 1
    if problems:
        stderr.write("".join(f"infoshare report: {p}; nothing was added\n" for p in problems))
        return EXIT_PROBLEM
    if count == 0:
        stdout.write("No new approved proposals: set `approve: true` on those to add.\n")
        return 0
    body = {
        "kind": "phrasings",
        "entries": [{"number": n, "alternates": added[n]} for n in sorted(added)],
    }
    PhrasingsPack.model_validate(body)
    pack.parent.mkdir(parents=True, exist_ok=True)
    text = PHRASINGS_HEADER + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100)
    pack.write_text(text, encoding="utf-8")
    stdout.write(
        f"Added {count} approved phrasing(s) to {pack}. Run `infoshare knowledge check "
        f"{pack.parent}`; the assistant uses them once INFOSHARE_PACKS names that folder and it "
        "restarts.\n"
    )
    return 0
