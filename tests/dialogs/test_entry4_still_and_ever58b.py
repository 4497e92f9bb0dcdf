"""Round 58 (quote256, issue 11): entry 4's own question asked with "ever".

"Can confidentiality ever be broken without consent?" asks the conditions under which one may
share, which entry 4 answers (not-covered.yaml `asks: conditions`); "contacted to ask" names no
one told after the act (`OneTold`); "share info", "share without" name our subject (`on_topic`),
so chatter is no rival. A case naming whom it goes to still gets the case reply. ("can I still
share" was taken back at the merge: held out it took a question of entry 13's.) The messages are
the writer's own, through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted

_ENTRY_4 = [published_question(4)]


@pytest.mark.parametrize(
    "asked",
    [
        "Can patient confidentiality ever be broken without consent?",
        # nearer chatter than entry 4 until "share info" named our subject (on_topic)
        "when can u share info without asking the person first",
    ],
)
def test_ever_or_still_without_consent_is_entry_4(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == _ENTRY_4


@pytest.mark.parametrize(
    "asked",
    [
        "If the mum can't be contacted, can I still share with her GP?",
        "Can I ever share a pupil's records with a journalist?",
    ],
)
def test_a_case_naming_whom_it_goes_to_is_not_entry_4(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []
