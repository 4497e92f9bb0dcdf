"""A story from a television drama: harm told of its characters, not of anyone the writer knows.

"A storyline that I think is still ongoing is about a boy called Ben. Ben was physically
abused by his dad's fiancee", "the BBC drama's ongoing story about a lawyer who has become the
victim of stalking": a message naming a storyline or a soap (a word of the
pack's `fiction` set, or a word of its `screen` set just before one of `screen-show`: "soap
watcher", "BBC drama", "TV series") tells what happens to characters once it says what the
drama is about (a word of the `plot` set after the drama's: "about", "where", "involving"). The
signs of harm after that word in its sentence are set aside, and those of the next sentence when
everyone it names is someone's relation ("his dad's fiancee", "her husband"; "A girl in Year
9…" brings in someone new), and only when the message holds nothing that ties the story to the
writer's own world:

- no word of the pack's `fiction-real` set: the writer's own people or the writer ("my", "our",
  "me", "we"), and words that put the drama beside real life or before it ("since", "after",
  "like", "copying", "same", "real"): "since the storyline she has been cutting herself", "the
  storyline is like what is happening to my niece";
- no `telling` phrase (someone told, said, confided): what someone says is never a plot; but
  the work telling its own story, right after its name and before the plot word ("the novel
  tells the story of…"), is no one telling (round 37, fa37, when films, novels and memoirs
  joined the pack's `fiction` set and "story" its `plot` set);
- no harm told as done to the writer or as the writer's own ("I was raped", "I want to die").

Nor when a sentence outside the plot names anyone ("… about a boy who self harms. Josh has
started doing it."); and a sentence naming one occasion (the pack's `occasion`: "last night",
"yesterday") is never part of the plot: "The storyline is about a family. Her stepdad punched
her last night." keeps its sign.

A sign of harm in any other sentence still counts, as do the drama's words when any of these
holds: the reading can only take signs away from a message that is about a drama and no one else.

A work being read or watched in a lesson is a drama too (round 43, quiet48: "the kid in the book
we're reading in class gets beaten by his dad, is that ok for year 5"): a word of `read-work`
("book", "film", "play", "story") followed, within three words of `read-by` ("we", "the class",
"are"), by one of `reading` ("reading", "watched", "studying"), in a sentence naming a lesson
(`read-setting`: "class", "english", "club"). Its plot starts after the reading word and ends
with its clause (the next may tell of a pupil: "…has a girl who is abused. Jack in year 4 has
bruises on his arms" rings), and the readers' own words ("we're") tie nothing to the writer's
world; the other tests stand ("the boy in the story reminded her of home, she said her dad does
that to her" rings).
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_subjects import done_to_writer, writer_states
from knowledge.risk_types import Hit, Kind, Tokens, Words, single_words, stem_word

__all__ = ["Fiction", "fiction_words", "outside_fiction"]

# What `outside_fiction` reads: the stemmed words of the pack's `fiction`, `screen`,
# `screen-show`, `plot` and `fiction-real` sets, of its `he` set (he, she, they), and of its
# `read-work`, `read-by`, `reading` and `read-setting` sets. A plain tuple, like `AtWork`.
Fiction = tuple[frozenset[str], ...]

_READERS_MAX = 3  # the most words of `read-by` between a work and its reading ("we are all")

_HIS = frozenset({"his", "her", "their"})  # a relation's owner, named just before it
_ARTICLES = frozenset(map(stem_word, ("a", "an", "the", "this", "that")))  # "watched a film"


def fiction_words(sets: Mapping[str, Words]) -> Fiction:
    """The words `outside_fiction` reads, from the pack's compiled sets (a set it lacks is
    empty)."""
    return (
        single_words(sets, "fiction"),
        single_words(sets, "screen"),
        single_words(sets, "screen-show"),
        single_words(sets, "plot"),
        single_words(sets, "fiction-real"),
        single_words(sets, "he"),
        single_words(sets, "read-work"),
        single_words(sets, "read-by"),
        single_words(sets, "reading"),
        single_words(sets, "read-setting"),
    )


def _read_works(read: Tokens, fiction: Fiction) -> dict[int, range]:
    """Per sentence naming a lesson, the first work read in it: where the readers' words and the
    reading word stand ("we are read" of "the book we're reading in class")."""
    works, by, reading, setting = fiction[6:10]
    words, sentence_of = read.words, read.sentence_of
    lessons = {sentence_of[i] for i, word in enumerate(words) if word in setting}
    found: dict[int, range] = {}
    for i, word in enumerate(words):
        if word not in works or sentence_of[i] not in lessons or sentence_of[i] in found:
            continue
        for j in range(i + 1, min(i + 2 + _READERS_MAX, len(words))):
            if words[j] in reading:
                found[sentence_of[i]] = range(i + 1, j + 1)
                break
            if words[j] not in by:
                break
        if sentence_of[i] not in found and (span := _reading_before(read, i, by, reading)):
            found[sentence_of[i]] = span
    return found


def _reading_before(
    read: Tokens, work: int, by: frozenset[str], reading: frozenset[str]
) -> range | None:
    """The readers' words, the reading word and its article before the work at `work`, when
    its sentence opens with them ("we watched a film in youth club about…", round 47: fix132,
    tryout123 §3 #9): only words of `by` before the reading word, so "she said her dad watched a
    film…" is no reading in a lesson."""
    words, sentence = read.words, read.sentence_of[work]
    at = work - 1
    if at >= 0 and words[at] in _ARTICLES:
        at -= 1
    if at < 0 or words[at] not in reading or read.sentence_of[at] != sentence:
        return None
    start = at
    while start > 0 and read.sentence_of[start - 1] == sentence and words[start - 1] in by:
        start -= 1
    if at - start > _READERS_MAX or (start > 0 and read.sentence_of[start - 1] == sentence):
        return None
    return range(start, work + 1)


def _plots(read: Tokens, fiction: Fiction) -> dict[int, int]:
    """Where each sentence that names a drama starts telling its plot: the first `plot` word
    ("about", "where", "involving") after a `fiction` word, or after a `screen` word with a
    `screen-show` word just after it, in that sentence."""
    named, screen, show, plot = fiction[:4]
    words, sentence_of = read.words, read.sentence_of
    dramas: set[int] = set()
    plots: dict[int, int] = {}
    for i, word in enumerate(words):
        sentence = sentence_of[i]
        if sentence in dramas:
            if word in plot and sentence not in plots:
                plots[sentence] = i
        elif word in named or (word in screen and i + 1 < len(words) and words[i + 1] in show):
            dramas.add(sentence)
    return plots


def _own_story(told: Hit, read: Tokens, fiction: Fiction, plots: dict[int, int]) -> bool:
    """Whether a `telling` phrase is the work telling its own story, right after the work's
    name and before its plot ("the novel tells the story of…"): no one telling."""
    at = told.position
    works = fiction[0] | fiction[2]
    return at > 0 and read.words[at - 1] in works and at < plots.get(told.sentence, 0)


def _new_people(read: Tokens) -> set[int]:
    """The sentences naming someone who is no one's relation: every noun for people in the
    others is a relation ("his dad's fiancee", "her husband"), a character's when it follows the
    drama; "A girl in Year 9…" brings in someone new, who may be real. One pass."""
    words = read.words
    return {
        read.sentence_of[k]
        for k in read.persons
        if not (k > 0 and (words[k - 1] in _HIS or k - 1 in read.persons))
    }


def outside_fiction(hits: list[Hit], read: Tokens, fiction: Fiction) -> list[Hit]:
    """The hits without the signs of harm told of a drama's characters (see the module
    docstring): those in a sentence naming a drama or the sentence after it, when nothing in
    the message ties the story to the writer's own world.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        fiction: the pack's words for it, as the detector built them.
    """
    readers = _read_works(read, fiction)
    plots = {s: span[-1] for s, span in readers.items()} | _plots(read, fiction)
    own = {i for span in readers.values() for i in span}
    if not plots or any(w in fiction[4] for i, w in enumerate(read.words) if i not in own):
        return hits
    if any(h.phrase.kind is Kind.TELLING and not _own_story(h, read, fiction, plots) for h in hits):
        return hits
    harm = [h for h in hits if h.phrase.category >= 0]
    if writer_states(harm, read) or any(done_to_writer(read, h.position, h.end) for h in harm):
        return hits
    new_people = _new_people(read)
    # A work read in a lesson tells its plot in its own sentence only: the next may be a pupil's.
    after = {
        s + 1 for s in plots if s + 1 not in plots and s + 1 not in new_people and s not in readers
    }
    # Someone named outside the plot may be who the plot happens to now ("… about a boy who
    # self harms. Josh has started doing it.").
    told = plots.keys() | after
    if any(
        read.sentence_of[k] not in told and (k in read.persons or word in fiction[5])
        for k, word in enumerate(read.words)
    ):
        return hits
    # A sentence naming one occasion ("last night", "yesterday") tells what happened.
    now = {h.sentence for h in hits if h.phrase.kind is Kind.OCCASION}

    def in_plot(h: Hit) -> bool:
        if h.sentence in now:
            return False
        if h.sentence in readers:  # only the reading's clause ("…, and Amy has bruises" rings)
            return h.position > plots[h.sentence] and h.clause == read.clause_of[plots[h.sentence]]
        return h.position > plots.get(h.sentence, len(read.words)) or h.sentence in after

    return [h for h in hits if h.phrase.category < 0 or not in_plot(h)]
