"""The scene of a telling: a lesson, an assembly, an essay or a training day before what
someone told.

Helper of `knowledge.risk_finding.judge` (docs/risk-cues.md, Round 15 and Round 16): "after the
assembly on grooming a year 8 girl told me her uncle touches her", "in the lesson on conflict a
boy said his uncle told him he'd stab his dad". The frame or general phrase before the telling is
the setting, not the matter, of what was told; a frame inside a pack `own_case` phrase opening a
sentence ("Here is the scenario.") is no frame. The words saying the writer was told ("told
me", "came to us") are the pack's `told-writer` marker (round 28).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_telling import asked_by_writer
from knowledge.risk_told_back import told_back, told_back_by_one
from knowledge.risk_types import Kinds

if TYPE_CHECKING:
    from collections.abc import Mapping

    from knowledge.risk_types import Hit, Tokens


_TELLER_WORDS = 4  # "the lad I am worried about" (a telling phrase itself)
# A setting sets the scene of a telling in its own sentence or the next two at most ("We had an
# assembly on grooming. After it a girl came to me.").
_SCENE_REACH = 2


def scene_of(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> tuple[list[Hit], tuple[int, int]]:
    """The hits without the harm words of the scene, and where the scene ends.

    A sentence that tells may report what someone told the writer (a word of the pack's
    `told-writer` marker in or just after a telling phrase: "… a girl told me", "… came to
    me", "… pulled me aside") after a frame or a general phrase (a lesson, an essay, a
    training day: "after the assembly on grooming a year 8 girl told me her uncle touches
    her"), or what one person said after a general phrase alone ("in the lesson on conflict a
    boy said his uncle…"; never after a frame: "a scenario where a girl says…" is training).
    What comes before that telling is the scene: its frames and general phrases hide nothing
    after it, and its harm words (the lesson's topic) are no sign, unless what was told names
    the topic as "it" happening to someone or at home, after one person named in the sentence
    (`knowledge.risk_told_back.told_back`: "after a lesson on domestic abuse my daughter told
    her teacher it happens at home"): then its harm words are the harm told. The end is (sentence,
    position) of the telling, or (-1, -1) when there is none.
    """
    none = (-1, -1)
    hits = _not_own_case(hits, read)
    settings = [
        (h.sentence, h.position) for h in hits if h.phrase.kind in (Kinds.FRAMING, Kinds.GENERAL)
    ]
    if not settings:
        return hits, none
    first = min(settings)
    asks = read.questions | read.marked
    writers = markers["told-writer"]  # "told me", "came to us": the writer was told
    frames = [(h.sentence, h.position) for h in hits if h.phrase.kind is Kinds.FRAMING]
    framed = min(frames, default=(len(read.words), 0))
    for h in hits:
        if (
            h.phrase.kind is not Kinds.TELLING
            or (h.sentence, h.position) <= first
            # a setting far back sets no scene ("…shows no signs of having been abused. …
            # My family says that would only create problems"; round 50, miss157)
            or not any(
                h.sentence - _SCENE_REACH <= at[0] and at < (h.sentence, h.position)
                for at in settings
            )
            or h.sentence in asks
            or asked_by_writer(read, h.position)
            # "please tell me how to deal with him": a request to the reader, nothing told
            or (h.position and read.words[h.position - 1] in markers["asks-reader"])
        ):
            continue
        one_before = (h.sentence, h.position) < framed and any(
            p not in read.plural and read.sentence_of[p] == h.sentence
            for p in read.persons
            if p < h.position
        )
        if one_before and told_back(read, h.position, markers):
            return hits, (h.sentence, h.position)  # "…told her teacher it happens at home"
        if (h.sentence, h.position) < framed and told_back_by_one(read, h.position, markers):
            return hits, (h.sentence, h.position)  # "she had a lesson on… and told her teacher…"
        if not writers.isdisjoint(read.words[h.position : h.end + 2]) or (
            h.position - 1 in read.persons
            and h.position - 1 not in read.plural
            and (h.sentence, h.position) < framed
        ):
            end = (h.sentence, h.position)
            return [
                x for x in hits if x.phrase.category < 0 or (x.sentence, x.position) >= end
            ], end
    return hits, none


def _not_own_case(hits: list[Hit], read: Tokens) -> list[Hit]:
    """The hits without the frames starting inside a pack `own_case` phrase that opens a
    sentence ("Here is the scenario.", "here's my scenario:"): the story that follows is what
    happened, not a training exercise."""
    opening = {
        i
        for h in hits
        if h.phrase.kind is Kinds.OWN_CASE
        and (h.position == 0 or read.sentence_of[h.position - 1] != h.sentence)
        for i in range(h.position, h.end)
    }
    if not opening:
        return hits
    return [h for h in hits if h.phrase.kind is not Kinds.FRAMING or h.position not in opening]


def real_cases(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> frozenset[int]:
    """The sentences that tell of a real case whatever frame the message gives ("general
    question", "for my training session"): one naming the writer's own person ("our tenant",
    "my year 9 pupil", "one of my tenants"), one telling what one person known to the writer said
    ("the lad said…", "my client told me…"), and one naming an occasion ("… a carer hit her
    yesterday"). A scenario's "a girl says her dad hits her" is none of them.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        markers: the stems of the pack's markers by name: "writers-own" (my, our) and
            "pointing" (the, his, her…; "a" and "an" introduce anyone).
    """
    words, own = read.words, markers["writers-own"]
    known = (markers["pointing"] | own) - {"a", "an"}

    def names_one(at: int) -> bool:  # "our tenant", "my year 9 pupil"
        return any(
            p in read.persons and p not in read.plural and read.clause_of[p] == read.clause_of[at]
            for p in range(at + 1, at + 4)
        )

    cases = {h.sentence for h in hits if h.phrase.kind is Kinds.OCCASION}
    cases |= {
        read.sentence_of[i]
        for i, word in enumerate(words)
        if word in own and (names_one(i) or (i >= 2 and words[i - 2 : i] == ["one", "of"]))
    }
    # "the lad said", "the lad I'm worried about said"; "the client says" is the vignette's own
    # when "a patient" came before it.
    brought_in = min(
        (p for p in read.persons if {"a", "an"} & set(words[max(p - 2, 0) : p])), default=len(words)
    )
    cases |= {
        h.sentence
        for h in hits
        if h.phrase.kind is Kinds.TELLING
        for p in range(max(h.position - _TELLER_WORDS, 1), h.position)
        if p in read.persons
        and p not in read.plural
        and words[p - 1] in known
        and (words[p - 1] != "the" or p < brought_in)
        and read.sentence_of[p - 1] == h.sentence
    }
    return frozenset(cases)
