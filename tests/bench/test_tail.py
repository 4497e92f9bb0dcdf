"""The tail bench's figures and table. Figures here are made up; nothing is timed."""

from __future__ import annotations

from bench import bench_tail


def test_the_figures_are_the_median_99th_percentile_and_worst_in_microseconds() -> None:
    samples = [1_000 * n for n in range(200, 0, -1)]  # 1 to 200 µs, out of order

    assert bench_tail.figures(samples) == {"median_us": 100.5, "p99_us": 199.0, "worst_us": 200.0}


def test_the_table_shows_each_versions_median_over_rounds_with_its_range() -> None:
    def round_of(p99: float) -> dict[str, object]:
        same = {"median_us": 500.0, "p99_us": p99, "worst_us": 3_000.0}
        return {"both": same, "matcher": same, "risk": same}

    table = bench_tail.table({"this tree": [round_of(900.0), round_of(1_500.0), round_of(1_000.0)]})

    assert "| this tree | risk check + matcher | 500 (500-500) | 1,000 (900-1,500) |" in table


def test_the_instruction_table_shows_each_version_beside_the_first() -> None:
    def counts(slowest: float, rest: float) -> dict[str, object]:
        same = {"slowest": slowest, "rest": rest}
        return {"both": same, "matcher": same, "risk": same}

    table = bench_tail.instruction_table(
        {"`main`": counts(10_000_000, 4_000_000), "this tree": counts(9_000_000, 4_400_000)},
        32,
        288,
    )

    assert "| slowest decile (32), instructions | | the rest (288) |" in table
    assert "| `main` | risk check + matcher | 10,000,000 | +0.0% | 4,000,000 | +0.0% |" in table
    assert "| this tree | matcher | 9,000,000 | -10.0% | 4,400,000 | +10.0% |" in table
