"""Sharing a published answer into a conversation with colleagues: the words of each step.

A person searches the published questions (`dialogs.lookup`), picks one, sees exactly what will
be posted, and confirms; only then does the quoted answer go into the conversation, attributed
to them choosing to share it. Until then everything is shown to them alone, and a search that
describes a risk of harm gets the signpost, privately, first. A door renders these words; which
answer is shared, and its exact text, come from `Lookups.shared_answer`.
"""

from __future__ import annotations

from dialogs import notices
from dialogs.contract import Lookup

__all__ = [
    "CANCEL_LABEL",
    "SHARE_LABEL",
    "already_shared",
    "cancelled",
    "choose",
    "confirm",
    "expired",
    "not_shared",
    "pick_a_conversation",
    "share_words",
    "shared",
    "shared_by",
]

SHARE_WORD = "share"
SHARE_LABEL = "Share it here"
CANCEL_LABEL = "Cancel"
PREVIEW_LABEL = "Preview"
SEARCH_LABEL = "Words to search for"
SEARCH_HINT = "For example: do we need an ISP? Leave it empty to see every topic."
WHERE_LABEL = "Share into"
FIND_LABEL = "Find answers"
TITLE = "Share a published answer"


def share_words(text: str) -> str | None:
    """The search words of a request to share (``share <words>``), or None if `text` asks
    something else. ``share`` alone asks for the topics (the words are then "")."""
    first, _, rest = text.strip().partition(" ")
    return rest.strip() if first.casefold() == SHARE_WORD else None


def choose(found: Lookup) -> str:
    """Above the published questions a search found: what to do, and who sees this."""
    if found.topics:
        lead = (
            "I couldn't match those words to a published question, so here is every topic "
            "the Q&A answers."
        )
    elif found.matched:
        lead = "This published question answers your words best; related ones follow."
    else:
        lead = "These published questions are the nearest to your words."
    return f"{lead} Pick one to see the answer before anything is shared. Only you can see this."


def confirm() -> str:
    """Above the preview: what will happen if they confirm."""
    return (
        "This is exactly what will be posted here, as shared by you. "
        f"Press **{SHARE_LABEL}** to post it, or **{CANCEL_LABEL}**."
    )


def shared_by(person: str) -> str:
    """The line the posted answer carries, saying who chose to share it.

    Args:
        person: how the platform names the person (a mention).
    """
    return f"Shared by {person} from the published *Information Sharing: Q&A*."


def shared() -> str:
    """Once the answer is posted."""
    return "Shared. The answer is now in this conversation for everyone in it."


def cancelled() -> str:
    """When the person cancels: nothing was posted."""
    return "Cancelled. Nothing was shared."


def already_shared() -> str:
    """A confirmation (or cancel) pressed again, from a double click or an old message."""
    return "That was already shared or cancelled from here, so nothing more was posted."


def expired(how_to_start: str) -> str:
    """A button whose choice is no longer known (an old or altered message).

    Args:
        how_to_start: how to start sharing again on this platform, as a phrase.
    """
    return f"That choice is no longer available, so nothing was shared. {how_to_start}"


def not_shared(reason: str | None, how_to_add: str) -> str:
    """When the answer could not be posted where the person asked.

    Args:
        reason: why the platform refused (`notices.NOT_A_MEMBER`, `ARCHIVED`, `NOT_ALLOWED`),
            or None when it did not say.
        how_to_add: how to add the assistant to a conversation on this platform.
    """
    if reason == notices.NOT_A_MEMBER:
        why = f"I haven't been added to that conversation. {how_to_add}, then share again."
    elif reason == notices.ARCHIVED:
        why = "that conversation is archived."
    elif reason == notices.NOT_ALLOWED:
        why = "I'm not allowed to post there. An administrator can change that."
    else:
        why = "the answer couldn't be posted just then. Please try again in a minute."
    return f"Nothing was shared: {why}"


def pick_a_conversation() -> str:
    """When the conversation chosen to share into cannot be answered in."""
    return "Choose a conversation I can share into (a channel I've been added to)."
