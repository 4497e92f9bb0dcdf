"""What the store keeps for one conversation: the dialog state, and enough to replay its last turn.

A process can be killed after it saved a turn but before the person saw the answer. The
platform then sends the event again, perhaps to another process. Re-running the turn on the
saved state would answer the *next* question instead, so the store keeps the state from before
the newest turn and that turn's time: the assistant is a pure function, so running the same
turn on the same state at the same time gives the same replies again. Teams sends no failed
activity again: the person presses the button again, a new event, so the newest turn's press is
kept too (`pressed_again`), and `bot.turn_runs` replays it if its answer was never delivered. A
check's answer may be typed rather than pressed, and typed again when no reply came: of a turn
typed while a check was asking, a keyed digest of the typed answer is kept (`typed_again`). It
keeps ids and choices only, like the dialog state itself; never message text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from bot.stores.protocol import Versioned
from dialogs.contract import Reply, Turn
from dialogs.facts import TurnContext, TurnFacts
from dialogs.state import ConversationState
from dialogs.typed import simplify

RECENT_EVENTS = 16
"""How many applied event ids are remembered, to recognise a late re-delivery of any of them."""


def sent_digest(value: str, event: str) -> str:
    """A one-way digest of what a turn sent (a pressed button's value, a typed answer as read),
    keyed with the `event` it is kept for: the same value kept for two turns gives two digests,
    so that no record can be matched to another's, nor to a table of likely values."""
    key = hashlib.blake2b(event.encode("utf-8"), digest_size=32).digest()
    return hashlib.blake2b(value.encode("utf-8"), key=key, digest_size=12).hexdigest()


def typed_digest(text: str, event: str) -> str | None:
    """`sent_digest` of a typed answer as read (`simplify`: case, punctuation and spacing
    aside); None for a message with nothing to read."""
    plain = simplify(text)
    return sent_digest(plain, event) if plain else None


@dataclass(frozen=True, slots=True)
class Replay:
    """The newest applied turn: its event, when it ran, the state it ran on, and a digest of
    the button pressed, if it was a press (`sent_digest`, keyed with `event`: the value itself
    is not kept, since a platform could send any text as one), or of the answer typed, if it
    was typed while a check was asking (`typed_digest`, keyed alike; never the text)."""

    event: str
    at: datetime
    before: ConversationState
    press: str | None = None
    typed: str | None = None


@dataclass(frozen=True, slots=True)
class StoredConversation:
    """The dialog state plus the recently applied event ids, newest last."""

    state: ConversationState
    applied: tuple[str, ...] = ()
    replay: Replay | None = None

    def replay_of(self, event: str) -> Replay | None:
        """How to answer `event` again if it was the newest applied turn, else None."""
        if self.replay is not None and self.replay.event == event:
            return self.replay
        return None

    def pressed_again(self, turn: Turn, event: str | None) -> Replay | None:
        """The newest applied turn, if `turn` is the same press of the same button under
        another `event` (a person pressing again when the first press seemed to fail; a form
        submitted again is not, since its fields are never kept to compare)."""
        replay = self.replay
        if replay is None or event is None or event == replay.event:
            return None
        if turn.action is None or turn.form:
            return None
        return replay if replay.press == sent_digest(turn.action, replay.event) else None

    def typed_again(self, turn: Turn, event: str | None) -> Replay | None:
        """The newest applied turn, if it was typed while a check was asking and `turn` types
        the same answer again (as `simplify` reads it) under another `event`: a person sending
        their answer again when no reply came. An edit of a message is not a message again."""
        replay = self.replay
        if replay is None or replay.typed is None or event is None or event == replay.event:
            return None
        if turn.action is not None or turn.text is None or turn.edited:
            return None
        return replay if replay.typed == typed_digest(turn.text, replay.event) else None

    def sent_again(self, turn: Turn, event: str | None) -> Replay | None:
        """The newest applied turn, if `turn` is it sent again: pressed or typed again."""
        return self.pressed_again(turn, event) or self.typed_again(turn, event)

    def answered_again(self, newest: Replay, event: str, turn: Turn) -> StoredConversation:
        """The conversation once its `newest` turn was answered again under `event`, as `turn`:
        the same state, with `event` as the turn a re-delivery replays (what was pressed or
        typed digested with it, as if it had been sent first there)."""
        applied = (*self.applied, event)[-RECENT_EVENTS:]
        press = (
            None if newest.press is None or turn.action is None else sent_digest(turn.action, event)
        )
        typed = (
            None if newest.typed is None or turn.text is None else typed_digest(turn.text, event)
        )
        again = replace(newest, event=event, press=press, typed=typed)
        return StoredConversation(self.state, applied, again)

    def has_applied(self, event: str) -> bool:
        """Whether `event` was already applied to this conversation."""
        return event in self.applied

    def after(
        self,
        event: str | None,
        state: ConversationState,
        at: datetime,
        action: str | None = None,
        typed: str | None = None,
    ) -> StoredConversation:
        """The conversation once `event` (None: a turn without an id), pressing `action` if it
        was a press, or typing `typed` (kept as a digest only if a check was asking), moved it
        to `state`."""
        if event is None:
            return StoredConversation(state, self.applied, None)
        applied = (*self.applied, event)[-RECENT_EVENTS:]
        press = None if action is None else sent_digest(action, event)
        answer = None
        if action is None and typed is not None and self.state.check is not None:
            answer = typed_digest(typed, event)
        return StoredConversation(state, applied, Replay(event, at, self.state, press, answer))

    def to_json(self) -> dict[str, Any]:
        """The form kept in the store."""
        replay = self.replay
        return {
            "dialog": self.state.to_json(),
            "applied": list(self.applied),
            "replay": None
            if replay is None
            else {
                "event": replay.event,
                "at": replay.at.isoformat(),
                "before": replay.before.to_json(),
                "press": replay.press,
                "typed": replay.typed,
            },
        }

    @classmethod
    def from_json(cls, data: object) -> StoredConversation:
        """Rebuild from the store; a bare dialog state (the earlier form) is read as one too.

        Anything malformed gives a fresh conversation rather than an error.
        """
        if not isinstance(data, dict) or "dialog" not in data:
            return cls(ConversationState.from_json(data))
        state = ConversationState.from_json(data["dialog"])
        try:
            applied = tuple(str(e) for e in data.get("applied") or ())[-RECENT_EVENTS:]
            raw = data.get("replay")
            replay = (
                None
                if raw is None
                else Replay(
                    event=str(raw["event"]),
                    at=datetime.fromisoformat(raw["at"]),
                    before=ConversationState.from_json(raw["before"]),
                    press=None if raw.get("press") is None else str(raw["press"]),
                    typed=None if raw.get("typed") is None else str(raw["typed"]),
                )
            )
        except (KeyError, TypeError, ValueError):
            return cls(state)
        return cls(state, applied, replay)


@dataclass(frozen=True, slots=True)
class DecidedEarly:
    """A turn decided before its event was claimed (to ask where its answer goes), kept so that
    answering it need not decide it again: the turn, the stored conversation it was decided
    on, when, and the core's decision with the context it was made in."""

    turn: Turn
    stored: Versioned | None
    now: datetime
    decision: tuple[ConversationState, list[Reply], TurnFacts, TurnContext]

    def holds_for(self, turn: Turn, stored: Versioned | None) -> bool:
        """Whether this is the decision for `turn` on `stored` (the same version and value)."""
        if self.turn != turn:
            return False
        if stored is None or self.stored is None:
            return stored is None and self.stored is None
        return stored.version == self.stored.version and stored.value == self.stored.value
