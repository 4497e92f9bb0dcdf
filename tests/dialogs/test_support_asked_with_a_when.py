"""How a manager should support a practitioner, asked with a "when" clause, is never entry 4.

Tried in tryout36 (#13): "how should my manager support me when i have to make a sharing
decision at 3am on a night shift" quoted entry 4 ("What are the key factors to consider when
deciding whether to share or not to share information?"): the "have to" of its when-clause was
read as what it asks (whether something is needed), so entry 4 was settled on over entry 14
("How should I be supported by my organisation to share information?"). It asks for support.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, published_question, quoted
from tests.support.environment import command_env, run_command

SUPPORT = published_question(14)
KEY_FACTORS = published_question(4)


@pytest.mark.parametrize(
    "message",
    [
        "how should my manager support me when i have to make a sharing decision at 3am on a "
        "night shift",
        "how should my organisation support us when we have to decide to share out of hours",
    ],
)
def test_support_when_a_decision_is_needed_is_not_the_key_factors(chat: Chat, message: str) -> None:
    got = quoted(chat.send(message))
    assert KEY_FACTORS not in got
    assert got in ([], [SUPPORT])


def test_support_in_making_decisions_quotes_entry_14(chat: Chat) -> None:
    assert quoted(chat.send("how should my manager support me in making sharing decisions")) == [
        SUPPORT
    ]


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_does_not_quote_the_key_factors(tmp_path: Path) -> None:
    message = (
        "how should my manager support me when i have to make a sharing decision at 3am on a "
        "night shift"
    )
    done = run_command(["ask", message], command_env(tmp_path), tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Source: Information Sharing: Q&A, HM Government, October 2008, question 4" not in (
        done.stdout
    )
