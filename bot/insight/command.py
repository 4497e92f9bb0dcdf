"""The `infoshare report` command: read journals, print the report, write review file and chart."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from bot.insight.chart import render_chart
from bot.insight.journal import read_journals
from bot.insight.report import build_report, format_report, write_review
from knowledge.loader import Knowledge

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
    render_chart(report.days, report.series, chart)
    if report.text_kept:
        write_review(report, review, datetime.now(UTC).date())
        stdout.write(
            f"\n{len(report.proposals)} proposed alternate phrasing(s) written to {review} for "
            "review: nothing changes any pack until a person approves and copies them in.\n"
        )
    stdout.write(f"Chart: {chart}\n")
    return 0
