"""The assistant pane's words: each suggested prompt gets the answer it promises from the real
core, and a chat's title comes from what the core understood, never from what was typed."""

from __future__ import annotations

from dialogs import pane
from dialogs.contract import Card, Reply
from tests.support.core import Chat, texts


def _prompt(title: str) -> pane.Prompt:
    return next(p for p in pane.suggested_prompts() if p.title == title)


def test_slack_shows_at_most_four_prompts_each_with_a_short_title() -> None:
    prompts = pane.suggested_prompts()
    assert 1 <= len(prompts) <= 4
    assert all(0 < len(p.title) <= 40 and p.message for p in prompts)


def test_the_consent_check_prompt_starts_the_check(chat: Chat) -> None:
    replies = chat.send(_prompt("Start a consent check").message)
    assert "Key question 1" in texts(replies)
    assert pane.thread_title(replies) == pane.CONSENT_CHECK_TITLE


def test_the_topics_prompt_lists_the_topics(chat: Chat) -> None:
    replies = chat.send(_prompt("Browse the topics").message)
    assert "The published Q&A answers these 14 questions" in texts(replies)
    assert pane.thread_title(replies) is None  # a list is no subject: the title stays


def test_the_question_prompts_are_answered_with_published_answers(chat: Chat) -> None:
    for title, number in (("Do I need an ISP to share?", 13), ("What should I weigh up?", 4)):
        replies = chat.send(_prompt(title).message)
        entry = chat.core.knowledge.entry(number)
        assert entry is not None
        cards = [r.card for r in replies if r.card is not None]
        assert [c.body for c in cards] == [entry.answer], title
        assert entry.question.startswith((pane.thread_title(replies) or "?").rstrip("…"))


def test_a_signpost_titles_the_chat_before_anything_else(chat: Chat) -> None:
    replies = chat.send("a child told me her dad hits her, is there an ISP I need first?")
    assert replies[0].risk_of_harm
    assert pane.thread_title(replies) == pane.SIGNPOST_TITLE


def test_a_title_is_the_published_question_never_the_words_typed(chat: Chat) -> None:
    replies = chat.send("do we need a signed ISP before I ring Jo's school?")
    title = pane.thread_title(replies)
    assert title is not None and title.startswith("Is it necessary to have an Information")
    assert "Jo" not in title and "school" not in title


def test_a_long_question_is_shortened_at_a_word() -> None:
    question = "Why " + "really " * 30 + "share?"
    title = pane.thread_title([Reply(text="", card=Card(title=question, body="b"))])
    assert title is not None and len(title) <= pane.TITLE_LIMIT
    assert title.endswith("really…")
