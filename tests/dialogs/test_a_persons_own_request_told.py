"""A person's own request to pass on his information, told by someone who works for or cares
for him, gets the reply on acting on his behalf (round 38, after tryout37 #15).

Round 37 read it for a PA ("my employer has MS and asked me to tell his physio…") through the
topic's anchors and cues; worded otherwise it still got "I can only help with sharing
information about people" ("my employer asked me to email his OT"), the outside bodies' caution
("my client wants me to send his letter to the housing office") or "I couldn't find that". Now
the grammar (`knowledge.matching.claim_source.own_requester`: someone close, a request of the
asker, an act of passing on, and what is his own) gives the reply of the not-covered pack's
`own_request_topic` whenever no entry answers and no topic but `own_request_over` took it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from knowledge.matching.claim_source import own_requester
from knowledge.matching.text import words
from tests.support.core import Chat, texts
from tests.support.environment import command_env, run_command

ON_BEHALF = "Contacting an organisation for someone, at their own request"
OUTSIDE = "doesn't cover requests from landlords, employers, insurers or other outside bodies"

OWN_REQUESTS = [
    "my employer asked me to email his OT",
    "my employer asked me to email his OT about his new chair, is that ok?",
    "the lady I care for asked me to ring her GP",
    "my client wants me to send his letter to the housing office",
    "the man i support asked me to phone his social worker",
    "he asked me to pass his notes to his new dentist, can I?",
    "my service user wants me to forward her benefits letter to the council",
    "the young person I work with asked me to tell his teacher about his diagnosis",
    "a resident I look after asked me to ring her pharmacy about her prescription",
    "my client has asked me to contact her landlord about the repairs, is that ok?",
]


@pytest.mark.parametrize("message", OWN_REQUESTS)
def test_an_own_request_is_acting_on_his_behalf(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    said = texts(replies)
    assert ON_BEHALF in said, said
    assert OUTSIDE not in said
    assert not any(r.card for r in replies), "no quote"


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("the landlord asked me to tell his agent about the tenant's arrears", OUTSIDE),
        ("his employer asked me to send his sickness record", OUTSIDE),
        ("the police asked me to send his records", "formal requests from the police"),
        # a colleague asking is no person's own request
        ("our DSL wants us to ring her social worker", None),
        # something else happening keeps its own reply
        ("my client asked me to email his letter but I sent it to the wrong address", None),
    ],
)
def test_other_requests_keep_their_reply(chat: Chat, message: str, kept: str | None) -> None:
    said = texts(chat.send(message))
    assert ON_BEHALF not in said, said
    assert kept is None or kept in said, said


@pytest.mark.parametrize(
    "typed",
    [
        "he asked me to sit on his lap",  # no act of passing on
        "he asked me to come to his cabin",
        "my manager asked me to email his gp",  # a colleague
        "his mum asked me to tell her his diagnosis",  # not someone close to the asker
        "the police asked me to send his records",
        "my client wants me to send the letter to the council",  # nothing of his own
    ],
)
def test_no_own_request(typed: str) -> None:
    assert own_requester(words(typed)) is None


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door(tmp_path: Path) -> None:
    done = run_command(["ask", OWN_REQUESTS[0]], command_env(tmp_path), tmp_path)
    assert done.returncode == 0, done.stderr
    assert ON_BEHALF in done.stdout
    assert "I can only help with sharing information about people" not in done.stdout


def test_told_with_harm_protection_comes_first(chat: Chat) -> None:
    said = texts(
        chat.send(
            "the lady I care for wants me to ring her GP because her daughter is taking her money"
        )
    )
    assert "Follow your adult protection procedures now" in said
    assert "your protection procedures come first" in said
    assert ON_BEHALF not in said, "never 'share only what they agreed to' after the signpost"


def test_reading_many_requests_is_linear() -> None:
    # Each request once looked for "for him" over the rest of the message: quadratic.
    hostile = "my client asked me to tell the gp " * 4000  # 136 KB
    started = time.thread_time()
    assert own_requester(hostile.split()) is None
    assert time.thread_time() - started < 0.5  # CPU seconds: linear takes milliseconds
