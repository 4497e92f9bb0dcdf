"""The matcher's index kept on disk: read back while the packs are unchanged, never trusted."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.evaluation import load_cases
from knowledge.matching import Matcher, load_matcher_packs
from knowledge.matching import index_data as index_data_module
from knowledge.matching.cache import PREFIX, SUFFIX, cache_key
from knowledge.matching.index_data import IndexData, build_data
from knowledge.qa_pack import QAEntry, QAPack
from tests.support.packs import builtin_matcher_packs

ROOT = Path(__file__).resolve().parents[2]
PACKS = ROOT / "knowledge" / "packs"
DEV_SET = ROOT / "tests" / "data" / "dev-questions.yaml"
QUESTIONS = [*(c.text for c in load_cases(DEV_SET)[:60]), "who is it for", "ok thanks"]


@pytest.fixture(scope="module")
def entries() -> tuple[QAEntry, ...]:
    pack = QAPack.model_validate(yaml.safe_load((PACKS / "qa.yaml").read_text(encoding="utf-8")))
    return pack.entries


@pytest.fixture(scope="module")
def built(entries: tuple[QAEntry, ...]) -> Matcher:
    not_covered, lexicon = load_matcher_packs(PACKS)
    return Matcher(entries, not_covered, lexicon)


def _matcher(entries: tuple[QAEntry, ...], cache: Path) -> Matcher:
    not_covered, lexicon = load_matcher_packs(PACKS)
    return Matcher(entries, not_covered, lexicon, cache_dir=cache)


def _forbid_building(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("the index was built again")

    monkeypatch.setattr(index_data_module, "build_data", refuse)


def _only_file(cache: Path) -> Path:
    (found,) = cache.glob(f"{PREFIX}*{SUFFIX}")
    return found


_MAGIC = b"infoshare matcher index\n"


def _parts(blob: bytes) -> tuple[dict[str, object], bytes]:
    size = int.from_bytes(blob[len(_MAGIC) : len(_MAGIC) + 8], "little")
    start = len(_MAGIC) + 8
    return json.loads(blob[start : start + size]), blob[start + size :]


def _joined(header: dict[str, object], body: bytes, *, digest: bool = True) -> bytes:
    # A hand-edit that also brings the header's SHA-256 up to date: only the checks of shape
    # and range can catch it.
    if digest:
        header = {**header, "sha256": hashlib.sha256(body).hexdigest()}
    encoded = json.dumps(header).encode()
    return _MAGIC + len(encoded).to_bytes(8, "little") + encoded + body


def _block(header: dict[str, object], body: bytes, index: int) -> tuple[int, int]:
    lengths = header["blocks"]
    assert isinstance(lengths, list)
    start = sum(lengths[:index])
    return start, start + lengths[index]


def _id_out_of_range(blob: bytes) -> bytes:
    header, body = _parts(blob)
    start, _ = _block(header, body, 5)  # "own": document ids
    return _joined(header, body[:start] + struct.pack("=i", 999_999_999) + body[start + 4 :])


def _weight_not_finite(blob: bytes) -> bytes:
    header, body = _parts(blob)
    start, _ = _block(header, body, 3)  # "idf"
    return _joined(header, body[:start] + struct.pack("=d", float("nan")) + body[start + 8 :])


def _wrong_type(blob: bytes) -> bytes:
    header, body = _parts(blob)
    docs = header["docs"]
    assert isinstance(docs, list)
    docs[0]["phrases"] = "7"
    return _joined(header, body)


def _offsets_past_the_end(blob: bytes) -> bytes:
    header, body = _parts(blob)
    _, end = _block(header, body, 4)  # "own_offsets": the last is the end of "own"
    return _joined(header, body[: end - 8] + struct.pack("=q", 10**12) + body[end:])


def _phrase_lost(blob: bytes) -> bytes:
    header, body = _parts(blob)
    start, end = _block(header, body, 1)  # "phrases"
    phrases = body[start:end]
    shorter = phrases[: phrases.rindex(b"\n")]
    lengths = header["blocks"]
    assert isinstance(lengths, list)
    lengths[1] = len(shorter)
    return _joined(header, body[:start] + shorter + body[end:])


def _flipped_byte(blob: bytes) -> bytes:
    # One letter of a phrase changed: every shape and range still fits, only the digest differs.
    header, body = _parts(blob)
    start, end = _block(header, body, 1)  # "phrases"
    at = len(blob) - len(body) + (start + end) // 2
    return blob[:at] + bytes([blob[at] ^ 0x01]) + blob[at + 1 :]


def _nested_header(blob: bytes) -> bytes:
    _, body = _parts(blob)
    nested = b"[" * 100_000
    return _MAGIC + len(nested).to_bytes(8, "little") + nested + body


def test_the_second_start_reads_the_index_and_decides_exactly_as_a_fresh_build(
    entries: tuple[QAEntry, ...], built: Matcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _matcher(entries, tmp_path)
    _forbid_building(monkeypatch)
    again = _matcher(entries, tmp_path)
    for question in QUESTIONS:
        assert again.match(question) == built.match(question), question


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],
        lambda blob: b"not an index at all",
        lambda blob: b"",
        _flipped_byte,
        _nested_header,
        _id_out_of_range,
        _wrong_type,
        _weight_not_finite,
        _offsets_past_the_end,
        _phrase_lost,
    ],
    ids=[
        "truncated",
        "garbage",
        "empty",
        "flipped byte",
        "deeply nested header",
        "id out of range",
        "wrong type",
        "weight not finite",
        "offsets past the end",
        "a phrase lost",
    ],
)
def test_a_damaged_index_file_is_rebuilt_not_trusted(
    entries: tuple[QAEntry, ...],
    built: Matcher,
    tmp_path: Path,
    damage: Callable[[bytes], bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _matcher(entries, tmp_path)
    file = _only_file(tmp_path)
    sound = file.read_bytes()
    file.write_bytes(damage(sound))
    rebuilds: list[int] = []

    def counted(*args: Any) -> IndexData:
        rebuilds.append(1)
        return build_data(*args)

    monkeypatch.setattr(index_data_module, "build_data", counted)
    rebuilt = _matcher(entries, tmp_path)
    assert rebuilds == [1]
    for question in QUESTIONS:
        assert rebuilt.match(question) == built.match(question), question
    assert _only_file(tmp_path).read_bytes() == sound  # written sound again


def test_changed_packs_find_no_index_and_the_old_one_is_removed(
    entries: tuple[QAEntry, ...], tmp_path: Path
) -> None:
    _matcher(entries, tmp_path)
    old = _only_file(tmp_path)
    changed = (
        dataclasses.replace(entries[0], alternates=("can I see the slides?",)),
        *entries[1:],
    )
    _matcher(changed, tmp_path)
    new = _only_file(tmp_path)
    assert new != old
    assert not old.exists()


def test_an_unwritable_cache_directory_only_means_building_every_time(
    entries: tuple[QAEntry, ...], built: Matcher, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    matcher = _matcher(entries, blocked / "cache")
    assert matcher.match("what is an ISP?") == built.match("what is an ISP?")


_TEXT = st.text(alphabet=st.sampled_from("ab \n\x00é"), max_size=4)
_ROWS = st.lists(
    st.tuples(_TEXT, st.lists(_TEXT, max_size=3), st.integers(0, 2)), min_size=1, max_size=3
)


def _entries(rows: list[tuple[str, list[str], int]]) -> list[QAEntry]:
    return [
        QAEntry(number=n, question=q, answer="".join(alts), alternates=tuple(alts))
        for q, alts, n in rows
    ]


@settings(max_examples=200, deadline=None)
@given(_ROWS, st.data())
def test_the_cache_key_changes_with_any_entry_content_and_only_with_it(
    rows: list[tuple[str, list[str], int]], data: st.DataObject
) -> None:
    # The same characters cut into strings at other places ("a" + "b" against "ab" + ""),
    # moved between entries or fields, or any field changed give another key; the same content
    # in new objects gives the same key: the key tells entries apart exactly as their JSON does.
    not_covered, lexicon = builtin_matcher_packs()
    text = "".join(q + "".join(alts) for q, alts, _ in rows)
    cuts = iter(
        sorted(
            data.draw(
                st.lists(
                    st.integers(0, len(text)),
                    min_size=sum(1 + len(a) for _, a, _ in rows),
                    max_size=sum(1 + len(a) for _, a, _ in rows),
                )
            )
        )
    )
    at = 0

    def cut() -> str:
        nonlocal at
        end = next(cuts)
        piece, at = text[at:end], end
        return piece

    recut = [
        (cut(), [cut() for _ in alts], data.draw(st.sampled_from([n, 2 - n])))
        for _, alts, n in rows
    ]
    for other in (recut, data.draw(_ROWS)):
        first, second = _entries(rows), _entries(other)
        same = json.dumps([dataclasses.astuple(e) for e in first]) == json.dumps(
            [dataclasses.astuple(e) for e in second]
        )
        key = cache_key(first, not_covered, lexicon)
        assert (key == cache_key(second, not_covered, lexicon)) == same
    assert key == cache_key(_entries(json.loads(json.dumps(rows))), not_covered, lexicon)
