"""The decide bench's messages and figures. Figures here are made up; nothing is timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import decisions


def test_the_messages_come_from_the_development_files_and_never_a_held_out_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "practice-dev.yaml").write_text('- {q: "what is an ISP?", expect: [12]}\n')
    (tmp_path / "practice-dev-holdout.yaml").write_text('- {q: "kept back", expect: null}\n')
    (tmp_path / "risk-brainstorm.yaml").write_text('- {q: "she said he hit her", risk: true}\n')
    monkeypatch.setattr(decisions, "DATA", tmp_path)

    assert decisions.messages() == ["what is an ISP?", "she said he hit her"]
    assert decisions.messages(decisions.TIMED) == ["what is an ISP?"]


def test_the_figures_are_the_median_99th_percentile_and_mean_in_microseconds() -> None:
    samples = [1_000 * n for n in range(1, 101)]  # 1 to 100 µs

    assert decisions.figures(samples) == {"median_us": 50.5, "p99_us": 100.0, "mean_us": 50.5}
