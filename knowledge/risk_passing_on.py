"""The writer asking whether to pass on what they know of someone in particular ("can I tell
the police that a girl in my youth club has gone missing again?", "should we let the school
know that…"), read from a sentence's structure: "I" or "we", a word for sharing, then "that",
"who" or one person named. What follows is told of someone in particular; "can a school tell
parents that a pupil…" is asked of anyone. A helper of `knowledge.risk_finding.judge`, moved
whole from `knowledge.risk_subjects`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_subjects import POSSESSIVES, RELATION_GAP
from knowledge.risk_telling import WHO

if TYPE_CHECKING:
    from collections.abc import Mapping

    from knowledge.risk_types import Tokens

_WRITERS = frozenset({"i", "we"})
_ONE = frozenset({"a", "an"})
_SHARE_GAP = 6  # "can I also tell", "I should tell", "do I need consent to tell"
_THAT_GAP = 4  # "tell the social worker that", "let the school know that"
# "report to the safeguarding team at the hospital about a patient whose son…": whom a case is
# told to may take more words before "who" than before "that" ("tell my mentee at the start that
# I'd have to…" tells no case).
_WHO_GAP = 10
_ONE_NAMERS = _ONE | POSSESSIVES | {"the", "this"}
_ANY_TIME = frozenset({"every", "each", "any", "if", "when", "whenever"})
# "can I tell the school nurse a pupil came into ED…": with "that" left out, one of these (as
# read) just after "a" one person opens the clause told of them.
_TOLD_VERBS = frozenset({"came", "was", "is", "has", "had", "took", "said", "told", "got", "went"})
# "report a colleague who slapped a resident", "refer a mum whose partner strangled her":
# `risk_telling.WHO`, or "that".
_THAT = WHO | {"that"}


def passing_on(read: Tokens, markers: Mapping[str, frozenset[str]]) -> set[int]:
    """The sentences where the writer asks whether to pass on something they know: "I" or
    "we", a word for sharing (the pack's `sharing` marker; `markers`: the stems of the markers'
    words by name) just after, then "that" ("can I tell the police that a girl in my youth club
    has gone missing again?"). What follows "that" is told of someone in particular; "can a
    school tell parents that a pupil…" is asked of anyone."""
    words, sentence_of = read.words, read.sentence_of
    sharing, anyone = markers["sharing"], markers["anyone"]
    found: set[int] = set()
    if sharing.isdisjoint(words) or (_THAT.isdisjoint(words) and _ONE.isdisjoint(words)):
        return found
    for i, word in enumerate(words):
        if word not in sharing or sentence_of[i] in found:
            continue
        sentence = sentence_of[i]
        writer = any(
            words[k] in _WRITERS and sentence_of[k] == sentence
            for k in range(max(0, i - _SHARE_GAP), i)
        )
        that = any(
            sentence_of[k] == sentence
            and (
                (words[k] in _THAT and not _anyone_before(read, k, anyone))
                or _ones_relative(read, k)
                or _ones_clause(read, k, i)
            )
            and (k <= i + 1 + _THAT_GAP or (words[k] in WHO and _one_named(read, k, i)))
            for k in range(i + 1, min(len(words), i + 2 + _WHO_GAP))
        )
        if writer and that:
            found.add(sentence)
    return found


def _one_named(read: Tokens, at: int, share: int) -> bool:
    """Whether "who" at `at` follows one person named with "a", "the", "my"… ("a patient who",
    "an old man whose"), not "every child who" nor "every time a child who" after the word
    for sharing at `share`."""
    words = read.words
    return not _ONE_NAMERS.isdisjoint(
        words[max(0, at - RELATION_GAP) : at - 1]
    ) and _ANY_TIME.isdisjoint(words[share + 1 : at])


def _anyone_before(read: Tokens, at: int, anyone: frozenset[str]) -> bool:
    """Whether the word before "who" or "that" at `at` names anyone (a word of `anyone`, the
    pack's `anyone` marker: "report anyone who discloses abuse"), or many before "who" ("report
    people who buy a lot of paracetamol"): a kind, not someone told of ("tell social services
    that…" names whom it is told to)."""
    if at == 0:
        return False
    before = read.words[at - 1]
    return before in anyone or (read.words[at] != "that" and at - 1 in read.plural)


def _ones_clause(read: Tokens, at: int, share: int) -> bool:
    """Whether "a" or "an" at `at`, after whom it is told to (not just after the word for
    sharing at `share`), opens a clause told of one person with "that" left out ("can I tell
    the school nurse a pupil came into ED after an overdose")."""
    return (
        at > share + 1
        and read.words[at] in _ONE
        and at + 2 < len(read.words)
        and at + 1 in read.persons
        and read.words[at + 2] in _TOLD_VERBS
    )


def _ones_relative(read: Tokens, at: int) -> bool:
    """Whether "a" or "an" at `at` opens one person's relative ("a client's husband", "a boy's
    dad"; the possessive is not a word once read): the clause told of them starts there."""
    return (
        read.words[at] in _ONE
        and at + 2 < len(read.words)
        and at + 1 in read.persons
        and at + 2 in read.kin
    )
