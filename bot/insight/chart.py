"""The chart of answered / suggested / declined questions by day, as a PNG.

matplotlib is an optional extra (`pip install 'infoshare[charts]'`), imported here on first use
with its file-only Agg backend: it never opens a window, and the assistant and the text report
work without it.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

NO_CHART = (
    "Chart: not drawn, as matplotlib is not installed "
    "(for the PNG: pip install 'infoshare[charts]')."
)

COLOURS = {"answered": "#2e7d32", "suggested": "#f9a825", "declined": "#c62828"}


def can_draw() -> bool:
    """Whether matplotlib, which draws the chart, is installed."""
    return importlib.util.find_spec("matplotlib") is not None


def render_chart(days: tuple[date, ...], series: dict[str, tuple[int, ...]], path: Path) -> None:
    """Draw stacked daily bars of each series into a PNG at `path`.

    Args:
        days: one date per bar, in order (may be empty).
        series: name to one count per day; drawn bottom-up in the order given.
        path: the PNG to write.
    """
    import matplotlib  # noqa: PLC0415 (heavy: loaded only by the report)

    matplotlib.use("Agg")
    from matplotlib.figure import Figure  # noqa: PLC0415
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415

    figure = Figure(figsize=(9, 4.5), dpi=100, layout="constrained")
    axes = figure.add_subplot()
    if not days:
        axes.text(0.5, 0.5, "No questions in the journal yet", ha="center", va="center")
        axes.set_axis_off()
    else:
        positions = list(range(len(days)))
        bottom = [0] * len(days)
        for name, counts in series.items():
            axes.bar(
                positions,
                counts,
                bottom=bottom,
                label=f"{name} ({sum(counts)})",
                color=COLOURS.get(name),
                width=0.8,
            )
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        step = max(1, len(days) // 10)
        axes.set_xticks(positions[::step], [d.strftime("%d %b") for d in days[::step]])
        axes.set_ylabel("questions")
        figure.legend(loc="outside right upper", frameon=False)
        axes.spines[["top", "right"]].set_visible(False)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_title("Questions answered, offered suggestions, and declined, by day (UTC)")
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png")
