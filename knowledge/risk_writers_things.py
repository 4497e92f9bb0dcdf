"""The writer harmed through what is theirs: "the boss keeps my wages for rent".

Helper of `knowledge.risk_finding.judge` (round 50, indirect166). A worker tells of labour
exploitation by what is done to their pay or papers ("the boss keeps my wages for rent", "they
took my passport"), a young person of a marriage by "my wedding" ("my parents are planning my
wedding and I'm 14"): the cue matches, but no person is named in it, so the judge read no one
in particular. "my" inside the cue's own words, just before a word of the pack's
`writers-things` marker (wages, pay, papers, passport, wedding…), tells of the writer.

Only in a sentence that tells (the caller drops the sentences that ask: "can my employer keep
my passport?" asks a rule), and only of a cue: a signal word alone ("my wages are late") is not
one. What the rest of the check makes of the sentence (a frame, an ordinary cause, the past)
still applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_types import Kinds

if TYPE_CHECKING:
    from collections.abc import Mapping

    from knowledge.risk_types import Hit, Tokens

__all__ = ["writers_things"]

_MY = "my"


def writers_things(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> frozenset[int]:
    """The sentences where a cue of harm holds "my" and then a word of `writers-things`
    (`markers`, stemmed): the writer harmed through what is theirs (see the module docstring).

    Args:
        hits: the phrases found, harm and context alike.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`writers-things`).
    """
    words, things = read.words, markers["writers-things"]
    return frozenset(
        h.sentence
        for h in hits
        if h.phrase.kind is Kinds.CUE
        and h.phrase.category >= 0
        and any(words[k] == _MY and words[k + 1] in things for k in range(h.position, h.end - 1))
    )
