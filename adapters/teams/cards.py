"""Replies as one Adaptive Card (version 1.5, the newest Teams renders): pure, no SDK.

Every reply of a turn becomes a section of one card, so a turn is one message in Teams (the
Store validation asks for one complete message rather than several in quick succession). Text
wraps everywhere; choices are `Action.Submit` buttons whose `data` carries the choice value, or a
labelled choice list when there are too many for buttons; the decision record is a copyable code
block. `fallbackText` carries the whole message as plain text for clients that cannot show cards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from adapters.teams.inbound import CHOICE_KEY, FIELD_PREFIX, PICKED_INPUT_KEY
from dialogs.contract import Choice, DecisionRecord, RecordForm, Reply

CARD_VERSION = "1.5"
MAX_ACTIONS = 6
"""Teams' design guidance: at most six actions on a card."""
MAX_BUTTON_LABEL = 40
"""Longer labels are cut off on buttons in narrow (mobile) layouts: they go in a choice list."""
CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"

Element = dict[str, Any]

_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_LIST_ITEM = re.compile(r"(?:- |\d{1,3}\. )")


def build_card(replies: Sequence[Reply], *, lead: str | None = None) -> Element:
    """One Adaptive Card holding every reply of a turn, in order.

    Args:
        replies: the core's replies to one turn.
        lead: a line from the door to put first (such as where a moved message came from).

    Returns:
        The card's JSON.
    """
    budget = _button_budget(replies)
    body: list[Element] = []
    if lead:
        body += _text_blocks(lead, subtle=True)
    for index, reply in enumerate(replies):
        items = _reply_items(reply, index, buttons=index in budget)
        body.append(
            {
                "type": "Container",
                "id": f"reply-{index + 1}",
                "separator": bool(body),
                "spacing": "Medium" if body else "None",
                "style": _style(reply),
                "items": items,
            }
        )
    return {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": CARD_VERSION,
        "body": body,
        "fallbackText": plain_text(replies, lead=lead),
        "msteams": {"width": "Full"},
    }


def _style(reply: Reply) -> str:
    """The signpost to protection procedures stands out; an outcome is emphasised."""
    if reply.risk_of_harm:
        return "attention"
    return "emphasis" if reply.outcome else "default"


def plain_text(replies: Sequence[Reply], *, lead: str | None = None) -> str:
    """The replies as plain text, choices listed by label: for clients without cards."""
    parts = [unmark(lead)] if lead else []
    for reply in replies:
        part = unmark(reply.text)
        if reply.choices:
            part += "\n" + "\n".join(f"- {c.label}" for c in reply.choices)
        parts.append(part)
    return "\n\n".join(parts)


def unmark(markup: str) -> str:
    """The neutral markup as plain text: emphasis dropped, links spelled out."""
    text = _BOLD.sub(r"\1", markup)
    text = _ITALIC.sub(r"\1", text)
    return _LINK.sub(r"\1 (\2)", text)


def count_actions(card: Element) -> int:
    """How many actions a card shows (the limit Teams validation checks)."""
    count = 0
    stack: list[Any] = [card]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if str(node.get("type", "")).startswith("Action."):
                count += 1
            # A fallback is shown instead of its element, never beside it: count it once.
            stack.extend(v for k, v in node.items() if k not in {"type", "fallback"})
        elif isinstance(node, list):
            stack.extend(node)
    return count


def _button_budget(replies: Sequence[Reply]) -> set[int]:
    """Which replies show their choices as buttons, keeping the card within `MAX_ACTIONS`.

    The latest reply with choices (the question being asked) is served first. A reply that
    does not get buttons gets a choice list instead, which costs one action (its submit button),
    so one action is kept back for each earlier reply with choices.
    """
    with_choices = [i for i, r in enumerate(replies) if r.choices]
    buttons: set[int] = set()
    left = MAX_ACTIONS - sum(1 for r in replies if r.form is not None)  # each form's submit
    for position in reversed(range(len(with_choices))):
        choices = replies[with_choices[position]].choices
        kept_back = position  # one action for each earlier reply with choices
        short = all(len(c.label) <= MAX_BUTTON_LABEL for c in choices)
        if short and len(choices) <= left - kept_back:
            buttons.add(with_choices[position])
            left -= len(choices)
        else:
            left -= 1
    return buttons


def _reply_items(reply: Reply, index: int, *, buttons: bool) -> list[Element]:
    items: list[Element] = []
    if reply.record is not None:
        items += _record_items(reply.text, reply.record)
    elif reply.card is not None:
        card = reply.card
        if card.facts:  # a note on the quote ("Since 2008: …") is read before it, as elsewhere
            items.append(
                {
                    "type": "FactSet",
                    "facts": [{"title": name, "value": value} for name, value in card.facts],
                }
            )
        items.append(_text_block(card.title, weight="Bolder", size="Medium"))
        items += _text_blocks(card.body, new_paragraph=True)
        if card.source:
            items += _text_blocks(f"*{card.source}*", subtle=True, new_paragraph=True)
    else:
        items += _text_blocks(reply.text)
    if reply.form is not None:
        items += _form_items(reply.form)
    if reply.choices:
        if buttons:
            items.append({"type": "ActionSet", "actions": [_button(c) for c in reply.choices]})
        else:
            items += _choice_list(reply.choices, index)
    return items


def _record_items(text: str, record: DecisionRecord) -> list[Element]:
    copy = record.as_text()
    intro = text[: -len(copy)].strip() if text.endswith(copy) else text
    lines = copy.split("\n")
    # The fallback repeats the record as literal text (a RichTextBlock does not read markdown,
    # so the record's underscores and dashes show as typed) for clients without code blocks.
    fallback = {
        "type": "RichTextBlock",
        "inlines": [
            {"type": "TextRun", "text": line + "\n", "fontType": "Monospace"} for line in lines
        ],
    }
    return [
        *_text_blocks(intro),
        {
            "type": "CodeBlock",
            "codeSnippet": copy,
            "language": "PlainText",
            "startLineNumber": 1,
            "fallback": fallback,
        },
    ]


def _form_items(form: RecordForm) -> list[Element]:
    """The record's fields as labelled inputs (none required), and one button that sends them."""
    inputs: list[Element] = []
    for field in form.fields:
        if field.options:
            inputs.append(
                {
                    "type": "Input.ChoiceSet",
                    "id": FIELD_PREFIX + field.id,
                    "label": field.label,
                    "style": "compact",
                    "wrap": True,
                    "isRequired": False,
                    "choices": [{"title": text, "value": key} for key, text in field.options],
                }
            )
        else:
            inputs.append(
                {
                    "type": "Input.Text",
                    "id": FIELD_PREFIX + field.id,
                    "label": field.label,
                    "isMultiline": field.long,
                    "isRequired": False,
                    "maxLength": form.max_chars,
                }
            )
    submit: Element = {
        "type": "Action.Submit",
        "title": form.submit_label,
        "data": {CHOICE_KEY: form.submit_value},
        "associatedInputs": "auto",
    }
    return [*inputs, {"type": "ActionSet", "actions": [submit]}]


def _button(choice: Choice) -> Element:
    action: Element = {
        "type": "Action.Submit",
        "title": choice.label,
        "data": {CHOICE_KEY: choice.value},
        "associatedInputs": "none",
    }
    if choice.description:
        action["tooltip"] = choice.description
    return action


def _choice_list(choices: Sequence[Choice], index: int) -> list[Element]:
    input_id = f"{CHOICE_KEY}-{index + 1}"
    return [
        {
            "type": "Input.ChoiceSet",
            "id": input_id,
            "label": "Choose one",
            "style": "expanded" if len(choices) <= MAX_ACTIONS else "compact",
            "wrap": True,
            "isRequired": True,
            "errorMessage": "Choose one of the options first.",
            "choices": [{"title": c.label, "value": c.value} for c in choices],
        },
        {
            "type": "ActionSet",
            "actions": [
                {
                    "type": "Action.Submit",
                    "title": "Choose",
                    "data": {PICKED_INPUT_KEY: input_id},
                    "associatedInputs": "auto",
                }
            ],
        },
    ]


def _text_blocks(
    markup: str, *, subtle: bool = False, new_paragraph: bool = False
) -> list[Element]:
    """Markup as TextBlocks: one per line, with consecutive list items kept as one list.

    Teams breaks lines inside a TextBlock reliably only within lists, so every other line gets
    its own block; paragraphs are spaced apart (spacing "Default"), the lines of one paragraph
    are not (spacing "None"). `new_paragraph` spaces the first block from what comes before.
    """
    blocks: list[Element] = []
    for paragraph in markup.split("\n\n"):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        groups: list[list[str]] = []
        for line in lines:
            if groups and _LIST_ITEM.match(line) and _LIST_ITEM.match(groups[-1][-1]):
                groups[-1].append(line)
            else:
                groups.append([line])
        for number, group in enumerate(groups):
            block = _text_block("\r".join(_to_card_markdown(ln) for ln in group), subtle=subtle)
            starts_paragraph = number == 0 and (bool(blocks) or new_paragraph)
            block["spacing"] = "Default" if starts_paragraph else "None"
            blocks.append(block)
    return blocks


def _text_block(text: str, *, subtle: bool = False, **style: str) -> Element:
    block: Element = {"type": "TextBlock", "text": text, "wrap": True, **style}
    if subtle:
        block["isSubtle"] = True
    return block


def _to_card_markdown(line: str) -> str:
    """Adaptive Cards write italics with underscores; bold and links are as in the markup."""
    parts = _BOLD.split(line)  # text, bold, text, bold, …: italics may sit in either
    return "".join(
        f"**{_italics(part)}**" if index % 2 else _italics(part) for index, part in enumerate(parts)
    )


def _italics(text: str) -> str:
    return _ITALIC.sub(lambda m: f"_{m.group(1)}_", text)
