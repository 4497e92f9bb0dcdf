"""What the index is asked for one part of a message: its question with the story before it,
and the question alone when it says enough by itself."""

from __future__ import annotations

from knowledge.matching.models import MatcherSettings
from knowledge.matching.normalise import Normalised
from knowledge.matching.question_forms import checks_a_claim
from knowledge.matching.reading import Reading
from knowledge.matching.segment import Segment

_WHY_CLAUSE = 4  # words of a why-question before its "when" clause, at least
Query = tuple[Normalised, frozenset[str]]  # the words asked, and those found only in the story


def queries(segment: Segment, reading: Reading, settings: MatcherSettings) -> list[Query]:
    """The queries for `segment`, read through the message's `reading`.

    The question with its background, the content words found only in the background set apart
    so that the index gives them less weight; and the question alone when it says enough by
    itself ("What is an ISP?", not "Can I still share?").
    """
    limit = settings.max_tokens
    if segment.background and checks_a_claim(reading.words(segment.question)):
        # "Is that right?" asks nothing of its own: the claim before it is the question.
        return [(reading.normalise(segment.text, max_tokens=limit), frozenset())]
    question = reading.normalise(segment.question, max_tokens=limit)
    found = [(question, frozenset[str]())]
    if segment.background:
        story = reading.normalise(segment.background, max_tokens=limit)
        found = [_combine(question, story)]
        if len(question.content) >= settings.standalone_words:
            found.append((question, frozenset()))
    main = _why_before_when(segment.question)
    if main is not None:
        # "why do we need guidance at all when nobody agrees whether it's lawful?" asks why
        # something is; the time it is so ("when…") is no part of what is asked.
        found.append((reading.normalise(main, max_tokens=limit), frozenset()))
    return found


def _why_before_when(question: str) -> str | None:
    """A question opening "why" without the "when" clause it ends with, at its fifth word or
    later; None for any other question."""
    typed = question.split()
    said = [w.lower().strip(",;:") for w in typed]
    if not said or said[0] != "why" or "when" not in said[_WHY_CLAUSE:]:
        return None
    return " ".join(typed[: said.index("when", _WHY_CLAUSE)])


def _combine(question: Normalised, story: Normalised) -> Query:
    tokens = story.tokens + question.tokens
    content = tuple(dict.fromkeys(story.content + question.content))
    combined = Normalised(
        tokens,
        content,
        " ".join(tokens),
        question.had_words or story.had_words,
        question.had_fillers or story.had_fillers,
    )
    return combined, frozenset(story.content) - frozenset(question.content)
