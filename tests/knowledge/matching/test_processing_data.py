"""Processing personal data (the data protection laws' word for any handling of it, with its
lawful bases and its consent) is a subject no published answer speaks of: the entries speak of
sharing. A question asking whether consent is needed to process data is quoted nothing
(`subjects` under `case_questions` in not-covered.yaml); "the process for deciding", the noun,
is no such subject."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        # Each was quoted entry 4 on int24 (at 84, 85 and 66).
        "Do you always need consent to process all personal data?",
        "Do we always need consent to process personal data?",
        "Does a charity need consent before it can process someone's health details?",
    ],
)
def test_consent_to_process_data_is_quoted_nothing(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is None, result


@pytest.mark.parametrize(
    "message",
    [
        "Do we always need consent to share personal data?",
        "What is the process for deciding whether to share without consent?",
        "What process should I follow when deciding whether to share information without consent?",
    ],
)
def test_sharing_and_the_process_of_deciding_are_still_answered(
    matcher: Matcher, message: str
) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == 4, result
