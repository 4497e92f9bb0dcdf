"""The message extension's search in Teams' terms: pure converters, no SDK, no I/O.

Teams sends a ``composeExtension/query`` invoke as the person types in the compose box's search
(and once when it opens, the command having ``initialRun``); the answer is the HTTP response
itself, within five seconds. Each result is a small preview (a thumbnail card: the question, a
caption, the start of the answer) and the full Adaptive Card that Teams puts into the person's
message when they pick it: the published answer quoted with its source line. What is found and
every word shown come from the core (`dialogs.contract.Lookups`, `dialogs.lookup`).

A query that describes a risk of harm is answered with the signpost as a ``message`` response,
shown to the searcher alone: it offers nothing that could be put into the conversation.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from adapters.teams.cards import CONTENT_TYPE, build_card, unmark
from adapters.teams.inbound import InvalidActivity
from dialogs.contract import Lookup, Reply
from dialogs.lookup import caption

QUERY_INVOKE = "composeExtension/query"
COMMAND_ID = "searchAnswers"
"""The search command's id in the app manifest (`composeExtensions[0].commands[0].id`)."""
PARAMETER = "question"
"""The command's one parameter: what the person types in the search box."""
INITIAL_RUN = "initialRun"
"""The parameter Teams sends, instead of the person's words, when the search opens."""
MAX_RESULTS = 25
"""The most results one response holds (Teams asks for 25 at a time)."""
MAX_CARD_BYTES = 28 * 1024
"""Teams does not send a message extension card larger than 28 KB."""
MAX_QUERY_CHARS = 1000
"""More than any search needs; the rest of a pasted page is not read."""
THUMBNAIL = "application/vnd.microsoft.card.thumbnail"

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Search:
    """One ``composeExtension/query``: which command, the words typed, which page of results."""

    command_id: str
    text: str
    skip: int = 0
    count: int = MAX_RESULTS


def is_search(body: Mapping[str, Any]) -> bool:
    """Whether an activity is a message extension search (``composeExtension/query``)."""
    return body.get("type") == "invoke" and body.get("name") == QUERY_INVOKE


def read_search(body: Mapping[str, Any]) -> Search:
    """Read a search invoke's `value`.

    The words typed are the `PARAMETER` parameter's value (or the only parameter's); none, or
    the `INITIAL_RUN` parameter, is an empty search.

    Raises:
        InvalidActivity: when the value is not shaped as Teams sends it.
    """
    value = body.get("value")
    if not isinstance(value, Mapping):
        raise InvalidActivity("a search has no value object")
    command = value.get("commandId")
    if not isinstance(command, str):
        raise InvalidActivity("a search has no commandId")
    parameters = value.get("parameters", [])
    if not isinstance(parameters, list) or not all(isinstance(p, Mapping) for p in parameters):
        raise InvalidActivity("a search's parameters are not a list of objects")
    named = {p.get("name"): p.get("value") for p in parameters}
    if INITIAL_RUN in named:
        text: object = ""
    elif PARAMETER in named:
        text = named[PARAMETER]
    else:
        text = next(iter(named.values()), "") if len(named) == 1 else ""
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise InvalidActivity("a search parameter's value is not text")
    options = value.get("queryOptions")
    options = options if isinstance(options, Mapping) else {}
    return Search(
        command_id=command[:200],
        text=text[:MAX_QUERY_CHARS],
        skip=_bounded(options.get("skip"), 0, 0, 1000),
        count=_bounded(options.get("count"), MAX_RESULTS, 1, MAX_RESULTS),
    )


def search_result(found: Lookup, answers: Sequence[Reply | None], *, skip: int = 0) -> Json:
    """The ``result`` response listing `found.picks[skip:]`, each pick with its shared answer.

    Args:
        found: what the core found.
        answers: the shared answer of each pick from `skip` on, in order (None: left out).
        skip: how many picks earlier pages showed.
    """
    attachments = []
    for index, answer in enumerate(answers, start=skip):
        if answer is None or index >= len(found.picks):
            continue
        pick = found.picks[index]
        preview = {
            "contentType": THUMBNAIL,
            "content": {
                "title": pick.question,
                "subtitle": caption(found, index),
                "text": pick.preview,
            },
        }
        card = build_card([answer])
        if len(json.dumps(card).encode()) > MAX_CARD_BYTES:
            continue  # Teams would refuse to send it: better left out than failing on a press
        attachments.append({"contentType": CONTENT_TYPE, "content": card, "preview": preview})
    return {
        "composeExtension": {
            "type": "result",
            "attachmentLayout": "list",
            "attachments": attachments,
        }
    }


def search_message(reply: Reply) -> Json:
    """A ``message`` response: plain text shown to the searcher, nothing they could insert."""
    return {"composeExtension": {"type": "message", "text": unmark(reply.text)}}


def _bounded(value: object, default: int, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return min(max(value, low), high)
