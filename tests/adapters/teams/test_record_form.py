"""The decision record filled in within Teams: an Adaptive Card with labelled inputs and one
submit button, sent back as the completed record, with nothing typed kept on disk; and the same
completed record from the terminal's core, the Teams card and the Slack modal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adapters.teams.cards import CARD_VERSION, MAX_ACTIONS, count_actions
from bot.app import Core
from tests.support.core import Chat
from tests.support.fake_slack import FakeSlack
from tests.support.packs import builtin_knowledge
from tests.support.slack import Person, start_server
from tests.support.teams import PERSONAL, TeamsBot, new_id, one, press, say
from tests.support.teams_standins import TENANT_ID, Connector, Sent

FLOW = builtin_knowledge().flow
SENTINEL = "typed-by-sam-kw52"


def _inputs(card: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if str(node.get("type", "")).startswith("Input.") and str(
                node.get("id", "")
            ).startswith("field:"):
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card)
    return found


def _bytes_on_disk(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


async def _submit(teams: TeamsBot, card: Sent, typed: dict[str, str]) -> list[Sent]:
    """Fill the card's inputs and press its submit button, as Teams sends it."""
    submit = next(v for k, v in card.choices().items() if k == "Write the record")
    value = {"choice": submit, **{f"field:{k}": v for k, v in typed.items()}}
    return await teams.send(
        "card_submit",
        id=new_id(),
        value=value,
        conversation={"conversationType": "personal", "tenantId": TENANT_ID, "id": PERSONAL},
    )


async def test_the_record_is_filled_in_on_a_card_and_comes_back_completed(
    teams: TeamsBot, connector: Connector, tmp_path: Path
) -> None:
    await say(teams, "check")
    for label in ("Yes", "Yes", "Yes", "Not sought: unsafe to ask", "Yes"):
        await press(teams, connector.messages()[-1], label)
    record_card = connector.messages()[-1]
    assert "DECISION RECORD" in record_card.texts
    form_card = one(await press(teams, record_card, "Fill in the record here"))
    card = form_card.card
    assert card["version"] == CARD_VERSION and count_actions(card) <= MAX_ACTIONS
    inputs = _inputs(card)
    outcome = FLOW.outcome("share-unsought")
    assert outcome is not None
    assert [i["label"] for i in inputs] == [f.label for f in FLOW.fields_of(outcome)]
    assert all(i.get("label") and i["isRequired"] is False for i in inputs)
    assert "identify" in form_card.texts and "not kept" in form_card.texts
    typed = {"what": SENTINEL, "unsought-reason": f"risk {SENTINEL}", "q6-steps": "not-all"}
    done = one(await _submit(teams, form_card, typed))
    assert f"What was shared:\n  {SENTINEL}" in done.texts
    assert f"Why consent was not sought:\n  risk {SENTINEL}" in done.texts
    assert "Not all of them" in done.texts
    assert SENTINEL.encode() not in _bytes_on_disk(tmp_path)


async def test_a_blank_submission_gives_the_record_with_every_place_left_blank(
    teams: TeamsBot, connector: Connector
) -> None:
    await say(teams, "check")
    await press(teams, connector.messages()[-1], "No")
    form_card = one(await press(teams, connector.messages()[-1], "Fill in the record here"))
    done = one(await _submit(teams, form_card, {"reasons": "", "decided-by": ""}))
    assert "Reasons for the decision:\n  ______" in done.texts
    assert "What was shared" not in done.texts


def _record_in(text: str) -> str:
    """The record's lines (its date line left out: each door answered at its own moment)."""
    start = text.index("INFORMATION SHARING DECISION RECORD")
    lines = text[start:].split("```", 1)[0].strip().splitlines()
    return "\n".join(line for line in lines if not line.startswith("Date and time:"))


async def test_the_same_completed_record_comes_back_in_every_door(
    core: Core, teams: TeamsBot, connector: Connector
) -> None:
    answers = ["Yes", "Yes", "Yes", "Not asked yet", "No: they refused", "No"]
    typed = {"decided-by": "Team manager", "reasons": f"Refused; {SENTINEL}"}
    # The core on its own, as the terminal runs it.
    chat = Chat(core)
    chat.send("check")
    for label in answers:
        chat.press(label)
    form = chat.press("Fill in the record here")[-1].form
    assert form is not None
    expected = next(r.record for r in chat.submit(form.submit_value, typed) if r.record)
    assert expected is not None
    # Teams: an Adaptive Card.
    await say(teams, "check")
    for label in answers:
        await press(teams, connector.messages()[-1], label)
    form_card = one(await press(teams, connector.messages()[-1], "Fill in the record here"))
    in_teams = _record_in(one(await _submit(teams, form_card, typed)).texts)
    # Slack: a modal.
    slack = FakeSlack()
    await slack.start()
    server = await start_server(core, slack)
    try:
        alice = Person(server, slack)
        await alice.dm("check")
        for label in answers:
            await alice.press(label)
        await alice.press("Fill in the record here")
        seen = await alice.submit(slack.modals[-1], typed)
        in_slack = _record_in(next(m.text for m in seen if "DECISION RECORD" in m.text))
    finally:
        await server.close()
        await slack.close()
    assert in_teams == in_slack == _record_in(expected.as_text())
    assert f"Reasons for the decision:\n  Refused; {SENTINEL}" in in_slack


async def test_after_seeking_advice_the_check_is_picked_up_again_in_teams(
    teams: TeamsBot, connector: Connector
) -> None:
    await say(teams, "check")
    for label in ("Yes", "Not sure"):
        await press(teams, connector.messages()[-1], label)
    back = one(await say(teams, "I've had the advice"))
    assert "Key question 2" in back.texts and "earlier answers are kept" in back.texts
    done = one(await press(teams, back, "No"))
    assert "DECISION RECORD" in done.texts and "You can share" in done.texts


async def test_a_submission_with_odd_values_writes_only_text_that_fits(
    teams: TeamsBot, connector: Connector
) -> None:
    await say(teams, "check")
    await press(teams, connector.messages()[-1], "No")
    form_card = one(await press(teams, connector.messages()[-1], "Fill in the record here"))
    submit = form_card.choices()["Write the record"]
    odd: dict[str, Any] = {"choice": submit, "field:reasons": {"nested": SENTINEL}}
    odd |= {"field:decided-by": 7, "field:requested-by": "x" * 50_000}
    odd |= {f"field:junk-{n}": SENTINEL for n in range(500)}
    conversation = {"conversationType": "personal", "tenantId": TENANT_ID, "id": PERSONAL}
    done = one(await teams.send("card_submit", id=new_id(), value=odd, conversation=conversation))
    assert "DECISION RECORD" in done.texts and SENTINEL not in done.texts
    written = done.texts.split("Who asked for the information (role or organisation):\n  ")[1]
    assert written.startswith("x" * 200) and "x" * 201 not in written


async def test_fill_in_the_record_typed_sends_the_form_card(
    teams: TeamsBot, connector: Connector
) -> None:
    await say(teams, "check")
    await press(teams, connector.messages()[-1], "No")
    form_card = one(await say(teams, "fill in the record"))
    assert _inputs(form_card.card), "the card has the record's inputs"
    done = one(await _submit(teams, form_card, {"reasons": SENTINEL}))
    assert f"Reasons for the decision:\n  {SENTINEL}" in done.texts


async def test_write_the_record_double_clicked_writes_one_record(
    teams: TeamsBot, connector: Connector
) -> None:
    # tryout33b: two clicks on "Write the record" posted the completed record twice.
    await say(teams, "check")
    await press(teams, connector.messages()[-1], "No")
    form_card = one(await press(teams, connector.messages()[-1], "Fill in the record here"))
    value = {"choice": form_card.choices()["Write the record"], "field:decided-by": "team lead"}
    conversation = {"conversationType": "personal", "tenantId": TENANT_ID, "id": PERSONAL}

    first = one(
        await teams.send("card_submit", id=new_id(), value=value, conversation=conversation)
    )
    second = one(
        await teams.send("card_submit", id=new_id(), value=value, conversation=conversation)
    )

    assert "DECISION RECORD" in first.texts
    assert "DECISION RECORD" not in second.texts and "written just above" in second.texts
    again = one(await press(teams, first, "Fill it in again"))
    assert "Write the record" in again.choices(), "a record can still be written afresh"
