"""Round 33: a statement a business publishes is the name of a paper, not a harm.

"a client wants to see our modern slavery statement" names what the Modern Slavery Act asks of a
firm: "statement" joins the pack's `names`, the words that make the harm words just before them a
label. A statement given about harm ("both girls gave statements saying he touched them") still
tells it, and a name never follows a word that points at someone ("her statement…").
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "a big customer wants to see our modern slavery statement. do we have to write one?",
        "we run a building firm and a client asked to see our modern slavery statement. is it a"
        " legal requirement?",
    ],
)
def test_a_published_statement_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "both girls gave statements to police saying he touched them",
        "a 15 year old gave statements saying her uncle abuses her",
        "my client's statement says her partner strangled her",
        "the lads on the car wash have no passports and the boss keeps their wages",
    ],
)
def test_a_statement_about_harm_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
