"""Walking an Adaptive Card (or any JSON tree): every object in it, in document order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def nodes(tree: Any, *, skipping: frozenset[str] = frozenset()) -> Iterator[dict[str, Any]]:
    """Every JSON object in `tree`, parents before children, not entering keys in `skipping`
    (``"fallback"``, say: what a client shows only when it cannot show the element)."""
    if isinstance(tree, dict):
        yield tree
        for key, value in tree.items():
            if key not in skipping:
                yield from nodes(value, skipping=skipping)
    elif isinstance(tree, list):
        for item in tree:
            yield from nodes(item, skipping=skipping)


def of_type(tree: Any, kind: str) -> list[dict[str, Any]]:
    """Every element of type `kind` (``"CodeBlock"``, ``"Input.ChoiceSet"``…) in `tree`."""
    return [node for node in nodes(tree) if node.get("type") == kind]


def offered(card: Any) -> dict[str, str]:
    """What a card offers to press or pick: each button's or list entry's title, with the
    value it submits."""
    found: dict[str, str] = {}
    for action in of_type(card, "Action.Submit"):
        if "choice" in action.get("data", {}):
            found[action["title"]] = action["data"]["choice"]
    for choice_set in of_type(card, "Input.ChoiceSet"):
        found.update({c["title"]: c["value"] for c in choice_set["choices"]})
    return found
