"""The knowledge cache's key kept with its files' status: taken while no file has changed, and
computed from the bytes again as soon as one has (`knowledge.key_record`)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from knowledge import key_record, pack_cache
from knowledge.key_record import RECORD


@pytest.fixture
def packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    code = tmp_path / "code"
    (code / "matching").mkdir(parents=True)
    (code / "loader.py").write_bytes(b"A = 1\n")
    (code / "matching" / "index.py").write_bytes(b"B = 2\n")
    files = [tmp_path / "qa.yaml", tmp_path / "risk.yaml"]
    files[0].write_bytes(b"entries: []\n")
    files[1].write_bytes(b"rules: []\n")
    monkeypatch.setattr(pack_cache, "_PACKAGE_DIR", code)
    return files


def _settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if every file had last changed long ago (the test's were written just now)."""
    later = time.time_ns() + 10 * key_record.SETTLED_NS
    monkeypatch.setattr(key_record, "time_ns", lambda: later)


def _hashing_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> str:
        raise AssertionError("the key was computed")

    monkeypatch.setattr(pack_cache, "_pack_key", refuse)


def test_the_key_kept_is_the_key_and_is_taken_while_no_file_changes(
    packs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settled(monkeypatch)
    cache = tmp_path / "cache"
    computed = pack_cache.pack_key([packs, []])

    assert pack_cache.pack_key([packs, []], cache) == computed
    assert (cache / RECORD).exists()
    _hashing_fails(monkeypatch)
    assert pack_cache.pack_key([packs, []], cache) == computed


@pytest.mark.parametrize("changed", ["qa.yaml", "code/matching/index.py"])
def test_other_bytes_of_the_same_size_and_modification_time_are_hashed_again(
    packs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changed: str
) -> None:
    _settled(monkeypatch)
    cache = tmp_path / "cache"
    before = pack_cache.pack_key([packs, []], cache)
    path = tmp_path / changed
    kept = path.stat()
    time.sleep(0.05)  # beyond a step of the clock file times are set from
    path.write_bytes(path.read_bytes().replace(b"[]", b"{}").replace(b"2", b"3"))
    os.utime(path, ns=(kept.st_atime_ns, kept.st_mtime_ns))  # as `cp -p` or `rsync -a` would
    assert path.stat().st_size == kept.st_size
    assert path.stat().st_mtime_ns == kept.st_mtime_ns

    after = pack_cache.pack_key([packs, []], cache)
    assert after != before
    assert after == pack_cache.pack_key([packs, []])


def test_a_module_or_pack_added_or_gone_is_hashed_again(
    packs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settled(monkeypatch)
    cache = tmp_path / "cache"
    first = pack_cache.pack_key([packs, []], cache)
    (tmp_path / "code" / "matching" / "new.py").write_bytes(b"")
    with_module = pack_cache.pack_key([packs, []], cache)
    assert with_module not in {first, None}
    assert with_module == pack_cache.pack_key([packs, []])
    assert pack_cache.pack_key([packs[:1], []], cache) == pack_cache.pack_key([packs[:1], []])
    assert pack_cache.pack_key([packs, packs[:1]], cache) == pack_cache.pack_key([packs, packs[:1]])
    packs[1].unlink()
    assert pack_cache.pack_key([packs, []], cache) is None


def test_no_key_is_kept_while_a_file_has_just_changed(packs: list[Path], tmp_path: Path) -> None:
    # Written within the last moments, a file could change again within the same step of the
    # clock, keeping its status: the key is computed at each start until the files settle.
    cache = tmp_path / "cache"
    key = pack_cache.pack_key([packs, []], cache)

    assert key == pack_cache.pack_key([packs, []])
    assert not (cache / RECORD).exists()


@pytest.mark.parametrize(
    "record", [b"", b"\n\n", b"garbage", b"\xff\xfe\n\nabc", b"x\n\n../../etc", b"\n\n\n\n0"]
)
def test_a_damaged_record_means_the_key_is_computed(
    packs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record: bytes
) -> None:
    _settled(monkeypatch)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / RECORD).write_bytes(record)

    assert pack_cache.pack_key([packs, []], cache) == pack_cache.pack_key([packs, []])
    # …and kept: the next start takes it.
    _hashing_fails(monkeypatch)
    assert pack_cache.pack_key([packs, []], cache) is not None


def test_a_directory_that_cannot_be_written_to_only_means_computing_the_key(
    packs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settled(monkeypatch)
    blocked = tmp_path / "file"
    blocked.write_bytes(b"")

    assert pack_cache.pack_key([packs, []], blocked / "cache") == pack_cache.pack_key([packs, []])
