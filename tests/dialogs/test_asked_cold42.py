"""Round 42 (ask42): first messages and questions the facts answer (tryout42 #12, #13).

12. "who do i ring if i think a child is being hurt at home", asked with no harm told, got entry
    5 offered as related and no contacts: a question asking whom to ring or tell about a worry
    gets 999 for danger now, the lead and the reporting contacts (the contacts pack), never the
    advice list's professional body. "I'm bound by confidentiality as an interpreter, can I even
    tell the GP?" got a "Did you mean" of unrelated entries: it gets the summary of sharing
    without consent (confidentiality gives way where someone is at risk; key question 5).
13. "does a 13 year old need parental consent" told the person to retype "can a 14 year old
    consent?": it gets the consent-ages summary. GDPR and consent, "the 2018 update" and "what
    about Scotland" get their facts: consent is usually not the lawful basis now; the editions
    since 2008; the current advice is England's.

Near messages that must not change sit beside each. Every conversation runs through the core
the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts

_REPORT_LEAD = "**If a child or an adult is in danger right now, call 999.**"
_ADVICE_LIST = "For advice on sharing information, you could talk to:"
_MISS = "I couldn't find that in the published Q&A"
_CONSENT_AGES = "key question 4: Do you have consent to share?"
_WITHOUT_CONSENT = "(sharing without consent)"
_RETYPE = 'ask "can a 14 year old consent?"'


@pytest.mark.parametrize(
    "question",
    [
        "who do i ring if i think a child is being hurt at home",
        "who should I call if an elderly neighbour is being abused by her son?",
        "who do i contact if im worried about a child",
        "who do we report a safeguarding concern to",
        "where do i report suspected neglect of a child",
    ],
)
def test_whom_to_tell_of_a_worry_gets_999_and_the_reporting_contacts(
    chat: Chat, question: str
) -> None:
    replies = chat.send(question)
    said = texts(replies)
    assert not any(r.risk_of_harm for r in replies), said  # a question: no signpost
    assert any(r.text.startswith(_REPORT_LEAD) for r in replies), said
    for contact in ("designated safeguarding lead", "children's social care", "Adult social care"):
        assert contact in said
    assert "101 otherwise" in said  # the police line
    assert "professional body" not in said.lower() and _MISS not in said
    assert not quoted(replies)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("who do i ask", _ADVICE_LIST),  # advice, not a worry: the advice list as before
        ("who can i talk to about sharing a referral form", _ADVICE_LIST),
        ("who do i call about a data breach", "information goes astray"),
    ],
)
def test_whom_to_ask_without_a_worry_keeps_its_reply(chat: Chat, question: str, kept: str) -> None:
    said = texts(chat.send(question))
    assert kept in said and _REPORT_LEAD not in said, said


def test_a_worry_named_without_asking_whom_is_not_the_reporting_reply(chat: Chat) -> None:
    said = texts(chat.send("can i share a child's abuse history with the new school"))
    assert _REPORT_LEAD not in said, said


def test_whom_to_ring_after_a_signpost_is_still_the_cases_own(chat: Chat) -> None:
    told = chat.send("a 7 year old in my class said her dad hits her with a slipper")
    assert told[0].risk_of_harm
    said = texts(chat.send("who do i ring if i think a child is being hurt at home"))
    assert _REPORT_LEAD not in said and "Adult social care" not in said, said


@pytest.mark.parametrize(
    "question",
    [
        "I'm bound by confidentiality as an interpreter, can I even tell the GP?",
        "as a counsellor i'm sworn to confidentiality, can i tell her school?",
    ],
)
def test_bound_by_confidentiality_then_asking_to_tell_gets_when_it_gives_way(
    chat: Chat, question: str
) -> None:
    replies = chat.send(question)
    said = texts(replies)
    assert _WITHOUT_CONSENT in said and "public interest" in said, said
    assert not quoted(replies) and "Did you mean" not in said


def test_bound_by_confidentiality_asking_nothing_of_sharing_is_not_that_summary(
    chat: Chat,
) -> None:
    said = texts(chat.send("I'm bound by confidentiality as an interpreter. Who wrote the Q&A?"))
    assert _WITHOUT_CONSENT not in said, said


@pytest.mark.parametrize(
    "question",
    [
        "does a 13 year old need parental consent",
        "does a 13 year old need parental consent for me to share",
        "if she's 15 do I need parents permission to pass this on?",
    ],
)
def test_parental_consent_for_an_aged_child_gets_the_consent_ages(
    chat: Chat, question: str
) -> None:
    said = texts(chat.send(question))
    assert _CONSENT_AGES in said and "From 16" in said, said
    assert _RETYPE not in said


def test_capacity_of_an_adult_keeps_its_reply(chat: Chat) -> None:
    said = texts(chat.send("what does the mental capacity act say about sharing"))
    assert _CONSENT_AGES not in said, said


def test_gdpr_and_consent_gets_the_lawful_basis_fact(chat: Chat) -> None:
    said = texts(chat.send("does gdpr mean i always need consent now"))
    assert "usually not the most appropriate lawful basis" in said, said
    assert "legal advice" not in said.lower() or "not legal advice" in said.lower()


@pytest.mark.parametrize(
    "question", ["why was the guidance updated in 2018", "what changed in the 2018 update"]
)
def test_the_2018_update_gets_the_editions_since_2008(chat: Chat, question: str) -> None:
    replies = chat.send(question)
    said = texts(replies)
    assert "July 2018 edition" in said and "May 2024" in said, said
    assert not quoted(replies) and "Did you mean" not in said


def test_why_the_guidance_was_updated_still_quotes_entry_6(chat: Chat) -> None:
    replies = chat.send("Why was the existing cross-Government guidance updated?")
    assert quoted(replies) == ["Why was the existing cross-Government guidance updated?"]


@pytest.mark.parametrize(
    "question",
    [
        "what about Scotland",
        "does the guidance apply in scotland",
        "is it different in wales?",
        "what about northern ireland",
    ],
)
def test_where_the_guidance_applies_says_it_is_englands(chat: Chat, question: str) -> None:
    said = texts(chat.send(question))
    assert "advice for England" in said, said
    assert "Scotland, Wales or Northern Ireland" in said and _MISS not in said
