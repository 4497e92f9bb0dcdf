""""Didn't mean to" is how harm is often played down, not a question about a word's meaning.

"meaning" stems to "mean", so a `general` phrase of "meaning" alone made every sentence with
"mean" a definition question, and hid the harm told in it. Asking what a word means stays general.
"""

from __future__ import annotations

import pytest

from knowledge.loader import load_knowledge

BUILT_IN = load_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "he hits her and says he didn't mean to",
        "she has a bruise on her neck and said her partner didn't mean it",
        "dad pushed him down the stairs but says he didn't mean it",
        "mum slapped her again and keeps saying she didn't mean to hurt her",
        "her boyfriend grabbed her by the throat, he says he didn't mean anything by it",
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
    ],
)
def test_asking_what_a_word_means_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None
