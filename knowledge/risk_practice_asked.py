"""Sentences about practice: a harm only named in a question or rule about what practitioners do.

A practitioner's question about practice names a harm without telling of anyone harmed: "the
person at risk always has to consent before we can pass on a worry", "staff should explain the
need for information sharing if a child may be at risk", "to report suspicions of domestic
abuse involving clients, talk to your supervisor". The cues read "at risk", "abuse" there as
they read them in a telling; most false alarms on practitioners' questions left after round 48
were of this kind (docs/risk-cues.md, round 49).

A message's signs of harm (its worries and secrets named too) are set aside when every sentence
that holds one is about practice (`about_practice`); one sentence telling of someone keeps them
all ("a pupil told me her dad hits her, what is our policy on sharing?"). A sentence is about
practice when it:

- holds a word of the pack's `practice-terms` (a word of procedure, duty or sharing: "policy",
  "consent", "report", "confidentiality", "should");
- holds no word of `stance-writer` ("i", "my"), `stance-others` (a "he" or "she": someone in
  particular), `own-now` or `story-recent` (a time of now) nor `practice-told` (a verb of
  something that happened: "told", "said", "discloses");
- and every noun for one person in it is typed in the plural or stands just after a word of
  `stance-any` ("any child") or `practice-kinds` ("the person at risk": any one of a kind), or,
  where the sentence supposes (a word of `practice-maybe`: "if", "may"), of `practice-one`
  ("if a child may be at risk"); a noun just after a word of `practice-ours` ("our pupils")
  names the writer's own people, told of, however typed. A noun just before a word of
  `stance-kinds` names a kind of harm ("an incident of child abuse"), and one just after a word
  of `practice-joined` that follows a noun read so is read so too ("a child or adult who is
  thought to be at risk"; round 60, fa271).

In a page about practice (`practice_page`: at least `MIN_PAGE_WORDS` words, `MIN_PAGE_TERMS`
different words of `practice-terms` and not one word that tells of someone in particular
anywhere) a sentence needs no word of `practice-terms` of its own: "Neglect is when an adult
fails to meet a child's basic needs" in a safeguarding policy.

Each sentence is read once, found by halving (`sentence_of` rises): linear in the message.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping

from knowledge.risk_types import SIGNS_ALONE, Hit, Kind, Tokens

__all__ = ["about_practice", "practice_asked", "practice_page"]

_NEAR = frozenset({Kind.NEAR})
"""A pair of words near each other, set aside too where every sign of the message, the pair's
words with them, stands in a sentence about practice (round 59, fa262: "when can I share without
checking with the family first" read the family checking on someone, a forced marriage's pair);
a `together` item still shows harm."""
_NONE: frozenset[str] = frozenset()

MIN_PAGE_WORDS = 25
"""A page about practice is a paragraph, not a line: a short message is read sentence by
sentence ("bruises all over. should we report?" is not a page)."""
MIN_PAGE_TERMS = 3
"""How many different words of `practice-terms` make a page about practice."""


def practice_asked(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """`hits` without the signs of harm that stand in a sentence about practice
    (`about_practice`), or in any sentence of a page about practice (`practice_page`; module
    docstring); without its pairs of words near each other too (`_NEAR`) when theirs do.

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed.
    """
    page = practice_page(read, markers)
    about: dict[int, bool] = {}

    def told_of_none(kinds: frozenset[Kind]) -> bool:
        sentences = {h.sentence for h in hits if h.phrase.kind in kinds}
        for s in sentences - about.keys():
            about[s] = about_practice(read, s, markers, page=page)
        return all(about[s] for s in sentences)

    if not told_of_none(SIGNS_ALONE):
        return hits  # a harm told beside it keeps every sign
    kinds = SIGNS_ALONE | _NEAR if told_of_none(SIGNS_ALONE | _NEAR) else SIGNS_ALONE
    return [h for h in hits if h.phrase.kind not in kinds]


def practice_page(read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `read` is a page about practice: at least `MIN_PAGE_WORDS` words, at least
    `MIN_PAGE_TERMS` different words of `practice-terms` and not one word that tells of someone
    in particular (`_particular`) anywhere in it (module docstring)."""
    words = read.words
    return (
        len(words) >= MIN_PAGE_WORDS
        and len(markers.get("practice-terms", _NONE).intersection(words)) >= MIN_PAGE_TERMS
        and _particular(markers).isdisjoint(words)
    )


def about_practice(
    read: Tokens, sentence: int, markers: Mapping[str, frozenset[str]], *, page: bool = False
) -> bool:
    """Whether `sentence` of `read` is about practice and tells of no one in particular
    (module docstring); in a page about practice (`page`), whether it tells of no one in
    particular.

    Args:
        read: the message as the detector read it.
        sentence: the index of the sentence.
        markers: the pack's markers by name, stemmed (`practice-terms`, `practice-told`,
            `practice-kinds`, `practice-one`, `practice-maybe`, `practice-ours`, `stance-writer`,
            `stance-others`, `stance-any`, `own-now`, `story-recent`, `stance-kinds`,
            `practice-joined`).
        page: whether the whole message is a page about practice (`practice_page`).
    """
    words, sentence_of = read.words, read.sentence_of
    at = range(bisect_left(sentence_of, sentence), bisect_right(sentence_of, sentence))
    said = [words[i] for i in at]
    if not page and (
        markers.get("practice-terms", _NONE).isdisjoint(said)
        or not _particular(markers).isdisjoint(_not_own_act(words, at, said, markers))
    ):
        return False
    ours = markers.get("practice-ours", _NONE)
    if any(i > at[0] and words[i - 1] in ours for i in at if i in read.persons):
        return False  # "our pupils", "one of our regulars": the writer's own people, told of
    kinds = markers.get("stance-any", _NONE) | markers.get("practice-kinds", _NONE)
    if not markers.get("practice-maybe", _NONE).isdisjoint(said):
        kinds |= markers.get("practice-one", _NONE)  # "if a child may be at risk"
    harms = markers.get("stance-kinds", _NONE)
    joined = markers.get("practice-joined", _NONE)
    anyones: set[int] = set()
    for i in (i for i in at if i in read.persons):
        if not (
            i in read.plural
            or (i > at[0] and words[i - 1] in kinds)
            or (i + 1 in at and words[i + 1] in harms)  # "child abuse": a kind of harm, no child
            or (i - 2 in anyones and words[i - 1] in joined)  # "a child or adult"
        ):
            return False
        anyones.add(i)
    return True


def _not_own_act(
    words: list[str], at: range, said: list[str], markers: Mapping[str, frozenset[str]]
) -> list[str]:
    """`said`, the words of the sentence `at`, without those that ask of the writer's own act in
    a sentence that supposes (a word of `practice-own-if`): a word of `practice-own` just after
    one of `practice-maybe` or `practice-own-asks` ("if I", "can I", "should I"), and one of
    `practice-own-still` just after that ("can I still share"): "If I can't contact the family,
    can I still share with the school?" asks what the writer may do and tells of no one (round
    59, fa262)."""
    if markers.get("practice-own-if", _NONE).isdisjoint(said):
        return said
    maybe = markers.get("practice-maybe", _NONE) | markers.get("practice-own-asks", _NONE)
    own = markers.get("practice-own", _NONE)
    still = markers.get("practice-own-still", _NONE)
    asked: set[int] = set()
    for i in at:
        if (i > at[0] and words[i] in own and words[i - 1] in maybe) or (
            i - 1 in asked and words[i] in still
        ):
            asked.add(i)
    return [words[i] for i in at if i not in asked]


def _particular(markers: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The words that tell of someone in particular, or of now (module docstring)."""
    return (
        markers.get("stance-writer", _NONE)
        | markers.get("stance-others", _NONE)
        | markers.get("own-now", _NONE)
        | markers.get("story-recent", _NONE)
        | markers.get("practice-told", _NONE)
    )
