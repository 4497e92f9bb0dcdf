"""Round 33: a figure of people names no one in particular.

"Up to 1.3 million children are living with parents who misuse alcohol" and "40% of children in
care go missing" are statistics: the clause counts people as a whole, so it is general (a
`general` phrase of the pack: "percent", or a number before "million" or "thousand", then people
in the plural). "%" is read as the word "percent". A count in words is no figure ("he has
thousands of children's photos", "a million kids' videos"), and every other clause still counts.
"""

from __future__ import annotations

import pytest

from knowledge.risk_words import words_of
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


def test_a_percent_sign_is_read_as_a_word() -> None:
    assert words_of("about 40% of pupils") == ["about", "40", "percent", "of", "pupils"]


@pytest.mark.parametrize(
    "message",
    [
        "the report says 40% of children in care go missing at least once",
        "2.6 million children live with a parent who drinks too much, says the report",
        "nearly 50% of young people have seen self-harm content online, should our policy say so?",
        "an estimated 7 million women have been sexually assaulted, the survey found",
    ],
)
def test_a_figure_of_people_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "the charity says 40% of children in care go missing, and my foster son has been missing"
        " since friday",
        "2.6 million children live with a parent who drinks too much. my dad drinks every night"
        " and hits my mum",
        "he has a million kids' videos on his computer and some of them are naked",
        "my 12 year old has 5 million views on tiktok and a man keeps asking her for nudes",
    ],
)
def test_someone_in_particular_beside_a_figure_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
