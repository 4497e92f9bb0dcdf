"""Advice to anyone: a leaflet's or a web page's instructions, told to no one in particular.

"If the person disappears: tips for carers. Try not to panic. If you are unable to find the
person, tell the local police.", "How to Handle a Disclosure. When a child opens up about sexual,
physical, or emotional abuse… Keep in mind, you are not an investigator… Don't pry",
"The ultimate decision to leave can only be made by your friend… Tell them you're concerned for
their safety… Don't contact their abuser": the harm words name what the advice is about, and no
one is at risk in the message itself.

The reading holds for the whole message, and only when all of these do:

- a sentence opens on an instruction: a word of the pack's `advice-verbs` marker ("try", "keep",
  "tell", "don't", "remember") first in a sentence that does not end in "?", with no word of the
  `advice-not` marker just after it: "don't know what to do", "keep thinking about her" are the
  writer's own state, told with "I" left out;
- the message never names its writer (no word of the `writer-words` marker: "I", "me", "my", "we",
  "our", outside quotation marks: a page may quote a speaker's "I"; round 60): someone who tells
  of a person they know says so ("my pupil", "she told me");
- a sentence that does not ask speaks to the reader (a word of the `advice-reader` marker:
  "you", "your"), and the message names no one by whose they are ("her stepdad", "his mum"):
  the stems of "tried", "keeps" and "stayed" are the instruction's, so a writer's shorthand
  ("Tried to get her to talk. She says her stepdad hits her.") opens the same way;
- every cue or term of harm stands in a sentence of advice: one speaking to the reader, giving
  an instruction or opening on a word of the `advice-if` marker ("If the person disappears",
  "When a child opens up about…"); "Try the neighbours, you might get an answer. The kids there
  are left alone all week and never fed." tells a case beside its advice;
- it names no occasion (the pack's `occasion` phrases: "yesterday", "this morning", "has just
  told") and tells nothing as past (no word of the `advice-past` marker: "was", "were"): advice
  happens at no time, while a case told to "you" as a reader's exercise is a story ("A couple of
  weeks ago you discovered your 13 year-old daughter… was talking to a 28 year-old man… Don't
  punish her.").

Then no sign of harm in it counts. Round 37 (fa37); the marker words are data in the pack.

A guide that instructs otherwise ("Call 911", "you should…", "What to do if…") is read after
(round 56, fa222; `knowledge.risk_advice_general`): when no sentence with a sign of harm, signal
words too, names someone in particular or a time of now, and each stands in advice or tells of
harm in general ("Neglect is often hard to spot"), no sign counts either.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_advice_general import (
    general_sentences,
    guide_instructions,
    page_titles,
    particular_sentences,
)
from knowledge.risk_types import SIGNS_ALONE, Hit, Kind, Tokens

__all__ = ["advice_to_anyone"]

_WHOSE = frozenset({"his", "her"})  # before a noun for people: someone in particular
_SIGNS = frozenset({Kind.CUE, Kind.TERM})  # the strong signs: cues and terms


def advice_to_anyone(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits, or none when the message is advice told to no one in particular: a sentence
    opening on an instruction (`advice-verbs`), no word naming its writer (`writer-words`), nothing
    told as past (`advice-past`) and no occasion phrase; or a guide's advice (module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`advice-verbs`, `advice-not`,
            `writer-words`, `advice-past`, `advice-reader`, `advice-if`, and those
            `knowledge.risk_advice_general` reads).
    """
    verbs = markers.get("advice-verbs", frozenset())
    writer = markers.get("writer-words", frozenset())
    past = markers.get("advice-past", frozenset())
    words = read.words
    if not verbs or not writer.isdisjoint(_writers(read)) or not past.isdisjoint(words):
        return hits
    if any(h.phrase.kind is Kind.OCCASION for h in hits):
        return hits
    not_advice = markers.get("advice-not", frozenset())

    def instructs(i: int) -> bool:
        after = words[i + 1] if i + 1 < len(words) else ""
        return (
            words[i] in verbs
            and (i == 0 or read.sentence_of[i - 1] != read.sentence_of[i])
            and read.sentence_of[i] not in read.marked
            and after not in not_advice
        )

    told = {read.sentence_of[i] for i in range(len(words)) if instructs(i)}
    to_reader = _to_reader(read, markers)
    if not to_reader or _someones(read):
        return hits
    # Every sign stands in advice: a sentence speaking to the reader, giving an instruction or
    # opening on a supposition ("If the person disappears", "When a child opens up about…");
    # "The kids there are left alone all week and never fed." beside it is a case.
    supposing = markers.get("advice-if", frozenset())
    advice = to_reader | {read.sentence_of[i] for i in _openings(read) if words[i] in supposing}
    # Whose story, and when (round 56), for either reading: no sentence with a sign of harm,
    # signal words too, names someone in particular or a time of now ("Tell the police, you can
    # hear him hitting her every night" is a case told beside an instruction).
    harm = {h.sentence for h in hits if h.phrase.kind in SIGNS_ALONE}
    if not harm.isdisjoint(particular_sentences(read, markers, beside_advice=True)):
        return hits
    if told and not any(h.phrase.kind in _SIGNS and h.sentence not in advice | told for h in hits):
        return []
    # A guide's instructions and its sentences of harm in general (round 56): when no sentence
    # with a sign of harm, signal words too, names someone in particular or a time of now, and
    # each stands in advice.
    if not harm.isdisjoint(particular := particular_sentences(read, markers)):
        return hits
    told |= guide_instructions(read, markers)
    general = general_sentences(read, markers, particular) | page_titles(read, markers)
    if not told or not harm <= advice | told | general:  # a title too (round 60, falook273)
        return hits
    return []


def _writers(read: Tokens) -> list[str]:
    """The words of `read` that may name its writer (round 60, falook273): those outside
    quotation marks, or all of them when every word is quoted. A page may quote a speaker's "I"
    ("\"I need to see your receipts for everything!\" Breaking Free from Financial Abuse"), as
    round 53's quoted189 read a report. A guide's own question ("What should I do?") still names
    the writer: "What should I do? Get round to the flat above the shop, you can hear a child
    screaming…" is a case (tests/dialogs/test_advice_cases56.py)."""
    outside = [w for i, w in enumerate(read.words) if i not in read.quoted]
    return outside or read.words


def _openings(read: Tokens) -> list[int]:
    """Where each sentence starts."""
    return [
        i
        for i in range(len(read.words))
        if i == 0 or read.sentence_of[i - 1] != read.sentence_of[i]
    ]


def _to_reader(read: Tokens, markers: Mapping[str, frozenset[str]]) -> set[int]:
    """The sentences that do not ask and speak to the reader ("If you are unable to find the
    person", "your friend"; not "you know", "you see", said in passing): a writer's shorthand
    ("Tried to talk to her", "Keeps saying…", read as "try" and "keep") speaks to no one."""
    reader = markers.get("advice-reader", frozenset())
    filler = markers.get("advice-not", frozenset())  # "you know", "you see": said in passing
    words = read.words
    return {
        read.sentence_of[i]
        for i, w in enumerate(words)
        if w in reader
        and read.sentence_of[i] not in read.marked
        and (i + 1 == len(words) or words[i + 1] not in filler)
    }


def _someones(read: Tokens) -> bool:
    """Whether the message names someone by whose they are ("her stepdad", "his mum"): one in
    particular, as "your friend" and "their abuser" in advice are not."""
    return any(k > 0 and read.words[k - 1] in _WHOSE for k in read.persons | read.kin)
