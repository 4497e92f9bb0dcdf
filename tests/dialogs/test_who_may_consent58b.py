"""Round 58 (quote256, issue 11): who may consent is a narrower matter than entry 4's.

Entry 4 says consent is best practice and, without it, the public interest is judged case by
case; it does not say whose consent counts when more than one person might give it: a parent
who said yes beside one who did not, birth parents of a child in care, an attorney, a deputy,
an advocate (qa.yaml `narrower_matters`). Asked in entry 4's consent words those are not quoted
entry 4; a refusal by one parent, with what to weigh, still is. The messages are the writer's
own, through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted

_ENTRY_4 = [published_question(4)]


@pytest.mark.parametrize(
    "asked",
    [
        "Dad consented, mum refused. What now?",
        "Does the attorney decide whether we share or not?",
        "Does the IMCA decide whether we share information?",
        "He's in foster care. Do I need consent from his social worker or his birth parents?",
    ],
)
def test_whose_consent_counts_is_not_quoted_entry_4(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []


@pytest.mark.parametrize(
    "asked",
    [
        "What should I weigh up before sharing when mum has refused?",
        "dad wont agree to us sharing, what do I consider?",
    ],
)
def test_one_parent_refusing_with_what_to_weigh_is_still_entry_4(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == _ENTRY_4
