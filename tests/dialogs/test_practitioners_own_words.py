"""Questions worded as practitioners ask them (round 11's probes, docs/matcher.md): each here
got the wrong reply before its rule, a withheld right entry or a wrong quote."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.matching import NotCoveredPack
from tests.support.core import Chat, quoted
from tests.support.packs import builtin_knowledge


def _question(number: int) -> str:
    entry = builtin_knowledge().entry(number)
    assert entry is not None
    return entry.question


@pytest.mark.parametrize(
    "message",
    [
        # the asker's own thinking is no ask about what others think
        "what factors should I think about when deciding whether to share?",
        "which factors should we think about when deciding whether to share?",
    ],
)
def test_what_the_asker_should_think_about_asks_how_to_decide(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == [_question(4)]


def test_what_others_think_still_asks_their_view(chat: Chat) -> None:
    assert quoted(chat.send("what do children think about sharing?")) == [_question(5)]


@pytest.mark.parametrize(
    "message",
    [
        # the person the information is about is whose it is, not where it goes (`owner_after`)
        "physio here: in what circumstances can I pass on a patient's details without their "
        "consent?",
        "when am I allowed to share a client's information without them agreeing?",
        "dentist here. when am I allowed to share information about a child patient without "
        "the family's consent?",
        # confidentiality broken is confidentiality overridden (entry 4's anchors)
        "counsellor: when can confidentiality be broken without the client's agreement?",
        # a one-word role before a colon is the one asking, not a party named
        "pharmacist: when can I share a customer's information without their consent?",
    ],
)
def test_sharing_someones_information_without_consent_is_the_entry_on_deciding(
    chat: Chat, message: str
) -> None:
    assert quoted(chat.send(message)) == [_question(4)]


@pytest.mark.parametrize(
    "message",
    [
        "can I share a patient's information with the police without their consent?",
        "when would a domestic abuse service pass on a client's information without her consent?",
        "Is patient consent needed to disclose personal information when it's in the public "
        "interest?",
        "pharmacist: can I tell the GP about a customer's medication?",
        # the family is no listed party: the patient stays a subject the entry never names
        "when can I share a patient's details with their family without consent?",
        # a statutory category is a subject no entry speaks of, as looked-after children are
        "childminder here: if a child I mind is assessed as a child in need, do I need the "
        "parents' permission before giving information to the agency that referred them?",
    ],
)
def test_a_named_recipient_or_another_sharer_still_gets_no_quote(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    "message",
    [
        "the police want a statement about a pupil, does the DPA allow it?",
        "the court has asked for our notes on a child. does the data protection act allow me "
        "to send them?",
    ],
)
def test_a_formal_request_gets_its_own_reply_not_the_data_protection_entry(
    chat: Chat, message: str
) -> None:
    replies = chat.send(message)
    assert quoted(replies) == []
    assert "formal requests from the police" in replies[-1].text


def test_data_protection_as_a_barrier_is_still_quoted(chat: Chat) -> None:
    asked = "a school has asked about one of our young people. does the DPA stop us telling them?"
    assert quoted(chat.send(asked)) == [_question(3)]


def test_a_formal_topic_that_is_not_listed_is_refused() -> None:
    case = {"topic": "case", "verbs": ["tell"], "parties": ["police"], "formal_topic": "gone"}
    topic = {"id": "case", "cues": ["x"], "reply": "r"}
    with pytest.raises(ValidationError, match="formal_topic 'gone', which is not listed"):
        NotCoveredPack.model_validate(
            {"kind": "not-covered", "topics": [topic], "case_questions": case}
        )


def test_whether_the_organisation_backs_the_sharer_is_not_the_entry_on_deciding(
    chat: Chat,
) -> None:
    # asks what the entry on organisational support answers (the `backing` kind), not entry 4
    assert quoted(chat.send("will my charity back me up if I share without consent?")) == []
    assert quoted(chat.send("will my employer back me if I share in good faith?")) == [
        _question(14)
    ]


def test_an_anchor_written_with_a_spaced_apostrophe_is_found_as_typed(chat: Chat) -> None:
    # entry 1's anchor "what s the point": "what's" reads "what", so it never matched
    assert quoted(
        chat.send("what's the point of agencies sharing information with each other?")
    ) == [_question(1)]


def test_an_anchor_left_one_word_stays_as_written(chat: Chat) -> None:
    # entry 12's "what s" read as "what" would name every subject (three development
    # questions on what an agreement should cover were quoted the definition)
    assert quoted(chat.send("What should be in a data sharing agreement?")) == []


def test_what_to_do_after_a_story_asks_about_that_case(chat: Chat) -> None:
    # was entry 5 at 85 (practice-dev11): "ok with" reads as what people think
    story = (
        "a client's daughter rang asking how her mum's been. I don't know if the client is ok "
        "with me telling her. what do I do?"
    )
    assert quoted(chat.send(story)) == []


def test_what_to_do_asked_as_a_general_question_is_still_answered(chat: Chat) -> None:
    asked = "What should I do if a parent won't agree to me sharing information?"
    assert quoted(chat.send(asked)) == [_question(4)]


def test_a_consent_topic_that_is_not_listed_is_refused() -> None:
    case = {"topic": "case", "verbs": ["tell"], "parties": ["police"], "consent_topics": ["gone"]}
    topic = {"id": "case", "cues": ["x"], "reply": "r"}
    with pytest.raises(ValidationError, match="consent_topics 'gone', which is not listed"):
        NotCoveredPack.model_validate(
            {"kind": "not-covered", "topics": [topic], "case_questions": case}
        )
