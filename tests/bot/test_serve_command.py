"""`infoshare serve` opens no door by accident: the real command, started as a person would."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

import pytest

from tests.support.environment import command_env
from tests.support.network import free_port


def _http(url: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    """GET (or POST `body` as JSON); the status and the JSON body, or None if it is not JSON."""
    data = None if body is None else json.dumps(body).encode()
    request = Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urlopen(request, timeout=5) as response:
            status, raw = response.status, response.read()
    except HTTPError as error:
        status, raw = error.code, error.read()
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, None


def _refused(tmp_path: Path, args: list[str], **settings: str) -> subprocess.CompletedProcess[str]:
    """Run `infoshare serve ARGS`, which is expected to stop at once."""
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "serve", "--port", str(free_port()), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=command_env(tmp_path, **settings),
        cwd=tmp_path,
        check=False,
    )


@contextmanager
def _serving(tmp_path: Path, args: list[str], **settings: str) -> Iterator[str]:
    """Run `infoshare serve ARGS` until the block ends; yields its base URL on loopback."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve", "--port", str(port), *args],
        env=command_env(tmp_path, **settings),
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()[1]
            try:
                _http(url + "/healthz")
                break
            except URLError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.communicate(timeout=20)


@pytest.mark.usefixtures("warm_tmp_path")
@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "infoshare.example.org"])
def test_dev_mode_refuses_an_address_others_can_reach(tmp_path: Path, host: str) -> None:
    done = _refused(tmp_path, ["--dev", "--host", host], SLACK_BOT_TOKEN="xoxb-secret-token")

    assert done.returncode == 2
    assert done.stderr.count("\n") == 1  # one line
    assert "Slack (no SLACK_SIGNING_SECRET)" in done.stderr
    assert "Teams (no MicrosoftAppId)" in done.stderr
    assert "--unsafe-allow-unauthenticated" in done.stderr
    assert "xoxb-secret-token" not in done.stderr + done.stdout


@pytest.mark.usefixtures("warm_tmp_path")
def test_a_signed_slack_door_in_dev_mode_still_counts_teams_as_open(tmp_path: Path) -> None:
    done = _refused(
        tmp_path,
        ["--dev", "--host", "0.0.0.0"],
        SLACK_BOT_TOKEN="xoxb-secret-token",
        SLACK_SIGNING_SECRET="a-signing-secret",
    )

    assert done.returncode == 2
    assert "Teams (no MicrosoftAppId)" in done.stderr and "Slack" not in done.stderr


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_unsafe_flag_lets_dev_mode_listen_everywhere(tmp_path: Path) -> None:
    args = ["--dev", "--host", "0.0.0.0", "--unsafe-allow-unauthenticated"]
    with _serving(tmp_path, args) as url:
        health = _http(url + "/healthz")
    assert health == (200, {"status": "ok", "doors": ["teams"]})


@pytest.mark.usefixtures("warm_tmp_path")
def test_without_an_app_id_or_dev_mode_there_is_no_teams_endpoint(tmp_path: Path) -> None:
    with _serving(tmp_path, ["--host", "0.0.0.0"]) as url:
        health = _http(url + "/healthz")
        teams, _ = _http(url + "/api/messages", {"type": "message"})
    assert health == (200, {"status": "ok", "doors": []})
    assert teams == 404


@pytest.mark.usefixtures("warm_tmp_path")
def test_dev_mode_on_loopback_mounts_the_teams_door_for_the_emulator(tmp_path: Path) -> None:
    with _serving(tmp_path, ["--dev"]) as url:
        health = _http(url + "/healthz")
    assert health == (200, {"status": "ok", "doors": ["teams"]})
