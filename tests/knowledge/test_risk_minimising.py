""" "Didn't mean to" plays harm down; it does not ask what a word means.

"meaning" is a `general` phrase ("what is the meaning of neglect?") and stems to "mean", so a
sentence that tells harm and then "he says he didn't mean it" read as a definition question and
lost the signpost. A general phrase just after a negation, in a sentence that tells rather than
asks, no longer makes its clause general. Asking what a word means stays general, and so does
"means" used for "implies" without a negation.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "he hits her and says he didn't mean to",
        "she has a bruise on her neck and said her partner didn't mean it",
        "dad pushed him down the stairs but says he didn't mean it",
        "mum slapped her again and keeps saying she didn't mean to hurt her",
        "her boyfriend grabbed her by the throat, he says he never meant it",
    ],
)
def test_harm_played_down_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "what is the meaning of significant harm?",
        "what's the meaning of neglect in law?",
        "what do you mean by honour based abuse?",
        "can you give me a definition of coercive control?",
        "she worries the move abroad means grandad will never see the kids again",
        "I didn't mean to ask about forced marriage, what is the definition of neglect?",
    ],
)
def test_asking_what_a_word_means_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None
