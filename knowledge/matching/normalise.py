"""Turn chat text into comparable words: clean markup, rewrite with the lexicon, fix typos, stem.

Everything here is pure. A `Normaliser` is built once from a `LexiconPack` (and, for typo
correction, the vocabulary the matcher knows) and is then only read, so it is safe to share
between threads.
"""

from __future__ import annotations

import itertools
import operator
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence

from knowledge.lazy_pattern import LazyPattern
from knowledge.matching.models import LexiconPack
from knowledge.matching.text import MARKUP_CHARACTERS, WORD, stem, words
from knowledge.matching.typos import Typos
from knowledge.pack_values import Value
from knowledge.value_class import value_class

# For `Normaliser.texts`: many texts joined by _END, split into words and ends in one pass (a
# text holding one of `MARKUP_CHARACTERS` goes through `words` alone, down its slow path).
_END = "\x00"
_SEPARATOR = f" {_END} "
_MARK = "\x01"  # before a word a phrase put in (no text's words hold it)
_SLICE = 8192  # texts normalised together
# For plain ASCII: letters folded, digits kept, the end marker kept, anything else a space.
_PLAIN_WORDS = "".join(
    ch.lower() if ch.isalnum() or ch == _END else " " for ch in map(chr, range(128))
)
# Words as `words` gives them (lower-case letters and digits), one space between each: the
# pattern cannot backtrack, as a space always ends a word.
_PLAIN_RUNS = LazyPattern(r"[a-z0-9]+(?: [a-z0-9]+)*")  # compiled when a normaliser is built
_MAX_PHRASE = 5
_STEM_MEMO = 200_000  # words remembered per normaliser; a bound, as messages bring new ones


def _marked(pieces: list[str], joined: str) -> list[int]:
    """Which of `pieces` (joined by `_SEPARATOR` into `joined`) `words` does not take as plain."""
    marked = set(
        itertools.compress(range(len(pieces)), map(operator.not_, map(str.isascii, pieces)))
    )
    ends: list[int] = []  # where each piece's separator ends, made only when a mark is found
    for mark in MARKUP_CHARACTERS:
        at = joined.find(mark)
        if at >= 0 and not ends:
            lengths = map(len(_SEPARATOR).__add__, map(len, pieces))
            ends = list(itertools.accumulate(lengths))
        while at >= 0:
            k = bisect_right(ends, at)
            marked.add(k)
            at = joined.find(mark, ends[k])
    return sorted(marked)


@value_class
class Normalised(Value):
    """A text as the matcher compares it.

    Attributes:
        tokens: stemmed words after rewriting, fillers removed.
        content: the tokens that carry meaning (no stopwords), in order, repeats removed.
        text: `tokens` joined by spaces, the string the fuzzy scorers see.
        had_words: the text contained any word at all before fillers were removed.
        had_fillers: some words were greetings, thanks or other fillers, and were removed.
    """

    tokens: tuple[str, ...]
    content: tuple[str, ...]
    text: str
    had_words: bool
    had_fillers: bool


def _phrase_table(lexicon: LexiconPack) -> dict[tuple[str, ...], tuple[str, ...]]:
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for filler in lexicon.fillers:
        table[tuple(words(filler))] = ()
    for mapping in (lexicon.synonyms, lexicon.abbreviations):
        for key, value in mapping.items():
            table[tuple(words(key))] = tuple(words(value))
    table.pop((), None)
    return table


class Normaliser:
    """Rewrites text with a lexicon: spellings, typo fixes, abbreviations, synonyms, fillers."""

    def __init__(
        self, lexicon: LexiconPack, vocabulary: Iterable[str] = (), *, max_typo_fixes: int = 6
    ) -> None:
        """Build the rewrite tables.

        Args:
            lexicon: the words to rewrite.
            vocabulary: surface words (lower-case, unstemmed) that are known to be right; a word
                outside it, the lexicon and the stopwords may be corrected to its nearest member.
            max_typo_fixes: at most this many words of one text are looked up for correction.
        """
        self._spellings: Mapping[str, str] = {
            k.lower(): v.lower() for k, v in lexicon.spellings.items()
        }
        self._spelled = frozenset(self._spellings)
        self._phrases = _phrase_table(lexicon)
        self._abbreviated = frozenset(k.lower() for k in lexicon.abbreviations)
        self._max_phrase = min(_MAX_PHRASE, max((len(k) for k in self._phrases), default=1))
        self._starts = frozenset(k[0] for k in self._phrases)
        # The lengths of the phrases starting with each word, longest first: those worth trying.
        sizes: dict[str, set[int]] = {}
        for key in self._phrases:
            if len(key) <= self._max_phrase:
                sizes.setdefault(key[0], set()).add(len(key))
        self._sizes = {w: tuple(sorted(n, reverse=True)) for w, n in sizes.items()}
        ignored = {w for s in lexicon.ignored for w in words(s)}
        self._ignored = frozenset(ignored)
        self._stopwords_raw = frozenset(ignored | {w for s in lexicon.stopwords for w in words(s)})
        self._stopwords = frozenset(stem(w) for w in self._stopwords_raw)
        # For `texts`: phrases of two words or more are rewritten by `_rewrite_all`, found by
        # their first two words, and the words they put in are marked so that no form below
        # rewrites them again; a one-word phrase is rewritten by the word's form.
        longer = {k: v for k, v in self._phrases.items() if 2 <= len(k) <= self._max_phrase}
        self._pairs = frozenset(k[:2] for k in longer)
        self._longer = {k: tuple(_MARK + w for w in v) for k, v in longer.items()}
        self._longer_sizes = {k[0]: tuple(n for n in self._sizes[k[0]] if n > 1) for k in longer}
        dropped = self._ignored
        self._fixed_forms = dict.fromkeys(dropped, "")
        for key, value in self._phrases.items():
            if len(key) == 1:
                self._fixed_forms[key[0]] = " ".join([stem(w) for w in value if w not in dropped])
        for value in longer.values():
            self._fixed_forms.update([(_MARK + w, "" if w in dropped else stem(w)) for w in value])
        self._fixed_forms[_END] = _END
        known = set(self._stopwords_raw)
        for phrase, replacement in self._phrases.items():
            known.update(phrase)
            known.update(replacement)
        known.update(self._spellings)
        known.update(w for r in lexicon.real_words for w in words(r))
        known.update(w for v in self._spellings.values() for w in words(v))
        vocabulary = tuple(vocabulary)
        joined = " ".join(vocabulary)
        # As many spaces as gaps between items: no item of two words ("a b") passes for two.
        if joined.count(" ") == len(vocabulary) - 1 and _PLAIN_RUNS.fullmatch(joined):
            # Each item is one plain word, as `words` gives it (the index's vocabulary is): one
            # check in C instead of splitting a thousand words one by one.
            known.update(vocabulary)
        else:
            known.update(w for v in vocabulary for w in words(v))
        self._known = frozenset(known)
        fillers = frozenset(w for f in lexicon.fillers for w in words(f))
        self._typos = Typos(self._known, fillers | self._spelled, max_typo_fixes)
        self._stems: dict[str, str] = {}
        # `texts` keeps one token per word only when every spelling is one plain word.
        self._plain_spellings = all(WORD.fullmatch(v) for v in self._spellings.values())

    @property
    def stopwords(self) -> frozenset[str]:
        """The (stemmed) tokens that carry no meaning of their own."""
        return self._stopwords

    @property
    def known_words(self) -> frozenset[str]:
        """Every surface word the normaliser will leave alone."""
        return self._known

    def is_stopword(self, token: str) -> bool:
        """Whether a (stemmed) token carries no meaning of its own."""
        return token in self._stopwords

    def one_for_one(self) -> dict[str, str]:
        """Each word the lexicon rewrites alone into one other word ("crucial": "important"),
        unstemmed: a synonym, not an abbreviation spelt out ("ig": "information governance")."""
        return {k[0]: v[0] for k, v in self._phrases.items() if len(k) == 1 and len(v) == 1}

    def short_forms(self) -> dict[str, str]:
        """Each abbreviation the lexicon spells out as one other word ("info": "information")."""
        return {k: v for k, v in self.one_for_one().items() if k in self._abbreviated and k != v}

    def corrected_words(self, text: str) -> list[str]:
        """The words of `text` with British spellings and likely typos fixed, nothing else."""
        return self.correct_words(words(text))

    def correct_words(self, raw: Sequence[str], fixes: dict[str, str] | None = None) -> list[str]:
        """`corrected_words` for a text already split by `words`; `fixes` (a typo and what it
        became) is read and added to, so that a message's typos are looked up once."""
        spelled = (
            [self._spellings.get(w, w) for w in raw]
            if not self._spelled.isdisjoint(raw)
            else list(raw)
        )
        # Only a word the vocabulary lacks is corrected: none, most texts.
        return spelled if self._known.issuperset(spelled) else self._typos.correct(spelled, fixes)

    def normalise(self, text: str, *, correct: bool = True, max_tokens: int = 0) -> Normalised:
        """Rewrite `text` into the form the matcher compares.

        Args:
            text: any string.
            correct: fix likely typos against the known vocabulary.
            max_tokens: if positive, look at no more than this many words.

        Returns:
            The normalised text; empty when nothing in it is a word.
        """
        raw = words(text)
        if max_tokens > 0:
            raw = raw[:max_tokens]
        return self.normalise_words(raw, correct=correct)

    def normalise_words(
        self, raw: list[str], *, correct: bool = True, fixes: dict[str, str] | None = None
    ) -> Normalised:
        """`normalise` for a text already split by `words` (the index splits each text once);
        `fixes` as for `correct_words`."""
        had_words = bool(raw)
        if not self._spelled.isdisjoint(raw):
            raw = [self._spellings.get(w, w) for w in raw]
        if correct and not self._known.issuperset(raw):
            raw = self._typos.correct(raw, fixes)
        return self._rewritten(raw, had_words)

    def normalise_fixed(self, fixed: Sequence[str]) -> Normalised:
        """`normalise_words` for words already spelt and corrected (`correct_words`'s): a
        message's reading corrects each text once for both."""
        return self._rewritten(fixed, bool(fixed))

    def _rewritten(self, raw: Sequence[str], had_words: bool) -> Normalised:
        # `normalise_words` after the spellings and typo fixes: the lexicon's phrases, stems.
        if self._starts.isdisjoint(raw):
            rewritten, had_fillers = raw, False
        else:
            rewritten, had_fillers = self._rewrite(raw)
        stems = self._stems
        ignored = self._ignored
        tokens = tuple([stems.get(w) or self._stem(w) for w in rewritten if w not in ignored])
        stopwords = self._stopwords
        content = tuple(dict.fromkeys([t for t in tokens if t not in stopwords]))
        return Normalised(tokens, content, " ".join(tokens), had_words, had_fillers)

    def texts(self, texts: Sequence[str], vocabulary: set[str] | None = None) -> list[str]:
        """``normalise(t, correct=False).text`` for each of many texts, in one pass over them all.

        Building an index normalises hundreds of thousands of phrases: here a few thousand at a
        time are joined, split into words by one scan, rewritten in one walk over the words and
        stemmed once per distinct word, then cut apart again. The result is the same as
        normalising each text alone (a phrase never spans two texts).

        Args:
            texts: any strings.
            vocabulary: when given, every word of the texts as written (`words`) is added to it.

        Returns:
            The normalised text (tokens joined by spaces) of each, in order.
        """
        if not self._plain_spellings:
            split = [words(t) for t in texts]
            if vocabulary is not None:
                vocabulary.update(w for found in split for w in found)
            return [self.normalise_words(found, correct=False).text for found in split]
        # In slices, so that the words of all of them never exist at once.
        forms = dict(self._fixed_forms)
        out: list[str] = []
        for start in range(0, len(texts), _SLICE):
            out += self._texts(list(texts[start : start + _SLICE]), vocabulary, forms)
        return out

    def _texts(
        self, pieces: list[str], vocabulary: set[str] | None, forms: dict[str, str]
    ) -> list[str]:
        joined = _SEPARATOR.join(pieces)
        if joined.count(_END) != len(pieces) - 1:
            split = [words(t) for t in pieces]
            if vocabulary is not None:
                vocabulary.update(w for found in split for w in found)
            return [self.normalise_words(found, correct=False).text for found in split]
        # Texts with markup, apostrophes or accents are split by `words` alone, then rejoined:
        # every other text is plain ASCII, for which `words` only folds the case and splits.
        marked = _marked(pieces, joined)
        if marked:
            for k in marked:
                pieces[k] = " ".join(words(pieces[k]))
            joined = _SEPARATOR.join(pieces)
        raw = joined.translate(_PLAIN_WORDS).split()
        seen = set(raw)
        seen.discard(_END)
        if vocabulary is not None:
            vocabulary.update(seen)
        if not self._spelled.isdisjoint(seen):
            raw = list(map(self._spellings.get, raw, raw))
            seen = {self._spellings.get(w, w) for w in seen}
        if not self._starts.isdisjoint(seen):
            raw = self._rewrite_all(raw)
        memo = self._stems
        forms.update([(w, memo.get(w) or self._stem(w)) for w in seen.difference(forms)])
        tokens = " ".join(filter(None, map(forms.__getitem__, raw)))
        return list(map(str.strip, tokens.split(_END)))

    def _rewrite_all(self, raw: list[str]) -> list[str]:
        # `_rewrite` for phrases of two words or more, tried only where their first two words are:
        # any other word is copied, for its form to rewrite when it is a one-word phrase; the
        # words put in come out marked. An end marker is in no phrase: none spans two texts.
        phrases = self._longer
        sizes_by_start = self._longer_sizes
        out: list[str] = []
        done = 0  # raw[:done] is rewritten
        end = len(raw)
        pairs = self._pairs
        for i in itertools.compress(range(end - 1), map(sizes_by_start.__contains__, raw)):
            if i < done or (raw[i], raw[i + 1]) not in pairs:
                continue
            for size in sizes_by_start[raw[i]]:
                replacement = phrases.get(tuple(raw[i : i + size])) if i + size <= end else None
                if replacement is not None:
                    out += raw[done:i]
                    out += replacement
                    done = i + size
                    break
        out += raw[done:]
        return out

    def _stem(self, word: str) -> str:
        found = self._stems.get(word)
        if found is None:
            found = stem(word)
            if len(self._stems) < _STEM_MEMO:
                self._stems[word] = found
        return found

    def _rewrite(self, raw: Sequence[str]) -> tuple[Sequence[str], bool]:
        out: list[str] = []
        had_fillers = False
        phrases = self._phrases
        sizes_by_start = self._sizes
        i = 0
        end = len(raw)
        while i < end:
            word = raw[i]
            for size in sizes_by_start.get(word, ()):
                replacement = phrases.get(tuple(raw[i : i + size])) if i + size <= end else None
                if replacement is not None:
                    out.extend(replacement)
                    had_fillers = had_fillers or not replacement
                    i += size
                    break
            else:
                out.append(word)
                i += 1
        return out, had_fillers
