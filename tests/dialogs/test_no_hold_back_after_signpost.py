"""Round 34 (tryout33c, findings 7 and 8): just after the signpost, a not-covered reply told
people to hold back ("Don't release anything yet", "check … before sharing anything"), which
contradicts the signpost. A topic whose reply holds back says instead, through its
`with_concern` line (data in the not-covered pack), what the risk of harm changes; without a
risk of harm its reply is as before."""

from __future__ import annotations

import pytest

from bot.core import Core
from dialogs.contract import Private
from tests.support.core import Chat, texts

HOLD_BACK = ("Don't release anything yet", "before sharing anything")
POLICE = (
    "a 14 year old told me her stepdad hits her. the police have asked for our records, "
    "should we hand them over?"
)
OUTSIDE = (
    "one of the residents at our care home keeps telling staff that her son takes her bank "
    "card and she's scared of him visiting, do we need her consent to tell the council?"
)


@pytest.mark.parametrize("told", [POLICE, OUTSIDE])
def test_after_the_signpost_no_reply_says_to_hold_back(chat: Chat, told: str) -> None:
    replies = chat.send(told)

    assert replies[0].risk_of_harm
    said = texts(replies)
    assert not any(line in said for line in HOLD_BACK)


def test_after_the_signpost_a_formal_request_says_what_the_risk_changes(chat: Chat) -> None:
    said = texts(chat.send(POLICE))

    assert "If this is about the risk of harm you described" in said


def test_without_a_risk_of_harm_a_formal_request_keeps_its_caution(chat: Chat) -> None:
    said = texts(chat.send("the solicitor has asked for the file, do we send it?"))

    assert "Don't release anything yet" in said


def test_in_a_shared_place_the_line_goes_to_its_writer_alone(core: Core) -> None:
    shared = Chat(core, private=False)

    (reply,) = [r for r in shared.send(POLICE) if "risk of harm you described" in r.text]

    assert reply.private is Private.RISK_OF_HARM
