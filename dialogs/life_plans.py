"""Whose life a risk to one's own life is, and who is threatened by it (round 46, voice103).

"im going to end it all tonight" is the writer's own plan: they are the one at risk, and got a
practitioner's procedures. "my husband says hell kill himself tonight if i leave him" is a
threat to end a life made on a condition of the writer's: a threat used to control them
(domestic abuse) as well as a risk to the one who makes it, and got "stay with them" and the
family's text. A finding of a risk to one's own life (the mark "own-life") is marked so here,
from the typed-words pack's `friend` lists `own_life` (the writer's own plan, in the first
person) and `life_control` (a condition of the writer's: "if i leave", "unless i"), before
danger now is read: "life-mine" or "life-control". Their signposts speak to the writer
(`first_for_life`); neither leads with "stay with them" (`dialogs.life_now`).

Pure: phrase lookups over the message's words. Imported only when a message tells of harm.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from knowledge.matching.phrases import PhraseSet
from knowledge.risk_pack import CaseMark
from knowledge.risk_types import RiskFinding
from knowledge.typed_word_names import FriendList
from knowledge.writer_texts import WriterTexts

OWN_LIFE: CaseMark = "own-life"
LIFE_MINE: CaseMark = "life-mine"
"""The mark of a risk to the writer's own life, told by the writer ("i want to die")."""
LIFE_CONTROL: CaseMark = "life-control"
"""The mark of a threat to end one's own life on a condition of the writer's ("if i leave")."""
LIFE_CONTROL_OTHER: CaseMark = "life-control-other"
"""The mark of such a threat on a condition of someone else's ("if she leaves him"; round 47):
domestic abuse of that person, told by family or a practitioner."""
_THEMSELVES = ("adult", "self", "child")  # voices of the person at risk themselves
_DOMESTIC = "domestic-abuse"


class LifePlans:
    """Reads whose plan a risk to one's own life is, by the typed-words pack's `friend` words."""

    def __init__(self, words: Mapping[FriendList, tuple[str, ...]]) -> None:
        """`words`: the typed-words pack's `friend` (`own_life`, `life_control`)."""
        self._own = PhraseSet(words.get("own_life", ()))
        self._control = PhraseSet(words.get("life_control", ()))
        self._control_other = PhraseSet(words.get("life_control_other", ()))

    def own(self, words: list[str]) -> bool:
        """Whether `words` (a message simplified, or a part of one) tell the writer's own plan
        to end their life, or a risk to it without "myself" ("im going to end it all tonight",
        "i want to die", "i have my tablets saved up"): the writer's own harm
        (`dialogs.own_voice`)."""
        return self._own.first_in_words(words) is not None

    def controlling(self, words: list[str]) -> bool:
        """Whether `words` (a message simplified) tell a condition of the writer's ("if i leave
        him", "unless i"), and no plan of the writer's own."""
        return self._control.first_in_words(words) is not None and not self.own(words)

    def marked(self, finding: RiskFinding, words: list[str]) -> RiskFinding:
        """`finding` of a message whose words are `words`, with "life-mine" when it is a risk
        to one's own life planned by the writer, or "life-control" when it is one threatened
        on a condition of the writer's; as it was otherwise."""
        if OWN_LIFE not in finding.marks:
            return finding
        mark = LIFE_MINE if self.own(words) else LIFE_CONTROL if self.controlling(words) else None
        if mark is None and self._control_other.first_in_words(words) is not None:
            mark = LIFE_CONTROL_OTHER  # "if she leaves him" (round 47)
        if mark is None or mark in finding.marks:
            return finding
        return replace(finding, marks=(*finding.marks, mark))


def of_another(marks: tuple[str, ...], voice: str) -> bool:
    """Whether a case's `marks` tell of a risk to the life of someone other than its writer
    (`voice`, a `dialogs.own_voice.Voice`): one they know or met ("a lad at the gym told me he
    doesnt want to be alive"), or one threatening to end their life to control the writer; not
    the writer's own (fixc118: "hes gone" is then the one at risk gone from them)."""
    return OWN_LIFE in marks and (voice not in _THEMSELVES or LIFE_CONTROL in marks)


def first_for_life(texts: WriterTexts, finding: RiskFinding, voice: str) -> str | None:
    """The first words of the signpost to a writer (`voice`, a `dialogs.own_voice.Voice`) whose
    message `finding` tells of their own plan to end their life (`own_life`, with the domestic
    abuse lines when it tells of abuse too), or of a threat to end a life used to control them
    (`life_control`); None for any other."""
    if LIFE_CONTROL in finding.marks and voice in (*_THEMSELVES, "family"):
        return texts.life_control
    if LIFE_CONTROL_OTHER in finding.marks and voice == "family":
        return texts.life_control_other
    if LIFE_MINE not in finding.marks or voice not in _THEMSELVES:
        return None
    if _DOMESTIC in finding.categories:
        return f"{texts.own_life}\n\n{texts.domestic_abuse}"
    return texts.own_life


def own_life_again(texts: WriterTexts, marks: tuple[str, ...], voice: str) -> str | None:
    """Where to get help, said again after the signpost of a case whose `marks` tell of the
    writer's (`voice`, a `dialogs.own_voice.Voice`) own plan to end their life: their own
    text (`own_life`), not a relative's nor one of no age's ("i want to kill myself tonight",
    then "my mum has gone out now"; lead120); None for any other case."""
    if LIFE_MINE not in marks or voice not in _THEMSELVES:
        return None
    return texts.own_life
