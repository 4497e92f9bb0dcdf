"""Which typed messages ask for a decision to share (`dialogs.share_asks.asks_to_share`)."""

from __future__ import annotations

import pytest

from dialogs.share_asks import asks_to_share


@pytest.mark.parametrize(
    "simple",
    [
        "can i tell her mum what she said",
        "could we let her social worker know",
        "am i allowed to report this to the police",
        "are we permitted to forward the referral",
        "is it ok to give the gp her address",
        "is it lawful for us to send the minutes to housing",
        "should this be shared",
        "not sure whether to refer him",
        "debating whether or not to tell the school",
        # Round 34 (tryout33c): the party named as the one who would know.
        "the boys dad is in prison can the school know",
        "should her gp be told",
        "can their new teacher be informed about his diagnosis",
    ],
)
def test_asks_for_a_decision_to_share(simple: str) -> None:
    assert asks_to_share(simple)


@pytest.mark.parametrize(
    "simple",
    [
        "what is an information sharing protocol",
        "can i change my password",
        "is it ok to leave the form blank",
        "who should report a data breach",
        "we shared the plan last week",
        "how can the school know what happened",
        "what should the school know about data protection",
        "does the school know",
    ],
)
def test_questions_of_fact_are_not_asks_to_share(simple: str) -> None:
    assert not asks_to_share(simple)
