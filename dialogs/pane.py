"""What the assistant pane shows around a conversation: suggested prompts, a status, a title.

A platform's assistant pane (Slack's split view beside any channel) starts each chat with a few
suggested prompts, shows a status line while an answer is worked on, and lists past chats by
title. The words are decided here, like every other word the assistant says; a door only sends
them. A title is taken from what the core understood (the published question it quoted, a
consent check, the protection procedures), never from what the person typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dialogs.choices import AnswerPick, FormPick, RecordSubmit, WhyPick, parse_choice
from dialogs.contract import Reply

__all__ = [
    "ANSWERING_STATUS",
    "PROMPTS_TITLE",
    "Prompt",
    "suggested_prompts",
    "thread_title",
]

ANSWERING_STATUS = "is looking in the guidance…"
"""Shown after the assistant's name while a message in the pane is answered."""
PROMPTS_TITLE = "Ask about sharing information, or start here:"
TITLE_LIMIT = 80
"""Titles are shortened (at a word) to what a list of past chats shows comfortably."""
CONSENT_CHECK_TITLE = "Consent check"
SIGNPOST_TITLE = "Protection procedures"


@dataclass(frozen=True, slots=True)
class Prompt:
    """One suggested prompt: a short label, and the message sent when it is chosen."""

    title: str
    message: str


_PROMPTS = (
    Prompt("Start a consent check", "check"),
    Prompt("Browse the topics", "topics"),
    Prompt(
        "Do I need an ISP to share?",
        "Do I need an information sharing protocol before I share?",
    ),
    Prompt(
        "What should I weigh up?",
        "What are the key factors in deciding whether to share?",
    ),
)


def suggested_prompts() -> tuple[Prompt, ...]:
    """The prompts a new chat in the pane starts with (Slack shows at most four).

    The consent check, the topic list, and two questions practitioners ask most, each worded
    so the assistant answers it with a published answer (a test holds them to that).
    """
    return _PROMPTS


def thread_title(replies: Sequence[Reply]) -> str | None:
    """A chat's title from the replies to its latest turn, or None to leave it as it is.

    In order: a signpost to protection procedures; a step, outcome or record of a consent
    check; the published question of a quoted answer. Anything else (help, topics, "did you
    mean…") leaves the title alone.
    """
    if any(r.risk_of_harm for r in replies):
        return SIGNPOST_TITLE
    if any(_is_consent_check(r) for r in replies):
        return CONSENT_CHECK_TITLE
    quoted = next((r.card for r in replies if r.card is not None), None)
    return _shortened(quoted.title) if quoted is not None else None


def _is_consent_check(reply: Reply) -> bool:
    if reply.outcome is not None or reply.record is not None or reply.form is not None:
        return True
    steps = AnswerPick | WhyPick | FormPick | RecordSubmit
    return any(isinstance(parse_choice(c.value), steps) for c in reply.choices)


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= TITLE_LIMIT:
        return text
    cut = text[: TITLE_LIMIT - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"
