"""Round 55 (quote217): two wrong quotes left by quote212.

- Entry 13 ("Is it necessary to have an Information Sharing Protocol to share information with
  another practitioner?") answers a protocol or agreement FOR SHARING INFORMATION (`about:
  [sharing, talking]`, as entry 14's sharing): "do we need a signed agreement before we start
  the contract?" names no sharing ("contract" had been read as "contact", a word of sharing: the
  lexicon's `real_words`), nor does a tenancy, an employment or a service contract. A data
  processing contract with a supplier is not quoted either: a processor's contract is a legal
  requirement of the data protection law, which the entry's "No" would deny (its terms are a
  subject no entry speaks of). A sharing agreement between agencies, an ISP before sharing with
  a school, are still quoted.
- A confidence broken, whoever's it is ("a young person's", "a child's", "a pupil's"), is
  read as "a client's" was: no one told. Nothing more is quoted for it (the entries'
  answers speak of sharing, not of a confidence): the general question gets the summary and
  the consent check, a case (a party told, a disclosure) keeps the consent check, and a
  confidence of another kind ("build a young person's confidence") is no question of sharing.
Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, labels, published_question, quoted

_CHECK = "Start a consent check"


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        # a protocol or agreement for sharing information
        ("do we need a sharing agreement between agencies?", 13),
        ("do we need an information sharing agreement between agencies?", 13),
        ("do we need an ISP before we share with the school?", 13),
        ("is a signed agreement needed to share with the police?", 13),
        ("do we need a contract in place before sharing information with a partner?", 13),
        ("must we have an ISP", 13),
        # told by word of mouth (`objects.talking`)
        ("do I need a protocol before I speak with a social worker from another council?", 13),
        ("do we need a signed agreement before we talk to the landlord?", None),
        ("do we need a contract before we speak to the supplier?", None),
        # an agreement or contract for something else
        ("do we need a signed agreement before we start the contract?", None),
        ("do we need a signed tenancy agreement?", None),
        ("do I need a tenancy agreement before the tenant moves in?", None),
        ("do I need a signed contract before I start a new job?", None),
        ("is a written employment contract a legal requirement?", None),
        ("do we need a contract with the cleaning company before they start?", None),
        ("do we need a signed service agreement with the supplier?", None),
        ("is a protocol required before we start the new rota?", None),
        ("do we need a protocol in place before the new fire drill?", None),
        ("do we need an MOU with the charity?", None),
        ("do I need a signed agreement before I start work as a childminder with a family?", None),
        # a data processing contract with a supplier: required by law, never "No"
        ("do we need a data processing agreement with our IT supplier?", None),
        ("Is a data processing agreement a legal requirement?", None),
        ("do we need a contract with a processor before they handle personal data?", None),
        ("do we need a signed agreement before sharing data with a supplier?", None),
    ],
)
def test_entry_13_only_for_an_agreement_to_share(chat: Chat, asked: str, entry: int | None) -> None:
    expected = [] if entry is None else [published_question(entry)]
    assert quoted(chat.send(asked)) == expected


def test_a_contract_question_keeps_entry_13_one_press_away(chat: Chat) -> None:
    replies = chat.send("do we need a signed agreement before we start the contract?")
    assert quoted(replies) == []
    assert any(published_question(13) in labels(r) for r in replies)


@pytest.mark.parametrize(
    "asked",
    [
        "when am I allowed to break a young person's confidence?",
        "when am I allowed to break a child's confidence?",
        "when am I allowed to break a pupil's confidence?",
        "when am I allowed to break a client's confidence?",
        "when can I break a care home resident's confidence?",
        "when can I break a young person's confidentiality?",
        # a case: a party told, a risk told
        "can I break a young person's confidence and tell the school?",
        "can I break the pupil's confidence and tell her mum?",
        "can I break a child's confidence if they're at risk?",
    ],
)
def test_a_confidence_broken_is_not_quoted_and_keeps_the_check(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    assert quoted(replies) == []
    assert any(_CHECK in labels(r) for r in replies)


@pytest.mark.parametrize(
    "asked",
    ["how do I build a young person's confidence?", "how can I boost a child's confidence?"],
)
def test_a_confidence_of_another_kind_is_no_sharing(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    assert quoted(replies) == []
    assert not any(_CHECK in labels(r) for r in replies)
