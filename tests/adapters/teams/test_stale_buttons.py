"""A stale consent-check button in Teams gets a clear answer and leaves the person able to go on."""

from __future__ import annotations

from tests.support.teams import PERSONAL, TeamsBot, new_id, one, press, say
from tests.support.teams_standins import TENANT_ID, Connector


async def test_pressing_the_last_answer_again_shows_how_the_check_ended(
    teams: TeamsBot, connector: Connector
) -> None:
    question = one(await say(teams, "check"))
    connector.fail_next = [403] * 8  # the answer that ends the check never reaches the chat
    lost = await teams.post(
        teams.activity(
            "card_submit",
            id=new_id(),
            value={"choice": question.choices()["No"]},
            conversation={"conversationType": "personal", "tenantId": TENANT_ID, "id": PERSONAL},
        )
    )
    assert lost.status != 200
    connector.fail_next.clear()

    again = one(await press(teams, question, "No"))

    # Round 31 answered this press "your check has ended", with a button to show how. Round 56:
    # the outcome never arrived (its event was never finished), so the press gets it, once; a
    # press after it arrived is still told the check has ended (test_end_of_check_buttons).
    assert "DECISION RECORD" in again.texts and "check has ended" not in again.texts
    third = one(await press(teams, question, "No"))
    assert "check has ended" in third.texts and "DECISION RECORD" not in third.texts
    ended = one(await press(teams, third, "Show how it ended"))
    assert "DECISION RECORD" in ended.texts


async def test_a_stale_button_mid_check_shows_the_current_question_with_its_buttons(
    teams: TeamsBot, connector: Connector
) -> None:
    question = one(await say(teams, "check"))
    await press(teams, question, "Yes")

    again = one(await press(teams, question, "Yes"))

    assert "already been answered as" in again.texts
    assert "Key question 2" in again.texts
    assert "Yes" in again.choices() and "No" in again.choices()


async def test_a_second_press_of_an_answered_card_replaces_that_card_not_a_new_one(
    teams: TeamsBot,
) -> None:
    question = one(await say(teams, "check"))
    await press(teams, question, "Yes")

    again = one(await press(teams, question, "Yes"))

    assert again.body.get("id")  # the pressed card is updated in place: one card, not two
    assert "You chose" not in again.texts
