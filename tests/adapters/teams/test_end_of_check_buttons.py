"""Round 32 (buttons32): the buttons at a consent check's end, double clicked through the real
Teams door on loopback (each click is an activity of its own, so the core tells them apart). The
second click is refused briefly: no second step back, no second check, no second copy of the
question. A command's answer is a card of its own: the record it was pressed on stays, and no
card says "You chose"."""

from __future__ import annotations

from tests.support.teams import TeamsBot, one, press, say
from tests.support.teams_standins import Sent


async def _finish(teams: TeamsBot, *answers: str) -> Sent:
    """A check answered with `answers`; the card with its outcome and record."""
    card = one(await say(teams, "check"))
    for label in answers:
        card = one(await press(teams, card, label))
    assert "DECISION RECORD" in card.texts, card.texts
    return card


async def test_change_my_last_answer_double_clicked_goes_back_once(teams: TeamsBot) -> None:
    record = await _finish(teams, "Yes", "Yes", "No")

    first = one(await press(teams, record, "Change my last answer"))
    second = one(await press(teams, record, "Change my last answer"))

    assert "Going back one question" in first.texts and "Key question 3" in first.texts
    assert "earlier point of the check" in second.texts
    assert "Going back one question" not in second.texts
    assert "Key question 3" in second.texts  # where the person is: one step back, not two
    assert "id" not in first.body  # the record card is kept, not overwritten


async def test_start_another_check_double_clicked_starts_one(teams: TeamsBot) -> None:
    record = await _finish(teams, "Yes", "Yes", "No")

    first = one(await press(teams, record, "Start another check"))
    second = one(await press(teams, record, "Start another check"))

    assert "Key question 1" in first.texts
    assert "already started a new check" in second.texts
    assert "Key question" not in second.texts and not second.choices()
    assert "You chose" not in first.texts + second.texts


async def test_ive_had_the_advice_double_clicked_goes_back_once(teams: TeamsBot) -> None:
    record = await _finish(teams, "Not sure")

    first = one(await press(teams, record, "I've had the advice"))
    second = one(await press(teams, record, "I've had the advice"))

    assert "Welcome back" in first.texts and "Key question 1" in first.texts
    assert "already back in that check" in second.texts
    assert "Key question" not in second.texts and not second.choices()


async def test_show_how_it_ended_double_clicked_shows_the_record_once(teams: TeamsBot) -> None:
    question = one(await say(teams, "check"))
    for typed in ("yes", "yes", "no"):  # typed: the first card keeps its buttons
        await say(teams, typed)
    notice = one(await press(teams, question, "Yes"))
    assert "check has ended" in notice.texts

    first = one(await press(teams, notice, "Show how it ended"))
    second = one(await press(teams, notice, "Show how it ended"))

    assert "DECISION RECORD" in first.texts
    assert "DECISION RECORD" not in second.texts and "just above" in second.texts


async def test_start_a_consent_check_double_clicked_asks_its_question_once(
    teams: TeamsBot,
) -> None:
    offer = one(await say(teams, "help"))

    first = one(await press(teams, offer, "Start a consent check"))
    second = one(await press(teams, offer, "Start a consent check"))

    assert "Key question 1" in first.texts
    assert "already part-way" in second.texts
    assert "Key question" not in second.texts and not second.choices()


async def test_fill_in_the_record_here_double_clicked_posts_one_form(teams: TeamsBot) -> None:
    record = await _finish(teams, "Yes", "Yes", "No")

    first = one(await press(teams, record, "Fill in the record here"))
    second = one(await press(teams, record, "Fill in the record here"))

    assert "Write the record" in first.choices()  # the form card, with its inputs
    assert "just above" in second.texts and "haven't opened another" in second.texts
    assert not second.choices(), "no second form card"
    assert "id" not in first.body and "id" not in second.body  # the record card is kept

    await say(teams, "rules")
    again = one(await press(teams, record, "Fill in the record here"))
    assert "Write the record" in again.choices(), "once something else was shown, it opens again"


async def test_the_last_question_double_clicked_leaves_the_outcome_on_its_card(
    teams: TeamsBot,
) -> None:
    # tryout33: the second click's "your check has ended" replaced the card the first click had
    # just turned into the outcome and record, so neither could be seen any more.
    card = one(await say(teams, "check"))
    for label in ("Yes", "Yes"):
        card = one(await press(teams, card, label))

    first = one(await press(teams, card, "No"))
    second = one(await press(teams, card, "No"))

    assert first.method == "PUT" and "DECISION RECORD" in first.texts
    assert second.method == "POST", "the outcome's card is not overwritten"
    assert "check has ended" in second.texts and "DECISION RECORD" not in second.texts


async def test_a_middle_question_double_clicked_still_shows_one_question(teams: TeamsBot) -> None:
    card = one(await say(teams, "check"))

    first = one(await press(teams, card, "Yes"))
    second = one(await press(teams, card, "Yes"))

    assert first.method == second.method == "PUT"
    assert "Key question 2" in first.texts and "Key question 2" in second.texts
    assert "already been answered" in second.texts
