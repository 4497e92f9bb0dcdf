"""What is kept, and what never is: docs/privacy.md, checked against real files."""

from __future__ import annotations

import io
import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import Core, open_pipeline
from bot.insight.journal_reading import read_journals
from bot.insight.observer import Insight, RecordKeeper, record_key
from bot.logs import configure_logging
from bot.pipeline import TurnPipeline
from bot.settings import Settings, load_settings
from bot.stores.memory import MemoryStore
from dialogs.contract import Reply, Turn
from tests.support.environment import hide_settings
from tests.support.pipelines import test_pipeline

# Distinctive free text: a made-up name, NHS number, phone, postcode, e-mail, date and phrase.
SECRETS = {
    "name": "Quarrington",
    "nhs": "943 476 5919",
    "nhs digits": "9434765919",
    "phone": "07700 900461",
    "postcode": "LS6 2AB",
    "email": "bex.quarrington@example.org",
    "date": "14/02/2013",
    "phrase": "tangerine bicycle",
}

CONVERSATION = [
    f"Hi, Becky {SECRETS['name']} (NHS {SECRETS['nhs']}) is 13 - can I tell her GP?",
    f"her mum is on {SECRETS['phone']} and lives at {SECRETS['postcode']}",
    f"what about the {SECRETS['phrase']} rota at {SECRETS['email']}",
    f"how long should we keep {SECRETS['name']}'s case file, dob {SECRETS['date']}",
    "info for the school nurse",
    "check",
    "yes",
    f"not sure, {SECRETS['name']} refused",
    "no",
    "not sure",
    "not sure",
    "record",
    f"{SECRETS['nhs digits']} {SECRETS['phrase']}",
]


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """No INFOSHARE_ setting of the machine running the tests; work in an empty folder."""
    hide_settings(monkeypatch, tmp_path, platform=False)
    logger = logging.getLogger("infoshare")
    saved = (logger.handlers[:], logger.level, logger.propagate)
    yield tmp_path
    logger.handlers[:], logger.level, logger.propagate = saved


async def _talk(pipeline: TurnPipeline, user: str = "U-becky") -> list[Reply]:
    replies: list[Reply] = []
    for n, text in enumerate(CONVERSATION):
        turn = Turn("slack", "D-becky", user, text=text, event_id=f"Ev{user}{n}")
        replies += await pipeline.handle(turn)
    # The check ended at "seek advice": its record filled in, with case details typed into it.
    typed = f"{SECRETS['name']} {SECRETS['nhs']} {SECRETS['email']} {SECRETS['phrase']}"
    fields = tuple((f, typed) for f in ("decided-by", "advice-from", "advice-given"))
    form = Turn("slack", "D-becky", user, action="record:1", form=fields, event_id=f"Ev{user}f")
    completed = await pipeline.handle(form)
    assert any(r.record is not None and SECRETS["phrase"] in r.text for r in completed)
    replies += completed
    # A suggestion picked, too.
    await pipeline.handle(Turn("slack", "D-becky", user, text="info for the school nurse"))
    last = await pipeline.handle(Turn("slack", "D-becky", user, action="topic:5"))
    return replies + last


def _everything_written(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def _assert_no_secret_in(blob: bytes, where: str) -> None:
    lowered = blob.lower()
    for kind, secret in SECRETS.items():
        assert secret.lower().encode() not in lowered, f"{kind} found in {where}"


async def test_with_every_setting_at_default_no_text_is_kept_anywhere(
    core: Core, clean_environment: Path
) -> None:
    settings = load_settings(env_file=None)
    assert settings.insight == "counts" and not settings.keep_records
    stream = io.StringIO()
    configure_logging("DEBUG", stream)

    async with open_pipeline(settings, core) as pipeline:
        replies = await _talk(pipeline)

    text = "\n".join(r.text for r in replies)
    # "record" shows the finished check's record again, from its answers: nothing was kept.
    assert text.count("Here is a record for your case notes") == 2
    files = sorted(p.name for p in (clean_environment / "data").iterdir())
    assert "infoshare.sqlite3" in files and "insight.sqlite3" in files
    _assert_no_secret_in(_everything_written(clean_environment / "data"), "the data folder")
    _assert_no_secret_in(stream.getvalue().encode(), "the logs")
    # The logs did record the turns, as facts.
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert any(line.get("kind") == "suggested" for line in lines)
    assert all("U-becky" not in json.dumps(line) for line in lines)
    # The journal holds counts only: no question rows, no picks.
    db = sqlite3.connect(clean_environment / "data" / "insight.sqlite3")
    try:
        assert db.execute("SELECT count(*) FROM questions").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM picks").fetchone() == (0,)
        assert db.execute("SELECT sum(n) FROM counts").fetchone()[0] >= 4
    finally:
        db.close()


async def test_with_insight_off_there_is_no_journal(core: Core, clean_environment: Path) -> None:
    settings = Settings(_env_file=None, insight="off")  # type: ignore[call-arg]
    async with open_pipeline(settings, core) as pipeline:
        await _talk(pipeline)
    assert not (clean_environment / "data" / "insight.sqlite3").exists()


async def test_with_text_on_only_redacted_questions_are_kept(
    core: Core, clean_environment: Path
) -> None:
    settings = Settings(_env_file=None, insight="text", keep_records=True)  # type: ignore[call-arg]
    stream = io.StringIO()
    configure_logging("DEBUG", stream)
    async with open_pipeline(settings, core) as pipeline:
        await _talk(pipeline)

    _assert_no_secret_in(stream.getvalue().encode(), "the logs")
    data = read_journals([clean_environment / "data" / "insight.sqlite3"])
    kept = "\n".join(q.text for q in data.questions)
    assert "[nhs-number]" in kept and "[phone]" in kept and "[email]" in kept
    assert "[postcode]" in kept and "[date]" in kept and "[name]" in kept
    assert "tangerine bicycle" in kept  # words are kept when text is on: that is the point
    for kind in ("name", "nhs", "nhs digits", "phone", "postcode", "email", "date"):
        assert SECRETS[kind].lower() not in kept.lower(), kind
    assert [p.entry for p in data.picks] == [5]
    # The state store holds the record (ids only) and no text, even with both turned on.
    state_bytes = (clean_environment / "data" / "infoshare.sqlite3").read_bytes()
    _assert_no_secret_in(state_bytes, "the state store")


async def test_a_kept_record_is_shown_again_and_expires(core: Core) -> None:
    now = [1000.0]
    store = MemoryStore(clock=lambda: now[0])
    keeper = RecordKeeper(store, keep_days=2)
    pipeline = test_pipeline(core, store, observer=Insight(None, keeper))

    async def send(text: str) -> list[Reply]:
        return await pipeline.handle(Turn("teams", "conv", "user", text=text))

    assert "I don't have a record for you" in (await send("my last record"))[-1].text
    await send("check")
    for answer in ("yes", "yes", "yes", "yes"):
        finished = await send(answer)
    record = next(r.record for r in finished if r.record)
    stored = await store.get(record_key(Turn("teams", "conv", "user")))
    assert stored is not None
    assert set(stored.value) == {
        "format",
        "run",
        "outcome",
        "answers",
        "created_at",
        "flow_version",
    }

    await send("restart")  # a new check, then none: the ended one is no longer in the dialog
    await send("cancel")
    shown = await send("my last record")
    assert shown[-1].record == record
    assert "kept for 2 days" in shown[-1].text
    now[0] += 2 * 86400 + 1  # the record expires; the conversation restarts too
    assert "I don't have a record for you" in (await send("record"))[-1].text


async def test_records_off_says_so_kindly(core: Core) -> None:
    pipeline = test_pipeline(core, MemoryStore())
    replies = await pipeline.handle(Turn("slack", "c", "u", text="show my record"))
    assert "I don't keep decision records" in replies[-1].text
    assert "copy the record" in replies[-1].text


@pytest.mark.parametrize(("insight", "kept"), [("counts", False), ("text", True)])
async def test_the_privacy_reminder_says_truthfully_what_is_kept(
    core: Core, clean_environment: Path, insight: str, kept: bool
) -> None:
    settings = Settings(_env_file=None, insight=insight)  # type: ignore[call-arg,arg-type]
    async with open_pipeline(settings, core) as pipeline:
        first = await pipeline.handle(Turn("slack", "D", "U", text="hello"))
        warned = await pipeline.handle(Turn("slack", "D", "U", text=f"call {SECRETS['phone']}"))
    assert ("I don't keep what you type" in first[0].text) is not kept
    assert ("Questions I can't answer well are kept" in first[0].text) is kept
    assert ("I haven't kept it" in warned[0].text) is not kept


async def test_a_disclosure_of_harm_is_logged_as_a_fact_and_its_words_are_never_kept(
    core: Core, clean_environment: Path
) -> None:
    # Even with question text turned on, a message that describes harm is not kept.
    settings = Settings(_env_file=None, insight="text")  # type: ignore[call-arg]
    stream = io.StringIO()
    configure_logging("DEBUG", stream)
    told = f"{SECRETS['name']} says her stepdad touches her at night, {SECRETS['phrase']}"
    async with open_pipeline(settings, core) as pipeline:
        replies = await pipeline.handle(Turn("slack", "D-becky", "U-becky", text=told))

    assert replies[0].risk_of_harm
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert any(line.get("risk_of_harm") is True for line in lines)
    _assert_no_secret_in(stream.getvalue().encode(), "the logs")
    _assert_no_secret_in(_everything_written(clean_environment / "data"), "the data folder")
    assert not read_journals([clean_environment / "data" / "insight.sqlite3"]).questions
