"""Whose view a question asks: "what do <holder> think about information sharing?".

An entry answering the `opinion` ask reports what some people think: entry 5, what children,
young people and families think. "What do teachers think…?", "What do nurses think…?" ask the
same about someone else, and no list of staff can name every profession. So the holder is read
from the question's grammar, the words between the auxiliary ("do", "does", "did") and the first
verb of view ("think", "feel", "say"), and compared with the holders the entry itself names: in
its own phrasings ("What do kids think…?", "What does research say…?") and in its anchors of
the same shape ("carers think", "public say"). The holder's head is read before a preposition
or relative ("children in care", "parents of looked-after children", "people who use
services"), each part of a list on its own ("pupils and parents"), words of emphasis read past
("families themselves"). A view named as a noun has its holder after "of" ("what are the views
of looked after children on…?", round 47). A question naming no holder is read as before; "you"
as holder asks the view of the one addressed ("what do you think about information sharing?",
which entry 5 does not report) unless a clause after the verb names another's ("do you think
families mind?"), as does "your" before a noun of view ("what's your opinion on information
sharing?").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.qa_pack import QAEntry

# Grammar of "what do <holder> think?": the auxiliary before the holder, the verbs of a view.
_AUXILIARIES = frozenset(("do", "does", "did", "would", "will"))
VIEW_VERBS = frozenset(("think", "thinks", "feel", "feels", "say", "says", "said", "reckon"))
_HOLDER_WORDS = 5  # words: "what do front line social care staff think"
# A holder's head comes before these: "children in care", "parents of children who…".
_AFTER_HEAD = frozenset(
    ("in", "of", "at", "from", "with", "who", "that", "on", "for", "across", "under", "using")
)
_LIST = frozenset(("and", "or", "nor", "plus"))
# The asker named in what the view is of ("…about *us* telling the police?"): their own act.
_ASKER = frozenset(("i", "me", "my", "we", "us", "our", "myself", "ourselves"))
_ASKED_OF = frozenset(("you", "u", "ya"))  # "do you think…?": the view asked of the one addressed
_OF_A_TOPIC = frozenset(("about", "of", "on", "regarding", "re", "towards", "to"))
# "What's your opinion on…?": a view named as a noun, held by the one addressed.
_YOUR = frozenset(("your", "ur", "yr"))
_VIEW_NOUNS = frozenset(
    ("opinion", "opinions", "view", "views", "thoughts", "take", "feelings", "stance", "position")
)


def holder(question: Sequence[str]) -> list[str] | None:
    """The words naming whose view `question` asks (split by `words`), or None when it asks no
    one's view in the form "<auxiliary> <holder> <verb of view>"."""
    span = holder_span(question)
    return None if span is None else list(question[span[0] : span[1]])


def holder_span(question: Sequence[str]) -> tuple[int, int] | None:
    """Where in `question` the words naming whose view it asks stand (start, end), or None:
    `holder` as a span, so that the holder can be read apart from what the view is of."""
    verb = next((i for i, w in enumerate(question) if w in VIEW_VERBS), None)
    if verb is None:
        return _holder_of_a_view_noun(question)
    start = max(0, verb - _HOLDER_WORDS)
    aux = [i for i in range(start, verb) if question[i] in _AUXILIARIES]
    return (aux[-1] + 1, verb) if aux else None


def _holder_of_a_view_noun(question: Sequence[str]) -> tuple[int, int] | None:
    # "What are the views of looked after children on sharing?": the holder follows a noun of
    # view and "of", up to what the view is of ("on", "about"…) or the end; not "you".
    for i in range(len(question) - 2):
        if question[i] in _VIEW_NOUNS and question[i + 1] == "of":
            start = i + 2
            end = start
            while end < min(len(question), start + _HOLDER_WORDS):
                if end > start and question[end] in _OF_A_TOPIC:
                    break
                end += 1
            named = question[start:end]
            return None if set(named) <= _ASKED_OF else (start, end)
    return None


def _asks_yours(question: Sequence[str]) -> bool:
    # "What do you think about information sharing?" asks the view of the one addressed;
    # "do you think young people mind…?" asks the asker to judge another's view, which a
    # clause after the verb names.
    verb = next(i for i, w in enumerate(question) if w in VIEW_VERBS)
    return verb + 1 == len(question) or question[verb + 1] in _OF_A_TOPIC


def _asks_your_view(question: Sequence[str]) -> bool:
    # "What's your view on information sharing?", "your thoughts?"; not "in your view, do
    # families mind…?" nor "your view on what families think?", where a clause or a verb of
    # view names another's.
    if not VIEW_VERBS.isdisjoint(question):
        return False
    return any(
        question[i] in _YOUR
        and question[i + 1] in _VIEW_NOUNS
        and (i + 2 == len(question) or question[i + 2] in _OF_A_TOPIC)
        for i in range(len(question) - 1)
    )


def _reports_a_view(question: Sequence[str]) -> bool:
    # "What does the guidance say about what families think?": a second verb of view after the
    # first makes the holder a source telling another's view, whose view is then asked.
    verbs = [i for i, w in enumerate(question) if w in VIEW_VERBS]
    return len(verbs) > 1


class ViewHolders:
    """Whose views each entry answering the `opinion` ask reports, read from its own words."""

    def __init__(
        self,
        entries: Iterable[QAEntry],
        *,
        emphasis: Collection[str] = (),
        staff: Iterable[str] = (),
    ) -> None:
        """Read the holders each entry names.

        Args:
            entries: the entries whose views are read (those answering `opinion`).
            emphasis: words of emphasis, read past ("families *themselves* think").
            staff: phrases naming staff, a role or a colleague (`objects.staff`,
                `case_questions.roles`, `colleagues`): a holder naming one of them asks what
                those who share think ("what do social workers feel…?"), whatever its head.
        """
        self._emphasis = frozenset(emphasis)
        self._staff = PhraseSet(staff)
        self._holders: dict[int, frozenset[str]] = {}
        for entry in entries:
            found: set[str] = set()
            for phrasing in (entry.question, *entry.alternates):
                named = holder(words(phrasing))
                if named:
                    found.update(self._heads(named))
            for anchor in entry.anchors:
                split = words(anchor.removesuffix("*"))
                if len(split) > 1 and split[-1] in VIEW_VERBS:
                    found.update(self._heads(split[:-1]))
            self._holders[entry.number] = frozenset(found)

    def asks_anothers_view(self, number: int, typed: Sequence[str], fixed: Sequence[str]) -> bool:
        """Whether the question (as typed, and typos fixed) asks the view of someone entry
        `number` does not report on: a part of its holder whose head the entry never names."""
        known = self._holders.get(number)
        if known is None:
            return False
        if _asks_your_view(typed):
            return True
        named = holder(typed)
        if not named:
            return False
        if self._staff.first_in_words(named) is not None:
            return True  # as before round 28 (quote28b), a second view verb or not
        if _reports_a_view(typed):
            return False
        if set(named) <= _ASKED_OF:
            return _asks_yours(typed)
        fixed_named = holder(fixed) or named
        parts = self._parts(named)
        fixed_parts = self._parts(fixed_named) if len(fixed_named) == len(named) else parts
        return any(
            known.isdisjoint(part) and known.isdisjoint(other)
            for part, other in zip(parts, fixed_parts, strict=False)
        )

    def own_holders_asked(
        self, number: int, typed: Sequence[str], fixed: Sequence[str]
    ) -> tuple[int, int] | None:
        """Where the question names the holders whose view it asks, when they are all holders
        entry `number` reports on ("what do kids in care think…?", "…looked after children…",
        "…pupils and parents…"); None when it names none, or someone else (`asks_anothers_view`).

        The entry's answer reports their view of sharing as such: a narrower group of the same
        people, or whoever the sharing is with, does not change what it says."""
        if number not in self._holders or _reports_a_view(typed):
            return None
        span = holder_span(typed)
        if span is None or set(typed[span[0] : span[1]]) <= _ASKED_OF:
            return None
        if self.asks_anothers_view(number, typed, fixed):
            return None
        return span

    def of_others_sharing(self, number: int, question: Sequence[str]) -> bool:
        """Whether the question asks the view of entry `number`'s own people
        (`own_holders_asked`) of sharing the asker does not say they would do: "how do parents
        feel about the school sharing information with the council?" asks what people think,
        where "what do parents think about us telling the police?" weighs the asker's own act,
        a case."""
        span = self.own_holders_asked(number, question, question)
        return span is not None and _ASKER.isdisjoint(question[span[1] :])

    def _heads(self, named: Sequence[str]) -> set[str]:
        # the last word of each part of the holder: "children, young people and families"
        return {part[-1] for part in self._parts(named) if part}

    def _parts(self, named: Sequence[str]) -> list[list[str]]:
        # The holder up to its head, split at "and"/"or", words of emphasis read past.
        head: list[str] = []
        for word in named:
            if word in _AFTER_HEAD:
                break
            if word not in self._emphasis:
                head.append(word)
        parts: list[list[str]] = [[]]
        for word in head:
            if word in _LIST:
                parts.append([])
            else:
                parts[-1].append(word)
        return [part for part in parts if part]
