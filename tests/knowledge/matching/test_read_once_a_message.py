"""What the ask rules read of a question's words is kept on the message's reading, not repeated.

The quote gate asks where the sharer of "when can a pharmacist share…?" ends for every entry it
checks, and again for the question it reads after a story (docs/benchmarks.md, "Tail, round
30"): the sharing verb is searched for once a message, and the kept search lives on that
message's `Reading`, never on the rules every message shares.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from knowledge.matching import Matcher
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.reading import Reading
from knowledge.matching.text import words


def test_the_sharing_verb_is_searched_for_once_a_message(
    built_in_matcher: Matcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = built_in_matcher._gate._t.rules
    searched: list[tuple[str, ...]] = []
    end_of_first = PhraseSet.end_of_first

    def counted(self: PhraseSet, found: Sequence[str]) -> int | None:
        searched.append(tuple(found))
        return end_of_first(self, found)

    monkeypatch.setattr(PhraseSet, "end_of_first", counted)
    asked = words("When can a community pharmacist share what a patient told them?")
    sole = rules.sole_answerer("conditions")
    assert sole is not None
    message = Reading(built_in_matcher._normaliser)

    end = rules.sharer_end(sole, asked, message)

    assert "pharmacist" in asked[:end] and "patient" not in asked[:end]
    assert rules.sharer_end(sole, list(asked), message) == end
    assert searched == [tuple(asked)]
    assert rules.sharer_end(sole, asked, Reading(built_in_matcher._normaliser)) == end
    assert rules.sharer_end(sole, asked) == end  # no reading: searched, and kept nowhere
    assert len(searched) == 3
