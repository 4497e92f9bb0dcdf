"""One case asked about after "share information about": a case told, not a topic.

Helper of `knowledge.risk_clauses.general_phrases` (round 50, probe158). A `general` phrase
such as "share information about" makes its clause a general question ("can I share
information about domestic abuse?"). But "can I share information about a client whose
husband beats her?", "…about a looked after child who's missing again", "…about a colleague
who I saw slapping a resident" ask about one case the writer has in mind: one person named
just after the phrase ("a", "an", "the", "this" and at most `_NAME_WORDS` words), "who" or
"whose" next, and in the `_RELATIVE_WORDS` words after it a word of the pack's
`one-case-particular` marker: a pronoun pointing back at that person ("her", "his"), the
writer as witness ("I saw", "told me") or a time told ("again").

"…about a child who is at risk of harm?", "…about a patient who has HIV?" name no one in
particular and stay general; so does a relative clause that supposes (a word of
`one-case-supposing`: "…about a child who discloses abuse if she asks me not to?").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_telling import WHO

if TYPE_CHECKING:
    from collections.abc import Mapping

    from knowledge.risk_types import Hit, Tokens

__all__ = ["one_case_asked"]

_ONE = frozenset({"a", "an", "the", "this"})
_WHOSE = WHO | {"whose"}  # "whose" is read as "whos"; "who's" as "who"
_NAME_WORDS = 4  # "a looked after child who", "a 15 year old who"
_RELATIVE_WORDS = 10  # "whose partner won't let her go to appointments alone"


def one_case_asked(hit: Hit, read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the `general` phrase `hit` is followed by one person and a relative clause that
    tells of them in particular (see the module docstring).

    Args:
        hit: a `general` phrase found.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`one-case-particular`,
            `one-case-supposing`).
    """
    words, sentence_of = read.words, read.sentence_of
    at = hit.end
    if at >= len(words) or words[at] not in _ONE or sentence_of[at] != hit.sentence:
        return False
    for k in range(at + 1, min(len(words), at + 2 + _NAME_WORDS)):
        if sentence_of[k] != hit.sentence:
            return False
        if words[k] in _WHOSE:
            relative = [
                w
                for j, w in enumerate(words[k + 1 : k + 1 + _RELATIVE_WORDS], start=k + 1)
                if sentence_of[j] == hit.sentence
            ]
            return markers["one-case-supposing"].isdisjoint(relative) and not markers[
                "one-case-particular"
            ].isdisjoint(relative)
    return False
