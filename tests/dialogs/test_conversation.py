"""The conversation, read as conversations: commands, questions, and the check's edges."""

from __future__ import annotations

import pytest

from dialogs.choices import answer_value, why_value
from dialogs.contract import Outcome
from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, labels, texts


def test_first_message_carries_one_privacy_reminder(chat: Chat) -> None:
    first = chat.send("hello")
    assert "identify" in first[0].text
    second = chat.send("hello")
    assert "identify" not in texts(second)


def test_a_published_question_gets_the_verbatim_answer_with_its_source(chat: Chat) -> None:
    entry = chat.core.knowledge.entry(13)
    assert entry is not None
    replies = chat.send(entry.question)
    card = next(r.card for r in replies if r.card is not None)
    assert card.body == entry.answer
    assert card.source is not None
    assert "October 2008" in card.source and "question 13" in card.source
    assert "replaced" in card.source


def test_topics_lists_every_entry_and_a_pick_quotes_it(chat: Chat) -> None:
    replies = chat.send("topics")
    entries = chat.core.knowledge.entries
    assert labels(replies[-1]) == [e.question for e in entries]
    quoted = chat.press(entries[6].question)
    assert quoted[0].card is not None and quoted[0].card.body == entries[6].answer


def test_rules_about_and_help(chat: Chat) -> None:
    rules = texts(chat.send("rules"))
    for rule in chat.core.knowledge.rules.rules:
        assert rule.title in rules
    about = texts(chat.send("about"))
    assert "2008" in about and "2018" in about and "not give legal advice" in about
    assert "check" in texts(chat.send("HELP")).lower()


def test_asking_how_current_the_guidance_is_explains_it_was_replaced(chat: Chat) -> None:
    replies = chat.send("is this guidance still up to date?")
    assert "replaced" in texts(replies)


def test_greetings_and_thanks_get_short_friendly_replies(chat: Chat) -> None:
    assert "Hello" in texts(chat.send("hi there"))
    assert "welcome" in texts(chat.send("thanks!")).lower()


def test_can_i_share_offers_the_consent_check(chat: Chat) -> None:
    replies = chat.send("can I share this?")
    assert "Start a consent check" in labels(replies[-1])


def test_an_unanswerable_question_says_so_and_offers_next_steps(chat: Chat) -> None:
    replies = chat.send("how long should we keep case files before destroying them?")
    last = replies[-1]
    assert last.card is None
    assert "Start a consent check" in labels(last)
    assert "information-governance" in last.text


def test_back_changes_the_previous_answer(chat: Chat) -> None:
    chat.send("check")
    chat.send("yes")
    replies = chat.send("back")
    assert "Key question 1" in replies[-1].text
    chat.send("no")
    assert chat.state.check is not None
    assert chat.state.check.answers == (("purpose", AnswerKey.NO),)


def test_back_at_the_first_question_stays_there(chat: Chat) -> None:
    chat.send("check")
    replies = chat.send("back")
    assert "first question" in replies[-1].text


def test_back_after_an_outcome_reopens_the_last_question(chat: Chat) -> None:
    chat.send("check")
    replies = chat.send("no")
    assert any(r.outcome is Outcome.DO_NOT_SHARE for r in replies)
    replies = chat.press("Change my last answer")
    assert "Key question 1" in replies[-1].text
    replies = chat.send("yes")
    assert "Key question 2" in replies[-1].text


def test_restart_and_cancel_work_at_any_step(chat: Chat) -> None:
    chat.send("check")
    chat.send("yes")
    chat.send("yes")
    replies = chat.send("restart")
    assert "Key question 1" in replies[-1].text
    assert chat.state.check is not None and chat.state.check.answers == ()
    replies = chat.send("cancel")
    assert "cancelled" in texts(replies).lower()
    assert chat.state.check is None
    assert "nothing to cancel" in texts(chat.send("cancel")).lower()


def test_why_explains_and_keeps_the_place(chat: Chat) -> None:
    chat.send("check")
    replies = chat.press("Why am I asked this?")
    assert "functions or powers" in replies[0].text
    assert "Key question 1" in replies[-1].text
    replies = chat.send("yes")
    assert "Key question 2" in replies[-1].text
    assert "Data protection law covers" in texts(chat.send("why?"))


def test_a_question_mid_check_is_answered_and_the_check_stays_put(chat: Chat) -> None:
    chat.send("check")
    chat.send("yes")
    replies = chat.send("Is it necessary to have an Information Sharing Protocol?")
    assert replies[0].card is not None
    assert "still on this question" in replies[-1].text
    assert "Key question 2" in replies[-1].text
    chat.send("yes")
    assert chat.state.check is not None and chat.state.check.step == "confidential"


def test_a_stale_button_from_an_earlier_question_changes_nothing(chat: Chat) -> None:
    chat.send("check")
    old_yes = chat.choice("Yes").value
    chat.press("Yes")
    before = chat.state
    replies = chat.press_value(old_yes)
    assert chat.state == before
    assert "already been answered as **Yes**" in replies[0].text
    assert "Key question 2" in replies[-1].text


def test_a_button_from_a_finished_or_cancelled_run_is_recognised(chat: Chat) -> None:
    chat.send("check")
    first_run_no = chat.choice("No").value
    chat.send("restart")
    replies = chat.press_value(first_run_no)
    assert "ended or expired" in replies[0].text
    assert "Key question 1" in replies[-1].text
    chat.send("cancel")
    replies = chat.press_value(answer_value(2, "purpose", AnswerKey.YES))
    assert "ended or expired" in replies[0].text


def test_a_value_never_offered_is_refused_and_the_place_kept(chat: Chat) -> None:
    chat.send("check")
    for forged in ["nonsense", "topic:999", "check:1:nowhere:yes", why_value(1, "zzz"), "x" * 5000]:
        before = chat.state
        replies = chat.press_value(forged)
        assert chat.state == before
        assert "Key question 1" in replies[-1].text, forged


def test_check_while_under_way_does_not_lose_the_answers(chat: Chat) -> None:
    chat.send("check")
    chat.send("yes")
    replies = chat.send("check")
    assert "already part-way" in replies[-1].text
    assert chat.state.check is not None and len(chat.state.check.answers) == 1


def test_identifying_details_get_a_kind_warning(chat: Chat) -> None:
    replies = chat.send("can I share the address SW1A 1AA with the GP?")
    assert "personal details" in texts(replies)


@pytest.mark.parametrize("said", ["ok", "Okay.", "got it", "right ok", "makes sense"])
def test_an_ok_is_taken_in_not_read_as_off_topic(chat: Chat, said: str) -> None:
    reply = texts(chat.send(said)).split("---\n")[-1]
    assert reply.startswith("OK.")
    assert "only help with" not in reply


def test_an_ok_in_a_check_keeps_the_place_without_offering_the_check(chat: Chat) -> None:
    chat.send("check")
    chat.send("yes")
    reply = texts(chat.send("ok"))
    assert "Answer the question below" in reply
    assert "type **check**" not in reply
    assert "Key question 2" in reply


@pytest.mark.parametrize(
    "asked", ["can I still tell her mum?", "could we just pass it on?", "can I also share it?"]
)
def test_can_i_still_share_is_a_decision_and_offers_the_check(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    assert "Start a consent check" in labels(replies[-1])
    assert "couldn't find" not in texts(replies)


def test_an_ok_after_a_finished_check_points_to_no_question(chat: Chat) -> None:
    chat.send("check")
    chat.send("yes")
    chat.send("no")  # the information identifies no one: the check ends
    reply = texts(chat.send("ok"))
    assert reply.startswith("OK.")
    assert "question below" not in reply


@pytest.mark.parametrize("typed", ["restart", "Restart"])
def test_restart_with_no_check_begun_says_so_and_starts_none(chat: Chat, typed: str) -> None:
    # tryout123 #7: typed after a signpost, "restart" began a consent check at KQ1 unasked
    assert chat.send("my neighbour's little boy has bruises on his arms")[0].risk_of_harm
    replies = chat.send(typed)
    assert "no consent check to begin again" in texts(replies)
    assert "Key question 1" not in texts(replies)
    assert chat.state.check is None


def test_restart_after_a_cancelled_check_begins_a_new_one(chat: Chat) -> None:
    chat.send("check")
    chat.send("cancel")
    assert "Key question 1" in chat.send("restart")[-1].text
