"""One snapshot of the built knowledge and matcher: read back only for the same packs and code,
never a file that is damaged or names anything outside the package, and deciding as built."""

from __future__ import annotations

import dataclasses
import io
import json
import pickle
from pathlib import Path

import pytest
import yaml

import knowledge.loader as loader
import knowledge.snapshot as snapshot
import knowledge.snapshot_groups as snapshot_groups
import knowledge.snapshot_pickler as snapshot_pickler
from dialogs.routes import Routes
from knowledge.contacts_pack import Contact, ContactsPack
from knowledge.loader import Knowledge, knowledge_key, load_knowledge
from knowledge.matching import Matcher
from knowledge.matching.phrases import _Phrase
from knowledge.pack_cache import file_digest_of, recorded_inputs
from knowledge.risk_model import MODEL_FILE
from knowledge.route_index import route_index
from knowledge.snapshot import FORMAT, Built, read_snapshot, snapshot_path, write_snapshot

QUESTIONS = (
    "what is an ISP?",
    "do I need an information sharing protocol before I share?",
    "can I share without consent if a child is at risk?",
    "a year 6 girl told me her stepdad touches her",
    "who signs off a case file?",
    "hello",
    "can I tell the police without the young person's consent?",
    "are my chats recorded?",
)


def _built(cache: Path, packs: Path | None = None) -> Built:
    knowledge = load_knowledge(packs, cache_dir=cache)
    matcher = Matcher(knowledge.entries, knowledge.not_covered, knowledge.lexicon, cache_dir=cache)
    return knowledge, matcher, route_index(knowledge)


def _kept(cache: Path, packs: Path | None = None) -> tuple[str, Built]:
    key = knowledge_key(packs)
    assert key is not None
    built = _built(cache, packs)
    inputs = recorded_inputs(cache, key)
    assert inputs is not None
    assert write_snapshot(cache, key, built, inputs)
    return key, built


def _decisions(built: Built) -> list[str]:
    knowledge, matcher, index = built
    detector = knowledge.risk_detector
    routes = Routes(index)
    return [
        repr((matcher.match(q), detector.detect(q), routes.find(q, q), routes.find_loose(q)))
        for q in QUESTIONS
    ]


def test_a_snapshot_reads_back_the_same_knowledge_deciding_the_same(tmp_path: Path) -> None:
    key, built = _kept(tmp_path)
    again = read_snapshot(tmp_path, key)

    assert again is not None
    kept = [f.name for f in dataclasses.fields(Knowledge) if f.name != "risk_detector"]
    assert [getattr(again[0], name) for name in kept] == [getattr(built[0], n) for n in kept]
    assert again[0].risk_detector is not built[0].risk_detector
    dropped = set(snapshot.DROPPED["knowledge.risk:RiskDetector"])
    assert vars(again[0].risk_detector).keys() == vars(built[0].risk_detector).keys() - dropped
    assert _decisions(again) == _decisions(built)
    assert _decisions(again) == _decisions(_built(tmp_path / "elsewhere"))


def test_the_routes_index_reads_back_the_same_sharing_the_packs_routes(tmp_path: Path) -> None:
    key, built = _kept(tmp_path)
    again = read_snapshot(tmp_path, key)

    assert again is not None
    index, kept = again[2], built[2]
    assert (index.route_of, index.whole, index.loose) == (kept.route_of, kept.whole, kept.loose)
    assert [r for _, r in index.with_self] == [r for _, r in kept.with_self]
    # The phrase sets every question searches are read back made: a later start splits none of
    # their phrases (their tables, named tuples among them, equal to those built).
    for name in ("phrases", "self_words"):
        assert getattr(index, name)._ready
        assert vars(getattr(index, name)) == vars(getattr(kept, name))
    # Each route is the knowledge's own value, not a copy of it.
    routes = {id(r) for r in again[0].routes.routes}
    assert {id(r) for r in index.route_of.values()} <= routes
    assert {id(r) for found in index.loose.values() for _, r in found} <= routes


def test_the_detectors_judging_tables_are_made_again_not_kept(tmp_path: Path) -> None:
    # The first start's pack examples made them; a later start that answers a question reads
    # none of them (nor imports their modules), and the first sign of harm makes them again.
    key, built = _kept(tmp_path)
    assert "_tables" in vars(built[0].risk_detector)
    again = read_snapshot(tmp_path, key)

    assert again is not None
    detector = again[0].risk_detector
    assert "_tables" not in vars(detector)
    assert detector.detect("a year 6 girl told me her stepdad touches her") is not None
    assert vars(detector)["_tables"] == vars(built[0].risk_detector)["_tables"]


def test_other_packs_or_code_find_no_snapshot(tmp_path: Path) -> None:
    key, _ = _kept(tmp_path / "cache")
    packs = tmp_path / "ours"
    packs.mkdir()
    (packs / "contacts.yaml").write_text(
        yaml.safe_dump({"kind": "contacts", "contacts": [{"name": "IG, ext 1234"}]})
    )
    theirs = knowledge_key(packs)

    assert theirs is not None and theirs != key
    assert read_snapshot(tmp_path / "cache", theirs) is None
    other_key, _ = _kept(tmp_path / "cache", packs)
    # One snapshot kept: the newer one replaces the other.
    assert [p.name for p in (tmp_path / "cache").glob("built-*")] == [
        snapshot_path(tmp_path, other_key).name
    ]


def test_the_key_follows_the_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The key reads every module of the package: a copy with one module changed keys apart.
    import knowledge.pack_cache as pack_cache  # noqa: PLC0415

    key = knowledge_key()
    code = tmp_path / "knowledge"
    for module in pack_cache._PACKAGE_DIR.rglob("*.py"):
        copy = code / module.relative_to(pack_cache._PACKAGE_DIR)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(module.read_bytes())
    monkeypatch.setattr(pack_cache, "_PACKAGE_DIR", code)
    assert knowledge_key() == key
    (code / "risk.py").write_bytes((code / "risk.py").read_bytes() + b"\n# changed\n")
    assert knowledge_key() != key


def test_a_changed_source_text_voids_the_snapshot(tmp_path: Path) -> None:
    key, built = _kept(tmp_path)
    text = tmp_path / "source.txt"
    text.write_text("as published\n")
    digest = recorded_inputs(tmp_path, key)
    assert digest is not None
    inputs = {**digest, str(text): file_digest_of(text.read_bytes())}
    assert write_snapshot(tmp_path, key, built, inputs)
    assert read_snapshot(tmp_path, key) is not None
    text.write_text("as published, and changed\n")
    assert read_snapshot(tmp_path, key) is None


@pytest.mark.parametrize(
    "damage",
    ["flip", "flip-first", "flip-middle", "flip-last", "truncate", "format", "key", "magic"],
)
def test_a_damaged_or_other_snapshot_is_not_read(tmp_path: Path, damage: str) -> None:
    key, _ = _kept(tmp_path)
    path = snapshot_path(tmp_path, key)
    content = bytearray(path.read_bytes())
    header, body, later = _split(bytes(content))
    if damage.startswith("flip"):
        # One bit anywhere in the body: its first byte, the middle, the last, and 1,000 bytes
        # from its end (the detector's lazy phrases). The later section after it is summed
        # when first read (test_snapshot_later.py).
        end = len(content) - len(later)
        where = {"flip": end - 1000, "flip-first": end - len(body), "flip-last": end - 1}
        content[where.get(damage, end - len(body) // 2)] ^= 0x01
    elif damage == "truncate":
        del content[-1000:]
    elif damage == "magic":
        content[0] ^= 0x01
    else:
        header["format" if damage == "format" else "key"] = (
            FORMAT + 1 if damage == "format" else "0" * 64
        )
        content = bytearray(_file(header, body, later))
    path.write_bytes(bytes(content))

    assert read_snapshot(tmp_path, key) is None


class _Touch:
    """Unpickled by the standard library, it would make a file: a snapshot must refuse it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Path.touch, (self.path,))


@pytest.mark.parametrize("what", ["outside", "not-a-class", "imported", "method"])
def test_a_snapshot_naming_anything_else_is_refused_and_nothing_runs(
    tmp_path: Path, what: str
) -> None:
    key, _ = _kept(tmp_path)
    header, _, _ = _split(snapshot_path(tmp_path, key).read_bytes())
    ran = tmp_path / "ran"
    if what == "outside":
        body = pickle.dumps(_Touch(ran))
    elif what == "method":
        # Only the one bound method kept may be asked for, of an object of its class.
        index = _Call(snapshot.new_object, ("knowledge.matching.index:Index",))
        body = pickle.dumps(_Call(snapshot.kept_method, (index, "score")))
    else:
        kind = {
            "not-a-class": "knowledge.loader:load_knowledge",
            "imported": "knowledge.loader:Path",  # a class, but not one of the package's
        }[what]
        body = pickle.dumps(_Call(snapshot.new_object, (kind,)))
    snapshot_path(tmp_path, key).write_bytes(_file(header, body))

    assert read_snapshot(tmp_path, key) is None
    assert not ran.exists()
    assert pickle.loads(pickle.dumps(_Touch(ran))) is None  # the standard unpickler would run it
    assert ran.exists()


@pytest.mark.parametrize("header_kind", ["callable", "json"])
def test_a_header_that_is_not_plain_data_is_refused_and_nothing_runs(
    tmp_path: Path, header_kind: str
) -> None:
    key, _ = _kept(tmp_path)
    header, body, later = _split(snapshot_path(tmp_path, key).read_bytes())
    ran = tmp_path / "ran"
    if header_kind == "callable":  # the header's own values, with something that would run
        encoded = pickle.dumps({**header, "note": _Touch(ran)})
    else:  # format 3 wrote the same header as JSON
        encoded = json.dumps(header).encode()
    content = snapshot._MAGIC + len(encoded).to_bytes(8, "little") + encoded + body + later
    snapshot_path(tmp_path, key).write_bytes(content)

    assert read_snapshot(tmp_path, key) is None
    assert not ran.exists()


def test_an_object_it_cannot_reduce_means_no_snapshot(tmp_path: Path) -> None:
    key = knowledge_key()
    assert key is not None
    knowledge, matcher, index = _built(tmp_path)
    inputs = recorded_inputs(tmp_path, key)
    assert inputs is not None
    matcher.extra = lambda: None  # type: ignore[attr-defined]

    assert not write_snapshot(tmp_path, key, (knowledge, matcher, index), inputs)
    assert not snapshot_path(tmp_path, key).exists()


def _split(content: bytes) -> tuple[dict[str, object], bytes, bytes]:
    """A snapshot file's header, body and later section."""
    start = len(snapshot._MAGIC) + 8
    size = int.from_bytes(content[len(snapshot._MAGIC) : start], "little")
    header = pickle.loads(content[start : start + size])
    assert isinstance(header, dict)
    end = start + size + header["body"]
    return header, content[start + size : end], content[end:]


def _file(header: dict[str, object], body: bytes, later: bytes = b"") -> bytes:
    """A snapshot file of `header`, its sums and lengths those of `body` and `later`."""
    header = {**header, "sum": snapshot.body_sum(body), "body": len(body)}
    header |= {"later": len(later), "later_sum": snapshot.body_sum(later)}
    encoded = pickle.dumps(header)
    return snapshot._MAGIC + len(encoded).to_bytes(8, "little") + encoded + body + later


class _Call:
    """Pickled as a call of `function` with `args`, named by their module and name."""

    def __init__(self, function: object, args: tuple[object, ...]) -> None:
        self.call = (function, args)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return self.call


def test_the_values_of_a_class_are_made_together_unless_one_could_wait_on_itself(
    tmp_path: Path,
) -> None:
    knowledge, matcher, _ = _built(tmp_path)
    made = snapshot_groups.groups((knowledge, matcher))
    groups = {g.kind.rpartition(":")[2]: g.values for g in made}

    # The detector's places and phrases, a class at a time; not the knowledge, which holds the
    # detector (an object with attributes, made after).
    assert len(groups["Phrase"]) > 1000
    assert len(groups["Words"]) > 1000
    assert "Knowledge" not in groups
    # A value holding a value of its own class is made on its own, after what it holds.
    inner = Contact(name="IG, ext 1234")
    outer = Contact(name=inner)  # type: ignore[arg-type]
    assert snapshot_groups.groups((outer, ContactsPack(kind="contacts", contacts=(inner,)))) == []
    out = io.BytesIO()
    snapshot_pickler.SnapshotPickler(out).dump((outer, [inner, outer]))
    again = snapshot.SnapshotUnpickler(io.BytesIO(out.getvalue())).load()
    assert again == (outer, [inner, outer])
    assert again[0].name is again[1][0]
    assert again[1][1] is again[0]


def test_values_made_together_keep_who_shares_what(tmp_path: Path) -> None:
    shared = Contact(name="IG, ext 1234")
    packs = (ContactsPack(kind="contacts", contacts=(shared, shared)), shared)
    assert [g.kind for g in snapshot_groups.groups(packs)] != []
    out = io.BytesIO()
    snapshot_pickler.SnapshotPickler(out).dump(packs)
    again = snapshot.SnapshotUnpickler(io.BytesIO(out.getvalue())).load()

    assert again == packs
    assert again[0].contacts[0] is again[0].contacts[1] is again[1]


def test_a_retrained_risk_model_changes_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = tmp_path / "risk-tfidf.bin.gz"
    model.write_bytes(MODEL_FILE.read_bytes())
    monkeypatch.setattr(loader, "MODEL_FILE", model)
    key = knowledge_key()

    model.write_bytes(model.read_bytes() + b"\n")

    assert knowledge_key() != key


def test_named_tuples_of_the_package_are_made_as_values_and_checked() -> None:
    kind = "knowledge.matching.phrases:_Phrase"
    row = ("share secure*", ("secure",), True)
    made = snapshot.make_values(kind, (row, row))

    assert made == (row, row)
    assert {type(p) for p in made} == {_Phrase}
    first = made[0]
    assert isinstance(first, _Phrase) and first.rest == ("secure",) and first.prefix
    assert snapshot.make_value(kind, row) == row
    with pytest.raises(snapshot.NotAllowed):
        snapshot.make_values(kind, (row[:2],))
    with pytest.raises(snapshot.NotAllowed):
        snapshot.make_value(kind, [*row])  # type: ignore[arg-type]
    with pytest.raises(snapshot.NotAllowed):
        snapshot.new_object(kind)
    # A named tuple of the standard library is not the package's: refused by name.
    with pytest.raises(snapshot.NotAllowed):
        snapshot.make_value("knowledge.loader:os.stat_result", row)
