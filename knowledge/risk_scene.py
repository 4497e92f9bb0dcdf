"""The scene of a telling: a lesson, an assembly, an essay or a training day before what
someone told.

Helper of `knowledge.risk_finding.judge` (docs/risk-cues.md, Round 15 and Round 16): "after the
assembly on grooming a year 8 girl told me her uncle touches her", "in the lesson on conflict a
boy said his uncle told him he'd stab his dad". The frame or general phrase before the telling is
the setting, not the matter, of what was told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_telling import asked_by_writer
from knowledge.risk_types import Kind

if TYPE_CHECKING:
    from knowledge.risk_types import Hit, Tokens

_WRITERS = frozenset({"me", "us"})  # "told me", "came to us": the writer was told
# Round 26 (miss26): "Here is the scenario.", "here's my scenario:" open the writer's own case.
_HERE = "here"
_VERB = frozenset({"is", "s"})
_WHOSE = frozenset({"the", "my", "our"})
_CASE = frozenset({"scenario"})


def scene_of(hits: list[Hit], read: Tokens) -> tuple[list[Hit], tuple[int, int]]:
    """The hits without the harm words of the scene, and where the scene ends.

    A sentence that tells may report what someone told the writer ("… a girl told me", "…
    came to me", "… pulled me aside") after a frame or a general phrase (a lesson, an essay, a
    training day: "after the assembly on grooming a year 8 girl told me her uncle touches
    her"), or what one person said after a general phrase alone ("in the lesson on conflict a
    boy said his uncle…"; never after a frame: "a scenario where a girl says…" is training).
    What comes before that telling is the scene: its frames and general phrases hide nothing
    after it, and its harm words (the lesson's topic) are no sign. The end is (sentence,
    position) of the telling, or (-1, -1) when there is none.
    """
    none = (-1, -1)
    hits = [h for h in hits if not _own_case(h, read)]
    settings = [
        (h.sentence, h.position) for h in hits if h.phrase.kind in (Kind.FRAMING, Kind.GENERAL)
    ]
    if not settings:
        return hits, none
    first = min(settings)
    asks = read.questions | read.marked
    frames = [(h.sentence, h.position) for h in hits if h.phrase.kind is Kind.FRAMING]
    framed = min(frames, default=(len(read.words), 0))
    for h in hits:
        if (
            h.phrase.kind is Kind.TELLING
            and (h.sentence, h.position) > first
            and h.sentence not in asks
            and (
                not _WRITERS.isdisjoint(read.words[h.position : h.end + 2])
                or (
                    h.position - 1 in read.persons
                    and h.position - 1 not in read.plural
                    and (h.sentence, h.position) < framed
                )
            )
            and not asked_by_writer(read, h.position)
        ):
            end = (h.sentence, h.position)
            return [
                x for x in hits if x.phrase.category < 0 or (x.sentence, x.position) >= end
            ], end
    return hits, none


def _own_case(hit: Hit, read: Tokens) -> bool:
    """Whether `hit` is a frame word opening the writer's own case ("Here is the scenario.",
    "here's my scenario:"): the story that follows is what happened, not a training exercise."""
    if hit.phrase.kind is not Kind.FRAMING or read.words[hit.position] not in _CASE:
        return False
    before = read.words[max(0, hit.position - 3) : hit.position]
    if before[:1] != [_HERE]:
        before = read.words[max(0, hit.position - 2) : hit.position]
    start = hit.position - len(before)
    return (
        (start == 0 or read.sentence_of[start - 1] != hit.sentence)
        and read.sentence_of[start] == hit.sentence
        and before[:1] == [_HERE]
        and before[-1] in _WHOSE
        and all(w in _VERB for w in before[1:-1])
    )
