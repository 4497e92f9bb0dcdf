"""The matcher's index as plain data: built from the packs once, and what a cache holds.

`build_data` normalises every phrase and cue of every document and files each word: how rare it
is, which documents use it (which of a document's phrases use it is found when a message is
scored, among the few documents shortlisted for it). The result is kept flat (all phrases in one
list, all postings in one array of ids with offsets), so that a cache can write it as a few
blocks of bytes and read it back without making millions of small objects.
"""

from __future__ import annotations

import itertools
import math
import operator
from array import array
from collections import defaultdict, deque
from collections.abc import Sequence
from enum import Enum
from typing import TypedDict

from knowledge.matching.models import NotCoveredPack
from knowledge.matching.normalise import Normaliser
from knowledge.matching.text import words
from knowledge.pack_values import Value
from knowledge.qa_pack import QAEntry
from knowledge.value_class import value_class

# A message of common words only is compared with the phrases that have at most this many
# content words.
_WORDING_CONTENT = 1
_BATCH = 1024  # documents whose texts are normalised together (in slices: `Normaliser.texts`)


class DocKind(Enum):
    """What a document stands for."""

    ENTRY = "entry"
    TOPIC = "topic"
    CHATTER = "chatter"


# One document as plain data (its phrases are `IndexData.phrases`, counted by `phrases`).
DocData = TypedDict(  # noqa: UP013 (a call: see `knowledge.matching.index.Scored`)
    "DocData",
    {
        "kind": str,
        "number": int,
        "topic": str,
        "reply": str,
        "phrases": int,
        "cues": list[list[str]],
    },
)


@value_class
class Table(Value):
    """Words and, for each, a sorted run of ids, kept flat: few large objects, not many small.

    The ids of ``keys[k]`` are ``ids[offsets[k]:offsets[k + 1]]``.
    """

    keys: list[str]
    offsets: array[int]
    ids: array[int]

    @classmethod
    def of(cls, table: dict[str, list[int]], keys: list[str] | None = None) -> Table:
        """Flatten ``{word: ids}`` (in the order of `keys` when given)."""
        order = list(table) if keys is None else keys
        offsets = array("q", [0])
        ids = array("i")
        for key in order:
            ids.fromlist(table.get(key, []))  # about twice as fast as `extend` from a list
            offsets.append(len(ids))
        return cls(order, offsets, ids)

    def runs(self) -> dict[str, array[int]]:
        """``{word: ids}`` again, each run an array of its own."""
        offsets, ids = self.offsets, self.ids
        return {key: ids[offsets[k] : offsets[k + 1]] for k, key in enumerate(self.keys)}


@value_class
class IndexData(Value):
    """Everything an `Index` is made of: what the cache writes and reads back.

    Attributes:
        docs: the documents, in order; phrase ids count through their phrases in this order.
        phrases: every document's phrases, in document order.
        idf: how rare each word of `own` is, in the order of its keys.
        own: word -> the documents using it in their phrases or cues.
        answer: word -> the documents using it only in their answer (same keys as `own`).
        wording: the phrases of common words only, shortest first.
        cue_docs: word -> the documents with a cue filed under it (its rarest word).
    """

    docs: list[DocData]
    phrases: list[str]
    idf: array[float]
    own: Table
    answer: Table
    wording: array[int]
    cue_docs: Table


@value_class
class _RawDoc(Value):
    kind: DocKind
    number: int
    topic: str
    reply: str
    phrases: tuple[str, ...]
    cues: tuple[str, ...]
    extra_vocab: str


def _raw_docs(entries: Sequence[QAEntry], not_covered: NotCoveredPack) -> list[_RawDoc]:
    docs = [
        _RawDoc(
            DocKind.ENTRY,
            e.number,
            "",
            "",
            (e.question, *e.alternates),
            e.keywords,
            e.answer,
        )
        for e in entries
    ]
    docs += [
        _RawDoc(DocKind.TOPIC, 0, t.id, t.reply, t.cues, t.cues, "") for t in not_covered.topics
    ]
    if not_covered.off_topic:
        docs.append(
            _RawDoc(DocKind.CHATTER, 0, "", "", not_covered.off_topic, not_covered.off_topic, "")
        )
    return docs


def surface_vocabulary(entries: Sequence[QAEntry], not_covered: NotCoveredPack) -> set[str]:
    """Every word the packs use, as written: the words typo correction may correct towards."""
    vocabulary: set[str] = set()
    for raw in _raw_docs(entries, not_covered):
        for text in (*raw.phrases, *raw.cues, raw.extra_vocab):
            vocabulary.update(words(text))
    return vocabulary


def _file(postings: defaultdict[str, list[int]], words: set[str], doc: int) -> None:
    """Append `doc` to the postings of each of `words` (in C: no Python loop per word)."""
    deque(map(list.append, map(postings.__getitem__, words), itertools.repeat(doc)), maxlen=0)


def build_data(
    entries: Sequence[QAEntry],
    not_covered: NotCoveredPack,
    normaliser: Normaliser,
    vocabulary: set[str] | None = None,
) -> IndexData:
    """Normalise every phrase and cue once and file every word.

    Args:
        entries: the Q&A entries.
        not_covered: topics the Q&A does not answer and off-topic chatter.
        normaliser: the normaliser messages will go through too (its typo correction is not
            used, so it may be one built without the vocabulary).
        vocabulary: when given, every word the packs use, as written, is added to it (what
            `surface_vocabulary` finds), from the same split of each text.
    """
    raws = _raw_docs(entries, not_covered)
    stopwords = normaliser.stopwords
    docs: list[DocData] = []
    phrases_all: list[str] = []
    # Filed by C-level maps: `defaultdict.__getitem__` makes a word's list when first met.
    own_postings: defaultdict[str, list[int]] = defaultdict(list)
    answer_postings: defaultdict[str, list[int]] = defaultdict(list)
    lengths: dict[int, int] = {}
    for first in range(0, len(raws), _BATCH):
        # The texts of the next few hundred documents, normalised in one pass, then each
        # document's read off in order: its phrases, its cues and its answer.
        batch = raws[first : first + _BATCH]
        texts = [t for r in batch for t in (*r.phrases, *r.cues, r.extra_vocab)]
        normalised = normaliser.texts(texts, vocabulary)
        at = 0
        for i, raw in enumerate(batch, first):
            cues_at = at + len(raw.phrases)
            answer_at = cues_at + len(raw.cues)
            kept = list(dict.fromkeys(filter(None, normalised[at:cues_at])))
            cue_words = list(map(str.split, normalised[cues_at:answer_at]))
            answer = normalised[answer_at]
            at = answer_at + 1
            phrase_words = list(map(str.split, kept))
            # The words of its phrases and cues, inserted in the order they come (the same set,
            # in the same order, as splitting them all joined): filed here, document by
            # document, they are each word's documents in ascending order.
            own = set(itertools.chain.from_iterable(phrase_words))
            own.update(itertools.chain.from_iterable(cue_words))
            _file(own_postings, own - stopwords, i)
            # A word only in an entry's answer is weaker evidence than one in its questions.
            _file(answer_postings, set(answer.split()) - stopwords - own, i)
            # The phrases of at most `_WORDING_CONTENT` content words, each counted in C.
            content = map(operator.sub, map(set, phrase_words), itertools.repeat(stopwords))
            few = map(_WORDING_CONTENT.__ge__, map(len, content))
            for phrase_id in itertools.compress(itertools.count(len(phrases_all)), few):
                lengths[phrase_id] = len(kept[phrase_id - len(phrases_all)])
            phrases_all += kept
            cue_sets = dict.fromkeys(map(frozenset, filter(None, cue_words)))
            docs.append(
                DocData(
                    kind=raw.kind.value,
                    number=raw.number,
                    topic=raw.topic,
                    reply=raw.reply,
                    phrases=len(kept),
                    cues=[sorted(c) for c in cue_sets],
                )
            )
    keys = [*own_postings, *(t for t in answer_postings if t not in own_postings)]
    frequency = {t: len(own_postings.get(t, ())) + len(answer_postings.get(t, ())) for t in keys}
    n = max(len(docs), 1)
    # A cue counts only when all its words are there: file it under its rarest word alone.
    cue_docs: dict[str, set[int]] = {}
    for i, doc in enumerate(docs):
        for cue in doc["cues"]:
            # Most cues are one word: no key to work out for those.
            rarest = cue[0] if len(cue) == 1 else min(cue, key=lambda t: (frequency.get(t, 0), t))
            cue_docs.setdefault(rarest, set()).add(i)
    return IndexData(
        docs=docs,
        phrases=phrases_all,
        idf=array("d", [math.log(1.0 + n / frequency[t]) for t in keys]),
        own=Table.of(own_postings, keys),
        answer=Table.of(answer_postings, keys),
        wording=array("i", sorted(lengths, key=lambda i: (lengths[i], i))),
        cue_docs=Table.of({t: sorted(ds) for t, ds in cue_docs.items()}),
    )
