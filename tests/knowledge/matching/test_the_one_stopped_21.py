"""Whether a law stops someone sharing: the one stopped is who shares (docs/matcher.md, round 21).

"Does the DPA stop a college sharing information to keep learners safe?" asks whether the Act is
a barrier (entry 3); the college, between the verb of stopping and the sharing, is the one who
would share. It was read as a setting entry 3 never names, and the answer held back. Fresh
wordings, each failing before.
"""

from __future__ import annotations

import pytest

from knowledge.matching.question_forms import stopped_sharer_end
from knowledge.matching.text import words
from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    "question",
    [
        "does the DPA stop a care home sharing worries about a resident?",
        "does data protection stop a pharmacy passing on concerns about a customer?",
        "does the data protection act prevent a refuge sharing information to keep a woman safe?",
        "does the DPA stop an advocate sharing concerns about a client?",
    ],
)
def test_the_one_a_law_would_stop_is_who_shares(chat: Chat, question: str) -> None:
    assert quoted(chat.send(question)) == [published_question(3)]


def test_where_the_one_stopped_ends() -> None:
    assert stopped_sharer_end(words("does the DPA stop a college sharing information?")) == 6
    assert stopped_sharer_end(words("does it prevent the school from sharing records?")) == 6
    # stopping what happens, not who shares: "share to stop a child coming to harm"
    assert stopped_sharer_end(words("can I share to stop a child coming to harm?")) == 0
    assert stopped_sharer_end(words("is the DPA a barrier to sharing?")) == 0
