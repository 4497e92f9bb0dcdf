"""Round 58 (quote250): entry 4's `requests_told` and `answers_of_requests` are checked when read.

`requests_told` are phrases the quote gate looks for, refused when they could never be found, as
`anchors` are; `answers_of_requests` names kinds of ask the entry answers, so each must be one of
its `answers_asks`.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.loader import load_knowledge
from knowledge.qa_schema import QAEntry


def _entry(**more: object) -> QAEntry:
    return QAEntry.model_validate(
        {"number": 4, "question": "What are the key factors?", "answer": "Judgement.", **more}
    )


def test_requests_told_are_read() -> None:
    assert _entry(requests_told=["asking about", "wants a copy"]).requests_told == (
        "asking about",
        "wants a copy",
    )


@pytest.mark.parametrize("bad", ["ask*ing", "", "*"])
def test_an_unusable_request_phrase_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        _entry(requests_told=["asking about", bad])


def test_a_kind_of_ask_the_entry_does_not_answer_is_refused() -> None:
    assert _entry(answers_asks=["decide"], answers_of_requests=["decide"]).answers_of_requests
    with pytest.raises(ValidationError):
        _entry(answers_asks=["necessity"], answers_of_requests=["decide"])


def test_the_packs_give_entry_4_its_requests() -> None:
    entry = load_knowledge().entry(4)
    assert entry is not None
    assert "asking about" in entry.requests_told
    assert entry.answers_of_requests == ("decide",)
