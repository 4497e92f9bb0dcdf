"""The decision record filled in within Slack: a modal opened from the record's button, its
submission turned into the completed record in the DM, and nothing typed kept or logged."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import Core
from bot.logs import JSONLineFormatter
from bot.stores.sqlite import SQLiteStore
from tests.support.fake_slack import FakeSlack
from tests.support.packs import builtin_knowledge
from tests.support.slack import Person, Server, labels, start_server

FLOW = builtin_knowledge().flow
SENTINEL = "typed-by-alice-qz81"


@pytest.fixture
async def on_disk(core: Core, slack: FakeSlack, tmp_path: Path) -> AsyncIterator[Server]:
    store = await SQLiteStore.open(tmp_path / "state.sqlite3")
    started = await start_server(core, slack, store)
    yield started
    await started.close()
    await store.close()


def _bytes_on_disk(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


async def _to_outcome(alice: Person, slack: FakeSlack, answers: list[str]) -> None:
    await alice.dm("check")
    for label in answers:
        await alice.press(label)
    assert any("DECISION RECORD" in m.text for m in slack.messages)


async def test_the_record_is_filled_in_a_modal_and_comes_back_completed_in_the_dm(
    on_disk: Server, slack: FakeSlack, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    alice = Person(on_disk, slack)
    caplog.set_level(logging.DEBUG)
    await _to_outcome(alice, slack, ["Yes", "Yes", "Yes", "No: they refused", "Yes"])
    await alice.press("Fill in the record here")
    opened = slack.called("views.open")
    assert len(opened) == 1 and str(opened[0].params["trigger_id"]).startswith("trigger-")
    view = slack.modals[-1]
    outcome = FLOW.outcome("share-public-interest")
    assert outcome is not None
    inputs = [b for b in view["blocks"] if b["type"] == "input"]
    assert [b["label"]["text"] for b in inputs] == [f.label for f in FLOW.fields_of(outcome)]
    assert all(b["optional"] for b in inputs), "every field may be left blank"
    assert len(view["title"]["text"]) <= 24 and len(view["submit"]["text"]) <= 24
    assert len(view["blocks"]) <= 100 and len(view["private_metadata"]) <= 3000
    assert "identify" in view["blocks"][0]["text"]["text"]
    typed = {"what": SENTINEL, "harm-feared": "harm " + SENTINEL, "q6-steps": "followed"}
    seen = await alice.submit(view, typed)
    record = next(m for m in seen if "DECISION RECORD" in m.text)
    assert record.channel == alice.dm_channel
    assert f"What was shared:\n  {SENTINEL}" in record.text
    assert "The key question 6 steps were followed:\n  Yes, all of them" in record.text
    assert "Why the refusal of consent was overridden:" in record.text
    assert "Fill it in again" in labels(record)
    # Nothing typed is kept: not in the store on disk, not in any log line.
    await on_disk.door.idle()
    assert SENTINEL.encode() not in _bytes_on_disk(tmp_path)
    formatter = JSONLineFormatter()
    logged = "\n".join(formatter.format(r) for r in caplog.records)
    assert SENTINEL not in logged


async def test_a_form_that_cannot_be_opened_says_so_and_keeps_the_record(
    alice: Person, slack: FakeSlack
) -> None:
    await _to_outcome(alice, slack, ["Yes", "Yes", "Yes", "Yes"])
    slack.fail("views.open", "expired_trigger_id")
    seen = await alice.press("Fill in the record here")
    assert "couldn't open the record form" in seen[-1].text
    assert not slack.modals


async def test_a_submission_for_an_old_check_writes_nothing(
    alice: Person, slack: FakeSlack
) -> None:
    await _to_outcome(alice, slack, ["No"])
    await alice.press("Fill in the record here")
    view = slack.modals[-1]
    await alice.dm("restart")
    seen = await alice.submit(view, {"reasons": SENTINEL})
    assert "ended or expired" in seen[0].text
    assert SENTINEL not in "\n".join(m.text for m in slack.messages)


async def test_a_forged_submission_is_acknowledged_and_ignored(
    alice: Person, slack: FakeSlack, server: Server
) -> None:
    await _to_outcome(alice, slack, ["No"])
    before = len(slack.messages)
    for view in (
        {"id": "V1", "callback_id": "infoshare-record", "private_metadata": "{}"},  # no type
        {"id": "V1", "type": "modal", "callback_id": "someone-else", "private_metadata": "{}"},
        {"id": "V1", "type": "modal", "callback_id": "infoshare-record", "private_metadata": "x"},
        {"id": "V1", "type": "modal", "callback_id": "infoshare-record", "private_metadata": "[1]"},
    ):
        payload = alice.submission_payload({**view, "blocks": []}, {})
        status, _ = await server.post_form({"payload": json.dumps(payload)})
        assert status == 200
    assert len(slack.messages) == before


async def test_after_seeking_advice_the_check_is_picked_up_again_in_the_dm(
    alice: Person, slack: FakeSlack
) -> None:
    await _to_outcome(alice, slack, ["Yes", "Yes", "Not sure"])
    seen = await alice.press("I've had the advice")
    assert "*Key question 3*" in seen[-1].text and "earlier answers are kept" in seen[-1].text
    seen = await alice.press("No")
    assert any("DECISION RECORD" in m.text and "Q2." in m.text for m in seen)


async def test_fill_in_the_record_typed_gives_the_button_that_opens_the_form(
    alice: Person, slack: FakeSlack
) -> None:
    await _to_outcome(alice, slack, ["Yes", "Yes", "Yes", "Yes"])
    seen = await alice.dm("fill in the record")
    assert "couldn't open the record form" in seen[-1].text  # a typed message can't open one
    assert labels(seen[-1]) == ["Fill in the record here"]
    assert not slack.modals
    await alice.press("Fill in the record here")
    assert slack.modals, "the button opens the form"


async def test_the_form_opens_again_after_a_failed_open_and_after_a_closed_modal(
    alice: Person, slack: FakeSlack
) -> None:
    # Slack opens the form as a modal, which the person may close leaving nothing behind: a
    # later press of a form button opens it again (a double click on one message is one event).
    await _to_outcome(alice, slack, ["Yes", "Yes", "Yes", "Yes"])
    slack.fail("views.open", "expired_trigger_id")
    seen = await alice.press("Fill in the record here")
    assert "couldn't open the record form" in seen[-1].text
    await alice.press("Fill in the record here")  # the notice's button, just after
    assert len(slack.modals) == 1 and "just above" not in slack.messages[-1].text
    # The modal is closed (Slack tells the app nothing); asked for again, the form opens again.
    await alice.dm("fill in the record")
    await alice.press("Fill in the record here")
    assert len(slack.modals) == 2
    assert not any("just above" in m.text for m in slack.messages)
