"""What "why is <it> <so something>?" asks: the reason for the quality named, not any reason.

Entry 1 answers why information sharing is important. "Why is information sharing so difficult
between health and social care?" names the same subject, and the entry's anchor "why is
information sharing" is in it, but it asks why sharing is difficult; "Why is data security
important?" asks the importance of security, which "data" only qualifies, and "Why is sharing
toys important?" of sharing toys. A question of this form has a subject and a predicate; the
subject is read from the words after "why is" (a few words before, then a run of the words the
entry is about: "effective information sharing", "sharing personal data", or "it", "there"), and
the predicate is the word after it, or after "so", "such", "too", "very", "really" further on
when a preposition or a verb of regard comes first ("…between agencies so important", "…seen
as so central"). The predicate must be a word of the entry's own texts (its question, answer,
alternates, keywords, anchors), as typed, typos fixed, or as the lexicon rewrites it alone
("crucial", "significant": "important"): "important", "vital", "central", "key" are;
"difficult", "security", "toys" are not. Other forms, and a predicate not found, are read as
before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.qa_pack import QAEntry

# Grammar of "why is <subject> <predicate>": the present forms of "be" (past ones ask of an
# event: "why was the guidance updated?"), the words that stand for a subject, the adverbs of
# degree before a predicate, and the words that carry a subject on or put off its predicate.
_BE = frozenset(("is", "are", "s", "isn", "isnt"))
_POINTING = frozenset(("it", "this", "that", "there", "they"))
_DEGREE = frozenset(("so", "such", "too", "very", "really"))
_ARTICLES = frozenset(("a", "an", "the"))
_NOT_YET = frozenset(
    (
        *("between", "with", "in", "for", "across", "about", "within", "among", "amongst"),
        *("to", "at", "on", "of", "from", "by", "under", "without", "inside", "outside"),
        *("seen", "considered", "thought", "deemed", "regarded", "viewed", "as", "now"),
        *("still", "always", "often", "generally", "actually", "that", "and", "or", "not"),
    )
)
_MODIFIERS = 2  # words before the subject's run: "effective multi agency information sharing"
_THERE_BEFORE = frozenset(("there", *_ARTICLES))  # "why is there (a) <thing>"
_THING_WORDS = 3  # "so much paperwork", "national guidance"


class WhyItIs:
    """Reads the predicate of "why is <subject> <predicate>?" against each entry's own words."""

    def __init__(
        self,
        entries: Iterable[QAEntry],
        about: Mapping[int, PhraseSet],
        synonyms: Mapping[str, str] | None = None,
    ) -> None:
        """Gather each entry's own words once.

        Args:
            entries: the entries whose predicates are read (those answering `reason`).
            about: each entry's `about` objects, by number; an entry without them is not read.
            synonyms: the words the lexicon rewrites one for one (`Normaliser.one_for_one`):
                a predicate meaning one of the entry's own words names the same quality.
        """
        self._about = about
        self._own: dict[int, frozenset[str]] = {}
        self._stems: dict[int, tuple[str, ...]] = {}
        for entry in entries:
            if entry.number not in about:
                continue
            texts = (entry.question, entry.answer, *entry.alternates, *entry.keywords)
            found = {w for t in (*texts, *entry.anchors) for w in words(t.replace("*", " "))}
            found.update(w for w, meant in (synonyms or {}).items() if meant in found)
            self._own[entry.number] = frozenset(found)
            self._stems[entry.number] = tuple(
                a.removesuffix("*") for a in entry.anchors if a.endswith("*") and " " not in a
            )

    def asks_another_quality(self, number: int, typed: Sequence[str], fixed: Sequence[str]) -> bool:
        """Whether the question (as typed, and typos fixed, word for word) asks why its subject
        has a quality entry `number`'s own words never name."""
        own = self._own.get(number)
        if own is None or len(fixed) != len(typed):
            return False
        at = self._predicate(number, typed, fixed)
        if at is None:
            return False
        stems = self._stems[number]
        return not any(
            w in own or any(w.startswith(s) for s in stems)
            for i in range(at, self._named_to(typed, at))
            for w in (typed[i], fixed[i])
        )

    def names_another_subject(
        self, number: int, typed: Sequence[str], fixed: Sequence[str]
    ) -> bool:
        """Whether the question, of the form "why is <subject> …", names a subject that is none
        of entry `number`'s `about` ("why is safeguarding important?"), nor points back ("why
        is it important?"). Meant for questions too short for the `about` check, which reads
        the whole question; in a longer one the subject may stand further from "is"."""
        if number not in self._own or len(fixed) != len(typed):
            return False
        start = next(
            (i + 2 for i in range(len(typed) - 1) if typed[i] == "why" and typed[i + 1] in _BE),
            None,
        )
        if start is None:
            return False
        named = start
        while named < len(typed) and typed[named] in _ARTICLES:
            named += 1
        if named >= len(typed) or typed[named] in _POINTING:
            return False
        return self._subject_end(number, typed, fixed, start) is None

    @staticmethod
    def _named_to(typed: Sequence[str], at: int) -> int:
        # "why is there national guidance…?" asks why a thing exists: what is read is the thing
        # named, a few words up to a preposition ("national guidance" of "…on sharing"), not
        # the word after "there" alone.
        if typed[at - 1] not in _THERE_BEFORE or "there" not in typed[max(0, at - 3) : at]:
            return at + 1
        end = at
        while end < min(len(typed), at + _THING_WORDS) and typed[end] not in _NOT_YET:
            end += 1
        return max(end, at + 1)

    def _predicate(self, number: int, typed: Sequence[str], fixed: Sequence[str]) -> int | None:
        """Where the predicate of "why is <subject> <predicate>" stands, or None."""
        start = next(
            (i + 2 for i in range(len(typed) - 1) if typed[i] == "why" and typed[i + 1] in _BE),
            None,
        )
        if start is None or start >= len(typed):
            return None
        end = self._subject_end(number, typed, fixed, start)
        if end is None:
            return None
        while end < len(typed) and typed[end] in _ARTICLES:
            end += 1  # "why is there a need…?"
        if end < len(typed) and typed[end] in _NOT_YET:
            end = next((i + 1 for i in range(end, len(typed)) if typed[i] in _DEGREE), len(typed))
        elif end < len(typed) and typed[end] in _DEGREE:
            end += 1
        while end < len(typed) and typed[end] in _ARTICLES:
            end += 1  # "such a big deal"
        return end if end < len(typed) else None

    def _subject_end(
        self, number: int, typed: Sequence[str], fixed: Sequence[str], start: int
    ) -> int | None:
        # After a word that points ("why is it…"), or after the run of the words the entry is
        # about that begins within a few words of "is".
        if typed[start] in _POINTING:
            return start + 1
        about = self._about[number]
        end: int | None = None
        for i in range(start, len(typed)):
            if end is not None and i < end:
                continue  # within a phrase of more than one word ("hand over")
            ends = [*about.ends_at(typed, i), *about.ends_at(fixed, i)]
            if ends:
                end = max(ends)
            elif end is not None or i - start >= _MODIFIERS:
                break
        return end
