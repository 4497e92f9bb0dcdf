"""Joining the built-in typed-words pack (`knowledge.typed_words`) and an organisation's own:
each list gains the words it lacked, and no word may have two meanings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any, TypeVar

from knowledge.typed_words import HedgedWords, TypedWordsPack, phrases_of

_K = TypeVar("_K", bound=str)
_T = TypeVar("_T")


def merge_typed_words(packs: list[tuple[str, TypedWordsPack]]) -> tuple[TypedWordsPack, list[str]]:
    """Join the built-in typed-words pack and an organisation's own, built-in first.

    Each list keeps its order and gains the words it did not have (the worries keep the
    built-in order of precedence). A word may have only one meaning among the whole-message
    words, only one among the starts of a reply (a hedged lead may repeat a whole-message
    answer, as "yes" does), and a phrase may tell only one worry.

    Args:
        packs: (where it came from, pack) pairs, the built-in pack first.

    Returns:
        The merged pack, and one sentence per problem found (each naming where it came from).
    """
    problems: list[str] = []
    one_meaning = "a word can have only one meaning"
    for group, rule in (
        (TypedWordsPack.whole_messages, one_meaning),
        (TypedWordsPack.reply_starts, one_meaning),
        (TypedWordsPack.worry_phrases, "a phrase can tell only one worry"),
    ):
        first: dict[str, tuple[str, str]] = {}
        for origin, pack in packs:
            for where, word in group(pack):
                seen = first.setdefault(word, (where, origin))
                if seen[0] != where:
                    also = "" if seen[1] == origin else f" in {seen[1]}"
                    problems.append(
                        f"{origin}: {where}: {word!r} is already listed under {seen[0]}{also}; "
                        + rule
                    )
    merged = packs[0][1] if packs else TypedWordsPack(kind="typed-words")
    for _, pack in packs[1:]:
        merged = _joined(merged, pack)
    return merged, problems


_P = TypeVar("_P", TypedWordsPack, HedgedWords)


def _joined(first: _P, more: _P) -> _P:
    """`first` with each of its lists gaining, in order, the words of `more`'s it did not have."""
    changes: dict[str, Any] = {}
    for each in fields(first):
        mine, theirs = getattr(first, each.name), getattr(more, each.name)
        if each.name == "worries":
            changes[each.name] = {
                worry: "\n".join(_join(phrases_of(mine.get(worry, "")), phrases_of(lines)))
                for worry, lines in {**mine, **theirs}.items()
            }
        elif isinstance(mine, HedgedWords):
            changes[each.name] = _joined(mine, theirs)
        elif isinstance(mine, dict):
            changes[each.name] = _join_keyed(mine, theirs)
        elif isinstance(mine, tuple):
            changes[each.name] = _join(mine, theirs)
    return replace(first, **changes)


def _join(first: tuple[_T, ...], more: tuple[_T, ...]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys((*first, *more)))


def _join_keyed(
    first: Mapping[_K, tuple[str, ...]], more: Mapping[_K, tuple[str, ...]]
) -> dict[_K, tuple[str, ...]]:
    return {k: _join(first.get(k, ()), more.get(k, ())) for k in dict.fromkeys((*first, *more))}
