"""What the assistant says about delivery itself: where an answer went, or why it could not go.

The doors decide *when* these apply (a platform refused a message, a check moved to a private
chat); the words are here, with the rest of what the assistant says, so every door says the same
thing and none of them writes its own messages. Each one says what to do next (platform
guidelines S-28: never just "something went wrong").
"""

from __future__ import annotations

from dialogs.contract import Choice, RecordForm, Reply

UNAVAILABLE_REPLY = Reply(
    text="Sorry, something went wrong on my side and I couldn't answer. Please try again in a "
    "minute: your place in a consent check is kept."
)
"""The apology when a turn could not be answered (the store was away): the place is kept."""

NOT_A_MEMBER = "not-a-member"
ARCHIVED = "archived"
NOT_ALLOWED = "not-allowed"


def you_chose(label: str) -> str:
    """Shown on a message whose button was pressed, in place of its buttons (S-29)."""
    return f"You chose: **{label}**"


def moved_to_private(where_to_find: str) -> Reply:
    """Left where a consent check was asked for outside a private chat (the answer, whatever
    it is, went to the private chat).

    Args:
        where_to_find: how to find the private chat in this platform, as a sentence.
    """
    return Reply(
        text="I've answered you in a private chat, so your consent check stays private. "
        f"{where_to_find}"
    )


def cannot_post_there(reason: str, how_to_add: str) -> Reply:
    """Sent privately when an answer could not be posted where it was asked for.

    Args:
        reason: `NOT_A_MEMBER`, `ARCHIVED` or `NOT_ALLOWED`.
        how_to_add: how to add the assistant to a conversation on this platform.
    """
    if reason == ARCHIVED:
        text = (
            "I couldn't answer in that conversation because it is archived. "
            "Ask me here instead: just type your question."
        )
    elif reason == NOT_ALLOWED:
        text = (
            "I couldn't answer in that conversation because I'm not allowed to post there. "
            "Ask me here instead, or ask an administrator to let me post there."
        )
    else:
        text = (
            "I couldn't answer in that conversation because I haven't been added to it. "
            f"{how_to_add} Or ask me here: just type your question."
        )
    return Reply(text=text)


def continued_from(place: str) -> str:
    """The first line in a private chat that an answer moved to: a consent check, or a reply
    to personal details typed where others read them (platform rule T-14).

    True whether the check began with that message or was begun earlier in the personal chat
    (an answer typed in a channel to a check waiting here): it names where the person wrote.

    Args:
        place: where the person wrote, such as "a channel" or "a group chat".
    """
    return (
        f"*You wrote to me in {place}. I've answered here, in our personal chat, so that "
        "it stays private.*"
    )


def answered_privately() -> Reply:
    """Said where a consent check was asked for, once it has gone to the private chat."""
    return Reply(text="I've answered you in a personal chat, so your consent check stays private.")


def replied_privately() -> Reply:
    """Said where a message told of a risk of harm, once the reply has gone to the writer's
    private chat: neutral, so it tells the others there nothing."""
    return Reply(text="I've replied to you in a personal chat.")


def private_chat_unavailable(name: str, platform: str) -> Reply:
    """Said where a consent check was asked for, when no private chat could be opened.

    Args:
        name: the assistant's name as people see it on this platform.
        platform: the platform's name, such as "Teams".
    """
    return Reply(
        text="A consent check happens in a personal chat, so your answers stay private, but I "
        f"couldn't open one with you. Open a chat with **{name}** in {platform} and type "
        "**check** to carry on."
    )


def form_not_opened(form: RecordForm) -> Reply:
    """When a door could not open the record form: a typed "fill in the record" gives it no
    chance to open one, or the chance had passed. The button opens it from a press."""
    return Reply(
        text="I couldn't open the record form just then. Press **Fill in the record here**, "
        "or copy the record above and fill it in your case system.",
        choices=(Choice("Fill in the record here", form.open_value),),
    )
