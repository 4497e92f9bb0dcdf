"""harm-dev12's four misses (measured untouched first), each made a class and probed both ways:
leaving this world beside low mood or a goodbye letter, a partner holding both pay packets or all
the passwords, a home visit where nobody seems to live, made to kneel with clothes down and told
one would be thrown out for telling. Six of the eight disclosures failed before; the ordinary lines
share their words."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "my friend's diary says she's depressed and wants to leave this world",
        "she left a goodbye note saying she wants to leave this world",
        "my son said he just wants to stop existing",
        "my husband takes all my wages and knows all my passwords",
        "he has both our paychecks and grills me over every coffee I buy",
        "the EWO did a home visit and says it looks like nobody lives there, the boy is 12",
        "the coach made the boys pull their shorts down as a forfeit",
        "when I was 9 my uncle made me kneel with my pants down and said I'd be thrown out if I"
        " told",
    ],
)
def test_the_class_of_each_miss_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "the nurse told me to take my trousers off for the examination",
        "my husband and I share all our passwords in a manager app",
        "we're moving abroad and want to leave this country next year",
        "my mum wants to leave this world peacefully at home, can the hospice share her wishes"
        " with the GP?",
        "the house on the corner looks like nobody lives there any more, can the council tell me"
        " who owns it?",
        "the MP grilled the minister over every penny of the budget",
        "she'll be sent home if she told a lie in the exam?",
    ],
)
def test_the_same_words_in_an_ordinary_line_stay_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None
