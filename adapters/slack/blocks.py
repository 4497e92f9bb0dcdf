"""`Reply` values as Block Kit messages and views, inside Block Kit's limits. Pure functions.

Every message carries its whole content twice: as blocks for the eye, and as the top-level
``text`` that screen readers and notifications read. A reply too long for one message is split
between paragraphs into several; buttons go on the last one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from adapters.slack import mrkdwn
from dialogs import notices
from dialogs.contract import Choice, Reply

Block = dict[str, Any]

SECTION_TEXT_LIMIT = 3000
MESSAGE_BLOCK_LIMIT = 50
VIEW_BLOCK_LIMIT = 100
MESSAGE_TEXT_BUDGET = 3900
"""Slack asks for a top-level ``text`` under 4,000 characters; longer replies are split."""
BUTTON_LABEL_LIMIT = 75
BUTTON_VALUE_LIMIT = 2000
ACTIONS_PER_BLOCK = 25
ACTION_PREFIX = "choice"


@dataclass(frozen=True, slots=True)
class SlackMessage:
    """One message as the Web API takes it: ``text`` (the whole content) and ``blocks``.

    ``outcome`` is the consent-check outcome the message states, if any; it is sent as message
    metadata so workflows can read it without parsing words.
    """

    text: str
    blocks: tuple[Block, ...] = ()
    outcome: str | None = None

    def metadata(self) -> dict[str, Any] | None:
        """Slack message metadata for the outcome, or None."""
        if self.outcome is None:
            return None
        return {"event_type": "infoshare_outcome", "event_payload": {"outcome": self.outcome}}


@dataclass(slots=True)
class _Builder:
    """Packs pieces of mrkdwn into messages, starting a new one before a limit is crossed."""

    messages: list[SlackMessage] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def add_text(self, piece: str) -> None:
        size = sum(len(t) + 2 for t in self.texts)
        if self.blocks and (
            size + len(piece) > MESSAGE_TEXT_BUDGET or len(self.blocks) >= MESSAGE_BLOCK_LIMIT
        ):
            self.flush()
        self.blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": piece}})
        self.texts.append(piece)

    def add_actions(self, block: Block) -> None:
        if len(self.blocks) >= MESSAGE_BLOCK_LIMIT:
            self.flush()
        self.blocks.append(block)

    def flush(self) -> None:
        if self.blocks:
            text = "\n\n".join(self.texts) or " "
            self.messages.append(SlackMessage(text, tuple(self.blocks)))
        self.blocks, self.texts = [], []


def reply_to_messages(reply: Reply, index: int = 0) -> list[SlackMessage]:
    """One reply as one message, or several when it is too long for one.

    Args:
        reply: what the core said.
        index: the reply's place among the replies of its turn, so that every button's
            ``action_id`` is unique wherever the blocks end up together.
    """
    builder = _Builder()
    for piece in _text_pieces(reply):
        builder.add_text(piece)
    for block in choice_blocks(reply.choices, index):
        builder.add_actions(block)
    builder.flush()
    messages = builder.messages
    if messages and reply.outcome is not None:
        # The outcome belongs to the message that states it: the first of a split reply.
        messages[0] = replace(messages[0], outcome=reply.outcome.value)
    return messages


def replies_to_messages(replies: Sequence[Reply]) -> list[SlackMessage]:
    """Every reply of a turn, in order."""
    return [m for i, reply in enumerate(replies) for m in reply_to_messages(reply, i)]


def _text_pieces(reply: Reply) -> Iterable[str]:
    """The reply's text as mrkdwn pieces that each fit a section; a decision record verbatim."""
    body, record = reply.text, None
    if reply.record is not None:
        record_text = reply.record.as_text()
        if body.endswith(record_text):
            body, record = body[: -len(record_text)].rstrip(), record_text
    yield from mrkdwn.split(mrkdwn.to_mrkdwn(body), SECTION_TEXT_LIMIT)
    if record is not None:
        # Fences take 8 characters; keep each fenced piece inside a section.
        for part in mrkdwn.split(record, SECTION_TEXT_LIMIT - 200):
            yield mrkdwn.code_block(part)


def choice_blocks(choices: Sequence[Choice], index: int = 0) -> list[Block]:
    """Buttons for the choices, 25 to an ``actions`` block (Slack's limit).

    A choice whose value is too long for a button is left out rather than have Slack refuse the
    whole message; the core's values are short, so this only guards against a broken pack.
    """
    buttons = [
        _button(choice, f"{ACTION_PREFIX}-{index}-{n}")
        for n, choice in enumerate(choices)
        if 0 < len(choice.value) <= BUTTON_VALUE_LIMIT
    ]
    return [
        {
            "type": "actions",
            "block_id": f"choices-{index}-{start // ACTIONS_PER_BLOCK}",
            "elements": buttons[start : start + ACTIONS_PER_BLOCK],
        }
        for start in range(0, len(buttons), ACTIONS_PER_BLOCK)
    ]


def _button(choice: Choice, action_id: str) -> Block:
    label = mrkdwn.shorten(choice.label, BUTTON_LABEL_LIMIT) or "…"
    button: Block = {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": label, "emoji": True},
        "value": choice.value,
    }
    spoken = choice.description or (choice.label if label != choice.label else None)
    if spoken:
        button["accessibility_label"] = mrkdwn.shorten(spoken, BUTTON_LABEL_LIMIT)
    return button


def home_view(replies: Sequence[Reply]) -> dict[str, Any]:
    """The App Home tab: the replies' blocks, one after another, within the 100-block limit."""
    blocks: list[Block] = []
    for message in replies_to_messages(replies):
        if len(blocks) + len(message.blocks) + 1 > VIEW_BLOCK_LIMIT:
            break
        if blocks:
            blocks.append({"type": "divider"})
        blocks += message.blocks
    return {"type": "home", "blocks": blocks}


def answered(message: dict[str, Any], label: str) -> SlackMessage:
    """The message whose button was pressed, without its buttons and with the choice shown.

    Args:
        message: the message as Slack sent it back in the ``block_actions`` payload.
        label: the label of the button that was pressed; empty when no choice is to be shown.
    """
    blocks = [b for b in message.get("blocks", ()) if isinstance(b, dict)]
    kept = [b for b in blocks if b.get("type") != "actions"][: MESSAGE_BLOCK_LIMIT - 1]
    text = str(message.get("text") or "").strip()
    if not label.strip():  # no choice to show (a "why" pressed): only the buttons go
        return SlackMessage(text or " ", tuple(kept))
    chosen = mrkdwn.to_mrkdwn(notices.you_chose(" ".join(label.split())))
    kept.append({"type": "context", "elements": [{"type": "mrkdwn", "text": chosen}]})
    return SlackMessage(f"{text}\n\n{chosen}" if text else chosen, tuple(kept))
