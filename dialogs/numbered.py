"""A number typed for an item of a numbered list just shown: "3", "rule 3", "the third one",
"tell me more about 4".

The golden rules and the list of topics are the only replies numbered in their text (the
steps for sharing safely and "Did you mean" are bullets). A number points into the list the
last reply showed; a bare number with no list before it is never guessed at. "Rule 3" names
its list itself, so it needs none before it.
"""

from __future__ import annotations

import functools
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from dialogs.choices import Command, command_value
from dialogs.contract import Choice, Reply
from dialogs.facts import TurnKind
from knowledge.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from dialogs.answers import QAAnswers
    from dialogs.state import ConversationState
    from dialogs.suggested import SuggestionTaken
    from dialogs.texts import Texts
    from dialogs.turn_note import TurnNote
    from dialogs.typed import TypedReader
    from knowledge.loader import Knowledge

_TOPICS = Choice("Browse topics", command_value(Command.TOPICS))
_RULES = Choice("Golden rules", command_value(Command.RULES))


class Listed(StrEnum):
    """A numbered list a reply showed, remembered for the next turn (an id, never text)."""

    RULES = "rules"
    TOPICS = "topics"
    SUGGESTED = "suggested"  # the entries "Did you mean" offered (`dialogs.suggested`)


# An item pointed at by number; `names` is the list the words named ("rule 3"), if any.
NumberRef = NamedTuple(  # noqa: UP014 (a call: see `knowledge.matching.index.Scored`)
    "NumberRef", [("number", int), ("names", Listed | None)]
)


_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_SHORT_ORDINALS = {f"{n}{s}": n for n, s in ((1, "st"), (2, "nd"), (3, "rd"))} | {
    f"{n}th": n for n in range(4, 21)
}
_VALUES = (
    {w: n for n, w in enumerate(_WORDS, start=1)}
    | {w: n for n, w in enumerate(_ORDINALS, start=1)}
    | _SHORT_ORDINALS
)
_KINDS = {
    "golden rule": Listed.RULES,
    "rule": Listed.RULES,
    "topic": Listed.TOPICS,
}
_NUMBER = r"(?P<n>\d{1,2}|" + "|".join(sorted(_VALUES, key=len, reverse=True)) + ")"


def _holds_a_number(text: str) -> bool:
    """Whether a word of `text` (split at white space) is one `_NUMBER` reads whole: every text
    holding a match of `_REFERENCE` does."""
    words = text.split()
    return not _VALUES.keys().isdisjoint(words) or any(
        len(word) <= 2 and word.isdecimal() for word in words
    )


# Simplified text (lower case, no punctuation, "what's" as "whats"): a lead that asks for the
# item, then "the", a word naming the list or the item, the number, and words after it. The
# number is a word of its own (as it always is in a whole match): most questions name none,
# and are answered without the pattern being compiled (`_holds_a_number`).
_REFERENCE = LazyPattern(
    r"(?:(?:can you |could you |please )?(?:tell me (?:a bit |a little )?more (?:about|on)|"
    r"more (?:about|on)|what about|whats|what is|what does|explain|show me|go to|open|"
    r"id like|i want|can i see|can i have|give me|read)\s)?"
    r"(?:the )?(?:(?P<kind>golden rule|rule|topic|number|no|item|point|question|option)\s)?"
    + r"(?<!\S)"
    + _NUMBER
    + r"(?!\S)(?:\s(?:one|rule|golden rule|topic|question|item|point|please|pls|again|then|"
    r"thanks|thank you|mean|say|says|on the list|in the list|in full))*",
    needs=_holds_a_number,
)


def number_reference(simple: str) -> NumberRef | None:
    """The numbered item `simple` (already `simplify`d) points at, if it says nothing else."""
    if not simple or len(simple) > 60:
        return None
    found = _REFERENCE.fullmatch(simple)
    if found is None:
        return None
    typed = found["n"]
    number = int(typed) if typed.isdigit() else _VALUES[typed]
    kind = found["kind"]
    return NumberRef(number, _KINDS.get(kind) if kind else None)


class NumberedItems:
    """The reply to a number typed for an item of the golden rules or of the topics."""

    def __init__(
        self, knowledge: Knowledge, qa: QAAnswers, typed: TypedReader, texts: Texts
    ) -> None:
        self._knowledge = knowledge
        self._qa = qa
        self._typed = typed
        self._texts = texts

    @functools.cached_property
    def _suggested(self) -> SuggestionTaken:
        # Built at the first turn after a "Did you mean": `infoshare ask` never has one.
        from dialogs.suggested import SuggestionTaken  # noqa: PLC0415

        return SuggestionTaken(self._knowledge, self._qa, self._typed)

    def reply(
        self, state: ConversationState, simple: str, note: TurnNote
    ) -> tuple[Reply, bool] | None:
        """The item of a numbered list a typed number points at (`pointed`), and True: the
        question of a check under way follows it; or what a summary just shown says for a bare
        age (`age_after_summary`), and False; None for neither."""
        aged = age_after_summary(state, simple, note, typed=self._typed, texts=self._texts)
        if aged is not None:
            return aged, False
        if note.listed is Listed.SUGGESTED:  # "yes" or "2" just after "Did you mean"
            ref = number_reference(simple)
            number = ref.number if ref is not None and ref.names is None else None
            taken = self._suggested.reply(state, simple, note, number)
            if taken is not None:
                return taken, True
        pointed = self.pointed(simple, note, in_check=state.in_check())
        if pointed is None:
            return None
        reply, item = pointed
        return reply, item

    def pointed(self, simple: str, note: TurnNote, *, in_check: bool) -> tuple[Reply, bool] | None:
        """The reply to a typed number ("3", "rule 3", "the third one") and whether it is an item
        of a list: in the list the last reply showed, or the one the words name. A bare number
        with no list before it is never guessed at; in a check (`in_check`) it is left to the
        check (None, as for no number)."""
        ref = number_reference(simple)
        if ref is None:
            return None
        listed = ref.names or note.listed
        if listed is Listed.SUGGESTED:  # in a check, a number is the check's
            listed = None
        if listed is None:
            if in_check:
                return None
            note.kind = TurnKind.OTHER
            return self.unclear(ref.number), False
        reply = self.item(listed, ref.number)
        note.shows = listed
        if reply.card is not None:
            note.kind, note.entry = TurnKind.TOPIC, ref.number
        else:
            note.kind = TurnKind.COMMAND
        return reply, True

    def item(self, listed: Listed, number: int) -> Reply:
        """Item `number` of `listed`: the rule, or the entry quoted in full; or which numbers
        the list has, when it has no such item.

        An item comes without buttons, as a quoted entry does: a number typed next still means
        the list's next item (the terminal numbers buttons, and would take "1" for the first).
        """
        if listed is Listed.TOPICS:
            card = self._qa.entry_card(number)
            if card is not None:
                return card
            count = len(self._knowledge.entries)
            return Reply(
                text=f"The list of topics goes from 1 to {count}. Type the number of the one "
                "you want, or ask in your own words.",
                choices=(_TOPICS,),
            )
        pack = self._knowledge.rules
        rule = next((r for r in pack.rules if r.number == number), None)
        if rule is None:
            return Reply(
                text=f"There are {len(pack.rules)} golden rules, numbered 1 to "
                f"{len(pack.rules)}. Type the number of the one you want.",
                choices=(_RULES,),
            )
        return Reply(
            text=f"**Golden rule {rule.number}: {rule.title}.**\n{rule.text}\n\n"
            "That is the whole rule, in summary. Type another number for another rule, or ask "
            "me about it in your own words; type **check** to start a consent check for a "
            f"decision you have to make.\n\n*From {pack.guidance}, in summary. "
            f"{self._knowledge.about.short_status}.*",
        )

    @staticmethod
    def unclear(number: int) -> Reply:
        """A number with no numbered list before it: which list it means is never guessed. It
        may mean a question of a message that asked more than one ("the second one again?"):
        the reply says to ask that one again on its own."""
        return Reply(
            text=f"I'm not sure what {number} refers to. If your last message asked more than "
            "one thing, I may have answered only one: ask the other again on its own and I'll "
            "answer it. Or type **rules** for the seven golden rules or **topics** for the "
            "questions the published Q&A answers, then the number of the one you want.",
            choices=(_RULES, _TOPICS),
        )


def age_after_summary(
    state: ConversationState, simple: str, note: TurnNote, *, typed: TypedReader, texts: Texts
) -> Reply | None:
    """Outside a check, a bare age ("shes 14") just after a key question's summary: what the
    summary says for that age; None for anything else."""
    if note.summarised is None or state.in_check():
        return None
    from dialogs.told_age import bare_age  # noqa: PLC0415 (only just after a summary)

    age = bare_age(simple, typed.age_words)
    adults = age is None and typed.asks_for_adults(simple)  # "what about adults?"
    reply = texts.summary_for_age(note.summarised, age) if age is not None or adults else None
    if reply is not None:
        note.kind, note.summarises = TurnKind.COMMAND, note.summarised
    return reply
