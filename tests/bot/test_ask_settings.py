"""`infoshare ask` reads its two settings without pydantic-settings, and reads them exactly as
the full settings do; whatever it cannot read plainly is left to the full check, which words
the problem as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.ask_settings import read_ask_settings
from bot.settings import load_settings
from tests.support.environment import command_env, hide_settings, run_command


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    hide_settings(monkeypatch, tmp_path, platform=True)


ENVIRONMENTS = [
    {},
    {"INFOSHARE_DATA_DIR": "state"},
    {"INFOSHARE_DATA_DIR": "state", "INFOSHARE_PACKS": "ours"},
    {"infoshare_packs": "ours"},  # pydantic-settings matches names in any case
    {"INFOSHARE_DATA_DIR": "", "INFOSHARE_PACKS": ""},  # an empty value is unset
    {"INFOSHARE_STORE": "memory://", "INFOSHARE_LOG_LEVEL": "debug"},
]


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_ask_reads_the_data_directory_and_packs_as_the_full_settings_do(
    environment: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ours").mkdir()
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    light = read_ask_settings()
    full = load_settings()

    assert light is not None
    assert (light.data_dir, light.packs) == (full.data_dir, full.packs)
    assert light.matcher_cache_dir == full.matcher_cache_dir


def _packs_missing(tmp_path: Path) -> dict[str, str]:
    return {"INFOSHARE_PACKS": str(tmp_path / "nowhere")}


def _data_dir_a_file(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "state").write_text("")
    return {"INFOSHARE_DATA_DIR": str(tmp_path / "state")}


def _dotenv(tmp_path: Path) -> dict[str, str]:
    (tmp_path / ".env").write_text("INFOSHARE_PACKS=ours\n")
    return {}


def _one_name_twice(tmp_path: Path) -> dict[str, str]:
    return {"INFOSHARE_PACKS": str(tmp_path), "infoshare_packs": str(tmp_path / "x")}


@pytest.mark.parametrize("case", [_packs_missing, _data_dir_a_file, _dotenv, _one_name_twice])
def test_what_is_not_plainly_usable_is_left_to_the_full_check(
    case: Callable[[Path], dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in case(tmp_path).items():
        monkeypatch.setenv(name, value)

    assert read_ask_settings() is None


def test_ask_with_a_missing_packs_directory_says_so_as_every_command_does(
    tmp_path: Path,
) -> None:
    env = command_env(tmp_path / "data", INFOSHARE_PACKS=str(tmp_path / "nowhere"))
    said = [
        run_command(command, env, tmp_path)
        for command in (["ask", "what is an ISP?"], ["knowledge", "check"])
    ]

    assert [done.returncode for done in said] == [2, 2]
    assert said[0].stderr == said[1].stderr
    assert f"INFOSHARE_PACKS: there is no directory at {tmp_path / 'nowhere'}" in said[0].stderr
    assert said[0].stdout == ""


def test_ask_reads_the_settings_file_through_the_full_check(tmp_path: Path) -> None:
    (tmp_path / "ours").mkdir()
    (tmp_path / ".env").write_text(f"INFOSHARE_PACKS={tmp_path / 'nowhere'}\n")
    env = command_env(tmp_path / "data")

    done = run_command(["ask", "what is an ISP?"], env, tmp_path)

    assert done.returncode == 2
    assert "INFOSHARE_PACKS: there is no directory at" in done.stderr
