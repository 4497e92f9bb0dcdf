"""Round 46 (follow106, tryout100 #8): asking to check whether one may share ("i want to check if
i can share something with a school") starts the consent check, not "Did you mean" three
entries; "ok. where were we" after a seek-advice outcome picks the check up at the question
advice was sought on, not "I couldn't find that"; mid-check it shows the question waiting."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts


@pytest.mark.parametrize(
    "text",
    [
        "i want to check if i can share something with a school",
        "i need to check whether we can share this with the police",
        "can you check if im allowed to pass this on to her GP",
        "help me check whether i can share this",
    ],
)
def test_asking_to_check_whether_one_may_share_starts_the_check(chat: Chat, text: str) -> None:
    said = texts(chat.send(text))
    check = chat.state.check
    assert check is not None and not check.finished and check.step == "purpose", said
    assert "Did you mean" not in said


@pytest.mark.parametrize("text", ["ok. where were we", "where were we up to", "where was i"])
def test_where_were_we_after_seeking_advice_picks_the_check_up(chat: Chat, text: str) -> None:
    chat.send("check")
    chat.send("yes")
    chat.send("not sure")
    check = chat.state.check
    assert check is not None and check.finished and check.step == "seek-advice"
    said = texts(chat.send(text))
    check = chat.state.check
    assert check is not None and not check.finished and check.step == "identifiable", said
    assert "Welcome back" in said


def test_where_were_we_mid_check_shows_the_question_waiting(chat: Chat) -> None:
    chat.send("check")
    chat.send("yes")
    said = texts(chat.send("where were we"))
    check = chat.state.check
    assert check is not None and check.step == "identifiable" and check.answered("purpose")
    assert "Key question 2" in said
