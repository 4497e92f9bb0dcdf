"""Round 58 (probe251): an entry's `narrower_matters` may not be in its own wording.

A narrower matter named by the entry's own question or an approved alternate would say the entry
both answers and does not answer it, so the pack is refused when read; the packs give entries 1,
6 and 8 narrower matters of their own this round.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.loader import load_knowledge
from knowledge.qa_schema import QAEntry


def _entry(**more: object) -> QAEntry:
    return QAEntry.model_validate(
        {
            "number": 1,
            "question": "Why is information sharing important?",
            "answer": "It is.",
            **more,
        }
    )


def test_a_narrower_matter_beside_its_own_wording_is_read() -> None:
    entry = _entry(narrower_matters=["accura*"], alternates=["Why does sharing matter?"])
    assert entry.narrower_matters == ("accura*",)


@pytest.mark.parametrize(
    "alternates",
    [
        ["Why does sharing accurate information matter?"],
        ["Why does sharing matter?", "Why is accuracy in sharing important?"],
    ],
)
def test_a_narrower_matter_in_an_alternate_is_refused(alternates: list[str]) -> None:
    with pytest.raises(ValidationError, match="own wording"):
        _entry(narrower_matters=["accura*"], alternates=alternates)


def test_a_narrower_matter_in_the_published_question_is_refused() -> None:
    with pytest.raises(ValidationError, match="own wording"):
        _entry(narrower_matters=["important"])


def test_the_packs_give_entries_1_6_and_8_narrower_matters() -> None:
    knowledge = load_knowledge()
    for number, phrase in ((1, "accurate"), (6, "which bodies"), (8, "safeguarding training")):
        entry = knowledge.entry(number)
        assert entry is not None
        assert phrase in entry.narrower_matters
