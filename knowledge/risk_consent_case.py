"""Whether consent is needed, asked of someone the writer thinks is being hurt: a case told.

Round 36 (r1l36, tryout36 finding 10): "childminder - do i need parents consent to ring the MASH if
i think the child is being hurt", "do i need consent to share info about a 15 yr old with childrens
social care if shes at risk" were read as general questions (a `general` phrase, "share info
about"), though the writer tells of a concern about someone in particular. A sentence asking
whether consent is needed (a word of the pack's `consent` marker, one of its `consent-need` words
up to three words before or just after: "is consent needed"), then saying "if", "as" or "because"
of someone in particular ("if shes…", "if i think the child…"), asks about that case: its clauses
are not general. "do I need consent to share with children's social care?" and "…if a child is at
risk?" name no one in particular, and stay general.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from knowledge.risk_types import stem_word

if TYPE_CHECKING:
    from knowledge.risk_types import Tokens

__all__ = ["consent_cases"]

# Grammar, not lists a pack would extend: what opens the case, the writer who thinks it, and
# the words that point at someone in particular.
_IF = frozenset(map(stem_word, ("if", "as", "because")))
_WRITERS = frozenset(map(stem_word, ("i", "we")))
_PARTICULAR = frozenset(
    map(stem_word, ("he", "she", "hes", "shes", "they", "the", "this", "my", "our", "her", "his"))
)
_NEED_WORDS = 3  # from the need to the consent: "need to get parents consent"


def consent_cases(read: Tokens, markers: Mapping[str, frozenset[str]]) -> set[int]:
    """The sentences asking whether consent is needed, then telling of someone in particular
    after "if" (see the module docstring).

    Args:
        read: the message as the detector read it.
        markers: the stems of the words of the pack's markers, by name.
    """
    words, sentence_of = read.words, read.sentence_of
    cases: set[int] = set()
    for i, word in enumerate(words):
        sentence = sentence_of[i]
        if word not in markers["consent"] or sentence in cases:
            continue
        near = (*range(max(0, i - _NEED_WORDS), i), *range(i + 1, min(len(words), i + 2)))
        if not any(
            words[k] in markers["consent-need"] and sentence_of[k] == sentence for k in near
        ):
            continue
        after = [k for k in range(i + 1, len(words)) if sentence_of[k] == sentence]
        if any(words[k] in _IF and _particular(read, k + 1, markers) for k in after):
            cases.add(sentence)
    return cases


def _particular(read: Tokens, k: int, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether someone in particular is named at `k` ("shes…"), or after the writer's thought
    ("i think the child…"), in the sentence of `k - 1`."""
    words, sentence_of = read.words, read.sentence_of
    sentence = sentence_of[k - 1]
    if k + 1 < len(words) and words[k] in _WRITERS and words[k + 1] in markers["believing"]:
        k += 2
    return k < len(words) and sentence_of[k] == sentence and words[k] in _PARTICULAR
