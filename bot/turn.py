"""What a door hands the core: one `Turn` per thing a person did."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ConversationKey:
    """Whose dialog a turn belongs to: two people in one channel never share a dialog."""

    channel: str
    conversation_id: str
    user_id: str

    def as_str(self) -> str:
        """A stable string form, used as the store key."""
        return f"{self.channel}|{self.conversation_id}|{self.user_id}"


@dataclass(frozen=True, slots=True)
class Turn:
    """One message or one button press, stripped of every platform detail.

    Attributes:
        channel: which door it came through: ``"console"``, ``"slack"`` or ``"teams"``.
        conversation_id: the platform's conversation (DM, channel, thread) id.
        user_id: the platform's user id.
        text: what the person typed, already stripped of mention syntax by the door.
        action: the value of a choice the person pressed, if they pressed one.
        event_id: the platform's id for this event, used to ignore re-deliveries.
        private: True in a direct message or personal chat, False in a shared channel.
        form: the (field id, text) pairs of a submitted decision-record form, sent with the
            form's `action`. Personal data: used once to write the record, never stored or
            logged.
    """

    channel: str
    conversation_id: str
    user_id: str
    text: str | None = None
    action: str | None = None
    event_id: str | None = None
    private: bool = True
    form: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> ConversationKey:
        """The dialog this turn belongs to."""
        return ConversationKey(self.channel, self.conversation_id, self.user_id)
