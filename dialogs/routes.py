"""Which built-in reply, if any, answers a message instead of a quoted entry (the routes pack)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from dialogs.whether_asked import whether_asked
from dialogs.whom_asked import asks_whom
from knowledge.matching.segment import Segment, question_parts
from knowledge.matching.text import words
from knowledge.risk_words import gives_an_age
from knowledge.route_index import RouteIndex
from knowledge.routes_pack import Destination, Route
from knowledge.typed_word_names import WhomList

# A loose route's phrase (`knowledge.route_index.LOOSE`) may have up to `_GAP` words between its
# words ("without the young person's consent").
_GAP = 4
_AROUND = frozenset(
    {"so", "ok", "okay", "right", "and", "but", "um", "erm", "then", "please", "help", "sorry"}
    | {"oops", "whoops", "apologies"}
)
# "Who else can I ask?" asks whom to go to as "who can I ask?" does: after a word for a person
# "else" says only that the first one is not there, so the routes read the question without it.
_ELSE = "else"
_PERSONS = frozenset({"who", "whom", "anyone", "someone", "anybody", "somebody"})
# A short question that points back ("does this apply?") asks about what was said before it.
_POINTERS = frozenset({"this", "that", "it", "these", "those"})
_SHORT_QUESTION = 5
_MOST_AGE = 99  # an age is one or two digits: "is 2024" is a year


class Routes:
    """Finds the route whose phrase comes first in a message. Pure; built once."""

    def __init__(
        self,
        index: RouteIndex,
        *,
        meaning: Callable[[str], Sequence[str]] | None = None,
        whom: Mapping[WhomList, Sequence[str]] | None = None,
    ) -> None:
        """Find routes by `index` (`knowledge.route_index`: built with the knowledge, and kept
        with it between starts); `meaning`: how a question asking what a term means is asked
        in other words (`TypedReader.meaning_asked`), for a route to take it worded any way;
        `whom`: the typed-words pack's `whom_asked`, for the routes `asked_whom`."""
        self._meaning_asked = meaning
        self._whom_lists = whom or {}
        self._whom = index.whom
        self._whom_route_of = index.whom_route_of
        self._sharing = index.sharing
        self._route_of = index.route_of
        self._whole = index.whole
        self._loose = index.loose
        self._phrases = index.phrases
        self._self_words = index.self_words
        self._with_self = index.with_self
        self._aged = index.aged
        self._aged_route_of = index.aged_route_of
        self._age_before = index.age_before
        self._age_after = index.age_after
        self._unless = index.unless

    def find(self, question: str, message: str, *, with_age: bool = True) -> Route | None:
        """The route for what a message asks, or None when no route's phrase is in it.

        Args:
            question: the message's question (`question_of`): in a long message only that is
                read, not the story told before it ("our policy follows the latest guidance;
                what is an ISP?" asks about ISPs).
            message: the whole message, for the routes whose phrase must be all of it ("the
                parent has changed her mind. What now?" asks about her story, which an entry
                may answer).
            with_age: whether the routes `with_age` or `asked_whom` may answer: not just after
                harm is told of ("a 13 year old… begged me not to tell anyone" is a disclosure,
                not a question of consent; its signpost names the contacts).
        """
        whole = self.whole_message(message)
        if whole is not None:
            return whole
        found = _without_else(words(question))
        whom = self._asked_whom(question, found) if with_age else None
        if whom is not None:
            return whom
        phrase = self._phrases.first_in_words(found)
        if phrase is None and question != message and _points_back(question):
            phrase = self._phrases.first_in(message)
        if phrase is not None:
            return self._route_of[phrase]
        aged = self._with_an_age(found) if with_age else None
        meant = self._meaning_asked
        return (
            aged
            or self._about_the_assistant(question)
            or (self._meaning(meant(" ".join(found))) if meant else None)
            or self._meaning(whether_asked(question, self._sharing))  # tryout40 #15
        )

    def _asked_whom(self, question: str, found: list[str]) -> Route | None:
        """The route `asked_whom` whose phrase (a worry) is in a question asking whom to ring
        or tell ("who do i ring if i think a child is being hurt at home?"; tryout42 #12):
        read before the other phrases, so "who do i contact" about a worry is not the advice
        list."""
        if not self._whom_route_of or not asks_whom(self._whom_lists, question):
            return None
        phrase = self._whom.first_in_words(found)
        return None if phrase is None else self._whom_route_of[phrase]

    def _meaning(self, phrasings: Sequence[str]) -> Route | None:
        """The route one of `phrasings` is a phrase of, whole ("what does public interest
        mean"): the route for a term's meaning however the message worded asking it."""
        return next((self._route_of[p] for p in phrasings if p in self._route_of), None)

    def _with_an_age(self, found: list[str]) -> Route | None:
        """The route `with_age` whose phrase is in a question that gives someone's age ("what
        if he's 14 and says don't tell his mum?" asks whether a 14-year-old may decide)."""
        if not self._aged_route_of or not any(w[:1].isdecimal() for w in found):
            return None
        phrase = self._aged.first_in_words(found)
        if phrase is None or not self._gives_an_age(found):
            return None
        return self._aged_route_of[phrase]

    def _gives_an_age(self, found: list[str]) -> bool:
        """Whether a number among `found` is an age: after an `age_before` word ("is 14",
        "she's 15"), before an `age_after` word ("14 years", "15 yo"), or run into one ("14yo")."""
        return gives_an_age(found, self._age_before, self._age_after, most=_MOST_AGE)

    def _about_the_assistant(self, question: str) -> Route | None:
        """The first route (in the pack's order) whose `with_self` words are in a question
        that names the assistant or the asker's own messages ("are my chats recorded?")."""
        found = words(question)
        if not self._with_self or self._self_words.first_in_words(found) is None:
            return None
        return next((r for acts, r in self._with_self if acts.first_in_words(found)), None)

    def find_loose(self, question: str, story: str = "") -> Route | None:
        """The route whose phrase comes first in a question no published answer was quoted for.

        Each word of a phrase may follow the one before it with up to four words between, so
        the phrase "without consent" is in "without the young person's consent"; the question
        must also name an act of sharing, unless the route's phrases name one themselves
        ("when can I break confidentiality?"). A route that `asks_if_needed` is found only
        when no other is ("do I need consent if she refuses?" asks about refusal), and as one
        that does not when the question names a safeguarding recipient or matter, or a refusal
        (its `unless`). `story`: the whole message, in which a phrase naming sharing itself
        may stand before a question naming an act of sharing ("I'm bound by confidentiality
        as an interpreter, can I even tell the GP?"; tryout42 #12).
        """
        found = words(question)
        shares = self._sharing.first_in_words(found) is not None
        if shares and story and story != question:
            told = words(story)
            for i, word in enumerate(told):
                for rest, route in self._loose.get(word, ()):
                    if route.names_sharing and _in_order(told, i + 1, rest):
                        return route
        needed: Route | None = None  # asks only whether consent is needed: if nothing else
        for i, word in enumerate(found):
            for rest, route in self._loose.get(word, ()):
                if (shares or route.names_sharing) and _in_order(found, i + 1, rest):
                    if not route.asks_if_needed:
                        return route
                    needed = needed or route
        if needed is not None and self._unless.first_in_words(found) is not None:
            # "do I need consent to tell social care?", "... if she refuses?": not an everyday share
            return replace(needed, asks_if_needed=False)
        return needed

    def whole_message(self, text: str) -> Route | None:
        """The route whose phrase is all of `text` (fillers around it aside), if any."""
        return self._whole.get(tuple(_trimmed(words(text))))


def _in_order(found: list[str], start: int, rest: list[str]) -> bool:
    """Whether `rest` follows from `start` in order, each within `_GAP` words of the last."""
    at = start
    for word in rest:
        window = found[at : at + _GAP + 1]
        if word not in window:
            return False
        at += window.index(word) + 1
    return True


def _without_else(found: list[str]) -> list[str]:
    """The words without each "else" that follows a word for a person ("who else")."""
    if _ELSE not in found:
        return found
    return [w for i, w in enumerate(found) if w != _ELSE or i == 0 or found[i - 1] not in _PERSONS]


def _trimmed(found: list[str]) -> list[str]:
    """The words without the fillers people put around a short question ("ok so what now?")."""
    start, end = 0, len(found)
    while start < end and found[start] in _AROUND:
        start += 1
    while end > start and found[end - 1] in _AROUND:
        end -= 1
    return found[start:end]


def question_of(text: str, parts: Sequence[Segment] | None = None) -> str:
    """The question a message asks, without the story told before it.

    Args:
        text: the message.
        parts: its `question_parts` (any number of them), when the caller has them already.
    """
    if parts is None:
        parts = question_parts(text, max_segments=1)
    return parts[0].question if parts else text


def _points_back(question: str) -> bool:
    """Whether a question is a short one that leans on what came before ("does this apply?")."""
    found = words(question)
    return len(found) <= _SHORT_QUESTION and not _POINTERS.isdisjoint(found)


def is_summary(route: Route | None) -> bool:
    """Whether `route` shows a key question's summary: the guidance's words on a subject, asked
    of even in words naming today's edition ("what does the current guidance say on consent?")."""
    return route is not None and route.to is Destination.SUMMARY
