"""Asked by the person the information is about, or by their parent ("can they share my
information without my consent?", "why would a school share information about my son without
telling me?"), a question is not a practitioner's: the `own_information` kind of ask, which no
published answer answers, even when the question reads, normalised, as an entry's own wording
(`AskRules.asks_what_none_answers`; docs/matcher.md, round 27). A practitioner's "my client",
"my organisation" or "complained about me" is read as before.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.asks import Asks
from knowledge.matching.text import words
from tests.support.packs import builtin_matcher_packs


@pytest.mark.parametrize(
    "message",
    [
        # quoted entry 4 at 100 and 87 before round 27
        "Can they share my information without my consent?",
        "What should the practitioner consider before sharing information about my daughter?",
        "is the GP allowed to share my medical records without asking me first?",
    ],
)
def test_asked_of_ones_own_information_is_not_quoted(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Can I share information about my client without consent?", 4),
        # round 55 (quote212): entry 14 is about sharing only, so the complaint names it
        (
            "The family has complained about me sharing their information. Should my"
            " organisation support me?",
            14,
        ),
        ("Can I share information without consent?", 4),
    ],
)
def test_a_practitioners_own_words_are_still_answered(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("can they share my information without my consent", "own_information"),
        ("will the nursery tell anyone about my son", "own_information"),
        ("can parents see what the school has shared about them", "access"),
        ("can i share information about my client", None),
    ],
)
def test_the_kinds(question: str, kind: str | None) -> None:
    pack, _ = builtin_matcher_packs()
    kinds = Asks(pack.asks, emphasis=pack.emphasis).all_of(words(question))
    if kind is None:
        assert "own_information" not in kinds
    else:
        assert kind in kinds
