"""What a question asks of the subject it names, read for the quote gate (`quote_gate.py`).

Readings of a question's own words, none of which an entry's anchors can tell:

- whom a guidance includes: "does the guidance include volunteers?" asks whom it is for (a
  scope ask), not what was published with it (a content ask: "does it include a pocket
  guide?"); the workers and sectors are the not-covered pack's `objects.readers`;
- what else an entry's question must name (its `about_too`): "how does the Data Protection Act
  affect restaurants?" names the Act, which entry 3 is about, but not sharing, which its answer
  speaks of;
- a short question pointing at something said before it ("what was that about?");
- a reported "why" ("explain why data security is important") in the order of the question
  ("why is data security important?").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from knowledge.matching.phrases import PhraseSet
from knowledge.matching.question_forms import ELLIPTIC
from knowledge.matching.segment import Segment
from knowledge.qa_pack import QAEntry

# The kinds of ask (the not-covered pack's `asks`) the gate reads by name.
SCOPE = "scope"
CONTENT = "content"

_INCLUDES = frozenset(("include", "includes", "including"))
_ARTICLES = frozenset(("the", "a", "an", "all", "any"))
# Words pointing at something, which a short question with nothing before it leaves unnamed.
_DEMONSTRATIVES = frozenset(("that", "this", "those", "these"))


class IncludedReaders:
    """Finds a question asking whether some workers or sectors are included."""

    def __init__(self, readers: Iterable[str]) -> None:
        """Keep the phrases naming workers and sectors (`objects.readers`)."""
        self._readers = PhraseSet(readers)

    def asked(self, asked: Sequence[str]) -> bool:
        """Whether the question asks whether some workers are included ("does it include
        volunteers?", "are charities included?"): they stand next to the word, after
        "include" (past an article) or just before "included"."""
        for at, word in enumerate(asked):
            if word in _INCLUDES:
                start = at + 1
                if start < len(asked) and asked[start] in _ARTICLES:
                    start += 1
                if self._readers.ends_at(asked, start):
                    return True
            elif word == "included" and any(
                at in ends for ends in self._readers.all_ends(asked[:at]).values()
            ):
                return True
        return False


def points_elsewhere(about: PhraseSet | None, asked: Sequence[str], segment: Segment) -> bool:
    """Whether a short question with nothing before it in the message points at something
    said before it ("what was that about?", "who is that for?": in a channel, perhaps by
    someone else), naming nothing an entry is about (`about`, its phrases). Read before the
    entry's own wordings, which normalise the pointer away ("who is it for?"); the pack's
    "this" is the guidance only beside a word that names it ("what's this guidance for?")."""
    if about is None or segment.background or len(asked) > ELLIPTIC:
        return False
    if _DEMONSTRATIVES.isdisjoint(asked):
        return False
    return about.first_in_words([w for w in asked if w not in _DEMONSTRATIVES]) is None


class AboutToo:
    """Each entry's `about_too`: what its question must name besides its `about`."""

    def __init__(self, entries: Sequence[QAEntry], objects: Mapping[str, Sequence[str]]) -> None:
        """Read, for each entry listing `about_too`, the phrases of its `about` and of its
        `about_too` objects, and the kinds of ask it answers."""
        self._wanted = {
            e.number: (
                PhraseSet(p for name in e.about for p in objects.get(name, ())),
                PhraseSet(p for name in e.about_too for p in objects.get(name, ())),
                frozenset(e.answers_asks),
            )
            for e in entries
            if e.about_too
        }

    def names_nothing_else(self, number: int, said: list[str], kinds: frozenset[str]) -> bool:
        """Whether a message of more than a few words (`said`: the question with the story
        before it, which may name sharing: "…she couldn't discuss a family 'because of data
        protection'. Is that right?"), whose question asks no kind of ask (`kinds`) entry
        `number` answers, names nothing of the entry's `about_too` past the words of its
        `about`: "how does the Data Protection Act affect landlords?" names the Act, not
        sharing ("data" in "data protection" is the Act's name, not data shared)."""
        wanted = self._wanted.get(number)
        if wanted is None or len(said) <= ELLIPTIC:
            return False
        about, too, answers = wanted
        if kinds & answers:
            return False  # "is GDPR a barrier to safeguarding?" asks what the entry answers
        named = set[int]()
        for start, ends in about.all_ends(said).items():
            named.update(range(start, max(ends)))
        return too.first_in_words([w for i, w in enumerate(said) if i not in named]) is None


# "Explain why data security is important" asks, in the order of a reported question, what
# "why is data security important?" asks: the subject stands between "why" and "is". Read in
# that order ("why <subject> is" -> "why is <subject>") when "is" or "are" comes within a few
# words of "why" and "why" is not followed by it already.
_REPORTED_BE = frozenset(("is", "are"))
_REPORTED_SUBJECT_WORDS = 4  # "why information sharing between agencies is…"


def why_is_order(said: list[str]) -> list[str]:
    """`said` in the order of a question when it reports one ("explain why X is…" ->
    "why is X…"); `said` itself otherwise."""
    if "why" not in said:
        return said
    why = said.index("why")
    if why + 1 < len(said) and said[why + 1] in _REPORTED_BE:
        return said  # "why is it that…" is in the order read already
    for at in range(why + 2, min(len(said), why + 2 + _REPORTED_SUBJECT_WORDS)):
        if said[at] in _REPORTED_BE:
            return [*said[: why + 1], said[at], *said[why + 1 : at], *said[at + 1 :]]
    return said
