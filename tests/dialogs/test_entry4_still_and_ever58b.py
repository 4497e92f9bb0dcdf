"""Round 58 (quote256, issue 11): entry 4's own question asked as "ever" or "still".

"Can confidentiality ever be broken without consent?" and "if the person can't be contacted to
ask, can I still share?" ask the conditions under which one may share, which entry 4 answers
(not-covered.yaml `asks: conditions`); and "contacted to ask" names no one told after the act
(`OneTold`), so no case reading takes the question; "share info", "share without" name our
subject (`on_topic`), so chatter is no rival. A case naming whom it goes to still gets
the case reply. The messages are the writer's own, through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted

_ENTRY_4 = [published_question(4)]


@pytest.mark.parametrize(
    "asked",
    [
        "If a parent can't be contacted to ask, can we still share?",
        "If the client cannot be contacted to ask them, can I still share?",
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
