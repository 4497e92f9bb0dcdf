"""Risk of harm, before anything else: the signpost comes first, then the turn goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build_core
from dialogs.contract import Outcome, Turn
from dialogs.facts import TurnContext
from dialogs.state import ConversationState
from tests.support.core import FIXED_CLOCK, Chat, labels, texts

# Messages of the kinds issue 11 saw go unnoticed, and the colloquial wording practitioners use.
DISCLOSURES = [
    "A year 5 girl has just told me her stepdad touches her at night",
    "she'll hurt the baby",
    "worried about a teenager in my youth group, she says she wants to kill herself",
    "urgent - a 14 year old from our school has gone missing since last night",
    "an older man I visit says his daughter takes his money and he can't afford food",
    "older lads gave him a phone and now he's never at home",
    "mum's always off her face when she picks them up",
    # "he said if I tell anyone he'll hurt my mum" is the writer's own, spoken to them since
    # round 52 (voice181): tests/dialogs/test_own_lines_voice181.py
    "she's been going missing and comes back with new trainers she can't explain",
    "a parent told me her partner put his hands round her neck last night",
]

ORDINARY = [
    "what counts as neglect?",
    "how do I write a safeguarding policy?",
    "what is county lines?",
    "who is our LADO?",
    "what does the guidance say about sharing when there's risk of harm?",
    "What should I do if a child discloses abuse?",
    "what are the golden rules?",
]


@pytest.mark.parametrize("message", DISCLOSURES)
def test_a_disclosure_leads_the_first_reply_with_the_signpost(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    first = replies[0]
    assert first.risk_of_harm
    assert first.text.startswith("**What you've described may mean")
    assert "protection procedures now" in first.text
    assert "call 999" in first.text
    assert "Your designated safeguarding lead" in first.text
    # The signpost comes before the once-a-conversation privacy reminder, and only once.
    assert "identify" in replies[1].text
    assert [r.risk_of_harm for r in replies].count(True) == 1


@pytest.mark.parametrize("message", ORDINARY)
def test_an_ordinary_question_that_mentions_harm_gets_no_signpost(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert not any(r.risk_of_harm for r in replies)
    assert "call 999" not in texts(replies)


def test_the_turn_facts_say_the_signpost_was_given_and_hold_no_text(chat: Chat) -> None:
    turn = Turn("test", "c1", "u1", text="she'll hurt the baby")
    state, _, facts = chat.core.assistant.decide(ConversationState(), turn, FIXED_CLOCK)
    assert facts.risk_of_harm
    assert facts.log_fields()["risk_of_harm"] is True
    assert "baby" not in str(facts.log_fields()) and "baby" not in str(state.to_json())
    ordinary = Turn("test", "c1", "u1", text="what is an ISP?")
    assert not chat.core.assistant.decide(state, ordinary, FIXED_CLOCK)[2].risk_of_harm


def test_a_disclosure_is_never_remembered_for_the_insight_journal(chat: Chat) -> None:
    # With question text kept (INFOSHARE_INSIGHT=text) a declined question gets an id that the
    # journal stores its redacted words under; a disclosure gets none, so its words are not kept.
    context = TurnContext(question_ref="a" * 32, questions_kept=True)
    assistant = chat.core.assistant
    asked = Turn("test", "c1", "u1", text="how long should we keep case files?")
    told = Turn("test", "c1", "u1", text="she says her stepdad touches her, is that allowed?")
    assert assistant.decide(ConversationState(), asked, FIXED_CLOCK, context)[2].question_ref
    state, _, facts = assistant.decide(ConversationState(), told, FIXED_CLOCK, context)
    assert facts.risk_of_harm and facts.question_ref is None and state.asked is None


def test_a_question_asked_with_a_disclosure_still_gets_its_answer(chat: Chat) -> None:
    replies = chat.send(
        "Our 14 year old pupil has gone missing since last night. What is an information "
        "sharing protocol?"
    )
    assert replies[0].risk_of_harm
    entry = chat.core.knowledge.entry(12)
    assert entry is not None
    assert any(r.card is not None and r.card.body == entry.answer for r in replies[1:])


def test_a_disclosure_that_asks_nothing_is_not_told_it_could_not_be_found(chat: Chat) -> None:
    replies = chat.send("mum's always off her face when she picks the kids up")
    assert replies[0].risk_of_harm
    assert "couldn't find" not in texts(replies)
    assert "Start a consent check" in labels(replies[-1])


@pytest.mark.parametrize(
    "message",
    [
        "the old gentleman on my round said his grandson takes his pension and hits him if he "
        "says no",
        "service user said staff at her supported living hit her when she gets upset",
    ],
)
def test_a_disclosure_that_asks_nothing_gets_no_did_you_mean(chat: Chat, message: str) -> None:
    # Before, a "did you mean" of a published question followed the signpost.
    replies = chat.send(message)
    assert replies[0].risk_of_harm
    assert "Did you mean" not in texts(replies)
    assert "Start a consent check" in labels(replies[-1])


def test_mid_check_a_disclosure_gets_the_signpost_and_the_question_is_shown_again(
    chat: Chat,
) -> None:
    chat.send("check")
    chat.send("yes")
    replies = chat.send("he said if I tell anyone he will hurt my little sister")
    assert replies[0].risk_of_harm
    assert "keeping your place" not in texts(replies), "the signpost, not a complaint"
    assert "We're still on this question" in replies[-1].text
    assert "Key question 2" in replies[-1].text
    # Nobody loses their place: the next answer moves the check on.
    assert "Key question 3" in chat.send("yes")[-1].text


def test_a_child_disclosure_points_to_the_childrens_front_door_not_adult_social_care(
    chat: Chat,
) -> None:
    first = chat.send("a year 3 boy told me his dad hits him with a belt")[0]
    assert "child protection procedures" in first.text
    assert "children's social care front door (MASH)" in first.text
    assert "Adult social care" not in first.text


def test_an_adult_disclosure_points_to_adult_social_care(chat: Chat) -> None:
    first = chat.send("an older lady with dementia says her grandson keeps taking her pension")[0]
    assert "adult protection procedures" in first.text
    assert "Adult social care at your local council" in first.text
    assert "MASH" not in first.text


def test_an_allegation_about_a_volunteer_points_to_the_lado(chat: Chat) -> None:
    first = chat.send("one of our volunteers has been messaging a 13 year old girl on snapchat")[0]
    assert first.risk_of_harm
    assert "The LADO" in first.text
    assert "Don't investigate it or tell the person yourself" in first.text


def test_touching_by_a_nursery_teacher_told_over_two_sentences_names_the_lado(chat: Chat) -> None:
    # The touching cue fires in the first sentence; the second says who (Round 12).
    first = chat.send(
        "my 4 year old says her nursery teacher keeps picking her up and holding her when she"
        " says no. she also hugs her and kisses her cheek at home time"
    )[0]
    assert first.risk_of_harm
    assert first.text.lstrip("*").startswith("What you've described may mean a child is at risk")
    assert "The LADO" in first.text


def test_sharing_without_consent_and_seeking_advice_carry_the_reminder(chat: Chat) -> None:
    # purpose yes, identifiable yes, confidential yes, consent refused, public interest yes.
    chat.send("check")
    for answer in ("yes", "yes", "yes", "they refused"):
        chat.send(answer)
    shared = chat.send("yes")
    outcome = next(r for r in shared if r.outcome is not None)
    assert outcome.outcome is Outcome.SHARE
    assert "follow your child or adult protection procedures now" in outcome.text
    assert "call 999" in outcome.text
    chat.send("check")
    advice = chat.send("not sure")
    outcome = next(r for r in advice if r.outcome is not None)
    assert outcome.outcome is Outcome.SEEK_ADVICE
    assert "follow your child or adult protection procedures now" in outcome.text
    # Sharing with consent needs no such reminder.
    chat.send("check")
    for answer in ("yes", "yes", "yes"):
        chat.send(answer)
    consented = next(r for r in chat.send("yes") if r.outcome is not None)
    assert "call 999" not in consented.text


def test_the_organisations_own_contacts_are_the_ones_shown(tmp_path: Path) -> None:
    (tmp_path / "contacts.yaml").write_text(
        "kind: contacts\n"
        "contacts:\n"
        "  - name: Sam Okafor\n"
        "    role: safeguarding-lead\n"
        '    phone: "01632 960 123"\n'
        "  - name: Northshire Children's Services front door\n"
        "    role: childrens-social-care\n"
        '    phone: "01632 960 999"\n'
        "  - name: The IG team\n"
        "    role: information-governance-lead\n",
        encoding="utf-8",
    )
    chat = Chat(build_core(tmp_path))
    first = chat.send("she'll hurt the baby")[0]
    assert "**Safeguarding lead**: Sam Okafor (01632 960 123)" in first.text
    assert "Northshire Children's Services front door (01632 960 999)" in first.text
    assert "IG team" not in first.text
    # The reporting routes are for the signpost; advice lists keep to the people to ask.
    declined = chat.send("how long should we keep case files?")
    assert "Northshire" not in texts(declined)
