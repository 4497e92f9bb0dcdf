"""Rule one inside the decision record: a field of the record form read as it is typed.

A door that prompts one field at a time (the terminal) hands each typed field to the core with
the form's `field_value`; the core answers with the signpost when the field tells of harm, and
with nothing otherwise, leaving the form's place and the conversation as they were. The whole
form is still read when it is sent (a modal or a card is typed in one go).
"""

from __future__ import annotations

import pytest

from dialogs.choices import FieldTyped, field_value, parse_choice
from dialogs.contract import RecordForm, Reply, Turn
from dialogs.facts import TurnKind
from tests.support.core import FIXED_CLOCK, Chat


def _form(chat: Chat) -> RecordForm:
    chat.send("check")
    for _ in range(4):
        chat.send("yes")  # purpose, identifies, confidential, consent: share with consent
    replies = chat.send("fill in the record")
    form = next(r.form for r in replies if r.form is not None)
    assert form.field_value
    return form


def _typed(chat: Chat, form: RecordForm, field_id: str, text: str) -> list[Reply]:
    return chat.submit(form.field_value, {field_id: text})


def test_the_field_value_names_the_run_of_the_form() -> None:
    assert parse_choice(field_value(7)) == FieldTyped(7)
    assert parse_choice("field:x") is None


@pytest.mark.parametrize(
    "told",
    [
        "the lad told me his stepdad leathers him with a belt when he's drunk",
        "she said her uncle comes into her room at night and touches her",
        "neighbour reports the old man next door is being left without food by his carer",
    ],
)
def test_a_field_that_tells_of_harm_gets_the_signpost_at_once(chat: Chat, told: str) -> None:
    form = _form(chat)
    before = chat.state
    replies = _typed(chat, form, form.fields[1].id, told)
    assert [r.risk_of_harm for r in replies] == [True]
    assert "protection procedures" in replies[0].text
    assert replies[0].form is None and replies[0].record is None
    # The form's place is kept: the check is the same finished run, and the form still opens.
    assert chat.state.check == before.check
    assert chat.state.has_concern()


@pytest.mark.parametrize(
    "typed", ["class teacher", "children's social care", "", "to plan support at school"]
)
def test_an_ordinary_field_gets_nothing_and_changes_nothing(chat: Chat, typed: str) -> None:
    form = _form(chat)
    before = chat.state
    assert _typed(chat, form, form.fields[0].id, typed) == []
    assert chat.state == before


def test_the_form_sent_after_a_signposted_field_still_writes_the_whole_record(
    chat: Chat,
) -> None:
    form = _form(chat)
    told = "the boy says mum's boyfriend punches him"
    assert _typed(chat, form, form.fields[1].id, told)[0].risk_of_harm
    sent = chat.submit(form.submit_value, {form.fields[0].id: "teacher", form.fields[1].id: told})
    # Round 32 (tryout31b): signposted at the field's prompt just before, so the completed
    # record is not preceded by the same signpost a second time.
    assert not any(r.risk_of_harm for r in sent)
    record = next(r.record for r in sent if r.record is not None)
    assert [e.value for e in record.entries[:2]] == ["teacher", told]


def test_a_form_sent_whole_is_read_for_harm_as_sent(chat: Chat) -> None:
    form = _form(chat)  # a modal or a card: no field was handed over as it was typed
    told = "the boy says mum's boyfriend punches him"
    sent = chat.submit(form.submit_value, {form.fields[0].id: "teacher", form.fields[1].id: told})
    assert sent[0].risk_of_harm
    assert next(r.record for r in sent if r.record is not None)


def test_a_field_of_an_ended_check_still_gets_the_signpost(chat: Chat) -> None:
    form = _form(chat)
    chat.send("restart")
    replies = _typed(chat, form, form.fields[1].id, "dad hit her across the face last night")
    assert replies and replies[0].risk_of_harm


def test_a_field_turn_never_asks_the_house_for_the_last_kept_record(chat: Chat) -> None:
    form = _form(chat)
    turn = Turn("test", "c1", "u1", action=form.field_value, form=(("what", "attendance"),))
    _, _, facts = chat.core.assistant.decide(chat.state, turn, FIXED_CLOCK)
    assert facts.kind is not TurnKind.RECORD
