"""An adult's own childhood abuse: round 38 (whom38, tryout37 #8).

"my client was abused by her uncle as a child", "when he was a boy his stepdad hit him", "pt
said her brother abused her as a child and he's visiting tomorrow": the one told of was a child
then and is grown now, so the harm is no child's at risk now. Where the message names its
childhood ("as a child", "when she was a child|boy|girl|kid|teenager", "when I was little",
"in her childhood") and no child now (no word for a child outside those words but a relative
who may be grown, `grown-kin`; no age under 18 given but one gone by, "since she was 8"), the
signpost names the adult's procedures, with a line that if the one who abused them may still
have contact with children, that is a child protection matter too (the risk pack's
`children_still_note`). A child named now ("he still babysits her nieces", "her kids are 4
and 6") keeps the child's procedures beside the adult's.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import Concern
from knowledge.risk_stated_ages import ages_now
from knowledge.risk_types import Hit, Kind, Tokens
from knowledge.risk_words import ADULT_AGE

__all__ = ["childhood", "grown_since"]

_THEN = frozenset({"child", "kid", "boy", "girl", "teenager", "teen", "youngster"})
_SMALL = frozenset({"littl", "young", "small"})  # "when i was little"
_WAS = frozenset({"was", "were"})
_AS, _A = "as", frozenset({"a", "an"})
_CHILDHOOD = "childhood"
# after "as a child", a job or a service, not someone's childhood ("as a child minder")
_JOBS = frozenset(
    {"minder", "protection", "care", "carer", "worker", "psychologist", "psychiatrist",
     "therapist", "practitioner", "development", "safeguard", "servic", "social", "health"}
)  # fmt: skip
_WHO = frozenset({"she", "he", "i", "they", "we", "you"})  # "when she was a child"


def grown_since(
    concern: Concern,
    hits: list[Hit],
    read: Tokens,
    markers: Mapping[str, frozenset[str]],
    *,
    accused: bool,
) -> Concern:
    """`concern`, or "adult" where the module docstring's reading finds an adult's childhood
    told and no child now; with staff or a volunteer accused (`accused`), "either"."""
    if concern == "adult":
        return concern
    then = childhood(read.words, read.persons)
    if not then:
        return concern
    grown_kin = markers["grown-kin"]
    for hit in hits:
        if hit.phrase.kind is not Kind.CHILD or then.issuperset(range(hit.position, hit.end)):
            continue
        if read.words[hit.end - 1] not in grown_kin or hit.phrase.text == "age":
            return concern
    young = [age for *_, age, _ in ages_now(read, writer=markers["age-writer"]) if age < ADULT_AGE]
    if young:
        return concern
    return "either" if accused else "adult"


def childhood(words: list[str], persons: frozenset[int]) -> frozenset[int]:
    """Where `words` name someone's childhood: the words of "as a child" (not "as a child
    minder", `_JOBS`), "she was a boy", "I was little" (after someone: not "there was a child")
    and "childhood"."""
    found: set[int] = set()
    for i, word in enumerate(words):
        after = words[i + 1 : i + 4]
        if word == _CHILDHOOD:
            found.add(i)
        elif word != _AS and not (
            word in _WAS and i and (i - 1 in persons or words[i - 1] in _WHO)
        ):
            continue
        elif len(after) >= 2 and after[0] in _A and after[1] in _THEN:
            if not _JOBS.intersection(after[2:3]):
                found.update((i, i + 1, i + 2))
        elif word in _WAS and after[:1] and after[0] in _SMALL:
            found.update((i, i + 1))
    return frozenset(found)
