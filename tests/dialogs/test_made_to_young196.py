"""Round 53 (young196, issue 11): a grown writer whose family wills or makes a forced marriage or
cutting on them ("im 19 and my family want me to marry someone back home") is the one harmed.

The risk check read the harm as the writer's own only with "me" in or just after the harm's words
("forcing me to marry"), or "I was" before them; "want me to marry", "taking me to pakistan to get
married", "making me marry" put the "me" before, as the object of someone else's will
(`knowledge.risk_made_to`, the pack's `made-to` marker). Now the finding carries the mark
"writer-harmed" and the reply speaks to the writer. A cutting told by the wedding it comes before
or the country it is done in ("…to be cut before my wedding") is read as FGM, not as a cut
injury: the kind's own line is given. The same told of a sister, a student or a
client ("my sister is 20 and my family want her to marry someone back home") keeps the family's
or the practitioner's reply; the mark changes no verdict.
"""

from __future__ import annotations

import pytest

from tests.support.cases import cases
from tests.support.core import Chat

OWN = "If this is happening to you"
PRACTITIONER = "What you've described may mean"
KINDS_LINE = "Forced Marriage Unit"

WRITERS = {
    "marriage": [
        "im 19 and my family want me to marry someone back home",
        "im 20 and my parents are taking me to pakistan to get married",
        "my parents are making me marry a man twice my age",
        "im 18 and my dad is sending me to bangladesh to get married this summer",
        "im 30 and my brothers are forcing me to get engaged",
        "my family are taking me abroad in the summer to marry a man",
        "im 20 my family wants me to go back home to be married",
        "im 22 and my parents are sending me to pakistan to marry my cousin",
        "my parents are forcing me to marry a man back home",
        "im 21 and my mum and dad want me to get married in bangladesh",
        "im 26 and my family are pushing me to marry a man from back home",
        "im 20 and my parents are taking me abroad to get married",
    ],
    "cutting": [
        "im 20 and my family want me to be cut before my wedding",
        "im 19 my dad is taking me to somalia to be cut",
        "my family wants me to be cut before i get married",
    ],
}

OTHERS = {
    "family": [
        "my sister is 20 and my family want her to marry someone back home",
        "my sister is 20 and my parents are making her marry a man twice her age",
        "my cousin is 22 and her dad is sending her to bangladesh to get married",
        "my friend is 19 and her family are forcing her to get engaged",
        "my sister is 21 and our parents are sending her back home to marry",
        "my parents want me to tell the school my sister is being forced to marry",
    ],
    "practitioner": [
        "a student of mine is 19 and her parents are taking her to pakistan to get married",
        "a pupil of mine says her family want her to be cut before her wedding",
        "a year 11 girl told me her parents want her to marry her cousin",
        "my niece is 16 and her parents are taking her abroad to get married",
        "a colleague told me her family want her to be cut before her wedding",
        "my student is 18 and her family are making her marry an older man",
    ],
}


@pytest.mark.parametrize("message", cases(WRITERS))
def test_the_writer_made_to_marry_or_be_cut_is_spoken_to(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert OWN in first.text
    assert PRACTITIONER not in first.text


@pytest.mark.parametrize("message", cases(OTHERS))
def test_someone_elses_forced_marriage_keeps_the_tellers_reply(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert OWN not in first.text


CUTTINGS = [  # grown writers and practitioners: a young person's reply has a young person's lines
    "im 20 and my family want me to be cut before my wedding",
    "my family wants me to be cut before i get married",
    "a pupil of mine says her family want her to be cut before her wedding",
    "a colleague told me her family want her to be cut before her wedding",
]


@pytest.mark.parametrize("message", CUTTINGS)
def test_a_cutting_before_a_wedding_is_read_as_its_kind(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert KINDS_LINE in first.text
