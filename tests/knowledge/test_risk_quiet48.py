"""Round 43 (quiet48, issue 11): signs of harm that only name an ordinary thing (label `things`:
"her bedroom is…", "takes her tablets for her arthritis") explain a message when the learnt model
finds nothing in the words they leave; a threat is never a figure of speech of a hard day."""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector


def test_labels_alone_explain_only_when_the_words_they_leave_pass() -> None:
    left: list[str] = []

    def quiet(rest: str) -> bool:
        left.append(rest)
        return True

    message = "her bedroom is always a mess"
    assert not BUILT_IN.explained(message)
    assert not BUILT_IN.explained(message, labels=lambda _: False)
    assert BUILT_IN.explained(message, labels=quiet)
    assert left and "bedroom" not in left[0] and "mess" in left[0]


def test_a_sign_outside_any_label_is_never_explained_by_labels() -> None:
    assert not BUILT_IN.explained(
        "her bedroom is always a mess and she is always hungry", labels=lambda _: True
    )


@pytest.mark.parametrize(
    "message",
    [
        "her bedroom is always a mess",
        "my mum takes her tablets for her arthritis every morning",
        "this caseload is going to kill me",
        "my back is absolutely killing me today",
    ],
)
def test_an_ordinary_thing_alone_is_no_signpost(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize(
    "message",
    [
        "her bedroom is always a mess and he goes in there at night",
        "my mum takes her tablets for her arthritis but her carer takes them off her",
    ],
)
def test_more_told_beside_an_ordinary_thing_still_rings(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize(
    "message",
    [
        "a mum on my caseload has threatened to kill me",
        "a dad on my caseload said he will kill me",
    ],
)
def test_a_threat_to_a_worker_is_no_figure_of_speech(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
