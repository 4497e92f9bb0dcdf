"""How the risk detector reads a message: its words stemmed, each with its sentence and clause,
which sentences ask, and a misspelt cue word corrected (`MessageReader`, `RiskDetector`'s base).

Linear in the length of the message, as `knowledge.risk` is: each word is read once, and the
words it is compared with are bounded by the pack, not the message.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import partial

from knowledge.quoted_words import quoted_words
from knowledge.risk_judged_plural import judged_plural
from knowledge.risk_pack import RiskPack
from knowledge.risk_run_on import run_on_questions, stopless_cuts
from knowledge.risk_types import CONDITION_WORDS, stem_word
from knowledge.risk_types import Phrase as _Phrase
from knowledge.risk_types import Tokens as _Tokens
from knowledge.risk_typos import MIN_TARGET, done_to, nearest
from knowledge.risk_words import (
    CLAUSE_WORDS,
    DASHES,
    JOINERS,
    PLURALS,
    PREPOSITIONS,
    UNSURE,
    WH,
    WRITERS,
    brought_in_as_any,
    list_items,
    past_mark,
    people_at,
    telling_breaks,
    told_apart,
    words_of,
)

__all__ = ["MIN_TYPO_LENGTH", "MessageReader"]

_MAX_TOKENS = 1500  # far more than the 4,000 characters a message may hold
MIN_TYPO_LENGTH = 4  # one letter short of the shortest word corrected to (`typo_targets`)
_MAX_TYPO_FIXES = 40
_OPENING_WORDS = 4  # "As a school nurse," before the question
# After a condition's opening word, a question word starting a later clause makes the sentence a
# question, however long the condition; without a "?" it tells ("When I was a boy…").
_CONDITIONS = frozenset(CONDITION_WORDS)
_OPENERS = PREPOSITIONS | {"as"}  # "As a midwife do I…?", "In family court can a judge…?"
_INDIRECT_WORDS = 6  # "Can't find anything on whether…"
_EXAMPLE, _JUDGED = 3, 4  # what `told_apart` says of a clause after "e.g." and a judging "if"


class MessageReader:
    """Reads a message into the tokens the risk pack's cues are found in (`RiskDetector`
    builds the tables named here and matches the cues)."""

    _pack: RiskPack
    _question_words: frozenset[str]
    _person_nouns: frozenset[str]  # the nouns for people
    _kin_nouns: frozenset[str]  # the nouns for someone's relatives
    _known: frozenset[str]  # the words typo correction leaves alone with `every`
    _uncorrected: frozenset[str]  # …and without it (`knowledge.risk_real_words`)
    _by_start: Mapping[tuple[str, int], Sequence[str]]  # the typo targets (`typo_targets`)
    _harm_index: Mapping[str, tuple[_Phrase, ...]]  # the harm cues by their first words

    def _tokens(
        self,
        text: str,
        names: Collection[str] = (),
        *,
        every: bool = False,
        said: list[str] | None = None,
    ) -> _Tokens:
        """The stemmed words, each with its sentence and clause, and which sentences ask
        (`said`: `words_of(text)`, when the caller has split it already).

        A sentence asks when it starts with a question word: a question mark inside reported
        speech ("he asks 'how old are you?'") does not make a disclosure a question. After a short
        opening that says who is asking ("As a doctor, do I…?"), a question word starting the
        next clause makes the sentence a question when it ends with a question mark (after a dash,
        "tutor - can I…", one not of `WH` does with none); so does one within four words of an
        opening preposition or "as", with no comma ("In family court can a judge…?").
        """
        tokens: list[str] = []
        typed: list[str] = []  # each word as typed (after typo correction), before stemming
        sentence_of: list[int] = []
        clause_of: list[int] = []
        questions: set[int] = set()
        marked: set[int] = set()
        cases: set[int] = set()  # the case a judging question tells after its "if"
        opened: set[int] = set()  # sentences asking after a short opening, if they end with "?"
        # The sentence and clause; where the sentence's words begin, where the last noun for
        # people is, typos fixed so far.
        sentence, clause, start, named, fixes = 0, 0, 0, -1, 0
        # The mark just before the word: after a colon or a dash a question may open ("For our
        # briefing: what signs…?"); after a comma or a dash a question's telling may.
        after = ""
        run_ons = (
            run_on_questions(  # "…and is there anything I can do?"
                raws := (words_of(text) if said is None else said)[:_MAX_TOKENS],
                self._question_words,
                self._pack.markers.get("run-on-askers", ()),
            )
            | stopless_cuts(
                raws,
                self._pack.markers.get("run-on-starters", ()),
                self._pack.markers.get("run-on-back", ()),
            )
        )
        for at, raw in enumerate(raws):
            word = raw
            if not word.isalnum():
                after = word.strip()
                clause, sentence = past_mark(word, sentence_of, clause_of, clause, sentence)
                if word == "?" and tokens and sentence_of[-1] >= sentence - 1:
                    # "…come back...?" ends the same sentence; the "?" of "is it abuse if a
                    # parent…?" is the judging question's, not the case's
                    marked.add(sentence_of[-1] - (sentence_of[-1] in cases))
                continue
            # It tells: "where do I record this - a mum takes…"; "I have a client who… - can I?"
            sentence += (
                (
                    apart := told_apart(
                        word,
                        after,
                        typed,
                        (len(tokens) - start)
                        * (sentence in questions and sentence_of[-1:] == [sentence]),
                        names=names,
                        markers=self._pack.markers,
                        named=named >= start,
                        named_any=named >= start
                        and brought_in_as_any(typed, named, self._pack.markers),
                        plural=partial(judged_plural, raws, at, self._pack.markers),
                    )
                )
                > 0
                or (
                    after in DASHES
                    and sentence_of[-1:] == [sentence]
                    and sentence not in questions
                    and sentence not in opened
                    and tokens[start] in WRITERS
                    and len(tokens) - start > _OPENING_WORDS
                    and word in self._question_words
                )
                or (
                    at in run_ons
                    and sentence_of[-1:] == [sentence]
                    and sentence not in questions
                    and sentence not in opened
                )
            )
            if (
                sentence_of
                and sentence_of[-1] != sentence
                # the pack's marker as typed: the judging tables, stemmed, are not made yet
                and word in self._pack.markers.get("examples", ())
            ):
                sentence = sentence_of[-1]  # "…count as abuse? e.g. hitting…" goes on asking
            elif not sentence_of or sentence_of[-1] != sentence:
                start = len(tokens)
                if word in _CONDITIONS or apart == _EXAMPLE:  # "when", "if"…: asks if "?"
                    opened.add(sentence)
                elif apart == _JUDGED:
                    cases.add(sentence)
                elif word in self._question_words:
                    questions.add(sentence)
            elif len(tokens) - start == 1 and (
                (word in self._question_words and tokens[start] in _CONDITIONS)
                or (word in WH and tokens[start] in PREPOSITIONS)
            ):
                questions.add(sentence)  # "when should I…", "at what point…": asks outright
            elif len(tokens) - start == 1 and word in WH:
                opened.add(sentence)  # "roughly how much…?", "so what…?": asks if it ends "?"
            elif word in self._question_words and (
                (
                    clause_of[-1] != clause
                    and (
                        after == ":"
                        or after in DASHES
                        or len(tokens) - start <= _OPENING_WORDS
                        or tokens[start] in _CONDITIONS
                    )
                )
                or (len(tokens) - start == 1 and tokens[start] in JOINERS)  # "And does…?"
                # "in family court can a judge…?": a short opening without a comma
                or (tokens[start] in _OPENERS and len(tokens) - start <= _OPENING_WORDS)
            ):
                (questions if after in DASHES and word not in WH else opened).add(sentence)
            after = ""
            if len(tokens) - start <= _INDIRECT_WORDS and (
                word == "whether" or (word == "if" and tokens and tokens[-1] in UNSURE)
            ):
                questions.add(sentence)  # "Not sure if…", "Thoughts on whether…": it asks
            if (
                (
                    word in CLAUSE_WORDS
                    or apart > 1
                    or (at in run_ons and sentence_of[-1] != sentence)
                )
                and tokens
                and clause_of[-1] == clause
            ):
                clause += 1
            if fixes < _MAX_TYPO_FIXES and (
                fixed := self._fixed(word, typed, raws[at + 1 : at + 2], names, every)
            ):
                fixes += 1
                word = fixed
            typed.append(word)
            tokens.append(stemmed := stem_word(word))
            named = len(tokens) - 1 if stemmed in self._person_nouns else named
            sentence_of.append(sentence)
            clause_of.append(clause)
        persons = people_at(tokens, typed, self._person_nouns, names)
        return _Tokens(
            tokens,
            sentence_of,
            list_items(raws, sentence_of, clause_of) if "," in raws else clause_of,
            frozenset(questions | (opened & marked)),
            frozenset(marked),
            # A noun for people typed in the plural may name a class ("16 year olds"); a name
            # never does ("James").
            frozenset(
                i
                for i in persons
                if (typed[i] != tokens[i] or typed[i] in PLURALS) and typed[i] not in names
            ),
            frozenset(i for i, stemmed in enumerate(tokens) if stemmed in self._kin_nouns),
            persons,
            telling_breaks(raws, typed),
            quoted_words(text, raws),
        )

    def _fixed(
        self, word: str, typed: list[str], after: list[str], names: Collection[str], every: bool
    ) -> str:
        """`word` corrected as a misspelling, or "" when it is not one to correct: short, known
        (with `every`, a common real word is corrected too, if as long as a cue word: "hated" is
        no "hatred"), a name, or a harm word done to someone ("he rapped her")."""
        if (
            len(word) < (MIN_TARGET if every else MIN_TYPO_LENGTH)
            or word in (self._known if every else self._uncorrected)
            or not word.isalpha()
            or word in names
        ):
            return ""
        before = typed[-1] if typed else ""
        return (
            word if done_to(word, before, "".join(after), self._harm_index) else self._nearest(word)
        )

    def _nearest(self, word: str) -> str:
        return nearest(word, self._by_start)
