"""Tables of a snapshot read when first asked for, not when the snapshot is read.

The risk detector's two indexes (a phrase list for each word a cue may start with) were about
half of reading a snapshot: 3,140 phrases and 4,470 places, tens of thousands of tuples,
frozensets and strings, of which one question reaches a few dozen. A snapshot
(`knowledge.snapshot`) keeps them as a `LazyTable`, every phrase and place pickled on its own
(a place it holds is named by its number, so one shared place is made once), and each index
as a `LazyIndex` of numbers into it: a phrase is unpickled, once, when a message holds a word
that may start it. The blocks are part of the snapshot's body, under its sum, and are read
by its own unpickler, which names nothing outside this package.

The attributes `knowledge.snapshot.LATER` names (the learnt model's tables) are read later
still, from the file's later section: `knowledge.snapshot_later`.
"""

from __future__ import annotations

import io
from array import array
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from knowledge.snapshot_makers import NotAllowed, SnapshotUnpickler, make_value


class LazyTable:
    """Objects by number, each unpickled from its own block when first asked for."""

    __slots__ = ("_blocks", "_ends", "_kinds", "_made", "_names")

    def __init__(self, blocks: bytes, ends: array[int], kinds: bytes, names: tuple[str, ...]):
        """Args:
        blocks: the objects' pickles, one after another: a value's fields, else the object.
        ends: where each object's pickle ends in `blocks`.
        kinds: for each object, 0, or for a value its class's place in `names` plus one.
        names: the values' classes ("module:name", as `knowledge.snapshot.make_value` takes).
        """
        self._blocks, self._ends, self._kinds, self._names = blocks, ends, kinds, names
        self._made: list[object] = [None] * len(ends)

    def __len__(self) -> int:
        return len(self._ends)

    def item(self, number: int) -> object:
        """Object `number`, made the first time it is asked for.

        Raises:
            pickle.UnpicklingError: (`NotAllowed`) no such object.
        """
        if type(number) is not int or not 0 <= number < len(self._ends):
            raise NotAllowed(f"no object {number!r} in a lazy table")
        if (made := self._made[number]) is None:
            start, end = self._ends[number - 1] if number else 0, self._ends[number]
            if not start < end or (kind := self._kinds[number]) > len(self._names):
                raise NotAllowed(f"object {number} of a lazy table does not fit its table")
            with memoryview(self._blocks) as blocks:
                made = _ItemUnpickler(io.BytesIO(blocks[start:end]), self).load()
            if kind:
                made = make_value(self._names[kind - 1], made)
            self._made[number] = made
        return made


class _ItemUnpickler(SnapshotUnpickler):
    def __init__(self, stream: io.BytesIO, table: LazyTable) -> None:
        super().__init__(stream)
        self._table = table

    def persistent_load(self, pid: Any) -> object:
        return self._table.item(pid)


SEARCHES = 32
"""How many keys a `LazyIndex` searches for before it makes a dict of all of them."""


class LazyIndex(Mapping[str, tuple[Any, ...]]):
    """A mapping of words to tuples of a `LazyTable`'s objects, each tuple made when first read
    (and its objects with it); it reads as the dict it was written from."""

    __slots__ = ("_found", "_numbers", "_place", "_searched", "_starts", "_table", "_words")

    def __init__(self, words: str, starts: array[int], numbers: array[int], table: LazyTable):
        """Args:
        words: the keys, in order, each ended by a newline.
        starts: where each key's numbers start in `numbers`, and where the last ones end.
        numbers: the objects of each key's tuple, by their number in `table`.
        table: the objects.
        """
        self._words, self._starts, self._numbers, self._table = words, starts, numbers, table
        self._found: dict[str, tuple[Any, ...]] = {}
        self._place: dict[str, int] | None = None
        self._searched = 0

    def _places(self) -> dict[str, int]:
        if self._place is None:
            keys = self._words.split("\n")[:-1]
            if len(keys) + 1 != len(self._starts):
                raise NotAllowed("a lazy index whose keys and numbers disagree")
            self._place = dict(zip(keys, range(len(keys)), strict=True))
        return self._place

    def get(self, key: str, default: Any = None) -> Any:
        """The tuple for `key`, or `default`."""
        if (found := self._found.get(key)) is not None:
            return found
        if (n := self._number(key)) is None:
            return default
        numbers = self._numbers[self._starts[n] : self._starts[n + 1]]
        made = self._found[key] = tuple(map(self._table.item, numbers))
        return made

    def _number(self, key: str) -> int | None:
        # The first `SEARCHES` keys asked for are searched for in the keys' text (each a scan
        # in C of a few tens of kilobytes): splitting it into a dict of every key costs as much
        # as a few dozen searches, and a short message asks for fewer words than that.
        if self._place is not None or self._searched >= SEARCHES:
            return self._places().get(key)
        self._searched += 1
        if type(key) is not str or "\n" in key:
            return None
        words = self._words
        if words.startswith(f"{key}\n"):
            n = 0
        elif (at := words.find(f"\n{key}\n")) < 0:
            return None
        else:
            n = words.count("\n", 0, at + 1)
        if n + 1 >= len(self._starts):
            raise NotAllowed("a lazy index whose keys and numbers disagree")
        return n

    def __getitem__(self, key: str) -> tuple[Any, ...]:
        if (found := self.get(key)) is None:
            raise KeyError(key)
        return found  # type: ignore[no-any-return]

    def __contains__(self, key: object) -> bool:
        return type(key) is str and self._number(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._places())

    def __len__(self) -> int:
        return len(self._places())


def lazy_table(blocks: bytes, ends: array[int], kinds: bytes, names: tuple[str, ...]) -> LazyTable:
    """A `LazyTable` as a snapshot keeps it (its blocks are checked as each is read: the body
    they are part of is the one written, by its sum).

    Raises:
        pickle.UnpicklingError: (`NotAllowed`) parts that do not fit together.
    """
    if type(blocks) is not bytes or type(ends) is not array or ends.typecode != "I":
        raise NotAllowed("not a lazy table")
    if type(kinds) is not bytes or type(names) is not tuple or len(kinds) != len(ends):
        raise NotAllowed("not a lazy table")
    if ends and ends[-1] != len(blocks):
        raise NotAllowed("a lazy table whose blocks and ends disagree")
    return LazyTable(blocks, ends, kinds, names)


def lazy_index(words: str, starts: array[int], numbers: array[int], table: LazyTable) -> LazyIndex:
    """A `LazyIndex` as a snapshot keeps it (its numbers are checked as each is read).

    Raises:
        pickle.UnpicklingError: (`NotAllowed`) parts that do not fit together.
    """
    if type(words) is not str or type(table) is not LazyTable:
        raise NotAllowed("not a lazy index")
    for part in (starts, numbers):
        if type(part) is not array or part.typecode != "I":
            raise NotAllowed("not a lazy index")
    if not starts or starts[0] != 0 or starts[-1] != len(numbers):
        raise NotAllowed("a lazy index whose numbers disagree")
    return LazyIndex(words, starts, numbers, table)


WORD_END = "\x1f"
"""What ends each word of a `LazyWords`' text (the unit separator: a token may be a newline)."""


class LazyWords:
    """A frozenset of words kept as one text, each ended by `WORD_END`
    (`knowledge.snapshot.WORD_SETS`): the first `SEARCHES` words asked about are searched for
    in the text, and the frozenset is made only after them, or when anything else is asked of
    it (which it answers as the frozenset would)."""

    __slots__ = ("_searched", "_set", "_text")

    def __init__(self, text: str) -> None:
        """Args:
        text: the words, each ended by `WORD_END`.
        """
        self._text = text
        self._set: frozenset[str] | None = None
        self._searched = 0

    def words(self) -> frozenset[str]:
        """The frozenset itself, made the first time it is asked for."""
        if self._set is None:
            self._set = frozenset(self._text.split(WORD_END)[:-1])
        return self._set

    def __contains__(self, word: object) -> bool:
        if self._set is not None or self._searched >= SEARCHES or type(word) is not str:
            return word in self.words()
        self._searched += 1
        return WORD_END not in word and (
            self._text.startswith(f"{word}{WORD_END}")
            or f"{WORD_END}{word}{WORD_END}" in self._text
        )

    def intersection(self, *others: Iterable[object]) -> frozenset[str]:
        """The words also in each of `others` (as `frozenset.intersection`)."""
        if len(others) != 1 or self._set is not None:
            return self.words().intersection(*others)
        return frozenset(word for word in others[0] if word in self)  # type: ignore[misc]

    def __iter__(self) -> Iterator[str]:
        return iter(self.words())

    def __len__(self) -> int:
        return len(self.words())

    def __eq__(self, other: object) -> bool:
        return self.words() == (other.words() if isinstance(other, LazyWords) else other)

    def __hash__(self) -> int:
        return hash(self.words())

    def __getattr__(self, name: str) -> Any:
        # Whatever else a frozenset answers (`issuperset`, `union`, ...), from the frozenset.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.words(), name)

    def __or__(self, other: object) -> Any:
        return self.words() | other  # type: ignore[operator]

    def __ror__(self, other: object) -> Any:
        return other | self.words()  # type: ignore[operator]

    def __and__(self, other: object) -> Any:
        return self.words() & other  # type: ignore[operator]

    def __rand__(self, other: object) -> Any:
        return other & self.words()  # type: ignore[operator]

    def __sub__(self, other: object) -> Any:
        return self.words() - other  # type: ignore[operator]

    def __rsub__(self, other: object) -> Any:
        return other - self.words()  # type: ignore[operator]


def lazy_words(text: str) -> LazyWords:
    """A `LazyWords` as a snapshot keeps it.

    Raises:
        pickle.UnpicklingError: (`NotAllowed`) not a text of words, each ended by `WORD_END`.
    """
    if type(text) is not str or (text and not text.endswith(WORD_END)):
        raise NotAllowed("not a lazy set of words")
    return LazyWords(text)
