"""Notice when a message may describe a risk of harm to a child or an adult.

Pure and linear in the length of the message: the text is folded to words once, each word is
looked up in a table of the cues that can start there, and a cue is a short sequence of slots
(a gap spans at most four words), so the work per word is bounded by the pack, not the message.
No regular expression here runs with nested or lazy quantifiers.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge.matching.normalise import clean, stem, strip_markup
from knowledge.risk_pack import ANY_WORD, GAP, MAX_GAP_WORDS, NEAR_WORDS, Concern, RiskPack
from knowledge.text_packs import ContactRole

_TOKEN = re.compile(r"[a-z0-9]+|[.?!;\n,:()]|\s[-\u2013\u2014]+\s")
_CONTRACTION = re.compile(r"(?<=[A-Za-z])['\u2019](ll|d|re|ve|m|s)\b", re.IGNORECASE)
_EXPANSIONS = {"ll": " will", "d": " would", "re": " are", "ve": " have", "m": " am", "s": "'s"}
_POSSESSIVE = re.compile(r"(?<=[a-z])'s\b")  # as the matcher's `clean` does, for ASCII text
_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_SENTENCE_END = frozenset(".?!;\n")
_CLAUSE_WORDS = frozenset({"but", "however", "although", "though"})  # start a new clause
_MAX_TOKENS = 1500  # far more than the 4,000 characters a message may hold
_MIN_TYPO_LENGTH = 6
_MAX_TYPO_FIXES = 40
_CHILD_ROLES = frozenset({"childrens-social-care"})
_ADULT_ROLES = frozenset({"adult-social-care"})


class _Kind(IntEnum):
    CUE = 0
    TERM = 1
    GROUP = 2
    PEOPLE = 3
    GENERAL = 4
    CHILD = 5
    ADULT = 6
    FRAMING = 7
    ANY_PERSON = 8
    NEAR = 9
    CONDITIONAL = 10
    SIGNAL = 11


@dataclass(frozen=True, slots=True)
class _Words:
    """One place in a cue: any of `single` words, or any of the `several`-word sequences."""

    single: frozenset[str]
    several: tuple[tuple[str, ...], ...] = ()
    firsts: frozenset[str] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        # The words this place can start with (for the index and the quick filter).
        firsts = self.single | {seq[0] for seq in self.several} if self.several else self.single
        object.__setattr__(self, "firsts", firsts)


Slot = _Words | str


@dataclass(frozen=True, slots=True)
class _Phrase:
    text: str
    slots: tuple[Slot, ...]
    kind: _Kind
    category: int = -1  # index into the pack's categories, for cues, terms and groups
    item: int = -1  # for groups: which `together` (or `near`) item
    group: int = -1  # and which of its groups
    needs: tuple[frozenset[str], ...] = ()  # a word of each must be in the message

    def possible(self, present: frozenset[str]) -> bool:
        """Whether the message has a word for every later place of the cue (a cheap filter)."""
        return all(not words.isdisjoint(present) for words in self.needs)


@dataclass(frozen=True, slots=True)
class _Tokens:
    words: list[str]
    sentence_of: list[int]
    clause_of: list[int]
    questions: frozenset[int]  # sentences that start with a question word
    marked: frozenset[int] = frozenset()  # sentences that end with a question mark


@dataclass(frozen=True, slots=True)
class _Hit:
    phrase: _Phrase
    sentence: int
    clause: int
    position: int  # the index of the word the phrase starts at


@dataclass(frozen=True, slots=True)
class RiskFinding:
    """Why a message was taken as describing a risk of harm (pack ids and phrases, no text).

    Attributes:
        categories: the ids of the categories found, in pack order.
        concerns: whether the person at risk seems to be a child, an adult, or either.
        contacts: the contact roles to show, in order, without repeats.
        notes: the extra lines of the categories found.
        cues: the pack phrases that matched (for checking a pack; never the message's words).
    """

    categories: tuple[str, ...]
    concerns: Concern
    contacts: tuple[ContactRole, ...]
    notes: tuple[str, ...] = ()
    cues: tuple[str, ...] = field(default=(), compare=False)


@functools.lru_cache(maxsize=8192)
def stem_word(word: str) -> str:
    """The light stem of `stem`, with a doubled final consonant undone (hitting -> hit)."""
    base = stem(word)
    if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz" and base[-1].isalpha():
        return base[:-1]
    return base


def words_of(text: str) -> list[str]:
    """The words and clause ends of a message, some contractions spelled out ("he'll" -> he
    will); a negation keeps the form people type without the apostrophe ("don't" -> dont)."""
    text = _CONTRACTION.sub(lambda m: _EXPANSIONS[m.group(1).lower()], text)
    if text.isascii():  # most messages: no accents to fold, so skip the slower Unicode pass
        folded = _APOSTROPHE.sub("", _POSSESSIVE.sub("", strip_markup(text).lower()))
        return _TOKEN.findall(folded)
    return _TOKEN.findall(clean(text))


class RiskDetector:
    """Finds the risk pack's cues in a message. Build once; `detect` only reads."""

    def __init__(self, pack: RiskPack, known_words: Iterable[str] = ()) -> None:
        """Compile every phrase of the pack.

        Args:
            pack: the merged risk pack (built-in plus an organisation's own).
            known_words: ordinary words (e.g. the Q&A's vocabulary) that typo correction must
                leave alone, beside the pack's own.
        """
        self._pack = pack
        self._compiled: dict[tuple[str, int], _Words] = {}  # the same place in many cues
        self._sets = {
            name: _Words(frozenset(stem_word(w) for w in ws)) for name, ws in pack.sets.items()
        }
        # Misspellings are corrected towards the words of the cues only, never towards the
        # `general` or `people` words (so "moaning" cannot become "meaning").
        targets: set[str] = {w for ws in pack.sets.values() for w in ws}
        others: set[str] = set(pack.known_words)
        # Nor towards the signal families' words, which are many and common ("homeless" must
        # not become "hopeless"); they are only known words.
        signal_words: set[str] = set()
        phrases: list[_Phrase] = []

        def add(
            texts: Iterable[str], kind: _Kind, category: int = -1, item: int = -1, group: int = -1
        ) -> None:
            surface = signal_words if kind is _Kind.SIGNAL else targets if category >= 0 else others
            for text in texts:
                slots = self._slots(text, surface)
                needs = tuple(s.firsts for s in slots[1:] if isinstance(s, _Words))
                phrases.append(_Phrase(text, slots, kind, category, item, group, needs))

        for c, category in enumerate(pack.categories):
            add(category.cues, _Kind.CUE, c)
            add(category.terms, _Kind.TERM, c)
            for i, item in enumerate(category.together):
                for g, group in enumerate(item):
                    add(group, _Kind.GROUP, c, i, g)
            for i, pair in enumerate(category.near):
                for g, group in enumerate(pair):
                    add(group, _Kind.NEAR, c, i, g)
        ids = {category.id: c for c, category in enumerate(pack.categories)}
        for f, family in enumerate(pack.signals.families.values()):
            if family.category in ids:
                add(family.words, _Kind.SIGNAL, ids[family.category], item=f)
        add(pack.people, _Kind.PEOPLE)
        add(pack.general, _Kind.GENERAL)
        add(pack.conditional, _Kind.CONDITIONAL)
        add(pack.child_words, _Kind.CHILD)
        add(pack.adult_words, _Kind.ADULT)
        add(pack.framing, _Kind.FRAMING)
        add(pack.any_person, _Kind.ANY_PERSON)
        self._question_words = frozenset(pack.question_words)
        # Two tables: the signs of harm, read first, and the context (who, general or not),
        # read only when a sign was found, so an ordinary question costs half as much.
        harm: dict[str, list[_Phrase]] = {}
        context: dict[str, list[_Phrase]] = {}
        for phrase in phrases:
            index = harm if phrase.category >= 0 else context
            first = phrase.slots[0]
            for word in first.firsts if isinstance(first, _Words) else ():
                index.setdefault(word, []).append(phrase)
        self._harm_index = {w: tuple(ps) for w, ps in harm.items()}
        self._context_index = {w: tuple(ps) for w, ps in context.items()}
        self._known = frozenset(
            targets | others | signal_words | {w.lower() for w in known_words}
        )
        by_start: dict[tuple[str, int], list[str]] = {}
        for word in sorted(targets - others):
            if word.isalpha() and len(word) >= _MIN_TYPO_LENGTH:
                by_start.setdefault((word[0], len(word)), []).append(word)
        self._by_start = by_start

    def _slots(self, text: str, surface: set[str]) -> tuple[Slot, ...]:
        slots: list[Slot] = []
        for part in text.split():
            if part in (ANY_WORD, GAP):
                slots.append(part)
            elif (part, id(surface)) in self._compiled:
                slots.append(self._compiled[part, id(surface)])
            else:
                named = [a[1:-1] for a in part.split("|") if a.startswith("<")]
                alternatives = [a.split("_") for a in part.split("|") if not a.startswith("<")]
                surface.update(w for a in alternatives for w in a)
                single = frozenset(stem_word(a[0]) for a in alternatives if len(a) == 1).union(
                    *(self._sets[n].single for n in named if n in self._sets)
                )
                several = tuple(tuple(stem_word(w) for w in a) for a in alternatives if len(a) > 1)
                words = _Words(single, several)
                self._compiled[part, id(surface)] = words
                slots.append(words)
        return tuple(slots)

    def detect(self, text: str) -> RiskFinding | None:
        """The risk of harm `text` may describe, or None.

        Args:
            text: a whole message (every sentence is read).

        Returns:
            The categories found and whom to signpost to; None when nothing suggests harm.
        """
        read = self._tokens(text)
        signs = self._hits(read, self._harm_index)
        if not signs:
            return None
        return self._finding(signs + self._hits(read, self._context_index), read)

    def _tokens(self, text: str) -> _Tokens:
        """The stemmed words, each with its sentence and clause, and which sentences ask.

        A sentence asks when it starts with a question word: a question mark inside reported
        speech ("he asks 'how old are you?'") does not make a disclosure a question.
        """
        tokens: list[str] = []
        sentence_of: list[int] = []
        clause_of: list[int] = []
        questions: set[int] = set()
        marked: set[int] = set()
        sentence = clause = 0
        fixes = 0
        for raw in words_of(text)[:_MAX_TOKENS]:
            word = raw
            if not word.isalnum():
                if tokens and clause_of[-1] == clause:
                    clause += 1
                if word in _SENTENCE_END and tokens and sentence_of[-1] == sentence:
                    if word == "?":
                        marked.add(sentence)
                    sentence += 1
                continue
            if (not sentence_of or sentence_of[-1] != sentence) and word in self._question_words:
                questions.add(sentence)
            if word in _CLAUSE_WORDS and tokens and clause_of[-1] == clause:
                clause += 1
            if (
                fixes < _MAX_TYPO_FIXES
                and len(word) >= _MIN_TYPO_LENGTH
                and word not in self._known
                and word.isalpha()
            ):
                fixes += 1
                word = self._nearest(word)
            tokens.append(stem_word(word))
            sentence_of.append(sentence)
            clause_of.append(clause)
        return _Tokens(tokens, sentence_of, clause_of, frozenset(questions), frozenset(marked))

    def _nearest(self, word: str) -> str:
        # Strict, like the matcher's: same first letter, one edit (two for long words).
        limit = 1 if len(word) <= 10 else 2
        best: tuple[str, float] | None = None
        for length in range(len(word) - limit, len(word) + limit + 1):
            candidates = self._by_start.get((word[0], length))
            if not candidates:
                continue
            found = process.extractOne(
                word, candidates, scorer=OSA.distance, processor=None, score_cutoff=limit
            )
            if found is not None and (best is None or found[1] < best[1]):
                best = (found[0], found[1])
        return best[0] if best is not None else word

    @staticmethod
    def _hits(read: _Tokens, index: dict[str, tuple[_Phrase, ...]]) -> list[_Hit]:
        tokens, sentence_of, clause_of = read.words, read.sentence_of, read.clause_of
        hits: list[_Hit] = []
        # The end of each token's sentence, so no phrase reaches across a full stop.
        ends = [0] * len(tokens)
        end = len(tokens)
        for i in range(len(tokens) - 1, -1, -1):
            if i + 1 < len(tokens) and sentence_of[i + 1] != sentence_of[i]:
                end = i + 1
            ends[i] = end
        present = frozenset(tokens)
        possible: dict[int, bool] = {}
        for i, token in enumerate(tokens):
            for phrase in index.get(token, ()):
                key = id(phrase)
                if key not in possible:
                    possible[key] = phrase.possible(present)
                if possible[key] and _match(phrase.slots, 0, tokens, i, ends[i]):
                    hits.append(_Hit(phrase, sentence_of[i], clause_of[i], i))
        return hits

    def _finding(self, hits: list[_Hit], read: _Tokens) -> RiskFinding | None:
        # Harm counts only when said about someone, and not in a clause that is a general
        # question ("what counts as neglect?", "if a child goes missing…"), nor in a question
        # that names nobody in particular ("what happens after a child goes missing?").
        specific = {h.sentence for h in hits if h.phrase.kind is _Kind.PEOPLE}
        about = specific | {h.sentence for h in hits if h.phrase.kind is _Kind.ANY_PERSON}
        if not about or any(h.phrase.kind is _Kind.FRAMING for h in hits):
            return None
        general = {h.clause for h in hits if h.phrase.kind is _Kind.GENERAL}
        # "if a", "where a" make a general question only in a sentence that asks; in a telling
        # ("strangers in and out of a flat where a vulnerable man lives") they are not general.
        asks = read.questions | read.marked
        general |= {
            h.clause
            for h in hits
            if h.phrase.kind is _Kind.CONDITIONAL and h.sentence in asks
        }
        asking = read.questions - specific
        found: dict[int, str] = {}
        groups: dict[tuple[int, int, int], set[int]] = {}
        near: dict[tuple[int, int, int, int], list[int]] = {}
        signals: dict[int, dict[int, int]] = {}  # sentence -> family -> its category
        signal_words: dict[int, set[int]] = {}  # sentence -> where its signal words are
        for hit in hits:
            phrase = hit.phrase
            if hit.clause in general or hit.sentence in asking:
                continue
            if phrase.kind is _Kind.CUE or (phrase.kind is _Kind.TERM and hit.sentence in about):
                found.setdefault(phrase.category, phrase.text)
            elif phrase.kind is _Kind.GROUP:
                key = (phrase.category, phrase.item, hit.sentence)
                groups.setdefault(key, set()).add(phrase.group)
            elif phrase.kind is _Kind.SIGNAL and hit.sentence in about:
                signals.setdefault(hit.sentence, {}).setdefault(phrase.item, phrase.category)
                signal_words.setdefault(hit.sentence, set()).add(hit.position)
            elif phrase.kind is _Kind.NEAR:
                place = (phrase.category, phrase.item, hit.sentence, phrase.group)
                near.setdefault(place, []).append(hit.position)
        for (category, item, _), matched in groups.items():
            if len(matched) == len(self._pack.categories[category].together[item]):
                found.setdefault(category, "together")
        least = self._pack.signals.least
        for sentence, families in signals.items():
            # Different words, too: "scared" stems to "scar", which is not two ideas.
            if len(families) >= least and len(signal_words[sentence]) >= least:
                for category in families.values():
                    found.setdefault(category, "signals")
        for (category, item, sentence, group), firsts in near.items():
            seconds = near.get((category, item, sentence, 1)) if group == 0 else None
            if seconds and _within(firsts, sorted(seconds)):
                found.setdefault(category, "near")
        if not found:
            return None
        categories = [self._pack.categories[c] for c in sorted(found)]
        concerns = {c.concerns for c in categories}
        child = any(h.phrase.kind is _Kind.CHILD for h in hits)
        adult = any(h.phrase.kind is _Kind.ADULT for h in hits)
        concern: Concern
        if concerns == {"child"} or ("adult" not in concerns and child and not adult):
            concern = "child"
        elif concerns == {"adult"} or ("child" not in concerns and adult and not child):
            concern = "adult"
        else:
            concern = "either"
        roles: list[ContactRole] = []
        for kind in categories:
            for role in kind.contacts or ():
                if concern == "adult" and role in _CHILD_ROLES:
                    continue
                if concern == "child" and role in _ADULT_ROLES:
                    continue
                if role not in roles:
                    roles.append(role)
        return RiskFinding(
            categories=tuple(c.id for c in categories),
            concerns=concern,
            contacts=tuple(roles),
            notes=tuple(dict.fromkeys(c.note for c in categories if c.note)),
            cues=tuple(found[c] for c in sorted(found)),
        )


def _within(firsts: list[int], seconds: list[int]) -> bool:
    """Whether a position of `firsts` is within NEAR_WORDS of one of `seconds` (sorted)."""
    for position in firsts:
        at = bisect.bisect_left(seconds, position - NEAR_WORDS)
        if at < len(seconds) and seconds[at] <= position + NEAR_WORDS:
            return True
    return False


def _match(slots: Sequence[Slot], k: int, tokens: Sequence[str], i: int, end: int) -> bool:
    """Whether slots[k:] match tokens[i:end].

    The work is bounded by the cue, not the message: at most three gaps of four words, each
    `*` tries two ways, and a place with several-word alternatives tries each of them once.
    """
    while k < len(slots):
        slot = slots[k]
        if slot == GAP:
            return any(
                _match(slots, k + 1, tokens, i + g, end)
                for g in range(min(MAX_GAP_WORDS, end - i) + 1)
            )
        if slot == ANY_WORD:  # one word, or none
            return _match(slots, k + 1, tokens, i, end) or (
                i < end and _match(slots, k + 1, tokens, i + 1, end)
            )
        if i >= end:
            return False
        if isinstance(slot, _Words):
            if slot.several:
                return any(
                    _match(slots, k + 1, tokens, i + len(seq), end)
                    for seq in slot.several
                    if i + len(seq) <= end and tuple(tokens[i : i + len(seq)]) == seq
                ) or (tokens[i] in slot.single and _match(slots, k + 1, tokens, i + 1, end))
            if tokens[i] not in slot.single:
                return False
        i += 1
        k += 1
    return True
