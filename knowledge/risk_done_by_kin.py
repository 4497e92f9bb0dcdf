"""An injury a relative or partner did is not self-harm: round 45 (doors95, tryout88 #3).

"a lad about 9 has little round burns on his arm, said his step dad did it with a lighter" and
"her partner burned her arm with his cigarette" found self-harm beside the physical or domestic
abuse (an injury word on an arm is one of its signs), and their signposts added the self-harm
lines (NHS 111 option 2, Samaritans) for harm done BY another. In a sentence where a relative
or partner is named and, within three words after, a word of the pack's `injury-done` marker
tells what they did ("did it", "burned her"; not before a word of `injury-not`: "her mum did
not know"), the self-harm category's hits that hold an injury
word (the `injury-marks` marker: burns, cuts, scars) are set aside. Its hits with no injury
word ("self-harming", "wants to end it") are untouched, and so is an injury told with no one
named as doing it ("has burns on her arm").
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Hit, Tokens

__all__ = ["injuries_by_kin"]

_SELF_HARM = "self-harm-suicide"
_GAP = 3  # "his step dad did", "her partner burned"


def injuries_by_kin(
    hits: list[Hit], read: Tokens, pack: RiskPack, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without self-harm's injury signs in a sentence telling a relative or partner
    did it (module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        pack: the pack the phrases came from.
        markers: the stems of the pack's markers by name.
    """
    if not read.kin:
        return hits
    words, done, injuries = read.words, markers["injury-done"], markers["injury-marks"]
    by_kin = {
        read.sentence_of[k]
        for k in read.kin
        if any(_does(words, j, done, markers["injury-not"]) for j in range(k + 1, k + 1 + _GAP))
    }
    if not by_kin:
        return hits
    self_harm = next((i for i, c in enumerate(pack.categories) if c.id == _SELF_HARM), -1)

    def injury(h: Hit) -> bool:
        if h.phrase.category != self_harm or h.sentence not in by_kin:
            return False
        return not injuries.isdisjoint(words[h.position : max(h.end, h.position + 1)])

    return [h for h in hits if not injury(h)]


def _does(words: list[str], at: int, done: frozenset[str], not_done: frozenset[str]) -> bool:
    """Whether the word at `at` tells an injury done, not a word of `injury-not` after it ("her
    mum did not know", "did nothing")."""
    if at >= len(words) or words[at] not in done:
        return False
    return at + 1 >= len(words) or words[at + 1] not in not_done
