"""Who wrote a typed message outside a consent check, read as the router decides its turn: the
person at risk or their family (`dialogs.own_voice`'s `Voice`), or a practitioner (None).

A young person may name a friend at risk with no sign of their own youth ("my best mate told me
her uncle touches her": a practitioner's signpost), and give their age only after it ("im only
14 who do i tell"). The state keeps that a friend was named (`ConversationState.friend_named`, a
flag, never the words); an age under 18 or a school year given just after that signpost is the
writer's, and the conversation turns to a young person's about their friend (round 42, young43).

Who the writer says they are on a line telling no harm ("im 16 and i dont know if this is
normal", "im worried about my niece, shes 9") is kept too (`ConversationState.said`, one word),
and a harm told on a later line is read in that voice (round 42, voice43).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from dialogs.choices import Command
from dialogs.state import ConversationState
from dialogs.turn_note import TurnNote
from knowledge.typed_word_names import FriendList

if TYPE_CHECKING:
    from dialogs.friend_voice import FriendVoice
    from dialogs.own_voice import Voice


def read_writer(
    state: ConversationState,
    note: TurnNote,
    simple: str,
    words: Mapping[FriendList, tuple[str, ...]],
    command_in: Callable[[str], Command | None],
    *,
    markers: Mapping[str, tuple[str, ...]],
) -> ConversationState:
    """Note in `note.voice` who wrote `simple` (a typed message, simplified), and return
    `state` with whether a friend was named as this turn leaves it (`friend_named`).

    Args:
        state: the state before the turn.
        note: the turn's note: its risk and whether a signpost was shown just before are read.
        simple: the message, simplified as `dialogs.typed.simplify` does.
        words: the typed-words pack's `friend`.
        command_in: the command a message is, if one (a command but help moves on).
        markers: the risk pack's markers: a role the writer names of their own is read by them
            (`knowledge.own_role`).
    """
    note.voice, named = _read(state, note, simple, (words, markers), command_in)
    said = _said(state, note, simple, (words, markers), command_in)
    if (named, said) == (state.friend_named, state.said):
        return state
    return replace(state, friend_named=named, said=said)


def age_alone(before: str | None, state: ConversationState, note: TurnNote, simple: str) -> bool:
    """Whether `simple`, a typed line telling no harm, is a young person's age and little else
    ("im 15", "i am 14 btw"): the writer said on it, not before (`before`), that they are a
    child (`state.said`), and it has at most four words, one a number (tryout44 #9: a Q&A miss
    and "your supervisor, IG lead" before). Never after a signpost or a harm told: an age
    then is read against that case (a friend's, a key question's)."""
    said = simple.split()
    return (
        note.risk is None
        and not note.after_signpost
        and not state.has_concern()
        and before != "child" == state.said
        and len(said) <= _AGE_ALONE_WORDS
        and any(w.isdigit() for w in said)
    )


# The typed-words pack's `friend`, and the risk pack's markers (a role of the writer's own).
_Words = tuple[Mapping[FriendList, tuple[str, ...]], Mapping[str, tuple[str, ...]]]


def _friend_voice(words: _Words) -> FriendVoice:
    """The reader of a message as one of the public's or a young person's, by `words`."""
    from dialogs.friend_voice import FriendVoice  # noqa: PLC0415 (only a line read for its writer)
    from knowledge.own_role import OwnRole  # noqa: PLC0415 (as FriendVoice)

    friend, markers = words
    return FriendVoice(friend, OwnRole(markers))


_AGE_ALONE_WORDS = 4
# A line saying who the writer is has one of these: "im 16", "i am 14", "my niece".
_SAYS_WHO = frozenset(["im", "am", "my"])


def _said(
    state: ConversationState,
    note: TurnNote,
    simple: str,
    words: _Words,
    command_in: Callable[[str], Command | None],
) -> str | None:
    """Who the writer said they are, as this turn leaves it: read from a line telling no harm
    outside a check, or kept from an earlier line when this one says nothing of it."""
    if note.risk is not None or state.in_check() or _SAYS_WHO.isdisjoint(simple.split()):
        return state.said
    if command_in(simple) is not None:
        return state.said
    from dialogs.writer_said import said_before  # noqa: PLC0415 (only a line saying who)

    return said_before(simple, _friend_voice(words)) or state.said


def _read(
    state: ConversationState,
    note: TurnNote,
    simple: str,
    words: _Words,
    command_in: Callable[[str], Command | None],
) -> tuple[Voice | None, bool]:
    """The writer of a message telling of harm, or of one just after a signpost given to the
    person at risk, their family or a practitioner who named a friend, when it reads as theirs
    still; and whether a friend is named, the message read as a practitioner's."""
    after = note.after_signpost and bool(state.writer or state.friend_named)
    if state.in_check() or (note.risk is None and not after):
        return None, False
    if note.risk is None and command_in(simple) not in (None, Command.HELP):
        return None, False
    from dialogs.own_voice import voice_after, voice_of  # noqa: PLC0415 (only after harm)

    friend = _friend_voice(words)
    told = note.risk is not None
    if note.after_signpost and state.writer:
        return voice_after(simple, state.writer, told=told, friend=friend), False
    if note.after_signpost and state.friend_named:
        voice = _young_about_a_friend(simple, friend, told=told)
        return voice, voice is None
    from dialogs.danger_now import THREAT_TO_YOU  # noqa: PLC0415 (only after harm)
    from knowledge.risk_writer_harmed import WRITER_HARMED  # noqa: PLC0415 (only after harm)

    # A threat to end a life used to control the writer ("if i leave him") is made against them.
    threat = (THREAT_TO_YOU, "life-control")
    threatened = note.risk is not None and not set(threat).isdisjoint(note.risk.marks)
    # The risk check's reading of the writer's own harm (round 51), not on a line after a
    # practitioner's signpost ("we dont know where she is now": theirs still).
    harmed = not note.after_signpost and WRITER_HARMED in (note.risk.marks if note.risk else ())
    voice = voice_of(simple, friend, said=state.said, threatened=threatened, writer_harmed=harmed)
    return voice, voice is None and told and friend.names_a_friend(simple.split())


def _young_about_a_friend(simple: str, friend: FriendVoice, *, told: bool) -> Voice | None:
    """`simple`, just after a practitioner's signpost to a message naming a friend, read as a
    young person's about that friend when it tells the writer is young ("im only 14 who do i
    tell"), or as their own when it tells of harm to them too ("im 14 and he touched me too");
    otherwise as `voice_of` reads a message telling of harm, or a practitioner's."""
    from dialogs.own_voice import voice_of  # noqa: PLC0415

    own = voice_of(simple, friend) if told else None
    words = simple.split()
    age = friend.own_harm.own_age(words)
    if own not in (None, "child") or not friend.young_again(words, age):
        return own
    return "child" if told and friend.own_harm.tells(friend.of_themselves(words)) else "friend"
