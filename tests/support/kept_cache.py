"""A data folder's cache built once per test session, for the tests that run the real `infoshare`.

A first `infoshare` in an empty data folder checks the packs and builds the matcher's index and
the start-up snapshot (`knowledge.snapshot`) into its cache folder: seconds of every such test
spent on the same work. `kept_cache` builds that folder once per session (under pytest-xdist,
once per worker: each has its own temporary folders) and `warm_tmp_path` gives a test's own
`tmp_path` a copy of it, so no state passes from one test to another. The tests whose subject is
the cold start, the building of the cache, its invalidation or its absence keep an empty folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.ask_settings import MATCHER_CACHE_DIR
from tests.support.environment import command_env, run_command


@pytest.fixture(scope="session")
def kept_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cache folder a first `infoshare ask` leaves in an empty data folder (built-in packs,
    this checkout's code), built once per session."""
    data = tmp_path_factory.mktemp("kept-data")
    # A longer wait than a test's: every test of the session that uses the cache waits on it.
    done = run_command(["ask", "what is an ISP?"], command_env(data), data, timeout=300)
    assert done.returncode == 0, done.stderr
    cache = data / MATCHER_CACHE_DIR
    assert any(cache.iterdir()), "a first `infoshare ask` kept no cache"
    return cache


def warm(data_dir: Path, kept: Path) -> Path:
    """`data_dir` given a copy of the `kept` cache folder, as a later start finds it."""
    shutil.copytree(kept, data_dir / MATCHER_CACHE_DIR)
    return data_dir


@pytest.fixture
def warm_tmp_path(tmp_path: Path, kept_cache: Path) -> Path:
    """This test's own `tmp_path`, as a data folder, holding a copy of the session's kept cache:
    `infoshare` run with `command_env(tmp_path)` starts as a later start does."""
    return warm(tmp_path, kept_cache)


@pytest.fixture
def warm_tmp_data(tmp_path: Path, kept_cache: Path) -> Path:
    """`tmp_path / "data"`, the data folder of the tests that keep their other files beside it,
    holding a copy of the session's kept cache."""
    return warm(tmp_path / "data", kept_cache)
