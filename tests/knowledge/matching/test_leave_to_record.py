"""Leave to write something in a record, or what to write ("can I write down 'refused to give
details'?", "should we note down that she said no?"), asks about an act other than sharing:
the `record` kind of ask in `not-covered.yaml`, which no published answer answers (they say
how to decide whether to share, never what to record). Writing *to* someone is sharing, and
is read as before (docs/matcher.md, round 27).
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
        # Each quoted entry 4 (at 79, 82 and 80) before round 27; practice-dev19 holds the
        # motivating case, a registration form.
        'Mum doesn\'t want his details on the form. Can I write down "refused to give details"?',
        "can we note down that the parent would not agree to us sharing?",
        "Dad refuses to give his details. Should I write on the form that consent was refused?",
    ],
)
def test_leave_to_record_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    assert result.suggestions or result.not_covered, result  # an offer, not silence


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("so can i write down refused to give details", "record"),
        ("should we record that she refused consent", "record"),
        ("what should i write in the notes", "record"),
        ("can i write to the gp", None),  # writing to someone is sharing
    ],
)
def test_the_record_ask(question: str, kind: str | None) -> None:
    pack, _ = builtin_matcher_packs()
    asks = Asks(pack.asks, emphasis=pack.emphasis)
    assert asks.of(words(question)) == kind


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("do I need consent to share information?", 4),
        ("what if the parent refuses consent to share?", 4),
    ],
)
def test_sharing_is_still_answered(built_in_matcher: Matcher, message: str, entry: int) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result
