"""A bare "yes" right after the assistant offered the consent check takes the offer up; after
anything else, "yes" still answers nothing."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

STARTED = "Key question 1"


@pytest.mark.parametrize(
    "offer",
    [
        "a 12 year old told me her mum's boyfriend hits her",  # the signpost, then the offer
        "can I share this with the school?",  # a decision for their judgement: the offer
    ],
)
@pytest.mark.parametrize("yes", ["yes", "yes please", "Yeah"])
def test_yes_after_the_offer_starts_the_check(chat: Chat, offer: str, yes: str) -> None:
    offered = chat.send(offer)
    assert any(c.label == "Start a consent check" for c in offered[-1].choices)
    assert chat.state.offered
    assert STARTED in texts(chat.send(yes))
    assert chat.state.check is not None and not chat.state.offered


def test_yes_after_the_welcome_or_another_reply_answers_nothing(chat: Chat) -> None:
    chat.send("hi")
    assert STARTED not in texts(chat.send("yes"))
    chat.send("can I share this with the school?")
    chat.send("what is an information sharing protocol?")
    assert not chat.state.offered, "an offer lasts one turn"
    assert STARTED not in texts(chat.send("yes"))
    assert chat.state.check is None


def test_the_offer_is_kept_as_a_flag(chat: Chat) -> None:
    chat.send("can I share this with the school?")
    assert chat.state.to_json().get("offered") is True
    assert "school" not in repr(chat.state.to_json())
