"""A message is cut into sentences without compiling the sentence-end pattern when it cannot
end a sentence before its last character (knowledge/matching/segment.py `_sentences`)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from knowledge.matching import segment

_CHARS = 'aeDrMsgi .!?\n\t\r"\u201d\x1c\u2028Ab'
_TEXTS = st.text(alphabet=st.sampled_from(list(_CHARS)), max_size=40)


def _by_the_pattern(text: str) -> list[str]:
    pattern = re.compile(segment._SENTENCE_END.pattern)
    return [s.strip() for s in pattern.split(text) if s and s.strip()]


@given(_TEXTS)
def test_the_sentences_are_the_patterns_for_any_text(text: str) -> None:
    cleaned = text.strip()
    if cleaned:
        assert segment._sentences(cleaned) == _by_the_pattern(cleaned)


def test_a_one_line_question_is_one_sentence_and_a_story_is_split() -> None:
    assert segment._sentences("what is an ISP?") == ["what is an ISP?"]
    assert segment._sentences("Dr. Khan asked. Can I share?") == [
        "Dr. Khan asked.",
        "Can I share?",
    ]
