"""A remark of a few words while a consent check's question waits is read by the cues alone.

The learnt model learnt from first messages: mid-check, "the mum said no" (typed at the question on
confidentiality, before the one on consent) scored above its threshold and was signposted as a
disclosure. A disclosure in a short remark is still signposted by the cues, and a long one is
still read by the model too.
"""

from __future__ import annotations

import pytest

from dialogs.short_remarks import CHECK_REMARK_WORDS
from tests.support.core import Chat
from tests.support.reply_probe import go_to


@pytest.mark.parametrize("words", ["the mum said no", "mum said no", "the dad said no"])
def test_a_short_remark_is_not_a_disclosure(chat: Chat, words: str) -> None:
    # each of these alone, as a first message, makes the learnt model fire
    assert chat.core.knowledge.risk_model.fires(words)
    go_to(chat, "confidential")
    replies = chat.send(words)
    assert not any(r.risk_of_harm for r in replies)
    assert chat.state.check is not None


def test_a_short_remark_telling_of_harm_is_still_signposted(chat: Chat) -> None:
    words = "she said her dad hits her"
    assert len(words.split()) < CHECK_REMARK_WORDS
    go_to(chat, "confidential")
    replies = chat.send(words)
    assert replies[0].risk_of_harm


def test_a_long_remark_is_still_read_by_the_model(chat: Chat) -> None:
    # a message the cues miss and only the learnt model takes for a disclosure
    words = (
        "the mum said no, and since then her son's tutor keeps the door shut for the whole "
        "lesson and won't let her in, and he has gone very quiet and doesn't want to go any more"
    )
    knowledge = chat.core.knowledge
    assert knowledge.risk_detector.detect(words, frozenset()) is None
    assert knowledge.risk_model.fires(words)
    go_to(chat, "confidential")
    replies = chat.send(words)
    assert replies[0].risk_of_harm
