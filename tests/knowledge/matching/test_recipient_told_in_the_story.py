"""A question asking whether to share, naming no one, after a story telling where the
information would go ("…her booking info going to the health visitor. Do I still send the
form?") is about that one case, as "can I tell the health visitor?" is: the case topic's reply,
not a published answer (`CaseQuestions.acts_on_a_story_party`; docs/matcher.md, round 27). A
story naming a party some other way ("I spoke to the parents") leaves the question general.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # Each quoted entry 4 before round 27, at 63, 100, 98 and 100 (practice-dev15 holds
        # the first kind).
        "health visitor here, dad said no to his details going to the nursery and there are no "
        "concerns. do I still send the form?",
        "a mum has said no to her booking details going to the health visitor and there are no "
        "concerns. do I still pass on the information without consent?",
        "Mum has refused for her information to go to the school nurse. Can I still share it "
        "without consent?",
        "the young person refused consent to her information going to the school. Can I still "
        "share the information without her consent?",
    ],
)
def test_where_it_goes_told_in_the_story_makes_a_case(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    assert result.not_covered is not None and result.not_covered.topic == "specific-case", result


@pytest.mark.parametrize(
    "message",
    [
        "I spoke to the parents and they refused. Can I still share without their consent?",
        "I explained to the family why we share information. Do I need their consent to share?",
        "A family has said no to sharing. Can I still share without their consent?",
    ],
)
def test_a_party_the_asker_spoke_to_leaves_it_general(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 4, result
