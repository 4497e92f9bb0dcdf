"""A duty asked of a case told after "if": the case is what happened, not a supposition.

Round 35 (r1f35, tryout35 finding 3): "is there a duty to report if a child says her dad hits
her", "what does the law say if…", "am I legally obliged to tell police if a pt tells me he
stabbed someone" were read as general questions (a `general` phrase, "duty", and a `conditional`
one, "if a"), while "do I have to report it if…" was not (`knowledge.risk_words.judged_case`).
A question naming a duty or the law (the pack's `duty` marker) before its "if", where someone
then tells something of someone in particular ("says her dad…", "tells me he…"), asks about the
case told: its clauses are not general. "do I have a legal duty to report if a client tells me
about sexual abuse?" and "…if a young person is self-harming?" tell nothing of anyone in
particular, and stay general.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_types import Kinds, stem_word

if TYPE_CHECKING:
    from knowledge.risk_types import Hit, Tokens

_IF = "if"
_TOLD_TO = frozenset({"me", "us", "to", "that"})  # "tells me he…", "said to us that she…"
# Opening what was said of someone in particular: grammar, not a list a pack would extend.
_SUBJECTS = ("he", "she", "they", "hes", "shes", "theyve", "theyd", "i")
_POINTING = ("her", "his", "their", "the")  # "says her dad…", "tells me the carer…"
_PARTICULAR = frozenset(map(stem_word, _SUBJECTS + _POINTING))
_CASE_WORDS = 6  # from "if" to the telling word: "if a 15 year old in my class tells"


def duty_cases(hits: list[Hit], read: Tokens, duty: frozenset[str]) -> set[int]:
    """The sentences that ask about a duty (a word of `duty`, the stems of the pack's `duty`
    marker) before an "if" whose case then tells something of someone in particular ("…if a
    child says her dad hits her"): about someone in particular, and not general (see the
    module docstring)."""
    cases: set[int] = set()
    words, sentence_of = read.words, read.sentence_of
    for hit in hits:
        if hit.phrase.kind is not Kinds.TELLING:
            continue
        sentence, start = hit.sentence, hit.position
        conditions = [
            k
            for k in range(max(0, start - _CASE_WORDS), start)
            if words[k] == _IF and sentence_of[k] == sentence
        ]
        if not conditions or not any(
            words[k] in duty and sentence_of[k] == sentence for k in range(conditions[0])
        ):
            continue
        k = hit.end
        while k < len(words) and words[k] in _TOLD_TO and sentence_of[k] == sentence:
            k += 1
        if k < len(words) and sentence_of[k] == sentence and words[k] in _PARTICULAR:
            cases.add(sentence)
    return cases


def clauses_of(read: Tokens, sentences: set[int]) -> set[int]:
    """The clauses of `sentences`."""
    return {c for c, s in zip(read.clause_of, read.sentence_of, strict=True) if s in sentences}
