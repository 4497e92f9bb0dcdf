"""Searching the published questions from a search box, and the answer a person shares.

A door's search (Teams' compose-box message extension, Slack's share shortcut) shows a list of
published questions as the person types; picking one puts the quoted answer into the
conversation they are in, for their colleagues to read. Two of the product's rules shape it:

- Safety first: a query that describes a risk of harm gets the signpost, as a notice for the
  searcher alone; a door never puts it into the shared conversation, and nothing is offered
  for sharing beside it (a published answer posted into the thread of someone who has just
  told of harm reads as the reply to them).
- A wrong quote is worse than none: the list may hold related questions, but it says it
  `matched` only when the matcher (and its quote gate) answered the query outright. An empty,
  junk or unanswered query gets the topic list, never an error.
- A search for the golden rules or the key questions (as a typed command or a route reads it)
  is answered by the assistant's own summary of them first, shareable as a card like an
  answer; a published entry follows only when the matcher answered the query with it.

Pure: no I/O, no clock, and the query is neither kept nor returned. The words a door shows
around the picks (`caption`, `SEARCH_SLOW`, `SEARCH_UNKNOWN`) are here too, so every door says
the same.
"""

from __future__ import annotations

import functools

from dialogs.answers import QAAnswers
from dialogs.choices import Command
from dialogs.clean_input import clean_input
from dialogs.contract import Card, Lookup, Pick, Reply
from dialogs.risk_reading import RiskReading
from dialogs.routes import Routes, question_of
from dialogs.signpost import Signpost
from dialogs.typed import TypedReader, simplify
from knowledge.loader import Knowledge
from knowledge.matching import Matcher
from knowledge.route_index import RouteIndex, route_index
from knowledge.routes_pack import Destination

PREVIEW_CHARS = 120
"""The longest preview of an answer, with its closing ellipsis."""
RULES_PICK = -1
"""The pick number of the golden rules (entries are numbered from 1; the assistant's own texts
have numbers below 1)."""
KEY_QUESTIONS_PICK = -2
"""The pick number of the seven key questions."""
_SHARED_NOTE = "newer guidance and your organisation's own policies take precedence"
_ELLIPSIS = "\u2026"


class QuestionSearch:
    """Finds published questions for a search box. Build once; safe to share between threads."""

    def __init__(
        self,
        knowledge: Knowledge,
        matcher: Matcher,
        risk: RiskReading | None = None,
        routes: RouteIndex | None = None,
    ) -> None:
        """`risk`: the risk check's reading of these two, when one is built already; `routes`:
        the routes' index, likewise."""
        self._knowledge = knowledge
        self._qa = QAAnswers(knowledge, matcher)
        self._risk = RiskReading(knowledge, matcher) if risk is None else risk
        self._signpost = Signpost(knowledge)
        self._index = routes

    # Made at the first search: every core builds a search, and `infoshare ask` makes none.
    @functools.cached_property
    def _routes(self) -> Routes:
        return Routes(route_index(self._knowledge) if self._index is None else self._index)

    @functools.cached_property
    def _typed(self) -> TypedReader:
        return TypedReader(self._knowledge.typed_words)

    @functools.cached_property
    def _own(self) -> dict[int, Card]:
        return {RULES_PICK: self._rules(), KEY_QUESTIONS_PICK: self._key_questions()}

    @functools.cached_property
    def _picks(self) -> dict[int, Pick]:
        picks = {
            e.number: Pick(e.number, e.question, preview(e.answer)) for e in self._knowledge.entries
        }
        for number, card in self._own.items():
            picks[number] = Pick(number, card.title, preview(card.body))
        return picks

    def lookup(self, query: str, *, limit: int = 8) -> Lookup:
        """Search the published questions.

        Args:
            query: what the person typed in the search box; any string at all.
            limit: the most picks to return (at least one).

        Returns:
            The picks, best first, and whether the first one answers the query; or, when the
            query describes a risk of harm, the signpost for the searcher and no picks.
        """
        limit = max(1, limit)
        text = clean_input(query) if isinstance(query, str) else ""
        finding = self._risk.detect(text) if text else None
        if finding is not None:
            from dialogs.friend_voice import FriendVoice  # noqa: PLC0415 (as own_voice)
            from dialogs.own_voice import voice_of  # noqa: PLC0415 (only for a search telling of harm)
            from knowledge.own_role import OwnRole  # noqa: PLC0415 (as FriendVoice)

            own_role = OwnRole(self._knowledge.risk.markers)
            friend = FriendVoice(self._knowledge.typed_words.friend, own_role)
            voice = voice_of(simplify(text), friend)
            return Lookup((), False, True, self._signpost.reply(finding, voice))
        simple = simplify(text)
        if not simple:
            return Lookup(self._topics(limit), False, False, None, topics=True)
        result = self._qa.match(text)
        own = self._own_text(text, simple)
        if own is not None:
            # The summary answers the search; an entry only where it answers it too.
            answered = () if result.answer is None else (result.answer.number,)
            picks = tuple(self._picks[n] for n in (own, *answered) if n in self._picks)
            return Lookup(picks[:limit], True, False, None)
        found = [m.number for m in (result.answer, *result.suggestions) if m is not None]
        picks = tuple(self._picks[n] for n in dict.fromkeys(found) if n in self._picks)[:limit]
        if not picks:
            return Lookup(self._topics(limit), False, False, None, topics=True)
        return Lookup(picks, result.answer is not None, False, None)

    def shared_answer(self, number: int) -> Reply | None:
        """The quoted answer to entry `number` as shared into a conversation: the exact text,
        its source line and the note that the 2008 guidance has since been replaced; for
        `RULES_PICK` and `KEY_QUESTIONS_PICK`, the assistant's summary as a card with where it
        comes from; None for an unknown number."""
        own = self._own.get(number)
        if own is None:
            return self._qa.shared_card(number)
        return Reply(text=f"**{own.title}**\n\n{own.body}\n\n*{own.source}*", card=own)

    def _own_text(self, text: str, simple: str) -> int | None:
        """`RULES_PICK` or `KEY_QUESTIONS_PICK` when the search asks for the golden rules or
        the key questions, as a typed command or a route reads it; None otherwise."""
        command = self._typed.as_command(simple)
        route = self._routes.find(question_of(text), text, with_age=False)
        if command is Command.RULES or (route is not None and route.to is Destination.RULES):
            return RULES_PICK
        if command is Command.QUESTIONS or (
            route is not None and route.to in (Destination.CHECK, Destination.QUESTIONS)
        ):
            return KEY_QUESTIONS_PICK  # a search cannot start a check: the questions it asks
        return None

    def _rules(self) -> Card:
        pack = self._knowledge.rules
        title = "The seven golden rules for information sharing"
        body = "\n".join(f"{r.number}. **{r.title}.** {r.text}" for r in pack.rules)
        body += f"\n\n{pack.key_questions}" if pack.key_questions else ""
        body += f"\n\n{pack.current}" if pack.current else ""
        return self._card(title, body, f"From {pack.guidance}, in summary")

    def _key_questions(self) -> Card:
        listed = enumerate(self._knowledge.flow.key_questions(), 1)
        body = "\n".join(f"{n}. {q}" for n, q in listed)
        where = f"From {self._knowledge.rules.guidance}, in our words"
        return self._card("The seven key questions for deciding whether to share", body, where)

    def _card(self, title: str, body: str, where: str) -> Card:
        source = f"{where}. {self._knowledge.about.short_status}: {_SHARED_NOTE}."
        return Card(title=title, body=body, source=source)

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
    if number == RULES_PICK:
        return "The golden rules, in summary (2008 guidance)"
    if number == KEY_QUESTIONS_PICK:
        return "The key questions, in our words (2008 guidance)"
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
