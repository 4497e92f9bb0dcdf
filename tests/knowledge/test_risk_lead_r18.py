"""The lead's misses of round 18 (harm-dev16, measured untouched first), with lines both ways.

A partner who breaks into someone's email, phone or accounts is control (domestic abuse), as one
who reads their messages is; an account hacked by a stranger, or a school's page, is not.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "my husband can't stand my best friend and has hacked into my email to read what we say",
        "my boyfriend got into my instagram and deleted my male friends",
        "her partner logs into her facebook and messages people pretending to be her",
    ],
)
def test_a_partner_breaking_into_accounts_is_control(message: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None and "domestic-abuse" in found.categories


@pytest.mark.parametrize(
    "message",
    [
        "my email account was hacked, can I tell the school",
        "someone hacked our school's facebook page, do we report it",
    ],
)
def test_accounts_broken_into_by_others_are_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None
