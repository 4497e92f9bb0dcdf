"""Round 33: a service used online is a thing, not someone met there.

"online" is a word of the grooming family of signals; said of a course, a learning journal or
shopping it names how an ordinary service is used ("we're looking at online courses as he leaves
our project"): the pack's `things` hold those phrases, so the word no longer counts there. A man
met online, photos asked for and every other sign still count.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "we are looking at online courses for a young man leaving our project",
        "parents keep posting photos from our online learning journal on facebook, what can we do?",
    ],
)
def test_a_service_used_online_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my 13 yr old met an older man on an online learning platform and he asks her for photos",
        "a man she met through her online course keeps messaging my 14 year old daughter late at"
        " night",
        "my dad's carer keeps using his card for online shopping for herself",
    ],
)
def test_someone_met_online_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
