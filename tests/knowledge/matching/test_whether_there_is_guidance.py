"""Whether there is guidance on sharing is answered by what the guidance package includes
(entry 8; docs/matcher.md, round 31, quote31b).

Entry 8 lists the package: the guidance for practitioners and managers, the pocket guide, case
examples, training materials and further guidance on legal issues. "Is there any guidance
available on how to share information?" (dev-questions4, entry 8) was entry 8 at 84 but held
back: none of its anchors (materials, pocket, training…) was in it. Asking whether guidance is
available, or is there at all, is now an anchor of entry 8's. And "guidance available on …" is a
topic frame, as "guidance on …" was: "Is there any guidance available on restraint?" asks of
another guidance, and is still not quoted.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each offered entry 8, not quoted, before
        "What guidance is available on sharing information?",
        "Are there any guides on information sharing for practitioners?",
        "What guidance is available for practitioners on information sharing?",
        "Is there any guidance available on sharing personal data?",
    ],
)
def test_whether_there_is_guidance_on_sharing_is_entry_8(
    built_in_matcher: Matcher, message: str
) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == 8


@pytest.mark.parametrize(
    "message",
    [
        "Is there any guidance available on restraint?",
        "Is there guidance available on safer recruitment?",
        "A tenant keeps complaining about noise from next door. Is there any guidance on this?",
    ],
)
def test_guidance_on_another_topic_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None
