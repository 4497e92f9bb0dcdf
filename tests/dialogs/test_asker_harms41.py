"""Round 41 (mid40; tryout39 #13): harm told in a consent check that names the one who asked for
the information, or who came with the person at risk ("the mum just came in with her and
whispered 'she takes my money, please help'", in a check on giving the mum's medicines to her
daughter) said only "If the one causing harm is the person you were going to share with, don't
share with them". Now it says plainly not to share with them, with a button to stop the check,
and the check's question below, its place kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.shared_with_them import names_the_asker
from knowledge.loader import load_knowledge
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

ASKER = "may be the one causing harm: don't share with them"
IF_THEM = "If the one causing harm is the person you were going to share with"
PHARMACY = (
    "pharmacy counter - a customer wants me to tell her what meds her elderly mum gets, she says "
    "she has power of attorney, can i?"
)
RECORDS = (
    "a dad is asking for his daughter's (14) school records, her mum says he was violent to her"
)


def _in_the_check(chat: Chat, told: str) -> None:
    assert chat.send(told)[0].risk_of_harm
    for said in ("check", "yes", "yes"):
        chat.send(said)


@pytest.mark.parametrize(
    ("case", "told"),
    [
        (
            PHARMACY,
            'hang on, the mum just came in with her and whispered to me "she takes my money, '
            'please help"',
        ),
        (PHARMACY, "the mum just told me her daughter, the one asking, takes her money"),
        (PHARMACY, "wait, the old lady says the person asking hits her"),
        (
            RECORDS,
            "the girl just told me her dad, who asked for the records, punched her last week",
        ),
        (RECORDS, "she told me the dad asking for her records hits her"),
    ],
)
def test_harm_naming_the_one_asking_says_plainly_not_to_share_with_them(
    chat: Chat, case: str, told: str
) -> None:
    _in_the_check(chat, case)
    replies = chat.send(told)
    said = texts(replies)
    assert replies[0].risk_of_harm and ASKER in replies[0].text
    assert IF_THEM not in said
    assert "Speak to the person at risk alone" in replies[0].text
    assert [c.label for c in replies[0].choices] == ["Stop this check"]
    assert "We're still on this question" in said and "Key question 3" in said  # place kept
    assert "Check cancelled" in texts(chat.press("Stop this check"))
    assert chat.state.check is None


@pytest.mark.parametrize(
    ("case", "told"),
    [
        (PHARMACY, "the mum says her neighbour takes her money"),
        (RECORDS, "she just told me her stepdad hits her"),
    ],
)
def test_harm_by_someone_else_keeps_the_line_that_asks_if_it_is_them(
    chat: Chat, case: str, told: str
) -> None:
    _in_the_check(chat, case)
    said = texts(chat.send(told))
    assert IF_THEM in said and ASKER not in said


def test_harm_to_themselves_gets_neither(chat: Chat) -> None:
    _in_the_check(chat, "a client (30) told me she's been cutting herself, can I tell her GP?")
    said = texts(chat.send("she also said she wants to end her life, the one asking knows"))
    assert ASKER not in said


REPORTS = "can i give a dad a copy of his son's school reports?"


@pytest.mark.parametrize(
    "told",
    [
        "the boy just told me his dad, the one asking, hits him",
        "hang on, the boy came in with him and told me his dad hits him",
    ],
)
def test_in_a_check_with_no_case_before_the_signpost_says_so_too(chat: Chat, told: str) -> None:
    assert not chat.send(REPORTS)[0].risk_of_harm
    for said in ("check", "yes", "yes"):
        chat.send(said)
    replies = chat.send(told)
    assert replies[0].risk_of_harm and replies[0].text.startswith("**What you've described")
    assert ASKER in replies[0].text
    assert [c.label for c in replies[0].choices] == ["Stop this check"]
    assert "We're still on this question" in texts(replies)


def test_outside_a_check_or_naming_no_asker_the_signpost_is_as_it_was(chat: Chat) -> None:
    said = texts(
        chat.send("the dad asking for his son's reports hits him, can I give them to him?")
    )
    assert ASKER not in said
    other = Chat(chat.core)
    other.send(REPORTS)
    for step in ("check", "yes", "yes"):
        other.send(step)
    replies = other.send("the boy just told me his uncle hits him")
    assert ASKER not in texts(replies) and not replies[0].choices


MUM_ASKS = "a mum is asking for her son's (10) school reports, she says his dad was violent"


@pytest.mark.parametrize(
    "told",
    [
        "the mum asking for the records says her ex hits her",
        "the mum, who asked for the reports, told me her ex hits the boy",
        "the mum, who is asking, says the boy's dad hits her",
    ],
)
def test_the_one_asking_telling_of_the_harm_is_not_named_as_doing_it(chat: Chat, told: str) -> None:
    _in_the_check(chat, MUM_ASKS)
    said = texts(chat.send(told))
    assert ASKER not in said and IF_THEM in said


def test_the_asker_read_by_the_packs_words_an_organisations_added(tmp_path: Path) -> None:
    askers = builtin_knowledge().typed_words.askers
    told = "the grandad collecting her prescriptions hits her"
    assert not names_the_asker(askers, told)
    assert names_the_asker(askers, "the boy says the mum asking for the reports hits him")
    (tmp_path / "words.yaml").write_text(
        "kind: typed-words\naskers:\n  asking: [collecting her prescriptions]\n", encoding="utf-8"
    )
    added = load_knowledge(tmp_path).typed_words.askers
    assert names_the_asker(added, told)
    assert added["asking"][: len(askers["asking"])] == askers["asking"]
    assert names_the_asker({}, told) is False


HUSBAND = (
    "GP surgery - a woman's husband wants to see her medical records, he says he's her carer, can "
    "we give them to him?"
)


@pytest.mark.parametrize(
    "told",
    [
        "she just rang and said her husband, the one asking, controls everything and hits her",
        "the receptionist says she came in with him and has bruises and told her he hurts her",
        "she told me the partner who asked for her notes is abusing her",
    ],
)
def test_a_partner_named_as_the_one_asking_is_not_shared_with(chat: Chat, told: str) -> None:
    assert not chat.send(HUSBAND)[0].risk_of_harm
    for said in ("check", "yes", "yes"):
        chat.send(said)
    replies = chat.send(told)
    assert replies[0].risk_of_harm and ASKER in replies[0].text
    assert "Stop this check" in [c.label for c in replies[0].choices]


def test_a_partner_the_person_agrees_to_gets_no_such_line(chat: Chat) -> None:
    chat.send(HUSBAND)
    for said in ("check", "yes", "yes"):
        chat.send(said)
    said = texts(
        chat.send("she rang to say her husband is lovely and she is happy for him to see them")
    )
    assert ASKER not in said and "Stop this check" not in said
