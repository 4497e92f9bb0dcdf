"""Round 61 (quote279): what follows a message's last question, and where a hedge ends."""

from __future__ import annotations

from knowledge.matching.question_forms import hedge_end
from knowledge.matching.segment import question_parts
from knowledge.matching.text import words


def test_the_last_question_keeps_what_follows_it() -> None:
    (part,) = question_parts("Do I need consent? Asking because she's 17. She asked me not to.")
    assert part.question == "Do I need consent?"
    assert part.after == "Asking because she's 17. She asked me not to."


def test_an_earlier_question_has_nothing_after_it() -> None:
    parts = question_parts("Why share? Do I need consent? Just wondering.")
    assert [p.after for p in parts] == ["Just wondering.", ""]


def test_a_story_before_the_question_is_not_after_it() -> None:
    (part,) = question_parts("She is 17. Do I need consent?")
    assert part.after == ""


def test_a_hedge_ends_at_its_question_word() -> None:
    typed = words("I'm unsure what I'm allowed to share")
    assert typed[hedge_end(typed) or 0] == "what"
    assert hedge_end(words("not sure if i can share")) == 2


def test_no_hedge_no_end() -> None:
    assert hedge_end(words("I'm unsure")) is None
    assert hedge_end(words("why is sharing important")) is None
    assert hedge_end(words("I'm nervous about sharing")) is None
