"""The checked knowledge kept on disk: read back while nothing it came from changed, never trusted.

`infoshare ask` and the server pass a cache directory; `infoshare knowledge check` does not.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge import pack_cache, pack_check
from knowledge.loader import Knowledge, KnowledgeError, kept_kinds, load_knowledge
from knowledge.pack_cache import PREFIX

PUBLISHED = "Ask the information governance lead before sharing a whole case file."
OUR_QA: dict[str, Any] = {
    "kind": "qa",
    "source": {
        "title": "Our IG FAQ",
        "publisher": "Anytown Council",
        "published": "2025",
        "file": "our-faq.txt",
    },
    "entries": [
        {
            "number": 101,
            "question": "Who signs off a case file?",
            "answer": PUBLISHED,
            "alternates": ["who approves sending a case file?"],
        }
    ],
}


def _write(folder: Path, name: str, data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def ours(tmp_path: Path) -> Path:
    """An organisation's packs: its own Q&A (quoted from a text beside it), contacts, a phrasing
    for a published entry and a cue of harm added to the built-in ones."""
    packs = tmp_path / "ours"
    _write(packs, "qa.yaml", OUR_QA)
    (packs / "our-faq.txt").write_text(f"Who signs off a case file?\n{PUBLISHED}\n")
    _write(packs, "contacts.yaml", {"kind": "contacts", "contacts": [{"name": "IG, ext 1234"}]})
    _write(
        packs,
        "phrasings.yaml",
        {"kind": "phrasings", "entries": [{"number": 13, "alternates": ["do we need an ISP"]}]},
    )
    _write(packs, "risk.yaml", {"kind": "risk", "categories": [{"id": "neglect", "cues": []}]})
    return packs


def _kept(knowledge: Knowledge) -> dict[str, Any]:
    return {
        f.name: getattr(knowledge, f.name)
        for f in dataclasses.fields(knowledge)
        if f.name != "risk_detector"
    }


def _no_yaml_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path, problems: list[str]) -> None:
        raise AssertionError(f"{path.name} was read although the knowledge is cached")

    monkeypatch.setattr(pack_check, "_load_file", refuse)


def _cache_file(cache: Path) -> Path:
    (found,) = cache.glob(f"{PREFIX}*.json")
    return found


@pytest.mark.parametrize("organisation", [False, True])
def test_a_later_start_reads_the_same_knowledge_without_reading_a_pack(
    organisation: bool, ours: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = ours if organisation else None
    checked = load_knowledge(extra)
    first = load_knowledge(extra, cache_dir=tmp_path / "cache")
    _no_yaml_read(monkeypatch)
    later = load_knowledge(extra, cache_dir=tmp_path / "cache")

    assert _kept(first) == _kept(checked)
    assert _kept(later) == _kept(checked)
    for message in (*checked.risk.examples.disclosures, *checked.risk.examples.ordinary):
        assert later.risk_detector.detect(message) == checked.risk_detector.detect(message)


def test_a_changed_pack_is_checked_again_and_replaces_the_kept_file(
    ours: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    load_knowledge(ours, cache_dir=cache)
    _write(ours, "contacts.yaml", {"kind": "contacts", "contacts": [{"name": "IG, ext 9"}]})

    knowledge = load_knowledge(ours, cache_dir=cache)

    assert [c.name for c in knowledge.contacts.contacts] == ["IG, ext 9"]
    assert len(list(cache.glob(f"{PREFIX}*.json"))) == 1


def _number_taken(packs: Path) -> str:
    _write(packs, "qa.yaml", {**OUR_QA, "entries": [{**OUR_QA["entries"][0], "number": 4}]})
    return "number already used"


def _not_yaml(packs: Path) -> str:
    (packs / "flow.yaml").write_text("kind: flow\nstart: [1, 2\n")
    return "not valid YAML"


def _ordinary_example_caught(packs: Path) -> str:
    example = "my neighbour's children are left alone all night with no food"
    risk = {"kind": "risk", "examples": {"ordinary": [example]}}
    _write(packs, "risk.yaml", risk)
    return "is taken for a disclosure"


@pytest.mark.parametrize("breaking", [_number_taken, _not_yaml, _ordinary_example_caught])
def test_a_broken_pack_is_reported_word_for_word_as_without_a_cache(
    breaking: Any, ours: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    load_knowledge(ours, cache_dir=cache)
    problem = breaking(ours)

    with pytest.raises(KnowledgeError) as without:
        load_knowledge(ours)
    with pytest.raises(KnowledgeError) as cached:
        load_knowledge(ours, cache_dir=cache)

    assert cached.value.problems == without.value.problems
    assert any(problem in p for p in cached.value.problems)


def test_a_changed_published_text_is_checked_again(ours: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_knowledge(ours, cache_dir=cache)
    (ours / "our-faq.txt").write_text("Who signs off a case file?\nThe manager does.\n")

    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(ours, cache_dir=cache)

    assert "number 101" in str(caught.value) and "quoted exactly" in str(caught.value)


def _truncated(record: dict[str, Any]) -> str:
    return json.dumps(record)[:-40]


def _answer_a_number(record: dict[str, Any]) -> str:
    record["fields"]["entries"][0]["answer"] = 5
    return json.dumps(record)


def _unknown_field(record: dict[str, Any]) -> str:
    record["fields"]["flow"]["questions"][0]["colour"] = "red"
    return json.dumps(record)


def _other_key(record: dict[str, Any]) -> str:
    record["key"] = "0" * 64
    return json.dumps(record)


def _missing_field(record: dict[str, Any]) -> str:
    del record["fields"]["routes"]
    return json.dumps(record)


@pytest.mark.parametrize(
    "damage", [_truncated, _answer_a_number, _unknown_field, _other_key, _missing_field]
)
def test_a_damaged_file_is_rebuilt_never_trusted(damage: Any, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_knowledge(cache_dir=cache)
    kept = _cache_file(cache)
    kept.write_text(damage(json.loads(kept.read_text())))

    knowledge = load_knowledge(cache_dir=cache)

    assert _kept(knowledge) == _kept(load_knowledge())
    assert json.loads(_cache_file(cache).read_text())["fields"]["entries"][0]["answer"] == (
        knowledge.entries[0].answer
    )


def test_what_is_kept_is_what_is_used(tmp_path: Path) -> None:
    """The file is the knowledge: an answer changed in it (a valid shape) is what a start gets,
    which is why the file is named and keyed by everything it was made from."""
    cache = tmp_path / "cache"
    load_knowledge(cache_dir=cache)
    kept = _cache_file(cache)
    record = json.loads(kept.read_text())
    record["fields"]["entries"][0]["answer"] = "Changed in the kept file."
    kept.write_text(json.dumps(record))

    assert load_knowledge(cache_dir=cache).entries[0].answer == "Changed in the kept file."


def test_a_cache_directory_that_cannot_be_written_only_costs_time(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")

    knowledge = load_knowledge(cache_dir=not_a_folder / "cache")

    assert _kept(knowledge) == _kept(load_knowledge())


def _field_types(kind: Any) -> list[Any]:
    """Every type met in `kind`'s fields, its own included."""
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return [kind, *(t for f in dataclasses.fields(kind) for t in _field_types(hints[f.name]))]
    if typing.get_origin(kind) is typing.Annotated:  # validators: the type is the first part
        return _field_types(typing.get_args(kind)[0])
    return [kind, *(t for arg in typing.get_args(kind) for t in _field_types(arg))]


def test_every_field_of_the_knowledge_is_of_a_type_the_cache_rebuilds() -> None:
    hints = typing.get_type_hints(Knowledge)
    roots = [hints[f] for f in hints if f in kept_kinds()]
    for kind in (t for root in roots for t in _field_types(root)):
        origin = typing.get_origin(kind)
        assert (
            kind in (str, int, bool, type(None), Ellipsis)
            or isinstance(kind, str)  # a Literal's values
            or origin in (tuple, dict, Mapping, typing.Literal, typing.Union, types.UnionType)
            or (
                isinstance(kind, type)
                and (dataclasses.is_dataclass(kind) or issubclass(kind, Enum))
            )
        ), kind


def test_the_key_changes_with_any_byte_of_a_pack_or_a_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = tmp_path / "code"
    (code / "matching").mkdir(parents=True)
    (code / "loader.py").write_bytes(b"A = 1\n")
    (code / "matching" / "index.py").write_bytes(b"B = 2\n")
    packs = [tmp_path / "qa.yaml", tmp_path / "risk.yaml"]
    packs[0].write_bytes(b"entries: []\n")
    packs[1].write_bytes(b"rules: []\n")
    monkeypatch.setattr(pack_cache, "_PACKAGE_DIR", code)

    def key() -> str | None:
        return pack_cache.pack_key([packs, []])

    first = key()
    assert first is not None
    assert key() == first
    seen: set[str | None] = {first}
    for changed, content in (
        (code / "matching" / "index.py", b"B = 3\n"),
        (code / "loader.py", b"A = 1\n\n"),
        (packs[1], b"rules: [] \n"),
        # The same bytes in all, one moved from a file to the next.
        (packs[0], b"entries: []\nr"),
    ):
        changed.write_bytes(content)
        assert key() not in seen, changed.name
        seen.add(key())
    packs[1].write_bytes(b"ules: [] \n")
    assert key() not in seen
    packs[1].unlink()
    assert key() is None


def test_the_key_reads_every_module_in_the_order_of_their_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = tmp_path / "code"
    for name in ("a.py", "a_b.py", "a/z.py", "a/b/c.py", "ab.py", "b.txt", "a/.hidden.py", "Z.py"):
        (code / name).parent.mkdir(parents=True, exist_ok=True)
        (code / name).write_bytes(name.encode())
    (code / "__pycache__").mkdir()
    (code / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"")
    monkeypatch.setattr(pack_cache, "_PACKAGE_DIR", code)

    # As `sorted(Path.rglob("*.py"))` lists them: by their parts ("a/z.py" before "a_b.py").
    expected = [str(p.relative_to(code)) for p in sorted(code.rglob("*.py"))]
    assert pack_cache.package_modules() == expected
    assert expected.index("a/z.py") < expected.index("a_b.py")
    assert len(expected) == 7


def test_the_package_s_own_modules_are_listed_as_rglob_lists_them() -> None:
    package = Path(pack_cache.__file__).parent
    expected = [str(p.relative_to(package)) for p in sorted(package.rglob("*.py"))]

    assert pack_cache.package_modules() == expected
    assert "matching/index.py" in expected
