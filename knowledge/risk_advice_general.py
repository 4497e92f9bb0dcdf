"""A guide's instructions, and its sentences of harm in general, read as advice (round 56).

Round 37's reading (`knowledge.risk_advice.advice_to_anyone`) sets a leaflet's signs aside when
it opens a sentence on one of ten instruction verbs and every cue stands in a sentence of advice.
The dev sets' guides rang still: they instruct with other verbs ("Call 911", "Get help now",
"Recognize the signs"), tell the reader what they can or should do ("If you have been hit, you
should: dial 9-1-1"), open on a guide's heading ("What to Do If a Family Member with Dementia
Goes Missing"), and name the harm they are about in sentences of no advice ("Neglect is when a
child's basic needs are not met. This can be difficult to identify"). Round 56 (fa222, issue 11)
reads these too, by whose story and when, not by harm words:

- `guide_instructions`: a sentence opening on one of `guide-verbs`; in a page of
  `MIN_PAGE_WORDS` words or more, a word of `advice-reader` just before one of `advice-modals`
  ("you should", "you can") or one of `advice-heads` opening a sentence before "to" ("What to…",
  "How to…");
- `general_sentences`: a sentence with a word of `stance-general` or `stance-frame` ("often",
  "signs", "may", "can", "usually") that names no one in particular;
- `page_titles` (round 60, falook273): in a page of `MIN_PAGE_WORDS` words or more, one of its
  first `TITLE_PLACES` sentences of at most `TITLE_WORDS` words that asks nothing and names no
  one (no noun for people, no word of `stance-others`, `writer-words`, `own-now` or
  `story-recent`): the harm the page is about named as its title ("Breaking Free from Financial
  Abuse"), which round 56 left as a sentence of no advice;
- `particular_sentences`: those that do name someone in particular or a time of now: a word of
  `stance-others` ("he", "her"), `own-now` or `story-recent` ("still", "tonight"), or a noun for
  people that is not anyone's. A noun is anyone's after a word of `stance-any` or
  `advice-reader` ("any child", "your friend"), just after another that is ("your family
  member"), just before a word of `stance-kinds` ("child abuse"), in a clause with a word of
  `stance-frame` or `advice-if` ("if a child…", "when a child's needs are not met") or in the
  plural, with no pointing word before it ("carers"; not "the kids", "those boys", nor "the man"
  in "kids there are often beaten by the man who lives there").

The reading holds (`advice_to_anyone`) only when no sentence with a sign of harm, signal words
too, is one of `particular_sentences` — "You should know that the kids at number 4 are always
outside… the little one is covered in bruises" is a case — and every such sentence is one of
advice: an instruction, one speaking to the reader, a supposition, or one of `general_sentences`.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_generic import places_pointed
from knowledge.risk_types import Tokens

__all__ = [
    "MIN_PAGE_WORDS",
    "general_sentences",
    "guide_instructions",
    "page_titles",
    "particular_sentences",
]

MIN_PAGE_WORDS = 30
"""A guide is a page, not a line: "mum hits him with a belt, you should see the marks" is a case."""
TITLE_WORDS = 6
"""A page's title is a few words ("Breaking Free from Financial Abuse"), not a case told."""
TITLE_PLACES = 2
"""A title stands first, or after the one line a page may quote or kick off with."""
_NONE: frozenset[str] = frozenset()
_TO = "to"
_POINTING = frozenset({"the", "these", "those", "this", "that", "thes", "thos"})  # and stems


def general_sentences(
    read: Tokens, markers: Mapping[str, frozenset[str]], particular: frozenset[int]
) -> frozenset[int]:
    """The sentences of `read` that tell of harm in general: a word of `stance-general` or
    `stance-frame` in one that names no one in particular (module docstring).

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`stance-general`, `stance-frame`,
            `advice-if`).
        particular: `particular_sentences` of the same message, as its caller already has them.
    """
    marks = (
        markers.get("stance-general", _NONE)
        | markers.get("stance-frame", _NONE)
        | markers.get("advice-if", _NONE)
    )
    marked = {s for w, s in zip(read.words, read.sentence_of, strict=True) if w in marks}
    return frozenset(marked - particular)


def particular_sentences(
    read: Tokens, markers: Mapping[str, frozenset[str]], *, beside_advice: bool = False
) -> frozenset[int]:
    """The sentences of `read` that name someone in particular or a time of now: a word of
    `stance-others` ("he", "her"), `own-now` or `story-recent` ("still", "tonight"), or a noun
    for people that is not anyone's (module docstring: "the kids", "the older boy"; not "any
    child", "your child", "carers", "a child" in a clause with "if" or "may").

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`stance-others`, `own-now`,
            `story-recent`, `stance-any`, `advice-reader`, `stance-kinds`, `stance-frame`,
            `advice-if`).
        beside_advice: read for round 37's advice (`advice_to_anyone`), whose leaflets speak
            of "the person" and of the reader's own people: only "he", "she" and a noun pointed
            at ("the kids") count, and neither in a clause of supposition ("If you are unable
            to find the person", "what if she asked…"), nor "he" and "she" in a message naming
            one of the reader's people ("your maid… tell her"); its time words ("Now fellas",
            "day to day", "just tell…") are a page's.
    """
    words, sentence_of, clause_of = read.words, read.sentence_of, read.clause_of
    supposing = markers.get("advice-if", _NONE)
    frame = markers.get("stance-frame", _NONE) | supposing
    particular = markers.get("stance-others", _NONE)
    if not beside_advice:
        particular = particular | markers.get("own-now", _NONE) | markers.get("story-recent", _NONE)
    anyone = markers.get("stance-any", _NONE) | markers.get("advice-reader", _NONE)
    kinds = markers.get("stance-kinds", _NONE)
    framed = {c for w, c in zip(words, clause_of, strict=True) if w in frame}
    supposed = _supposed(read, supposing) if beside_advice else set()
    readers = beside_advice and any(k > 0 and words[k - 1] in anyone for k in read.persons)
    barred = {
        s
        for w, s, c in zip(words, sentence_of, clause_of, strict=True)
        if w in particular and c not in supposed and not readers
    }
    # People where a place is pointed at ("kids at number 4", "the family next door")
    barred |= places_pointed(read, markers) & {sentence_of[i] for i in read.persons}
    anyones: set[int] = set()
    for i in sorted(read.persons):
        before = words[i - 1] if i > 0 else ""
        if (
            before in anyone
            or i - 1 in anyones  # "your family member": a compound of anyone's
            or (i + 1 < len(words) and words[i + 1] in kinds)
            or (before not in _POINTING and (clause_of[i] in framed or i in read.plural))
            or (beside_advice and (before not in _POINTING or clause_of[i] in supposed))
        ):
            anyones.add(i)
        else:
            barred.add(sentence_of[i])
    return frozenset(barred)


def _supposed(read: Tokens, supposing: frozenset[str]) -> set[int]:
    """The clauses of supposition: a word of `supposing` first or second in the clause ("If
    you are unable to find the person", "what if she asked")."""
    words, clause_of = read.words, read.clause_of
    return {
        clause_of[i]
        for i, word in enumerate(words)
        if word in supposing
        and (
            i == 0 or clause_of[i - 1] != clause_of[i] or i == 1 or clause_of[i - 2] != clause_of[i]
        )
    }


def guide_instructions(read: Tokens, markers: Mapping[str, frozenset[str]]) -> frozenset[int]:
    """The sentences of a guide that instruct its reader in ways round 37's `advice-verbs` did
    not read: a sentence opening on one of `guide-verbs` ("Call 911…", "Get help now",
    "Recognize the signs"; not ending in "?"), and, in a page of `MIN_PAGE_WORDS` words or more,
    the reader told what they can or should do ("you should: dial 9-1-1", "you can report it";
    a word of `advice-reader` just before one of `advice-modals`) or a guide's heading ("What to
    do if…", "How to help"; a word of `advice-heads` just before "to", opening a sentence).

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`guide-verbs`, `advice-not`,
            `advice-reader`, `advice-modals`, `advice-heads`).
    """
    words, sentence_of = read.words, read.sentence_of
    verbs = markers.get("guide-verbs", _NONE)
    not_advice = markers.get("advice-not", _NONE)
    reader = markers.get("advice-reader", _NONE)
    modals = markers.get("advice-modals", _NONE)
    heads = markers.get("advice-heads", _NONE)
    page = len(words) >= MIN_PAGE_WORDS
    found: set[int] = set()
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        sentence = sentence_of[i]
        opens = i == 0 or sentence_of[i - 1] != sentence
        if (
            (opens and word in verbs and after not in not_advice and sentence not in read.marked)
            or (page and word in reader and after in modals)
            or (page and opens and word in heads and after == _TO)
        ):
            found.add(sentence)
    return frozenset(found)


def page_titles(read: Tokens, markers: Mapping[str, frozenset[str]]) -> frozenset[int]:
    """The sentences of a page that are its title (round 60, falook273): in a page of
    `MIN_PAGE_WORDS` words or more, one of the first `TITLE_PLACES` sentences, of at most
    `TITLE_WORDS` words, not asked, with no noun for people and no word of `stance-others`,
    `writer-words`, `own-now` or `story-recent` ("Breaking Free from Financial Abuse"; not
    "Abused by my dad", "Beaten every night", "Is he abusing her?").

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed.
    """
    words, sentence_of = read.words, read.sentence_of
    if len(words) < MIN_PAGE_WORDS:
        return frozenset()
    someone = (
        markers.get("stance-others", _NONE)
        | markers.get("writer-words", _NONE)
        | markers.get("own-now", _NONE)
        | markers.get("story-recent", _NONE)
    )
    people = {sentence_of[i] for i in read.persons | read.kin}
    sizes: dict[int, int] = {}
    barred = set(people) | set(read.questions) | set(read.marked)
    for word, sentence in zip(words, sentence_of, strict=True):
        sizes[sentence] = sizes.get(sentence, 0) + 1
        if word in someone:
            barred.add(sentence)
    firsts = sorted(sizes)[:TITLE_PLACES]
    return frozenset(s for s in firsts if sizes[s] <= TITLE_WORDS and s not in barred)
