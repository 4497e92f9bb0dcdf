"""The matcher's index kept on disk: read back while the packs are unchanged, never trusted."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from knowledge.evaluation import load_cases
from knowledge.matching import Matcher, load_matcher_packs
from knowledge.matching import matcher as matcher_module
from knowledge.matching.cache import PREFIX
from knowledge.qa_pack import QAEntry, QAPack

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

    monkeypatch.setattr(matcher_module, "build_data", refuse)


def _only_file(cache: Path) -> Path:
    (found,) = cache.glob(f"{PREFIX}*.json")
    return found


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
        lambda text: text[: len(text) // 2],
        lambda text: "not json at all",
        lambda text: "[" * 100_000,
        lambda text: text.replace('"wording":[', '"wording":[999999999,'),
        lambda text: text.replace('"phrases":["', '"phrases":[7,"', 1),
        lambda text: re.sub(r'("idf":\{"[a-z]+":)[0-9.e-]+', r'\1"1"', text, count=1),
    ],
    ids=["truncated", "garbage", "deeply nested", "id out of range", "wrong type", "bad weight"],
)
def test_a_damaged_index_file_is_rebuilt_not_trusted(
    entries: tuple[QAEntry, ...],
    built: Matcher,
    tmp_path: Path,
    damage: object,
) -> None:
    _matcher(entries, tmp_path)
    file = _only_file(tmp_path)
    assert callable(damage)
    file.write_text(damage(file.read_text(encoding="utf-8")), encoding="utf-8")
    rebuilt = _matcher(entries, tmp_path)
    for question in QUESTIONS:
        assert rebuilt.match(question) == built.match(question), question
    json.loads(_only_file(tmp_path).read_text(encoding="utf-8"))  # written sound again


def test_changed_packs_find_no_index_and_the_old_one_is_removed(
    entries: tuple[QAEntry, ...], tmp_path: Path
) -> None:
    _matcher(entries, tmp_path)
    old = _only_file(tmp_path)
    changed = (
        entries[0].model_copy(update={"alternates": ("can I see the slides?",)}),
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
