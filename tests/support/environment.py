"""Keeping the settings of the machine running the tests out of them.

In-process tests hide every setting (`hide_settings`); a test running the real `infoshare`
command gives it an environment of its own (`command_env`). Either way the test works in its
own folder, so no ``.env`` of the repository is read.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PLATFORM_SETTINGS = frozenset(
    {
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "SLACK_API_URL",
        "MicrosoftAppId",
        "MicrosoftAppPassword",
        "MicrosoftAppTenantId",
        "MicrosoftAppType",
    }
)
"""The Slack and Teams settings: with any of them set, `infoshare serve` opens a door."""

CHECKOUT = Path(__file__).resolve().parents[2]
"""The folder holding the code these tests test."""


def _ours(name: str, *, platform: bool) -> bool:
    folded = name.lower()
    return folded.startswith("infoshare_") or (
        platform and folded in {n.lower() for n in PLATFORM_SETTINGS}
    )


def hide_settings(monkeypatch: pytest.MonkeyPatch, workdir: Path, *, platform: bool) -> None:
    """Unset every ``INFOSHARE_`` setting (and with `platform`, every Slack and Teams one)
    for this test, and work in `workdir`."""
    for name in list(os.environ):
        if _ours(name, platform=platform):
            monkeypatch.delenv(name)
    monkeypatch.chdir(workdir)


def command_env(data_dir: Path, **settings: str) -> dict[str, str]:
    """The environment for `infoshare` run as a command: this machine's, without its Slack and
    Teams settings, keeping state in SQLite under `data_dir`, plus `settings`."""
    kept = {k: v for k, v in os.environ.items() if not _ours(k, platform=True)}
    # The code of this checkout, not whichever one the interpreter was installed from (a second
    # worktree sharing one editable install would otherwise test the first one's code).
    kept["PYTHONPATH"] = os.pathsep.join(filter(None, (str(CHECKOUT), kept.get("PYTHONPATH"))))
    return kept | {"INFOSHARE_DATA_DIR": str(data_dir), "INFOSHARE_STORE": "sqlite://"} | settings


def run_command(
    args: list[str], env: dict[str, str], cwd: Path, stdin: str = "", *, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """`infoshare ARGS` run as its own process (this interpreter, `python -m bot.cli`), text in
    and out, with at most `timeout` seconds (a minute) to finish."""
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=cwd,
        check=False,
    )
