"""Round 57 (quote240): the packs' new words are checked when read.

An entry's `narrower_matters` (qa.yaml) and the not-covered pack's `instructs` are phrases the
quote gate looks for; a phrase that could never be found ("who*x", a blank) is refused when the
pack is read, as `anchors` are.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.loader import load_knowledge
from knowledge.matching.schema import NotCoveredPack
from knowledge.qa_schema import QAEntry


def _entry(**more: object) -> QAEntry:
    return QAEntry.model_validate(
        {"number": 4, "question": "What are the key factors?", "answer": "Judgement.", **more}
    )


def test_narrower_matters_are_read() -> None:
    assert _entry(narrower_matters=["capacity", "record*"]).narrower_matters == (
        "capacity",
        "record*",
    )


@pytest.mark.parametrize("bad", ["who*x", "", "*"])
def test_an_unusable_narrower_matter_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        _entry(narrower_matters=["capacity", bad])


@pytest.mark.parametrize("bad", ["sh*ould", ""])
def test_an_unusable_rule_word_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        NotCoveredPack.model_validate({"kind": "not-covered", "instructs": ["should", bad]})


def test_the_packs_give_entry_4_its_narrower_matters() -> None:
    knowledge = load_knowledge()
    entry = knowledge.entry(4)
    assert entry is not None
    assert "capacity" in entry.narrower_matters
    assert "should" in knowledge.not_covered.instructs
