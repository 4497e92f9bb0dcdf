"""Round 50 (quote160): wordings of what an entry answers that no anchor named, and their near
misses.

- "Why is information shared?" asks entry 1's reason for sharing, as "why is information
  sharing important?" does (it had no anchor: the passive was not "why is information sharing").
- "Is there any guidance available on how to share information?" asks what guidance there is:
  entry 8's package (not "available" alone: "…guidance available on restraint?" is another's).
- Young people valuing confidentiality is their view (entry 5), as trusting is.
- "What do kids in care think about teachers knowing their business?": another knowing about
  them is what the view is of (`objects.known`); their own knowing ("…knowing their rights?")
  is not.

Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        ("Why is information shared?", 1),
        ("why is info shared between agencies?", 1),
        ("Is there any guidance available on how to share information?", 8),
        (
            "Young people in their teens value confidentiality highly and would be much less "
            "likely to use services, or ask for help, if they thought their details might be "
            "shared with other organisations",
            5,
        ),
        ("what do kids in care think about teachers knowing their buisness", 5),
        (
            "virtual school training - what do looked after children think about their "
            "teachers knowing their background?",
            5,
        ),
        ("how do young people feel about their GP knowing their history?", 5),
    ],
)
def test_a_fresh_wording_is_quoted(chat: Chat, asked: str, entry: int) -> None:
    assert quoted(chat.send(asked)) == [published_question(entry)]


@pytest.mark.parametrize(
    "asked",
    [
        "why is information shared without consent?",
        "why is data shared with third parties?",
        "Is there any guidance available on restraint?",
        "what do children think about knowing their rights?",
        "what do adopted children think about knowing their history?",
        "what do teachers think about knowing their pupils' backgrounds?",
        "how do pupils feel about staff knowing about their mental health?",
    ],
)
def test_a_near_miss_is_not_quoted(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []
