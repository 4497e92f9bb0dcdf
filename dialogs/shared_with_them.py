"""Harm told in a consent check by someone close to the person at risk (tryout39 #13): a
pharmacist's check on giving an elderly mum's medicines to her daughter went on after "the mum
just came in with her and whispered 'she takes my money, please help'", the reply only "part
of the case you described … as above". The one causing such harm (family, a partner, a carer)
may be the very person the check would share with: the reply for it says not to share with
them, with a button to stop the check (the about pack's `if_sharing_with_them`); and plainly so
when the message names the one who asked, or who came with the person (round 41: the typed-words
pack's `askers`; the about pack's `asker_harms`).

Pure; imported only when a harm is told again in a check.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dialogs.choices import Command, command_value
from dialogs.contract import Choice
from knowledge.matching.phrases import PhraseSet
from knowledge.risk import RiskFinding
from knowledge.typed_word_names import AskerList
from knowledge.typed_words import simplify

# Harm done by someone who may ask for, or be given, the person's information.
_BY_SOMEONE_CLOSE = frozenset(
    [
        "physical-abuse",
        "sexual-abuse",
        "emotional-abuse",
        "neglect",
        "domestic-abuse",
        "adult-abuse-neglect",
        "exploitation",
        "modern-slavery-trafficking",
        "cuckooing",
        "threats",
        "risk-from-a-person",
    ]
)
# How many words after the one asking tell that they are telling of the harm, not doing it.
_TELLING_REACH = 3
STOP = Choice("Stop this check", command_value(Command.CANCEL))
"""The button beside it: the check is cancelled, nothing recorded."""


def by_someone_close(finding: RiskFinding) -> bool:
    """Whether `finding` tells of harm someone may be doing to the person (abuse, control,
    exploitation), not harm to themselves or a worry of another kind."""
    return not _BY_SOMEONE_CLOSE.isdisjoint(finding.categories)


def names_the_asker(askers: Mapping[AskerList, Sequence[str]], text: str) -> bool:
    """Whether `text`, harm told in a consent check, names the one who asked for the
    information or who came with the person (`askers`, the typed-words pack's: "the one
    asking", "came in with her"), and not as the one telling of it ("the mum asking for the
    records says her ex hits her")."""
    said = simplify(text).split()
    if PhraseSet(askers.get("with", ())).first_in_words(said) is not None:
        return True
    end = PhraseSet(askers.get("asking", ())).end_of_first(said)
    return end is not None and set(said[end : end + _TELLING_REACH]).isdisjoint(
        askers.get("telling", ())
    )
