"""Where each reply goes: the core's decision, marked on the replies so doors only translate it.

A consent check is personal, so in a shared conversation (a channel, a group chat) its
questions, outcome, decision record and record form are marked to go to the person's private
chat; so are the replies to a message there that told of a risk of harm (the door gives them to
the writer alone: ephemeral in Slack, the personal chat in Teams). In a private chat, the next
step of a check, answered by a button, is marked to replace the message whose button was pressed
(platform guidelines T-11), rather than a new message per question; any other press, and
anything typed, is a new message, so a topic list is never overwritten.
"""

from __future__ import annotations

from dataclasses import replace

from dialogs.choices import AnswerPick, Pick, TopicPick, WhyPick, parse_choice
from dialogs.contract import Press, Private, Reply, Turn


def placed(replies: list[Reply], turn: Turn, *, refused: bool = False) -> list[Reply]:
    """The replies to `turn`, marked with where they must go, and, for a button press, what
    the press did (`refused`: a stale or unknown button, of which nothing was taken)."""
    pick = parse_choice(turn.action) if turn.action is not None else None
    # Only in private: a card in a shared conversation is never overwritten. A refused press
    # replaces its card only with the question it shows again (Teams): a double click then
    # leaves one card, not two questions, and never covers an outcome the first click gave.
    steps_on = (
        turn.private
        and isinstance(pick, AnswerPick | WhyPick)
        and (not refused or any(_asks(reply) for reply in replies))
    )
    press = None
    if turn.action is not None:
        press = _press(pick, refused=refused)
    # What was said of a risk of harm in a shared conversation is answered to its writer alone
    # (every reply of that turn, the signpost first), never where everyone can read it.
    told = None
    if not turn.private and any(r.risk_of_harm for r in replies):
        told = Private.RISK_OF_HARM
    elif not turn.private:  # personal details, a message posted by mistake: to its writer alone
        told = next((r.private for r in replies if r.private and r.private.to_writer_alone), None)
    return [
        replace(
            reply,
            private=None if turn.private else reply.private or private_because(reply) or told,
            replaces_pressed=steps_on,
            press=press,
        )
        for reply in replies
    ]


def _asks(reply: Reply) -> bool:
    """Whether a reply asks a check's question (its buttons answer it)."""
    return any(isinstance(parse_choice(c.value), AnswerPick) for c in reply.choices)


def _press(pick: Pick | None, *, refused: bool) -> Press:
    """What a press did: only an answer, or a pick from a list, is a choice to show as chosen."""
    if refused:
        return Press.REFUSED
    if isinstance(pick, WhyPick):
        return Press.EXPLAINED
    return Press.TAKEN if isinstance(pick, AnswerPick | TopicPick) else Press.RAN


def private_because(reply: Reply) -> Private | None:
    """Why a reply must be given in private wherever it was asked for, or None."""
    if reply.record is not None or reply.form is not None:
        return Private.DECISION_RECORD
    if reply.outcome is not None:
        return Private.CONSENT_CHECK
    if any(isinstance(parse_choice(c.value), AnswerPick | WhyPick) for c in reply.choices):
        return Private.CONSENT_CHECK
    return None
