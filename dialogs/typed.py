"""Understanding short typed messages: commands, yes / no / not sure, greetings, thanks, "ok"
(whether one asks for a decision to share: `dialogs.share_asks`).

The words are the typed-words pack's (knowledge/packs/typed-words.yaml); the patterns here are
not words. Anything not recognised here is a question for the matcher.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from dialogs.choices import Command
from knowledge.flow_pack import AnswerKey
from knowledge.lazy_pattern import LazyPattern, holding
from knowledge.typed_words import TypedWordsPack, after_lead, simplify

__all__ = [
    "FieldMove",
    "SmallTalk",
    "TypedReader",
    "asks_about_currency",
    "simplify",
]


class SmallTalk(StrEnum):
    """Social messages that get a short friendly reply."""

    GREETING = "greeting"
    THANKS = "thanks"
    ACKNOWLEDGEMENT = "acknowledgement"


class FieldMove(StrEnum):
    """A line typed at a record field asked for on its own that moves through the form and is
    written nowhere, as a modal or a card lets a person go back to a field or leave it blank."""

    BACK = "back"
    SKIP = "skip"
    STOP = "stop"
    ASKED = "asked"
    """A question typed at the field ("what do I put here?"): the field is asked for again."""


_CURRENCY = LazyPattern(
    r"\b(how (current|up to date|recent)|how old (is|are) (this|that|it|these|the (guidance|advice|"
    r"document|q ?a))|out of date|outdated|up to date|superseded|replaced|latest (guidance|version)"
    r"|newer (guidance|version)|most recent guidance|is this current|current guidance)\b"
    # "still applies" of the guidance, a law (the about page says what replaced the DPA 1998)
    # or what points at them; "does gillick still apply" asks of another thing, which the
    # routes and the Q&A may answer
    r"|\b(this|that|it|these|they|guidance|advice|document|q ?a|version|edition|2008|act|1998|"
    r"dpa|law|laws|legislation) "
    r"((even|really|actually) )?still (valid|current|in force|apply|applies|relevant)\b"
    r"(?! to (me|us)\b)",  # "does it still apply to me" asks of the writer's place (tryout48 #7)
    needs=holding(
        "how ", "date", "still ", "superseded", "replaced", "latest ", "newer ", "recent", "current"
    ),
)
_ARTICLES = frozenset({"the", "a", "an"})
_WHY = ("why ", "how come ")  # a reason asked for: what the guidance was replaced for
_REPLACED = frozenset(("replaced", "superseded"))  # "was replaced - why?"; not "out of date? why?"
_BE = frozenset(("was", "is", "did", "has", "had", "were"))
_POINTERS = frozenset(("that", "this", "it", "so"))  # "…replaced, why was that?", "why so?"
_MAX_TERM_WORDS = 5
_MAX_COMMAND_WORDS = 8  # longer, and it is a question that happens to hold a command's word
_MAX_THANKS_WORDS = 10  # "thank you so much, that's really helpful" is nine
_SENTENCE_ENDS = LazyPattern(r"([.!?\n])")  # split on, kept: a sentence ending in "?" is asked
_MAX_ADULT_WORDS = 8  # "and is it the same for adults too" is eight


class TypedReader:
    """Reads short typed messages by the words of the typed-words pack."""

    def __init__(self, words: TypedWordsPack) -> None:
        self._commands = {w: Command(c) for c, found in words.commands.items() for w in found}
        self._leads = sorted((lead.split() for lead in words.command_leads), key=len, reverse=True)
        self._wrong_presses = [press.split() for press in words.wrong_presses]
        self._answers = {w: a for a, found in words.answers.items() for w in found}
        self._why = frozenset(words.why)
        self._confused = frozenset(words.confused)
        self._several = tuple(f" {phrase} " for phrase in words.several_questions)
        self._second = tuple(f" {phrase} " for phrase in words.second_questions)
        self._greetings = frozenset(words.greetings)
        self._greeting_to = frozenset(words.greeting_to)
        self._thanks = frozenset(words.thanks)
        self._thanks_words = frozenset(w for w in words.thanks if " " not in w) | {"thank"}
        self._praise = frozenset(words.praise) | self._thanks_words
        self._acknowledgements = frozenset(words.acknowledgements)
        self._skips = frozenset(words.skips)
        # the words a bare age remark may have beside its age (`dialogs.told_age.bare_age`)
        self.age_words = frozenset(words.age_words)
        self._adult_words = frozenset(words.adult_words)
        self._adult_asides = self.age_words | frozenset(words.adult_asides)
        self._frames = [_frame_ends(frame) for frame in words.meaning_frames]
        self._question_words = frozenset(words.hedged.question_words)
        self._whether = [_frame_ends(frame) for frame in words.whether_frames]

    def as_command(self, simple: str) -> Command | None:
        """A command, if the message is one (already simplified), after any polite or leading
        words of the pack ("ok lets do the check" is `check`) and without "the", "a" or "an"."""
        plain = simple.removeprefix("please ").removesuffix(" please")
        found = self._commands.get(plain)
        words = plain.split()
        if found is None and self._says_wrong_press(words):
            return Command.BACK
        if found is not None or not 1 < len(words) <= _MAX_COMMAND_WORDS:
            return found
        rest: Sequence[str] | None = [w for w in words if w not in _ARTICLES]
        while rest:
            found = self._commands.get(" ".join(rest))
            if found is not None:
                return found
            rest = after_lead(rest, self._leads)
        return None

    def _says_wrong_press(self, words: Sequence[str]) -> bool:
        said: Sequence[str] | None = [w for w in words if w not in _ARTICLES]
        while said:
            if any(list(said[: len(press)]) == press for press in self._wrong_presses):
                return True
            said = after_lead(said, self._leads)
        return False

    def skips(self, simple: str) -> bool:
        """Whether the message (already simplified) asks only to skip what is asked ("skip",
        "next", "leave blank")."""
        return simple in self._skips

    def field_move(self, simple: str, *, question_mark: bool = False) -> FieldMove | None:
        """How a line typed at a record field asked for on its own moves through the form
        ("back", "skip", "cancel"), already simplified; None for a line to write in the field.
        With a `question_mark` in the line as typed, a line opening (after any lead: "sorry")
        with a question word asks something ("what do I put for what was shared?")."""
        if self.skips(simple):
            return FieldMove.SKIP
        command = self.as_command(simple)
        if command is Command.BACK:
            return FieldMove.BACK
        if command is Command.CANCEL:
            return FieldMove.STOP
        said: Sequence[str] | None = simple.split()
        while question_mark and said:
            if said[0] in self._question_words:
                return FieldMove.ASKED
            said = after_lead(said, self._leads)
        return None

    def as_answer(self, simple: str) -> AnswerKey | None:
        """Yes, no or not sure, if the message is one of their many spellings."""
        return self._answers.get(simple.removesuffix(" thanks").removesuffix(" please"))

    def is_why(self, simple: str) -> bool:
        """Whether the message asks why the current question is asked."""
        return simple in self._why

    def asks_why(self, simple: str) -> bool:
        """Whether the message asks why (`is_why`), or says only that what was just said was
        not understood (`is_confused`): either way, what was asked is explained."""
        return self.is_why(simple) or self.is_confused(simple)

    def asks_several(self, simple: str, *, told: str | None = None) -> bool:
        """Whether a message says it asks more than one question ("2 questions: …"), or, for a
        message telling of harm (`told`, as typed), a sentence of it ending in a question mark
        begins a second ("…without consent, and what is an ISP?")."""
        padded = f" {simple} "
        if any(phrase in padded for phrase in self._several):
            return True
        asked = (f" {simplify(s)} " for s in _questions(told)) if told else ()
        return any(phrase in s for s in asked for phrase in self._second)

    @property
    def second_questions(self) -> tuple[str, ...]:
        """How a second question begins in a message telling of harm ("and what is")."""
        return tuple(phrase.strip() for phrase in self._second)

    def is_confused(self, simple: str) -> bool:
        """Whether the message says only that what was just said was not understood."""
        return simple in self._confused

    def term_asked(self, simple: str, *, whether: bool = False) -> str | None:
        """The term a message asks the meaning of ("what does identified mean" is "identified"),
        without "the", "a" or "an"; None if it asks no meaning. With `whether`, also the term it
        asks whether the case is ("is this confidential" is "confidential")."""
        frames = self._frames + self._whether if whether else self._frames
        said: Sequence[str] | None = simple.split()
        while said:  # "sorry what mean public interest": after a lead, as a command is read
            simple = " ".join(said)
            # every frame at the message's end first: "what is mean by *" before "what * mean"
            for within in (False, True):
                for before, after in frames:
                    end = _frame_end(simple, before, after, within=within)
                    middle = simple[len(before) : end].split() if end is not None else []
                    term = [w for w in middle if w not in _ARTICLES]
                    if term and _longest_part(middle) <= _MAX_TERM_WORDS:
                        return " ".join(term)
            # In a check a frame after a remark asks too ("…, does that count as refused?").
            said = said[1:] if whether else after_lead(said, self._leads)
        return None

    def meaning_asked(self, simple: str) -> list[str]:
        """If the message asks what a term means, every way the pack's meaning frames ask it
        ("sorry what mean public interest" is also "what does public interest mean"): one
        question, however it is framed. Empty if it asks no meaning."""
        term = self.term_asked(simple)
        return [f"{before}{term}{after}" for before, after in self._frames] if term else []

    def as_small_talk(self, simple: str) -> SmallTalk | None:
        """A greeting, thanks or an "ok", if that is all the message is."""
        if simple in self._greetings or (
            simple.split(" ", 1)[0] in self._greetings
            and len(simple) < 25
            and simple.split(" ", 1)[-1] in self._greeting_to
        ):
            return SmallTalk.GREETING
        if simple in self._thanks or self._is_thanks(simple.split()):
            return SmallTalk.THANKS
        if simple in self._acknowledgements:
            return SmallTalk.ACKNOWLEDGEMENT
        return None

    def asks_for_adults(self, simple: str) -> bool:
        """Whether a short message, already simplified, asks about adults in a bare age's words
        ("what about adults?", "and for an adult?"): the pack's `adult_words` beside its
        `age_words` and `adult_asides`."""
        words = simple.split()
        if not 0 < len(words) <= _MAX_ADULT_WORDS:
            return False
        rest = " ".join(w for w in words if w not in self._adult_asides)
        return rest in self._adult_words

    def _is_thanks(self, words: list[str]) -> bool:
        """Thanks in a few words of praise ("that's really helpful, thank you")."""
        return (
            len(words) <= _MAX_THANKS_WORDS
            and not self._thanks_words.isdisjoint(words)
            and all(w in self._praise for w in words)
        )


def _longest_part(term: list[str]) -> int:
    """The words of the longest of the terms joined by "and" ("not sought and not asked")."""
    return max(len(part.split()) for part in " ".join(term).split(" and "))


def _frame_end(simple: str, before: str, after: str, *, within: bool) -> int | None:
    """Where the term of a frame ends in `simple`, or None when the frame does not fit: at the
    frame's end, or, `within` the message, for a frame with words both sides ("whats * mean"),
    before those words mid-message ("whats a living person mean like if they died")."""
    if not simple.startswith(before) or len(simple) <= len(before):
        return None
    if not within:
        return len(simple) - len(after) if simple.endswith(after) else None
    at = simple.find(f"{after} ", len(before)) if before and after else -1
    return at if at > len(before) else None


def _frame_ends(frame: str) -> tuple[str, str]:
    """What a message must begin and end with to fit a meaning frame ("what does * mean")."""
    before, _, after = frame.partition("*")
    return before, after


def asks_about_currency(simple: str) -> bool:
    """Whether the message asks how current the guidance is.

    "Why was the 2006 guidance replaced?" asks why the 2008 edition was written (a published
    entry answers it), not whether this one is still current; so do "how come the old 2006
    guidance got replaced?" and "do you know why it was brought up to date?" (a reason asked
    before the currency words), and "the 2006 guidance was replaced - why was that?" (after).
    """
    found = _CURRENCY.search(simple)
    return (
        found is not None
        and not _reason_before(simple[: found.start()])
        and not (found.group(0) in _REPLACED and _reason_after(simple[found.end() :].split()))
    )


def _reason_before(head: str) -> bool:
    # A reason asked before the currency words, behind a wrapper or not: "do you know why the
    # guidance was brought up to date?" asks why, as "why was it brought up to date?" does.
    spaced = f" {head}"
    return any(f" {why}" in spaced for why in _WHY)


def _reason_after(tail: list[str]) -> bool:
    # "the 2006 guidance was replaced - why was that?", "…replaced, why?": the reason for what
    # was just said, asked after it.
    for at, word in enumerate(tail):
        if word == "why":
            rest = tail[at + 1 :]
            rest = rest[1:] if rest[:1] and rest[0] in _BE else rest
            return not rest or rest[0] in _POINTERS
    return False


def _questions(text: str) -> list[str]:
    """The sentences of `text` that end in a question mark, each without it (split once, so
    linear: a pattern that looked for "…?" from every start was quadratic on text without one)."""
    parts = _SENTENCE_ENDS.compiled.split(text)
    return [parts[i] for i in range(0, len(parts) - 1, 2) if parts[i + 1] == "?"]
