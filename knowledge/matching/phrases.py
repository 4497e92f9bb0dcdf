"""Finding listed phrases as whole words in a message, in time linear in the message's length.

A phrase is a few words; a last word ending in ``*`` matches any word that starts with it
("photo*" finds photo, photos and photographs). Messages and phrases are split into words the
same way the matcher splits them (lower case, accents and apostrophes folded).
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from knowledge.matching.text import words

_LONGEST = 8  # words in one phrase: a bound that keeps a search linear in the message
_HEAD = operator.itemgetter(slice(0, 3))


# A tuple: thousands are made at every start, several times faster than a frozen dataclass.
# Its fields: the text, the words after the first, whether the last word is a prefix.
_Phrase = NamedTuple(  # noqa: UP014 (a call: see `knowledge.matching.index.Scored`)
    "_Phrase", [("text", str), ("rest", tuple[str, ...]), ("prefix", bool)]
)


def phrase_problem(phrase: str) -> str | None:
    """What is wrong with a phrase as a pack author wrote it, or None when it is usable."""
    return _problem(phrase, words(phrase.removesuffix("*")))


def _problem(phrase: str, found: list[str]) -> str | None:
    if not found:
        return f"{phrase!r} has no words"
    if len(found) > _LONGEST:
        return f"{phrase!r} has more than {_LONGEST} words"
    if "*" in phrase.removesuffix("*"):
        return f"{phrase!r}: '*' may only end a phrase"
    if phrase.endswith("*") and len(found[-1]) < 3:
        return f"{phrase!r}: a prefix needs at least three letters"
    return None


class PhraseSet:
    """A fixed set of phrases, ready to be looked for in many messages.

    The phrases are split into words at the first search, not when the set is made: a start
    makes about thirty sets (every entry's subjects, the case-question words) and a question
    reaches a few of them. The tables only `all_in_words` reads are made from the others at
    its first call: most sets are never searched that way. Two threads searching a new set at
    once each make its tables, and either's serve, as both are the same.
    """

    # Made by `_tables` at the first search (`_make_tables`).
    _by_first: dict[str, list[_Phrase]]
    _prefixes: tuple[str, ...]
    # Prefixes have at least three letters: a word need only be tried against those sharing
    # its first three.
    _by_head: dict[str, list[str]]
    _heads: frozenset[str]
    # For `all_in_words`, made by `_pair_tables` at its first call: one-word phrases by their
    # word, longer ones by their first two words (or by their first, when the second is a
    # prefix).
    _single: dict[str, list[str]]
    _by_pair: dict[tuple[str, str], list[_Phrase]]
    _by_first_prefix: dict[str, list[_Phrase]]
    _singles: frozenset[str]
    _longer_firsts: frozenset[str]

    def __init__(self, phrases: Iterable[str]) -> None:
        """Keep the phrases, to be split into words at the first search.

        Args:
            phrases: phrases that pass `phrase_problem` (others are skipped).
        """
        self._phrases = tuple(phrases)
        self._ready = False
        self._pairs_ready = False

    def _make_tables(self) -> None:
        # Every table at once, then the flag: a search in another thread meanwhile either
        # makes them too or finds them all.
        vars(self).update(_tables(self._phrases))
        self._ready = True

    def _make_pair_tables(self) -> None:
        if not self._ready:
            self._make_tables()
        vars(self).update(_pair_tables(self._by_first))
        self._pairs_ready = True

    def made(self) -> PhraseSet:
        """This set, its tables made now rather than at its first search (for a set that every
        question searches, kept made in the start-up snapshot); not those `all_in_words` alone
        reads."""
        if not self._ready:
            self._make_tables()
        return self

    def made_whole(self) -> PhraseSet:
        """This set with every table made now, those `all_in_words` alone reads too: for a
        large set that most questions search that way (kept made in the start-up snapshot)."""
        if not self._pairs_ready:
            self._make_pair_tables()
        return self

    def first_in(self, text: str) -> str | None:
        """The first phrase found in `text` (in reading order), or None."""
        return self.first_in_words(words(text))

    def first_in_words(self, found: Sequence[str]) -> str | None:
        """The first phrase found in a message already split by `words`, or None."""
        if not self._ready:
            self._make_tables()
        prefixes = self._may_hold_prefix(found)
        for i, word in enumerate(found):
            if prefixes and (start := self._prefix_of(word)) is not None:
                return start + "*"
            for phrase in self._by_first.get(word, ()):
                if _follows(found, i + 1, phrase):
                    return phrase.text
        return None

    def end_of_first(self, found: Sequence[str]) -> int | None:
        """Where the first phrase found ends: the index of the word after it, or None."""
        if not self._ready:
            self._make_tables()
        prefixes = self._may_hold_prefix(found)
        for i, word in enumerate(found):
            if prefixes and self._prefix_of(word) is not None:
                return i + 1
            for phrase in self._by_first.get(word, ()):
                if _follows(found, i + 1, phrase):
                    return i + 1 + len(phrase.rest)
        return None

    def ends_at(self, found: Sequence[str], start: int) -> list[int]:
        """Where each phrase starting at word `start` ends: the index of the word after it."""
        if not self._ready:
            self._make_tables()
        if start >= len(found):
            return []
        word = found[start]
        ends = [start + 1] if self._prefix_of(word) is not None else []
        phrases = self._by_first.get(word)
        if phrases:
            ends.extend(start + 1 + len(p.rest) for p in phrases if _follows(found, start + 1, p))
        return ends

    def all_ends(self, found: Sequence[str]) -> dict[int, list[int]]:
        """`ends_at` at every word where some phrase starts, by that word's index: only words
        that start a phrase or a prefix are tried (most of a story's words start none)."""
        if not self._ready:
            self._make_tables()
        present = set(found)
        # The message's words looked up in the table, not the table's walked: a set's
        # intersection with a dict iterates the dict (hundreds of first words for a few).
        tried = self._by_first.keys() & present
        if self._heads and not self._heads.isdisjoint(map(_HEAD, present)):
            tried.update(w for w in present if self._prefix_of(w) is not None)
        if not tried:
            return {}
        ends = {i: self.ends_at(found, i) for i, word in enumerate(found) if word in tried}
        return {i: at for i, at in ends.items() if at}

    def _may_hold_prefix(self, found: Sequence[str]) -> bool:
        # Whether a word could start a listed prefix: most messages have none of their heads,
        # and then no word need be tried against them one by one.
        return bool(self._heads) and not self._heads.isdisjoint(map(_HEAD, found))

    def _prefix_of(self, word: str) -> str | None:
        # The first listed prefix the word starts with. Each has at least three letters, so
        # only those sharing the word's first three are tried, not every one.
        starts = self._by_head.get(word[:3])
        if starts:
            for start in starts:
                if word.startswith(start):
                    return start
        return None

    def all_in_words(self, found: Sequence[str]) -> set[str]:
        """Every phrase found in a message already split by `words`."""
        if not self._pairs_ready:
            self._make_pair_tables()
        # Called for every phrasing of every entry when the quote gate is built: set operations
        # (in C) first, so that a text naming no phrase costs no loop over its words.
        present = set(found)
        hits: set[str] = set()
        if not self._heads.isdisjoint(map(_HEAD, present)):
            by_head = self._by_head
            for word in present:
                starts = by_head.get(word[:3])
                if starts:
                    hits.update([p + "*" for p in starts if word.startswith(p)])
        for word in self._singles.intersection(present):
            hits.update(self._single[word])
        listed = found if isinstance(found, list) else list(found)
        by_pair, by_first_prefix = self._by_pair, self._by_first_prefix
        if len(listed) > 1 and not self._longer_firsts.isdisjoint(present):
            # Each place a longer phrase may start, found in C in one pass (not a count and an
            # index per first word); a longer phrase cannot start at the last word.
            firsts = map(self._longer_firsts.__contains__, listed)
            for at in itertools.compress(range(len(listed) - 1), firsts):
                word, after = listed[at], at + 1
                for p in by_pair.get((word, listed[after]), ()):
                    if _follows(listed, after, p):
                        hits.add(p.text)
                for p in by_first_prefix.get(word, ()):
                    if listed[after].startswith(p.rest[0]):
                        hits.add(p.text)
        return hits

    def all_in_either(self, typed: Sequence[str], fixed: Sequence[str]) -> set[str]:
        """Every phrase found in either of two splits of a message (as typed, and with its typos
        fixed): `all_in_words` of each, together, with one search when they are the same words
        (most messages have no typo)."""
        found = self.all_in_words(typed)
        if len(typed) != len(fixed) or any(map(operator.ne, typed, fixed)):
            found |= self.all_in_words(fixed)
        return found


def _tables(phrases: Iterable[str]) -> dict[str, object]:
    """A phrase set's search tables (the attributes `PhraseSet` declares first), by name."""
    by_first: dict[str, list[_Phrase]] = {}
    prefixes: list[str] = []
    for phrase in phrases:
        stripped = phrase.removesuffix("*")
        prefix = len(stripped) != len(phrase)
        found = words(stripped)
        # `_problem`'s tests, inline (a start splits about 500 phrases at its first question).
        if not found or len(found) > _LONGEST or "*" in stripped or (prefix and len(found[-1]) < 3):
            continue
        first = found[0]
        if len(found) == 1 and prefix:
            prefixes.append(first)
            continue
        # `tuple.__new__` in C: the class's own `__new__` is a Python function.
        entry: _Phrase = tuple.__new__(_Phrase, (phrase, tuple(found[1:]), prefix))
        by_first.setdefault(first, []).append(entry)
    by_head: dict[str, list[str]] = {}
    for start in prefixes:
        by_head.setdefault(start[:3], []).append(start)
    return {
        "_by_first": by_first,
        "_prefixes": tuple(prefixes),
        "_by_head": by_head,
        "_heads": frozenset(by_head),
    }


def _pair_tables(by_first: dict[str, list[_Phrase]]) -> dict[str, object]:
    """The tables only `all_in_words` reads, from a set's `_by_first`, by name."""
    single: dict[str, list[str]] = {}
    by_pair: dict[tuple[str, str], list[_Phrase]] = {}
    by_first_prefix: dict[str, list[_Phrase]] = {}
    longer_firsts: set[str] = set()
    for first, entries in by_first.items():
        for entry in entries:
            rest = entry.rest
            if not rest:
                single.setdefault(first, []).append(entry.text)
                continue
            longer_firsts.add(first)
            if entry.prefix and len(rest) == 1:
                by_first_prefix.setdefault(first, []).append(entry)
            else:
                by_pair.setdefault((first, rest[0]), []).append(entry)
    return {
        "_single": single,
        "_by_pair": by_pair,
        "_by_first_prefix": by_first_prefix,
        "_singles": frozenset(single),
        "_longer_firsts": frozenset(longer_firsts),
    }


def _follows(found: Sequence[str], start: int, phrase: _Phrase) -> bool:
    rest = phrase.rest
    end = start + len(rest)
    if end > len(found):
        return False
    if not phrase.prefix:
        return tuple(found[start:end]) == rest
    if not rest:
        return True
    *whole, last = rest
    if any(found[start + k] != w for k, w in enumerate(whole)):
        return False
    word = found[start + len(whole)]
    return word.startswith(last) if phrase.prefix else word == last


def as_typed(anchors: Sequence[str]) -> frozenset[str]:
    """Anchors as typed words read: "what s the point" is "what the point" and "won t agree"
    "wont agree", since `words` drops a possessive s and joins a contraction. An anchor left
    a single word ("what s") stays as written: "what" alone would name every subject."""
    return frozenset(_typed(phrase) for phrase in anchors)


def with_short_forms(anchors: frozenset[str], short_forms: dict[str, str]) -> frozenset[str]:
    """`anchors` and each anchor again with a word the lexicon abbreviates in its short form
    ("all information sharing" is named by "all info sharing" too): anchors are found as typed,
    before the lexicon rewrites a message."""
    shorts: dict[str, list[str]] = {}
    for short, long in short_forms.items():
        shorts.setdefault(long, []).append(short)
    more = {
        " ".join((*parts[:i], short, *parts[i + 1 :]))
        for parts in (anchor.split() for anchor in anchors)
        for i, word in enumerate(parts)
        for short in shorts.get(word, ())
    }
    return anchors | more


def _typed(phrase: str) -> str:
    joined = _joined(phrase.split())
    return " ".join(joined) if len(joined) > 1 else phrase


def _joined(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if part == "s" and out:
            continue
        if part == "t" and out:
            out[-1] += "t"
            continue
        out.append(part)
    return out
