"""Choosing a store from its URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.stores import MemoryStore, SQLiteStore, open_store, parse_store_url
from bot.stores.redis import RedisStore
from tests.support.redis_server import RedisServer


async def test_memory_url_opens_a_memory_store(tmp_path: Path) -> None:
    store = await open_store("memory://", data_dir=tmp_path)

    assert isinstance(store, MemoryStore)
    await store.close()


async def test_bare_sqlite_url_opens_the_default_file_in_the_data_dir(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"

    store = await open_store("sqlite://", data_dir=data_dir)

    assert isinstance(store, SQLiteStore)
    await store.put("k", {}, expected_version=None, ttl_seconds=60)
    await store.close()
    assert (data_dir / "infoshare.sqlite3").is_file()


async def test_sqlite_url_with_an_absolute_path_opens_that_file(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere" / "state.sqlite3"

    store = await open_store(f"sqlite://{path}", data_dir=tmp_path / "data")

    assert isinstance(store, SQLiteStore)
    await store.close()
    assert path.is_file()
    assert not (tmp_path / "data").exists()


def test_scheme_is_case_insensitive_and_whitespace_is_ignored() -> None:
    assert parse_store_url("  SQLite:///x/y.sqlite3 ").path == Path("/x/y.sqlite3")


@pytest.mark.parametrize(
    "url", ["redis://:hunter2@cache:6379/0", "rediss://user:hunter2@cache:6380/0", "REDIS://h"]
)
def test_redis_urls_are_accepted_and_keep_the_password_out_of_repr(url: str) -> None:
    parsed = parse_store_url(url)

    assert parsed.kind == "redis"
    assert parsed.url == url
    assert "hunter2" not in repr(parsed)


@pytest.mark.parametrize(
    "url",
    ["redis://:hunter2@cache:notaport/0", "redis:///0", "redis:cache", "redis://:hunter2@/0#x"],
)
def test_malformed_redis_urls_do_not_echo_the_password(url: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_store_url(url)

    message = str(caught.value)
    assert "must name a host" in message
    assert "hunter2" not in message
    assert "notaport" not in message


async def test_redis_url_opens_a_redis_store(redis_server: RedisServer, tmp_path: Path) -> None:
    store = await open_store(redis_server.url, data_dir=tmp_path)

    assert isinstance(store, RedisStore)
    await store.ping()
    await store.close()


@pytest.mark.parametrize("url", ["postgres://db/x", "", "/var/lib/state.sqlite3", "sqlite"])
async def test_unknown_forms_name_the_accepted_ones(url: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"memory://.*sqlite://.*sqlite:///"):
        await open_store(url, data_dir=tmp_path)


@pytest.mark.parametrize(
    "url", ["sqlite://relative/path.db", "sqlite:relative.db", "sqlite:///x.db?mode=ro"]
)
def test_malformed_sqlite_urls_say_what_is_expected(url: str) -> None:
    with pytest.raises(ValueError, match="absolute file path"):
        parse_store_url(url)


@pytest.mark.parametrize("url", ["memory:", "memory://somewhere"])
def test_malformed_memory_urls_say_what_is_expected(url: str) -> None:
    with pytest.raises(ValueError, match=r"just memory://"):
        parse_store_url(url)
