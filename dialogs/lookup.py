"""Searching the published questions from a search box, and the answer a person shares.

A door's search (Teams' compose-box message extension, Slack's share shortcut) shows a list of
published questions as the person types; picking one puts the quoted answer into the
conversation they are in, for their colleagues to read. Two of the product's rules shape it:

- Safety first: a query that describes a risk of harm gets the signpost, as a notice for the
  searcher alone; a door never puts it into the shared conversation.
- A wrong quote is worse than none: the list may hold related questions, but it says it
  `matched` only when the matcher (and its quote gate) answered the query outright. An empty,
  junk or unanswered query gets the topic list, never an error.

Pure: no I/O, no clock, and the query is neither kept nor returned. The words a door shows
around the picks (`caption`, `SEARCH_SLOW`, `SEARCH_UNKNOWN`) are here too, so every door says
the same.
"""

from __future__ import annotations

from dialogs.answers import QAAnswers
from dialogs.contract import Lookup, Pick, Reply
from dialogs.risk_reading import RiskReading
from dialogs.signpost import Signpost
from dialogs.typed import clean_input, simplify
from knowledge.loader import Knowledge
from knowledge.matching import Matcher

PREVIEW_CHARS = 120
"""The longest preview of an answer, with its closing ellipsis."""
_ELLIPSIS = "\u2026"


class QuestionSearch:
    """Finds published questions for a search box. Build once; safe to share between threads."""

    def __init__(
        self, knowledge: Knowledge, matcher: Matcher, risk: RiskReading | None = None
    ) -> None:
        """`risk`: the risk check's reading of these two, when one is built already."""
        self._knowledge = knowledge
        self._qa = QAAnswers(knowledge, matcher)
        self._risk = RiskReading(knowledge, matcher) if risk is None else risk
        self._signpost = Signpost(knowledge)
        self._picks = {
            e.number: Pick(e.number, e.question, preview(e.answer)) for e in knowledge.entries
        }

    def lookup(self, query: str, *, limit: int = 8) -> Lookup:
        """Search the published questions.

        Args:
            query: what the person typed in the search box; any string at all.
            limit: the most picks to return (at least one).

        Returns:
            The picks, best first, whether the first one answers the query, and the signpost
            for the searcher when the query describes a risk of harm.
        """
        limit = max(1, limit)
        text = clean_input(query) if isinstance(query, str) else ""
        finding = self._risk.detect(text) if text else None
        notice: Reply | None = None
        if finding is not None:
            from dialogs.own_voice import voice_of  # noqa: PLC0415 (only for a search telling of harm)

            notice = self._signpost.reply(finding, voice_of(simplify(text)))
        risky = notice is not None
        if not simplify(text):
            return Lookup(self._topics(limit), False, risky, notice, topics=True)
        result = self._qa.match(text)
        found = [m.number for m in (result.answer, *result.suggestions) if m is not None]
        picks = tuple(self._picks[n] for n in dict.fromkeys(found) if n in self._picks)[:limit]
        if not picks:
            return Lookup(self._topics(limit), False, risky, notice, topics=True)
        return Lookup(picks, result.answer is not None, risky, notice)

    def shared_answer(self, number: int) -> Reply | None:
        """The quoted answer to entry `number` as shared into a conversation: the exact text,
        its source line and the note that the 2008 guidance has since been replaced; None for
        an unknown number."""
        return self._qa.shared_card(number)

    def _topics(self, limit: int) -> tuple[Pick, ...]:
        return tuple(self._picks[e.number] for e in self._knowledge.entries[:limit])


def preview(answer: str, *, limit: int = PREVIEW_CHARS) -> str:
    """The start of an answer on one line: at most `limit` characters, cut at a word, ending
    with an ellipsis when anything was cut."""
    flat = " ".join(answer.replace("\n- ", " ").replace("*", "").split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]  # the last space in it leaves room for the ellipsis
    head = cut.rsplit(" ", 1)[0] if " " in cut else cut[: limit - len(_ELLIPSIS)]
    return head.rstrip(" ,;:.-\u2013\u2014") + _ELLIPSIS


def caption(found: Lookup, index: int) -> str:
    """The line a door shows under the question of `found.picks[index]`: whether it answers
    the search, may not, or is one of the topics; and its number in the Q&A."""
    number = found.picks[index].number
    if found.matched and index == 0:
        return f"Best match: question {number} of the published Q&A"
    if not found.matched and not found.topics:
        return f"Related, may not answer your search: question {number}"
    return f"Question {number} of the published Q&A"


SEARCH_SLOW = Reply(
    text="Searching the published Q&A is taking longer than it should. Please try again in a "
    "moment, or ask me in a chat."
)
"""A door's answer to a search it could not finish within the platform's time limit."""
SEARCH_UNKNOWN = Reply(
    text="This app's search has changed since it was installed here. Close the search and open "
    "it again, or ask your administrator to update the app."
)
"""A door's answer to a search command it does not offer (an out-of-date app package)."""
