"""Questions a published answer does answer reach it, asked in practitioners' own words."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts


def entry_question(chat: Chat, number: int) -> str:
    entry = chat.core.knowledge.entry(number)
    assert entry is not None
    return entry.question


def test_this_advice_is_the_guidance_being_read(chat: Chat) -> None:
    assert quoted(chat.send("Who is this advice for?")) == [entry_question(chat, 9)]


def test_advice_sought_from_someone_is_not_the_guidance(chat: Chat) -> None:
    replies = chat.send("who do I go to for advice?")
    assert quoted(replies) == []
    assert "Who to ask" in texts(replies)


@pytest.mark.parametrize(
    "message",
    [
        "Consent was given but has since been withdrawn - do we stop sharing?",
        "What if a parent agreed at first but has since changed their mind about us sharing?",
        "consent was withdrawn yesterday, what now?",
    ],
)
def test_consent_withdrawn_is_consent_refused_as_the_key_factors_answer_has_it(
    chat: Chat, message: str
) -> None:
    assert quoted(chat.send(message)) == [entry_question(chat, 4)]


def test_how_to_withdraw_consent_is_still_not_quoted(chat: Chat) -> None:
    replies = chat.send(
        "Can someone withdraw their consent after the information has been passed on?"
    )
    assert quoted(replies) == []


def test_whether_newer_data_protection_law_stops_sharing_is_asked_of_the_dpa_entry(
    chat: Chat,
) -> None:
    # As near the topic on the GDPR, which the 2008 Q&A does not cover; but the question asks
    # whether the law is a barrier, which the published answer answers.
    replies = chat.send("Do GDPR and the DPA 2018 stop us sharing information?")
    assert quoted(replies) == [entry_question(chat, 3)]


def test_the_gdpr_in_detail_still_gets_the_topic_we_do_not_cover(chat: Chat) -> None:
    replies = chat.send("What is our lawful basis for processing under the UK GDPR?")
    assert quoted(replies) == []
    assert "predates the UK GDPR" in texts(replies)


def test_a_missing_agreement_is_no_barrier_either(chat: Chat) -> None:
    replies = chat.send("Does not having a signed protocol stop us sharing with the school?")
    assert quoted(replies) == [entry_question(chat, 13)]


@pytest.mark.parametrize(
    "message",
    [
        "What does the GMC guidance say about disclosing in the public interest?",
        "What does the NMC code say about sharing without consent?",
    ],
)
def test_what_another_bodys_guidance_says_is_not_quoted_from_the_2008_q_and_a(
    chat: Chat, message: str
) -> None:
    assert quoted(chat.send(message)) == []


def test_a_low_scoring_answer_to_another_kind_of_ask_gives_way(chat: Chat) -> None:
    # Nearest the entry on what families think, at a score where wrong quotes are common; but
    # it asks whether permission is needed, which that entry does not answer and the key
    # factors do (permission asked as consent is). ("A child I mind" is childminding, not an
    # opinion.) Round 11: without "assessed as a child in need", a statutory category that is
    # now a subject (three gatherers label such questions unanswered: practice-dev3, -dev7,
    # -dev10); that wording is tested in test_practitioners_own_words.py.
    replies = chat.send(
        "childminder here: if a child I mind is struggling, do I need the "
        "parents' permission before giving information to the agency that referred them?"
    )
    assert quoted(replies) == [entry_question(chat, 4)]


def test_what_young_people_mind_is_still_their_view(chat: Chat) -> None:
    replies = chat.send("Do young people mind us sharing their information to get them help?")
    assert quoted(replies) == [entry_question(chat, 5)]


def test_which_sectors_the_guidance_covers_is_who_it_is_for(chat: Chat) -> None:
    assert quoted(chat.send("Which professions and sectors does the guidance cover?")) == [
        entry_question(chat, 9)
    ]


@pytest.mark.parametrize(
    "message",
    [
        "Can we only share information if the person consents?",
        "Is it a myth that we can only share with consent?",
        "If I'm worried about a child, does the law let me share without the parents' consent?",
    ],
)
def test_consent_is_best_practice_not_the_only_way_as_the_key_factors_answer_has_it(
    chat: Chat, message: str
) -> None:
    assert quoted(chat.send(message)) == [entry_question(chat, 4)]


@pytest.mark.parametrize(
    "message",
    [
        "Is consent the only lawful basis for sharing under the GDPR?",
        "Does the Human Rights Act let me share without consent?",
    ],
)
def test_consent_under_other_laws_is_still_not_quoted(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    "message",
    [
        "Is sharing information as important as keeping things confidential?",
        "Are there any exceptions to confidentiality?",
        "Why is confidentiality important?",
    ],
)
def test_confidentiality_as_such_is_not_quoted_an_entry_that_never_speaks_of_it(
    chat: Chat, message: str
) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("When is it OK to break confidentiality without their permission?", 4),
        ("When can I share something confidential without the person's consent?", 4),
        ("What do young people say about confidentiality?", 5),
    ],
)
def test_the_entries_that_speak_of_confidentiality_still_answer(
    chat: Chat, message: str, entry: int
) -> None:
    assert quoted(chat.send(message)) == [entry_question(chat, entry)]


def test_how_to_tell_whether_information_is_confidential_gets_the_summary(chat: Chat) -> None:
    replies = chat.send("how do I know if information is confidential?")
    assert quoted(replies) == []
    assert "In summary, from the 2008 guidance" in texts(replies)


def test_sharing_to_stop_harm_is_not_asking_whether_something_stops_sharing(chat: Chat) -> None:
    replies = chat.send("Can I share without consent to stop a child coming to harm?")
    assert quoted(replies) == [entry_question(chat, 4)]


def test_is_that_right_asks_about_the_claim_before_it(chat: Chat) -> None:
    replies = chat.send(
        "My colleagues think we can only share if the person consents. Is that right?"
    )
    assert quoted(replies) == [entry_question(chat, 4)]
