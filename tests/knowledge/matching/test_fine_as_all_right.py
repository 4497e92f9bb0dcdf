""" "Fine?" asks whether something is all right, not about an ICO fine (tryout37 finding 15):
"fine" alone anchored the topic of complaints, fines and liability, so "…asked me to tell his
physio how his week went. fine?" and "mum's just texted that he's fine" could be told about
complaints to the ICO. A fine as a penalty is still named ("a fine", "fines", "fined").
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        "he asked me to tell his physio how his week went. fine?",
        "I told the school about it, is that fine?",
        "mum texted that he's fine now. do I need to share the accident form?",
    ],
)
def test_fine_as_all_right_names_no_fine(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.not_covered is None or result.not_covered.topic != "complaints-ico", result


@pytest.mark.parametrize(
    "message",
    [
        "could we get a fine from the ICO for this?",
        "is there a big fine if we get it wrong",
        "how big are ICO fines for a data breach",
        "will the ICO fine us?",
    ],
)
def test_a_fine_as_a_penalty_is_still_named(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.not_covered is not None and result.not_covered.topic == "complaints-ico", result
