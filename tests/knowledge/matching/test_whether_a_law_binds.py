"""Whether a law makes anyone share is not whether it lets them (docs/matcher.md, round 31,
quote31b).

Entry 3 says the Data Protection Act is no barrier to sharing: it says nothing of a law that
compels, forces or requires anyone to share. "Duty", "obliged" and "mandatory" were subjects
no entry speaks of already; "compel", "force … to" and "required to share" were not, so
"Does data protection legislation compel your organisation to share personal data with the
police?" (dev-questions4) quoted entry 3.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 3 before but the fifth, offered already
        "Does the Data Protection Act compel us to share information?",
        "Can the DPA force me to share information?",
        "Am I forced to share information by the Data Protection Act?",
        "Does data protection law require us to share information?",
        "Are we required to share information under the Data Protection Act?",
        "Is a school compelled by the Data Protection Act to disclose information?",
    ],
)
def test_whether_a_law_binds_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None
    assert 3 in [match.number for match in result.suggestions]


@pytest.mark.parametrize(
    "message",
    [
        "Does the Data Protection Act stop me sharing information?",
        "Is data protection a barrier to sharing information?",
        "Can I share information under the Data Protection Act?",
    ],
)
def test_whether_the_act_lets_one_share_is_still_entry_3(
    built_in_matcher: Matcher, message: str
) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == 3
