"""How long the event loop stalls while slow turns are answered, with the core on the loop or not.

Every conversation in a process shares its event loop, so one slow decision (a long pasted
story, every word of which the risk check and the matcher read) delays every other person's
answer and acknowledgement. `PEOPLE` people each send one 2,000-character message at once through
the real turn pipeline (memory store); meanwhile a ticker asks to wake every millisecond and
records how late it wakes. Rows: the core on the event loop (`decide_off_loop=False`, the
baseline) and in a worker thread (as shipped), alternating for `ROUNDS` rounds; medians of the
ticker's lateness (p50, p99, worst) and of the time until every answer is in.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path

import yaml

from bot.app import build_core, record_clock
from bot.pipeline import TurnPipeline
from bot.stores.memory import MemoryStore
from dialogs.assistant import Assistant
from dialogs.contract import Turn

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
PEOPLE = 40
ROUNDS = 5
LENGTH = 2000
TICK = 0.001


def _stories() -> list[str]:
    items = yaml.safe_load((DATA / "harm-dev.yaml").read_text("utf-8")) or []
    texts = [str(i["q"]) for i in items]
    stories: list[str] = []
    for start in range(PEOPLE):
        parts: list[str] = []
        i = start
        while sum(len(p) + 1 for p in parts) < LENGTH:
            parts.append(texts[i % len(texts)])
            i += 7
        stories.append(" ".join(parts)[:LENGTH])
    return stories


async def _round(
    assistant: Assistant, off_loop: bool, stories: list[str]
) -> tuple[list[float], float]:
    pipeline = TurnPipeline(
        assistant,
        MemoryStore(),
        clock=record_clock,
        dialog_ttl_seconds=3600,
        event_ttl_seconds=3600,
        decide_off_loop=off_loop,
    )
    lateness: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            asked = time.perf_counter()
            await asyncio.sleep(TICK)
            lateness.append((time.perf_counter() - asked - TICK) * 1000)

    async def one(n: int, story: str) -> None:
        turn = Turn("slack", f"D{n}", f"U{n}", text=story, event_id=f"E{n}")
        await pipeline.answer(turn)
        await pipeline.finish(turn)

    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(0.05)
    began = time.perf_counter()
    await asyncio.gather(*(one(n, s) for n, s in enumerate(stories)))
    seconds = time.perf_counter() - began
    done.set()
    await ticking
    return lateness, seconds


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run() -> str:
    """Run the bench and return a Markdown report."""
    assistant = build_core().assistant
    stories = _stories()
    rows: dict[bool, list[tuple[float, float, float, float]]] = {False: [], True: []}

    async def all_rounds() -> None:
        for _ in range(ROUNDS):
            for off_loop in (False, True):
                lateness, seconds = await _round(assistant, off_loop, stories)
                rows[off_loop].append(
                    (_p(lateness, 0.5), _p(lateness, 0.99), max(lateness), seconds)
                )

    asyncio.run(all_rounds())
    lines = [
        f"{PEOPLE} people send a {LENGTH}-character message at once; a ticker asks to wake every "
        f"{TICK * 1000:.0f} ms. Medians of {ROUNDS} alternating rounds.",
        "",
        "| core runs | loop late p50 (ms) | p99 (ms) | worst (ms) | all answered (s) |",
        "|---|---:|---:|---:|---:|",
    ]
    for off_loop, label in ((False, "on the event loop (baseline)"), (True, "in a worker thread")):
        med = [statistics.median(r[i] for r in rows[off_loop]) for i in range(4)]
        lines.append(f"| {label} | {med[0]:.2f} | {med[1]:.1f} | {med[2]:.1f} | {med[3]:.2f} |")
    base = statistics.median(r[2] for r in rows[False])
    shipped = statistics.median(r[2] for r in rows[True])
    lines += ["", f"Worst stall, worker thread / event loop: {shipped / base:.2f}x."]
    return "\n".join(lines)
