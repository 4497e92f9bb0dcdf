"""Round 41 (tidy41): the agreement reader (`dialogs.agreed`) on untrusted text.

Each agreement found was checked for a supposing word before it ("if she agrees") by splitting
the whole message up to it: over 100 kB of "can i tell her gp if she said yes", a second and
more of CPU, and minutes over 1 MB. The words before it are now counted as it goes.
"""

from __future__ import annotations

import pytest

from dialogs.agreed import AgreedSharing
from knowledge.matching.text import words
from tests.support.linear import cpu_seconds, repeated

HOSTILE = 100 * 1024
BUDGET_SECONDS = 0.25  # CPU: a linear pass takes a few hundredths; the quadratic one took 1.3


@pytest.mark.parametrize(
    "unit",
    [
        "can i tell her gp if she said yes ",  # every agreement supposed: all are read
        "can i share it once they have given consent ",
        "can i pass it on unless he agreed to it ",
        "whether my client said its fine can i tell ",
        "she said yes to ",
    ],
)
def test_reading_100_kb_of_supposed_agreements_is_linear(unit: str) -> None:
    typed = words(repeated(unit, HOSTILE))
    assert not AgreedSharing.tells(typed)
    took = cpu_seconds(lambda _: AgreedSharing.tells(typed), "")
    assert took < BUDGET_SECONDS, f"{took:.2f} s for 100 kB"


@pytest.mark.parametrize(
    ("message", "agreed"),
    [
        # the supposing word is one of the three words before the agreement, or further back
        ("can i tell her gp if my client said yes", False),
        ("can i tell her gp, i asked her if it was ok and my client said yes", True),
        ("if she said yes can i tell her gp? she said yes", True),
        ("if she said yes can i tell her gp", False),
    ],
)
def test_an_agreement_is_supposed_by_a_word_just_before_it(message: str, agreed: bool) -> None:
    assert AgreedSharing.tells(words(message)) is agreed
