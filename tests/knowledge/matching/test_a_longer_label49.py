"""A label of seven or eight words before a colon says who asks (round 49, right153).

"New starter on the children's workforce induction: what do … families expect from us…?" was
scored as one question, the label's words with it, so entry 5 fell under the minimum score; a
label of up to eight words (and still at most `_LABEL_CHARS` characters) is now background, as
a shorter one was (`segment.split_label`). A case question after such a label keeps its reply,
and a subject the entry never names still holds it back. The wordings besides practice-dev8
#37 were written for this test; the first two were not quoted before the change.
"""

from __future__ import annotations

import pytest

from knowledge.matching.segment import split_label
from tests.support.core import Chat, published_question, quoted

QUOTED = [
    (
        "New starter on the children's workforce induction: what do children, young people and "
        "families expect from us when it comes to sharing their information?",
        5,
    ),
    (
        "Newly qualified social worker on my first placement: how do I decide whether to share "
        "information?",
        4,
    ),
    (
        "Family support worker in a children's centre team: do I need consent to share "
        "information?",
        4,
    ),
    (
        "Practice educator for the council's early help service: what is an information "
        "sharing protocol?",
        12,
    ),
]

NEAR_MISSES = [
    # one case after the label; a subject or a view the entry never speaks of
    "Newly qualified social worker on my first placement: can I tell her mum what she told me?",
    "Second year student nurse on a community placement: the patient refused, can I still tell "
    "the police?",
    "Family support worker in a children's centre team: can I share her address with her "
    "ex-partner?",
    "Question from a volunteer at our food bank: who is the guidance on restraint for?",
    "Practice educator for the council's early help service: what do social workers think "
    "about information sharing?",
    "Family support worker in a children's centre team: what is a care plan?",
]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (QUOTED[0][0], "New starter on the children's workforce induction"),
        (QUOTED[1][0], "Newly qualified social worker on my first placement"),
        # nine words: more than a label
        ("Note from the lead at our own primary school: why share?", ""),
    ],
)
def test_a_label_of_up_to_eight_words(sentence: str, label: str) -> None:
    assert split_label(sentence)[0] == label


@pytest.mark.parametrize(("message", "number"), QUOTED)
def test_the_entry_is_quoted_after_a_longer_label(chat: Chat, message: str, number: int) -> None:
    assert quoted(chat.send(message)) == [published_question(number)]


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_no_quote_after_a_longer_label(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []
