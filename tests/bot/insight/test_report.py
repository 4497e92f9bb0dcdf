"""`infoshare report`, end to end: scripted conversations through the real pipeline and store,
then the report read from the journal it left."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import struct
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.app import Core
from bot.cli import main
from bot.insight.command import run_apply, run_report
from bot.insight.journal import Journal, JournalKind, knowledge_words
from bot.insight.journal_reading import read_journals
from bot.insight.observer import Insight
from bot.insight.phrasing_groups import group_similar
from bot.insight.report import build_report
from bot.pipeline import TurnPipeline
from bot.stores.sqlite import SQLiteStore
from dialogs.contract import Reply, Turn
from knowledge.loader import KnowledgeError, builtin_packs_dir, load_knowledge
from knowledge.matching import Matcher
from tests.support.clocks import FakeClock
from tests.support.grouping import group_comparing_every_leader
from tests.support.pipelines import test_pipeline

DAY = 86400.0
START = 1_795_000_000.0  # 2026-11-18, a fixed day for the journal's clock


class Person:
    """One practitioner talking through the pipeline."""

    def __init__(self, pipeline: TurnPipeline, user: str, channel: str = "slack") -> None:
        self.pipeline = pipeline
        self.user = user
        self.channel = channel
        self.last: list[Reply] = []

    async def send(self, text: str):
        self.last = await self.pipeline.handle(
            Turn(self.channel, "C-" + self.user, self.user, text)
        )
        return self.last

    async def pick(self, label_start: str):
        choice = next(c for r in self.last for c in r.choices if c.label.startswith(label_start))
        self.last = await self.pipeline.handle(
            Turn(self.channel, "C-" + self.user, self.user, action=choice.value)
        )
        return self.last


ENTRY_5 = "What do children, young people and families think"


async def run_script(core: Core, journal_path: Path, store_path: Path, clock: FakeClock) -> None:
    """Two days of use by eight people, on two doors."""
    journal = await Journal.open(
        journal_path,
        keep_text=True,
        keep_days=30,
        clock=clock,
        known_words=knowledge_words(core.knowledge),
    )
    store = await SQLiteStore.open(store_path)
    try:
        pipeline = test_pipeline(core, store, observer=Insight(journal, None))
        people = [Person(pipeline, f"U{n}", "slack" if n % 2 else "teams") for n in range(8)]
        a, b, c, d, e, f, g, h = people
        # Day 1
        await a.send("how long should we keep case files")
        await b.send("How long do we keep case files for?")
        await c.send("info for the school nurse")
        await c.pick(ENTRY_5)
        await d.send("info for the school nurse")
        await d.pick(ENTRY_5)
        await e.send("what is an ISP")
        await f.send("purple monkey dishwasher")
        # Day 2
        clock.now += DAY
        await g.send("Zebediah's mum (07700 900123) asks: purple monkey dishwasher?")
        await h.send("what is an ISP")
        await a.send("what is an information sharing protocol")
        await b.send("do i tell parents")
        await b.send("topics")  # the link to the question lasts one turn only, so…
        await b.pick(ENTRY_5)  # …this topic button is not counted as a pick for it
        await e.send("sharing stuff with teachers")  # suggested, nothing picked
    finally:
        await store.close()
        await journal.close()


def _packs_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(builtin_packs_dir().glob("*.yaml")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture
async def journal_file(core: Core, tmp_path: Path) -> Path:
    path = tmp_path / "data" / "insight.sqlite3"
    await run_script(core, path, tmp_path / "data" / "state.sqlite3", FakeClock(START))
    return path


def test_the_report_adds_up_the_scripted_conversations(core: Core, journal_file: Path) -> None:
    data = read_journals([journal_file], now=START + 2 * DAY)
    report = build_report(data, core.knowledge)

    assert report.days == (date(2026, 11, 18), date(2026, 11, 19))
    assert report.series["answered"] == (1, 2)
    assert report.series["suggested"] == (2, 2)
    assert report.series["declined"] == (3, 1)
    assert report.totals[JournalKind.PICKED] == 2

    groups = {g.leader: g for g in report.unanswered}
    case_files = next(g for g in report.unanswered if "case files" in g.leader)
    assert case_files.count == 2
    assert case_files.kinds[JournalKind.NOT_COVERED] == 2
    assert set(case_files.phrasings) == {
        "how long should we keep case files",
        "How long do we keep case files for?",
    }
    dishwasher = next(g for g in report.unanswered if "dishwasher" in g.leader)
    assert dishwasher.count == 2
    redacted = [p for p in dishwasher.phrasings if "[phone]" in p]
    assert redacted == ["[name] mum ([phone]) asks: purple monkey dishwasher?"]
    # Picked questions are answered, so not listed as unanswered; unpicked suggestions are.
    assert not any("school nurse" in leader for leader in groups)
    assert "do i tell parents" in groups
    assert "sharing stuff with teachers" in groups

    assert [(p.entry, p.phrasing, p.count) for p in report.picked] == [
        (5, "info for the school nurse", 2)
    ]
    assert [(p.entry, p.phrasing, p.picked) for p in report.proposals] == [
        (5, "info for the school nurse", 2)
    ]


def test_the_command_prints_the_report_and_writes_review_and_chart(
    core: Core, journal_file: Path, tmp_path: Path
) -> None:
    before = _packs_digest()
    out, err = io.StringIO(), io.StringIO()
    status = run_report(core.knowledge, [journal_file.parent], tmp_path / "out", out, err)

    assert status == 0, err.getvalue()
    printed = out.getvalue()
    assert "Asked and not answered" in printed
    assert "   2  how long should we keep case files" in printed
    assert "Q5 What do children" in printed
    assert "       2  info for the school nurse" in printed
    assert "07700" not in printed and "Zebediah" not in printed

    entry_5 = core.knowledge.entry(5)
    assert entry_5 is not None
    review = yaml.safe_load((tmp_path / "out" / "insight-review.yaml").read_text("utf-8"))
    assert review["kind"] == "review"
    assert review["proposals"] == [
        {
            "entry": 5,
            "question": entry_5.question,
            "phrasing": "info for the school nurse",
            "picked": 2,
            "approve": False,
        }
    ]
    assert "Nothing here changes any knowledge pack" in (
        tmp_path / "out" / "insight-review.yaml"
    ).read_text("utf-8")

    png = (tmp_path / "out" / "insight-chart.png").read_bytes()
    width, height = _png_size(png)
    assert (width, height) == (900, 450)
    assert len(png) > 10_000
    assert _packs_digest() == before  # nothing changed the knowledge by itself


def test_without_matplotlib_the_report_is_printed_and_says_how_to_get_the_chart(
    core: Core, journal_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if the extra were not installed
    out, err = io.StringIO(), io.StringIO()
    status = run_report(core.knowledge, [journal_file.parent], tmp_path / "out", out, err)

    assert status == 0, err.getvalue()
    printed = out.getvalue()
    assert "   2  how long should we keep case files" in printed
    assert printed.endswith(
        "Chart: not drawn, as matplotlib is not installed "
        "(for the PNG: pip install 'infoshare[charts]').\n"
    )
    assert (tmp_path / "out" / "insight-review.yaml").exists()
    assert not (tmp_path / "out" / "insight-chart.png").exists()


@pytest.mark.usefixtures("warm_tmp_data")
def test_the_report_command_runs_from_the_command_line(
    journal_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INFOSHARE_PACKS", raising=False)
    assert main(["report", str(journal_file), "--out", str(tmp_path / "cli")]) == 0
    assert "info for the school nurse" in capsys.readouterr().out
    assert (tmp_path / "cli" / "insight-chart.png").stat().st_size > 10_000


@pytest.mark.usefixtures("warm_tmp_data")
def test_a_missing_journal_is_a_plain_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["report", str(tmp_path / "nope.sqlite3")]) == 2
    assert "no such journal file" in capsys.readouterr().err


async def test_counts_only_journal_reports_counts_and_no_text(core: Core, tmp_path: Path) -> None:
    path = tmp_path / "insight.sqlite3"
    journal = await Journal.open(path, keep_text=False, keep_days=30)
    store = await SQLiteStore.open(tmp_path / "state.sqlite3")
    pipeline = test_pipeline(
        core, store, dialog_ttl_seconds=60, event_ttl_seconds=60, observer=Insight(journal, None)
    )
    person = Person(pipeline, "U1")
    await person.send("info for the school nurse")
    await person.pick(ENTRY_5)
    await person.send("how long should we keep case files")
    await store.close()
    await journal.close()

    report = build_report(read_journals([path]), core.knowledge)
    assert report.totals[JournalKind.SUGGESTED] == 1
    assert report.totals[JournalKind.NOT_COVERED] == 1
    assert not report.text_kept and not report.unanswered and not report.proposals
    out = io.StringIO()
    assert run_report(core.knowledge, [path], tmp_path / "out", out, io.StringIO()) == 0
    assert "only counts are shown" in out.getvalue()
    assert not (tmp_path / "out" / "insight-review.yaml").exists()
    assert _png_size((tmp_path / "out" / "insight-chart.png").read_bytes())[0] == 900


async def test_rows_expire_and_are_purged(core: Core, tmp_path: Path) -> None:
    clock = FakeClock(START)
    path = tmp_path / "insight.sqlite3"
    await run_script(core, path, tmp_path / "state.sqlite3", clock)
    assert read_journals([path], now=START + 30.5 * DAY).questions  # day 2's still there
    data = read_journals([path], now=START + 40 * DAY)
    assert data.counts == {} and data.questions == () and data.picks == ()
    assert b"case files" not in path.read_bytes()


async def test_turning_text_off_deletes_kept_text_at_once(core: Core, tmp_path: Path) -> None:
    path = tmp_path / "insight.sqlite3"
    await run_script(core, path, tmp_path / "state.sqlite3", FakeClock(START))
    journal = await Journal.open(path, keep_text=False, keep_days=30, clock=lambda: START)
    await journal.close()
    data = read_journals([path], now=START)
    assert data.questions == () and data.picks == ()
    assert data.counts  # counts stay


async def test_several_journals_add_up_and_picks_join_across_files(
    core: Core, tmp_path: Path
) -> None:
    await run_script(
        core, tmp_path / "a" / "insight.sqlite3", tmp_path / "a.sqlite3", FakeClock(START)
    )
    await run_script(
        core, tmp_path / "b" / "insight.sqlite3", tmp_path / "b.sqlite3", FakeClock(START)
    )
    data = read_journals(
        [tmp_path / "a" / "insight.sqlite3", tmp_path / "b" / "insight.sqlite3"],
        now=START + DAY,
    )
    report = build_report(data, core.knowledge)
    assert report.series["answered"] == (2, 4)
    assert [(p.entry, p.count) for p in report.picked] == [(5, 4)]


def test_grouping_keeps_different_questions_apart() -> None:
    groups = group_similar(
        [
            "Can I share with the police?",
            "can i share with the school",
            "who is the caldicott guardian",
            "Who is our Caldicott guardian here?",
        ]
    )
    assert sorted(g.count for g in groups) == [1, 1, 2]


@pytest.mark.parametrize("content", [b"not a database", None])
def test_a_file_that_is_not_a_journal_is_a_plain_message(
    core: Core, tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "insight-x.sqlite3"
    if content is None:
        sqlite3.connect(path).execute("CREATE TABLE state (key TEXT)").connection.close()
    else:
        path.write_bytes(content)
    err = io.StringIO()
    assert run_report(core.knowledge, [tmp_path], tmp_path / "out", io.StringIO(), err) == 2
    assert "not a readable journal" in err.getvalue()


def test_an_empty_folder_is_a_plain_message(core: Core, tmp_path: Path) -> None:
    err = io.StringIO()
    assert run_report(core.knowledge, [tmp_path], tmp_path / "out", io.StringIO(), err) == 2
    assert "no insight*.sqlite3 journal files" in err.getvalue()


# --- a person approves; only then does anything reach a pack ------------------------------


def _approve(review: Path, *, index: int = 0) -> None:
    data = yaml.safe_load(review.read_text("utf-8"))
    data["proposals"][index]["approve"] = True
    review.write_text(yaml.safe_dump(data), "utf-8")


async def test_approved_proposals_reach_a_phrasings_pack_and_then_the_matcher(
    core: Core, journal_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run_report(core.knowledge, [journal_file], out, io.StringIO(), io.StringIO()) == 0
    review = out / "insight-review.yaml"
    pack = tmp_path / "ourpacks" / "phrasings.yaml"

    said = io.StringIO()
    assert run_apply(core.knowledge, review, pack, said, io.StringIO()) == 0
    assert "No new approved proposals" in said.getvalue()
    assert not pack.exists()  # nothing approved: nothing written

    _approve(review)
    said = io.StringIO()
    assert run_apply(core.knowledge, review, pack, said, io.StringIO()) == 0
    assert "Added 1 approved phrasing" in said.getvalue()
    written = yaml.safe_load(pack.read_text("utf-8"))
    assert written == {
        "kind": "phrasings",
        "entries": [{"number": 5, "alternates": ["info for the school nurse"]}],
    }
    assert run_apply(core.knowledge, review, pack, io.StringIO(), io.StringIO()) == 0
    assert yaml.safe_load(pack.read_text("utf-8")) == written  # applying twice adds nothing

    local = load_knowledge(pack.parent)
    entry = local.entry(5)
    assert entry is not None and entry.alternates[-1] == "info for the school nurse"
    matcher = Matcher(local.entries, local.not_covered, local.lexicon)
    assert core.matcher.match("info for the school nurse").answer is None
    result = matcher.match("info for the school nurse")
    assert result.answer is not None and result.answer.number == 5


@pytest.mark.parametrize(
    ("proposal", "problem"),
    [
        ({"entry": 99, "phrasing": "x y z", "approve": True}, "not a Q&A entry"),
        ({"entry": 5, "phrasing": "ring [phone] now", "approve": True}, "placeholder"),
    ],
)
def test_a_bad_approved_proposal_adds_nothing(
    core: Core, tmp_path: Path, proposal: dict, problem: str
) -> None:
    review = tmp_path / "review.yaml"
    review.write_text(yaml.safe_dump({"kind": "review", "proposals": [proposal]}), "utf-8")
    err = io.StringIO()
    pack = tmp_path / "p" / "phrasings.yaml"
    assert run_apply(core.knowledge, review, pack, io.StringIO(), err) == 2
    assert problem in err.getvalue()
    assert not pack.exists()


def test_a_phrasings_pack_for_a_missing_entry_is_refused(tmp_path: Path) -> None:
    (tmp_path / "phrasings.yaml").write_text(
        "kind: phrasings\nentries:\n  - number: 99\n    alternates: [hello there]\n", "utf-8"
    )
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    assert any("question 99: there is no such Q&A entry" in p for p in caught.value.problems)


@pytest.mark.usefixtures("warm_tmp_data")
def test_apply_needs_a_pack_to_write_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INFOSHARE_PACKS", raising=False)
    assert main(["report", "--apply", str(tmp_path / "review.yaml")]) == 2
    assert "--pack FILE" in capsys.readouterr().err


def test_grouping_through_the_word_index_matches_comparing_every_pair() -> None:
    dev = yaml.safe_load((Path(__file__).parents[2] / "data" / "dev-questions.yaml").read_text())
    asked = [item["q"] for item in dev]
    asked += asked[::7]  # some asked twice: the commonest name their groups

    groups = group_similar(asked)

    expected = group_comparing_every_leader(asked)
    assert [(g.leader, g.phrasings) for g in groups] == [(g.leader, g.phrasings) for g in expected]
    assert len(groups) < len(set(asked))  # some did group
