"""The instruction-counting door bench: reading callgrind's report and writing the table.
Counts here are made up; nothing runs under valgrind."""

from __future__ import annotations

from bench.door_instructions import _by_thread, _report

_REPORT = """PID 2473: /usr/bin/python -m bot.cli serve --port 40461
sending command status internal to pid 2473

  Totals:     Ir
   Th 1  7,250,000
   Th 2  2,500,000
   Th 3    250,000
"""


def test_the_report_is_read_thread_by_thread() -> None:
    assert _by_thread(_REPORT) == {1: 7_250_000, 2: 2_500_000, 3: 250_000}


def test_the_table_gives_each_app_its_median_and_its_ratio_to_the_bare_app() -> None:
    counts = {
        "bare": [(3.0e6, 3.0e6), (3.2e6, 3.2e6), (3.1e6, 3.1e6)],
        "defaults": [(9.3e6, 4.0e6), (9.9e6, 4.5e6), (9.6e6, 4.2e6)],
    }

    lines = _report(counts, "10", "3", "", "1.0").splitlines()

    assert lines[-2].startswith("| bare slack-bolt") and "| 3.10 M |" in lines[-2]
    assert "| 9.60 M | 9.30 M, 9.90 M, 9.60 M | 4.20 M | 3.10x |" in lines[-1]
