"""Finding every listed phrase in a message by its first words finds what trying every phrase
at every word would."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.matching import phrases as phrases_module
from knowledge.matching.phrases import PhraseSet, phrase_problem
from knowledge.matching.text import words as split_words

# A small vocabulary, so that phrases share first words and messages repeat them.
word = st.sampled_from(["share", "shared", "sharing", "the", "child", "info", "photo", "photos"])
phrase = st.builds(
    lambda found, prefix: " ".join(found) + ("*" if prefix else ""),
    st.lists(word, min_size=1, max_size=4),
    st.booleans(),
)


def _usable(phrases: list[str]) -> list[str]:
    return [p for p in phrases if phrase_problem(p) is None]


def _at(listed: str, message: list[str], start: int) -> int | None:
    """Where `listed` ends when it starts at word `start`, or None."""
    wanted = listed.removesuffix("*").split()
    here = message[start : start + len(wanted)]
    if len(here) < len(wanted) or here[:-1] != wanted[:-1]:
        return None
    prefix = listed.endswith("*")
    last = here[-1].startswith(wanted[-1]) if prefix else here[-1] == wanted[-1]
    return start + len(wanted) if last else None


def first_tried_at_every_word(phrases: list[str], message: list[str]) -> tuple[str, int] | None:
    """The first phrase in reading order (a one-word prefix first, then as listed), and its end."""
    usable = _usable(phrases)
    prefixes = [p for p in usable if p.endswith("*") and " " not in p]
    others = [p for p in usable if p not in prefixes]
    for start in range(len(message)):
        for listed in (*prefixes, *others):
            end = _at(listed, message, start)
            if end is not None:
                return listed, end
    return None


def every_phrase_tried_at_every_word(phrases: list[str], message: list[str]) -> set[str]:
    found: set[str] = set()
    for listed in phrases:
        if phrase_problem(listed) is not None:
            continue
        wanted = listed.removesuffix("*").split()
        prefix = listed.endswith("*")
        for start in range(len(message) - len(wanted) + 1):
            here = message[start : start + len(wanted)]
            whole = here[:-1] == wanted[:-1]
            last = here[-1].startswith(wanted[-1]) if prefix else here[-1] == wanted[-1]
            if whole and last:
                found.add(listed)
    return found


@settings(deadline=None)  # a loaded machine must not fail it
@given(st.lists(phrase, max_size=12), st.lists(word, max_size=14))
def test_every_phrase_in_a_message_is_found_as_trying_each_one_would(
    phrases: list[str], message: list[str]
) -> None:
    assert PhraseSet(phrases).all_in_words(message) == every_phrase_tried_at_every_word(
        phrases, message
    )


def test_a_phrase_of_two_words_is_found_after_each_time_its_first_is_typed() -> None:
    phrases = PhraseSet(["share info", "share photo*", "child"])
    typed = ["share", "the", "share", "photos", "share"]
    assert phrases.all_in_words(typed) == {"share photo*"}
    assert phrases.all_in_words([*typed, "info"]) == {"share photo*", "share info"}
    assert phrases.all_in_words(["info", "share"]) == set()  # its first word ends the message


@settings(deadline=None)
@given(st.lists(phrase, max_size=12), st.lists(word, max_size=14), st.lists(word, max_size=14))
def test_the_phrases_in_either_split_of_a_message_are_those_found_in_each(
    phrases: list[str], typed: list[str], fixed: list[str]
) -> None:
    found = PhraseSet(phrases)
    for other in (fixed, list(typed), typed[:-1]):
        either = found.all_in_either(typed, other)
        assert either == found.all_in_words(typed) | found.all_in_words(other)


def test_a_message_without_typos_is_searched_once(monkeypatch: pytest.MonkeyPatch) -> None:
    found = PhraseSet(["share info", "photo*"])
    searched: list[list[str]] = []
    search = found.all_in_words

    def counted(words: Sequence[str]) -> set[str]:
        searched.append(list(words))
        return search(words)

    monkeypatch.setattr(found, "all_in_words", counted)
    typed = ["share", "info", "fotos"]
    assert found.all_in_either(typed, ["share", "info", "fotos"]) == {"share info"}
    assert searched == [typed]
    assert found.all_in_either(typed, ["share", "info", "photos"]) == {"share info", "photo*"}
    assert len(searched) == 3


@settings(deadline=None)
@given(st.lists(phrase, max_size=12), st.lists(word, max_size=14))
def test_the_first_phrase_and_where_each_ends_are_found_as_trying_each_one_would(
    phrases: list[str], message: list[str]
) -> None:
    found = PhraseSet(phrases)
    first = first_tried_at_every_word(phrases, message)
    assert found.first_in_words(message) == (first[0] if first else None)
    assert found.end_of_first(message) == (first[1] if first else None)
    for start in range(len(message) + 1):
        ends = {_at(p, message, start) for p in _usable(phrases)} - {None}
        assert set(found.ends_at(message, start)) == ends


@settings(deadline=None)
@given(st.lists(phrase, max_size=12), st.lists(word, max_size=14))
def test_every_phrase_end_by_its_start_is_what_ends_at_gives_at_each_word(
    phrases: list[str], message: list[str]
) -> None:
    found = PhraseSet(phrases)
    expected = {i: found.ends_at(message, i) for i in range(len(message))}
    assert found.all_ends(message) == {i: ends for i, ends in expected.items() if ends}


def test_all_ends_tries_words_a_prefix_starts() -> None:
    found = PhraseSet(["photo*", "share info", "share"])
    assert found.all_ends(["share", "photos", "share", "info"]) == {0: [1], 1: [2], 2: [4, 3]}


class _Unwalkable(dict[str, object]):
    """A table that may be looked up in but not walked."""

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("the whole table was walked")


def test_all_ends_looks_up_the_message_words_without_walking_the_table() -> None:
    # Linear in the message: a set of hundreds of phrases is not walked for a few words.
    found = PhraseSet([f"word{n} after" for n in range(300)] + ["share info"])
    found.made()
    found._by_first = _Unwalkable(found._by_first)  # type: ignore[assignment]

    assert found.all_ends(["share", "info", "now"]) == {0: [2]}
    assert found.all_ends(["nothing", "listed"]) == {}


class _Unsearched(list[str]):
    """A message's words that may be walked but not searched word by word."""

    def count(self, value: str) -> int:
        raise AssertionError("the words were counted")

    def index(self, value: str, *args: object) -> int:
        raise AssertionError("the words were searched")


def test_all_in_words_finds_longer_phrases_in_one_pass_over_the_words() -> None:
    found = PhraseSet(["share info", "share photo*", "the child", "info"])
    message = _Unsearched(["share", "info", "and", "share", "photos", "of", "the", "child"])

    assert found.all_in_words(message) == {"share info", "share photo*", "the child", "info"}


def test_a_set_splits_its_phrases_only_when_first_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    # A start makes about thirty sets and a question reaches a few: making one must not split.
    split: list[str] = []

    def counted(text: str) -> list[str]:
        split.append(text)
        return split_words(text)

    monkeypatch.setattr(phrases_module, "words", counted)
    found = PhraseSet(["share info", "photo*", "the child"])
    assert split == []
    assert found.first_in_words(["we", "share", "info", "now"]) == "share info"
    assert sorted(split) == ["photo", "share info", "the child"]
    assert found.all_in_words(["photos", "of", "the", "child"]) == {"photo*", "the child"}
    assert len(split) == 3  # split once, then only searched
