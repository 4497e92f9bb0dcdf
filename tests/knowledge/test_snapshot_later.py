"""The snapshot's later section: the learnt model's tables, read (and summed) when a message
first needs the model, not at every start; a damaged section is never unpickled, the model is
read from its file instead and the snapshot removed."""

from __future__ import annotations

import io
import pickle
import threading
from pathlib import Path

import pytest

import knowledge.snapshot as snapshot
from adapters.console import ask_text, ask_turn
from bot.core import Core, build_core, turn_clock
from dialogs.state import ConversationState
from knowledge.risk_model import RiskModel
from knowledge.snapshot import SnapshotUnpickler, read_snapshot, snapshot_path
from knowledge.snapshot_later import LaterPart
from knowledge.snapshot_pickler import SnapshotPickler

PLAIN = "what is an ISP?"
LONGER = "do I need an information sharing protocol before I share with the school?"
TOLD = "my neighbour keeps shouting at her little boy and he never seems to have eaten"
_MODEL = "knowledge.risk_model:RiskModel"


def _answer(core: Core, question: str) -> str:
    fresh = ConversationState(greeted=True, reminded=True)
    _, replies, _ = core.assistant.decide(fresh, ask_turn(question), turn_clock())
    return ask_text(replies)


def _waiting(core: Core) -> bool:
    return "_vectorizers" not in vars(core.knowledge.risk_model)


@pytest.fixture(scope="module")
def cores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Core, Path]:
    """A core as a first start builds it (writing the snapshot), and the cache it wrote."""
    cache = tmp_path_factory.mktemp("cache")
    built = build_core(cache_dir=cache)
    assert [p.name for p in cache.glob("built-*")]
    return built, cache


def test_a_plain_question_does_not_read_the_learnt_models_tables(
    cores: tuple[Core, Path],
) -> None:
    built, cache = cores
    core = build_core(cache_dir=cache)
    assert not _waiting(built)
    assert _waiting(core)

    assert _answer(core, PLAIN) == _answer(built, PLAIN)
    assert _waiting(core)  # a short question: the model is not asked
    assert _answer(core, LONGER) == _answer(built, LONGER)
    assert not _waiting(core)
    assert core.knowledge.risk_model == built.knowledge.risk_model
    assert core.knowledge.risk_model.score(TOLD) == built.knowledge.risk_model.score(TOLD)
    assert _answer(core, TOLD) == _answer(built, TOLD)


def test_a_model_read_back_is_written_again_whole(cores: tuple[Core, Path]) -> None:
    built, cache = cores
    core = build_core(cache_dir=cache)
    out = io.BytesIO()

    SnapshotPickler(out).dump(core.knowledge.risk_model)  # no later section: in the body

    again = SnapshotUnpickler(io.BytesIO(out.getvalue())).load()
    assert vars(again).keys() == vars(built.knowledge.risk_model).keys()
    assert again == built.knowledge.risk_model


def test_a_thread_scoring_while_another_reads_the_tables_scores_as_built(
    cores: tuple[Core, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    built, cache = cores
    model = build_core(cache_dir=cache).knowledge.risk_model
    state = LaterPart.state
    other: list[object] = []

    def meanwhile(part: LaterPart) -> dict[str, object]:
        # While this thread reads the tables, another scores a message with the same model.
        if not other:
            scoring = threading.Thread(target=lambda: other.append(model.score(TOLD)))
            other.append(scoring)
            scoring.start()
            scoring.join()
        return state(part)

    monkeypatch.setattr(LaterPart, "state", meanwhile)
    expected = built.knowledge.risk_model.score(TOLD)

    assert model.score(TOLD) == expected
    assert other[1:] == [expected]


def _damaged(cache: Path, tmp_path: Path, where: str) -> Path:
    """A copy of `cache` whose snapshot's later section is damaged at `where`."""
    copy = tmp_path / "cache"
    copy.mkdir()
    for file in cache.iterdir():
        (copy / file.name).write_bytes(file.read_bytes())
    path = next(copy.glob("built-*"))
    content = bytearray(path.read_bytes())
    start = len(snapshot._MAGIC) + 8
    size = int.from_bytes(content[len(snapshot._MAGIC) : start], "little")
    header = pickle.loads(content[start : start + size])
    later = int(header["later"])
    # The damage goes in the learnt tables' own section: at the file's end, after a body of its
    # own, and the very bytes its sum was taken of. (Round 45, fixb: no longer "most of the
    # file": the body, the packs, grew to just over half, the tables did not; their share is
    # no premise of this test.)
    assert 0 < later < len(content) - start - size
    assert snapshot.body_sum(bytes(content[-later:])) == header["later_sum"]
    if where == "outside":  # a sound sum, over a pickle that would run something
        body = bytes(content[start + size : len(content) - later])
        touch = pickle.dumps(_Touch(tmp_path / "ran"))
        header |= {"later": len(touch), "later_sum": snapshot.body_sum(touch)}
        encoded = pickle.dumps(header)
        content = bytearray(
            snapshot._MAGIC + len(encoded).to_bytes(8, "little") + encoded + body + touch
        )
    else:
        at = {"first": len(content) - later, "middle": len(content) - later // 2, "last": -1}
        content[at[where]] ^= 0x01
    path.write_bytes(bytes(content))
    return copy


class _Touch:
    """Unpickled by the standard library, it would make a file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Path.touch, (self.path,))


@pytest.mark.parametrize("where", ["first", "middle", "last", "outside"])
def test_a_damaged_later_section_is_not_read_the_model_is_made_again(
    cores: tuple[Core, Path], tmp_path: Path, where: str
) -> None:
    built, cache = cores
    copy = _damaged(cache, tmp_path, where)
    key = next(copy.glob("built-*")).name.removeprefix("built-").removesuffix(".pickle")
    again = read_snapshot(copy, key)
    assert again is not None  # the body is sound: a start reads it
    model = again[0].risk_model

    assert model.score(TOLD) == built.knowledge.risk_model.score(TOLD)
    assert model == built.knowledge.risk_model
    assert vars(model).keys() == vars(built.knowledge.risk_model).keys()
    assert not (tmp_path / "ran").exists()
    # Removed, so the next start builds and writes it again.
    assert not snapshot_path(copy, key).exists()


def test_only_the_tables_read_the_later_section(cores: tuple[Core, Path]) -> None:
    # Each attribute `LATER` names is a property of its own (tidy37): any other attribute the
    # model lacks is missing, as for any object, and reads nothing.
    assert all(isinstance(getattr(RiskModel, n), property) for n in snapshot.LATER[_MODEL])
    core = build_core(cache_dir=cores[1])
    model = core.knowledge.risk_model

    assert not hasattr(model, "_tables")
    with pytest.raises(AttributeError):
        _ = model._features  # type: ignore[attr-defined]
    assert _waiting(core)
    assert model.features == cores[0].knowledge.risk_model.features
    assert not _waiting(core)
