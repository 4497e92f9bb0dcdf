"""Both doors' pure modules load without any platform SDK or web stack.

Each check runs in a fresh interpreter, so nothing another test imported can hide an import.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
HEAVY = ("slack_bolt", "slack_sdk", "aiohttp", "botbuilder", "botframework", "msrest")
PURE = {
    "slack": [
        "adapters.slack",
        "adapters.slack.inbound",
        "adapters.slack.blocks",
        "adapters.slack.mrkdwn",
        "adapters.slack.payloads",
        "adapters.slack.outbound",
        "adapters.http_guard",
    ],
    "teams": [
        "adapters.teams",
        "adapters.teams.inbound",
        "adapters.teams.mentions",
        "adapters.teams.cards",
        "adapters.teams.outbound",
        "adapters.teams.search",
        "adapters.teams.package",
    ],
}
_PROBE = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def loaded_by(modules: list[str]) -> set[str]:
    """The top-level packages loaded once `modules` are imported in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *modules],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    return set(json.loads(done.stdout))


@pytest.mark.parametrize("door", PURE)
def test_a_doors_pure_converters_load_no_sdk_and_no_web_stack(door: str) -> None:
    assert loaded_by(PURE[door]).isdisjoint(HEAVY)


def test_the_probe_sees_an_sdk_when_one_is_loaded() -> None:
    assert {"slack_bolt", "aiohttp"} <= loaded_by(["adapters.slack.door"])
    assert "botbuilder" in loaded_by(["adapters.teams.door"])
