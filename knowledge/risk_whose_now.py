"""Whose harm, and now: a message that tells another's story, not a harm to someone now.

Round 49 (fa145, issue 11). Round 48's stance (`knowledge.risk_stance`) sets aside a message told
in general terms, but keeps every one that names someone in particular. Some look-alikes still
signposted do name someone: the girl of a novel's blurb, the man a sheriff's office arrested. The
message tells their harm as a work or a report tells it, written for readers, and the writer
names no one of their own. Its signs are set aside, the whole message read once, when it is at
least `MIN_STORY_WORDS` words long, holds no word of `own-now` or `story-recent` (a time of now:
"last night", "still"), no word of the pack's `stance-writer` ("i", "my": the writer's own story
or someone of theirs, who may be at risk now) and either:

- **told as a book, a film or a script** (`told_as_work`): a word of `whose-work` ("novel",
  "memoir", "protagonist", "narrator", "sequel"): words that name a work told to readers, not
  the story a child tells or reads ("a story", "a book", "a film" stay out: "he made him watch a
  film" is a disclosure; so does a soap's "storyline": "since the EastEnders storyline she has
  been cutting herself", which `knowledge.risk_fiction` reads);
- **told as the press tells it** (`told_as_press`): a word of `whose-press` ("spokesman",
  "sheriff", "judgement": words of a news report or a law report), and no word of `whose-near`
  ("we", "our", "you": someone the writer cares for or is asked to act on). A plea told as the
  press tells it counts as such a word (round 52, long186): one of `press-plea` followed within
  `_COURT_REACH` words by one of `press-charge` ("has pleaded guilty to charges of neglect",
  "admitted five counts of child cruelty"; not "pleaded with him").

- **told as a court's, an inquest's or the media's report** (`court_reported`, round 52,
  long186): a word of `press-source` ("court", "inquest", "coroner", "judge", "media") up to
  `_COURT_REACH` words from one of `press-verb` ("heard", "told", "ruled", "reported"): "the
  court heard the children were riddled with head-lice", "has told an inquest in-home nurses
  manhandled his mother". The formula dates the harm to the hearing, so here no time of now
  keeps the signs ("they are now living with other family members", "left … for a week");
  nothing asked, no word of `stance-writer` nor of `whose-near` does.

Any word of the writer keeps the signs ("my daughter's novel has a rape scene and now she's
self-harming"); so does a practitioner's case told without one ("Yr 9 boy, … police say are a
drug gang": "police" and "says" are not in `whose-press`). The dev sets' look-alikes told as
history now resolved ("it was 10 years ago and I'm in a better place now") were read too: in the
dev sets such messages are mostly disclosures ("he's 9 now and has just told us his birth dad
used to hurt him"), so no reading of them is kept (docs/risk-cues.md, round 49).
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_types import Tokens

__all__ = ["MIN_STORY_WORDS", "court_reported", "not_theirs_now", "told_as_press", "told_as_work"]

MIN_STORY_WORDS = 30
"""A blurb, a script or a report is a page, not a line ("since the novel came out she has been
cutting herself" is someone's own)."""

_NONE: frozenset[str] = frozenset()
_COURT_REACH = 3  # "Newcastle Crown Court heard", "told Portsmouth Crown Court", "told an inquest"


def not_theirs_now(read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the whole message tells another's story as a work or a report tells it, naming
    no one of the writer's own and no time of now (module docstring).

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`stance-writer`, `whose-work`,
            `whose-press`, `whose-near`, `own-now`, `story-recent`).
    """
    words = read.words
    now = markers.get("own-now", _NONE) | markers.get("story-recent", _NONE)
    return len(words) >= MIN_STORY_WORDS and (
        (now.isdisjoint(words) and (told_as_work(read, markers) or told_as_press(read, markers)))
        or court_reported(read, markers)
    )


def told_as_work(read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `read` tells of a book, a film or a script (`whose-work`) with no word of the
    writer's (`stance-writer`).

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed.
    """
    words = _report_words(read, markers.get("stance-writer", _NONE))
    return words is not None and not markers.get("whose-work", _NONE).isdisjoint(words)


def told_as_press(read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `read` tells a news or law report's story (`whose-press`) with no word of the
    writer's (`stance-writer`) nor of someone near them (`whose-near`).

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed.
    """
    near = markers.get("stance-writer", _NONE) | markers.get("whose-near", _NONE)
    words = _report_words(read, near)
    return words is not None and (
        not markers.get("whose-press", _NONE).isdisjoint(words) or _pleaded(words, markers)
    )


def _pleaded(words: list[str], markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether a word of `press-plea` is followed within `_COURT_REACH` words by one of
    `press-charge`: a plea as the press tells it ("pleaded guilty", "admitted neglect charges";
    round 52, long186)."""
    plea, charge = markers.get("press-plea", _NONE), markers.get("press-charge", _NONE)
    return any(
        w in plea and not charge.isdisjoint(words[i + 1 : i + _COURT_REACH + 1])
        for i, w in enumerate(words)
    )


def court_reported(read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `read` reports a hearing as the press does: a word of `press-source` up to
    `_COURT_REACH` words from one of `press-verb` ("the court heard", "a coroner has ruled"),
    nothing asked and no word of the writer's (`stance-writer`) nor of someone near them
    (`whose-near`). No time of now is read: the formula dates the harm to the hearing.

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed.
    """
    near = markers.get("stance-writer", _NONE) | markers.get("whose-near", _NONE)
    words = _report_words(read, near)
    if read.questions or read.marked or words is None:
        return False
    court, heard = markers.get("press-source", _NONE), markers.get("press-verb", _NONE)
    return any(
        w in court and not heard.isdisjoint(words[max(0, i - _COURT_REACH) : i + _COURT_REACH + 1])
        for i, w in enumerate(words)
    )


def _report_words(read: Tokens, near: frozenset[str]) -> list[str] | None:
    """The words a report's reading reads: all of `read`'s when none is of `near` (the writer's
    or someone near them); None when one outside quotation marks is; else only those outside
    quotation marks (round 53, quoted189): a quoted speaker's "I" ("Ms [name] said: "I found a
    frail little lady"") is no word of the writer's, and the report must be told outside the
    quotation too, so a whole message typed inside quotation marks is read as before."""
    if near.isdisjoint(read.words):
        return read.words
    outside = [w for i, w in enumerate(read.words) if i not in read.quoted]
    return None if not read.quoted or not near.isdisjoint(outside) else outside
