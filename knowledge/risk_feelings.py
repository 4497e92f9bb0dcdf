"""A feeling told with a thing for its cause: "the kids are angry about it", "cries about it".

Round 36 (fa36). The `anger` and `distress` signal families ("angry", "crying", "nightmares")
count on their own in a sentence about someone, as a child's fear or a carer's temper is how
much emotional harm is first told. A feeling whose cause the same clause names just after it,
as a thing ("angry about it", "crying over the game", "upset about the move"), is the ordinary
upset of family life, and the signal word is set aside. The cause is read as a thing when the
few words after "about" or "over" (the `feeling-causes` marker) hold no word of the
`feeling-guards` marker (a pronoun for someone, "home", "what") and no other sign of harm, and
the rest of the sentence names no one (no noun for people, no relative): "scared about going
home", "crying over him", "upset about what happened", "cries about it every night since her
stepdad moved in" still count. Every other sign of the
message counts as before ("angry about it and he hit her").
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["caused_feelings"]

_REACH = 3  # words from the feeling to "about": "crying herself to sleep about it"
_CAUSE = 4  # words of the cause read after "about"
_SIGNS = frozenset({Kind.CUE, Kind.TERM, Kind.SIGNAL})


def caused_feelings(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without the feeling words whose cause is named as a thing (module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`feelings`, `feeling-causes`,
            `feeling-guards`).
    """
    feelings = markers.get("feelings", frozenset())
    if not feelings:
        return hits
    causes = markers.get("feeling-causes", frozenset())
    guards = markers.get("feeling-guards", frozenset())
    signs_at = {k for h in hits if h.phrase.kind in _SIGNS for k in range(h.position, h.end)}
    words = read.words

    def thing_caused(h: Hit) -> bool:
        if h.phrase.kind is not Kind.SIGNAL or words[h.position] not in feelings:
            return False
        clause = read.clause_of[h.position]
        for k in range(h.end, min(h.end + _REACH, len(words))):
            if read.clause_of[k] != clause:
                return False
            if words[k] in causes:
                span = [
                    j
                    for j in range(k + 1, min(k + 1 + _CAUSE, len(words)))
                    if read.clause_of[j] == clause
                ]
                rest = range(k + 1, len(words))
                return (
                    bool(span)
                    and not any(j in signs_at or words[j] in guards for j in span)
                    and not any(
                        j in read.persons or j in read.kin
                        for j in rest
                        if read.sentence_of[j] == read.sentence_of[k]
                    )
                )
        return False

    return [h for h in hits if not thing_caused(h)]
