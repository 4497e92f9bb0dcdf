"""What the door benches share: rounds summed up as medians with their range, the tables, and
the load played at a real loopback server. Figures here are made up; nothing is timed."""

from __future__ import annotations

from aiohttp import web
from aiohttp.test_utils import TestServer

from bench._door_bench import (
    DOOR_COLUMNS,
    Column,
    Request,
    Spread,
    latency_figures,
    play,
    ratio,
    summarise,
    table,
)


def test_rounds_are_summed_up_as_the_median_round_with_the_lowest_and_highest() -> None:
    rounds = [{"rps": 90.0, "p50": 12.0}, {"rps": 110.0, "p50": 9.0}, {"rps": 100.0, "p50": 30.0}]

    assert summarise(rounds) == {"rps": Spread(100.0, 90.0, 110.0), "p50": Spread(12.0, 9.0, 30.0)}


def test_a_cell_shows_its_range_unless_every_round_agreed_or_the_column_hides_it() -> None:
    rate = Column("rps", "per second", "{:,.0f}")

    assert rate.cell(Spread(1234.4, 1100.0, 1300.0)) == "1,234 (1,100-1,300)"
    assert rate.cell(Spread(7.0, 7.0, 7.0)) == "7"
    assert Column("calls", "calls", "{:.2f}", spread=False).cell(Spread(2, 1, 3)) == "2.00"


def test_a_table_has_one_row_per_app_and_compares_medians() -> None:
    bare = {c.key: Spread(2.0, 1.0, 3.0) for c in DOOR_COLUMNS}
    ours = {c.key: Spread(1.0, 1.0, 1.0) for c in DOOR_COLUMNS}

    lines = table(DOOR_COLUMNS, [("bare", bare), ("ours", ours)])

    assert len(lines) == 4
    assert lines[0].startswith("| app | per second |")
    assert lines[2].startswith("| bare | 2 (1-3) |")
    assert ratio(ours, bare, "rps") == 0.5


def test_latency_figures_are_the_middle_the_99th_percentile_and_the_slowest() -> None:
    assert latency_figures([float(n) for n in range(100, 0, -1)]) == {
        "p50": 50.5,
        "p99": 99.0,
        "max": 100.0,
    }


async def test_the_load_times_every_request_but_the_warm_up_and_counts_refusals() -> None:
    seen: list[bytes] = []

    async def answer(request: web.Request) -> web.Response:
        body = await request.read()
        seen.append(body)
        return web.Response(status=500 if body == b"refuse" else 200)

    app = web.Application()
    app.router.add_post("/", answer)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        conversations: list[list[Request]] = [
            [(b"a", {}), (b"b", {})],
            [(b"refuse", {}), (b"c", {})],
        ]
        played = await play(str(server.make_url("/")), conversations, [(b"warm", {})])
    finally:
        await server.close()

    assert seen[0] == b"warm"
    assert sorted(seen[1:]) == [b"a", b"b", b"c", b"refuse"]
    assert len(played.latencies) == 4
    assert played.failures == 1
    assert played.requests == 5
