""" "Who" then a modal and "I" or "we" is asked wherever it is in the question ("if the parents
refuse consent, who can we go to for advice…?"): the writer asks whom to go to or to tell, as
"who do I" does, and no published answer names anyone (`whom_to_ask` in `not-covered.yaml`). A
relative "who" is followed by its verb ("staff who share"), and questions asking whom the
guidance is for keep entry 9 (docs/matcher.md, round 21)."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.asks import Asks
from knowledge.matching.text import words
from tests.support.packs import builtin_knowledge


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        # Each quoted entry 4 (at 74 to 83) on int26.
        "if the parents refuse consent, who can we go to for advice on whether to share anyway?",
        "the guidance is for practitioners, but who am I supposed to ask when I'm unsure about "
        "sharing without consent?",
        "if I'm not sure whether the public interest justifies sharing, who should we contact "
        "for a second opinion?",
        "my manager is off, so who could I ask about sharing without consent today?",
        "when a young person refuses consent, who would I need to talk to before deciding to "
        "share?",
    ],
)
def test_whom_to_go_to_is_quoted_nothing(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is None, result


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Who is the guidance for?", 9),
        ("who can use this guidance?", 9),
        ("who do you think the guidance is aimed at?", 9),
        ("who is the information sharing guidance meant for - does it cover volunteers too?", 9),
    ],
)
def test_whom_the_guidance_is_for_is_still_answered(
    matcher: Matcher, message: str, entry: int
) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("if unsure who should i ask", "whom_to_ask"),
        ("who can we go to", "whom_to_ask"),
        ("who am i supposed to ask", "whom_to_ask"),
        ("who can i share it with", "recipient"),  # the longer phrase, as before
        ("support staff who should know", "who"),  # "who" and a verb: a relative
        ("who is the guidance for", "who"),
    ],
)
def test_kind_of_a_who(question: str, kind: str) -> None:
    pack = builtin_knowledge().not_covered
    asks = Asks(pack.asks, emphasis=pack.emphasis)
    assert asks.of(words(question)) == kind
