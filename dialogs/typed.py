"""Understanding short typed messages: commands, yes / no / not sure, greetings and thanks.

Anything not recognised here is a question for the matcher.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from dialogs.choices import Command
from knowledge.flow_pack import AnswerKey


class SmallTalk(StrEnum):
    """Social messages that get a short friendly reply."""

    GREETING = "greeting"
    THANKS = "thanks"


_COMMAND_WORDS: dict[Command, tuple[str, ...]] = {
    Command.HELP: (
        "help",
        "menu",
        "commands",
        "options",
        "what can you do",
        "how does this work",
        "what do you do",
        "instructions",
        "help me",
    ),
    Command.TOPICS: (
        "topics",
        "topic",
        "topic list",
        "list",
        "browse",
        "questions",
        "faq",
        "faqs",
        "show topics",
        "list topics",
        "all questions",
        "index",
        "browse topics",
    ),
    Command.CHECK: (
        "check",
        "consent check",
        "start",
        "start check",
        "start a check",
        "begin",
        "start a consent check",
        "start consent check",
        "consent",
        "run the check",
        "key questions",
        "seven key questions",
        "7 key questions",
        "decision",
        "new check",
        "another check",
        "start another check",
    ),
    Command.RULES: (
        "rules",
        "golden rules",
        "the golden rules",
        "seven golden rules",
        "7 golden rules",
        "show rules",
        "the rules",
    ),
    Command.ABOUT: (
        "about",
        "source",
        "sources",
        "version",
        "who made you",
        "what are you",
        "who are you",
        "disclaimer",
        "is this legal advice",
    ),
    Command.BACK: (
        "back",
        "go back",
        "previous",
        "undo",
        "change my answer",
        "change answer",
        "previous question",
        "the previous question",
        "go to the previous question",
        "back to the previous question",
        "last question",
        "back a question",
        "go back a question",
        "go back one",
        "back one",
        "previous step",
        "go back a step",
        "step back",
        "undo that",
        "change my last answer",
        "i want to change my answer",
    ),
    Command.RESTART: ("restart", "start again", "start over", "reset", "from the top"),
    Command.CANCEL: (
        "cancel",
        "stop",
        "quit",
        "exit",
        "end",
        "abort",
        "never mind",
        "nevermind",
        "cancel check",
        "stop check",
    ),
    Command.RESUME: (
        "ive had the advice",
        "i have had the advice",
        "had the advice",
        "got the advice",
        "ive got the advice",
        "i got advice",
        "ive had advice",
        "i have had advice",
        "resume",
        "resume the check",
        "resume check",
        "continue the check",
        "carry on with the check",
    ),
    Command.RECORD: (
        "record",
        "my record",
        "last record",
        "my last record",
        "decision record",
        "my decision record",
        "show my record",
        "show my last record",
        "show record",
        "show the record",
        "record again",
        "copy record",
        "where is my record",
        "get my record",
    ),
}
_COMMANDS = {w: c for c, words in _COMMAND_WORDS.items() for w in words}

_ANSWER_WORDS: dict[AnswerKey, tuple[str, ...]] = {
    AnswerKey.YES: (
        "yes",
        "y",
        "yep",
        "yeah",
        "yea",
        "yup",
        "ya",
        "aye",
        "correct",
        "true",
        "yes there is",
        "yes it is",
        "yes i do",
        "i do",
        "it is",
        "there is",
        "yes we do",
        "we do",
        "definitely",
        "absolutely",
        "certainly",
        "affirmative",
        "ok yes",
        "yes please",
        "sure",
    ),
    AnswerKey.NO: (
        "no",
        "n",
        "nope",
        "nah",
        "na",
        "no it isnt",
        "no there isnt",
        "no i dont",
        "not really",
        "false",
        "negative",
        "it isnt",
        "there isnt",
        "we dont",
        "no we dont",
        "no consent",
    ),
    AnswerKey.REFUSED: (
        "refused",
        "they refused",
        "consent refused",
        "no they refused",
        "she refused",
        "he refused",
        "declined",
        "they declined",
        "they said no",
    ),
    AnswerKey.UNSAFE_TO_ASK: (
        "unsafe to ask",
        "not safe to ask",
        "its not safe to ask",
        "it isnt safe to ask",
        "not sought",
        "unsafe",
        "not safe",
        "not safe to ask after all",
    ),
    AnswerKey.NOT_ASKED: (
        "not asked",
        "not asked yet",
        "not yet asked",
        "not yet",
        "havent asked",
        "i havent asked",
        "i havent asked yet",
        "havent asked yet",
        "we havent asked",
        "didnt ask",
    ),
    AnswerKey.NOT_SURE: (
        "not sure",
        "unsure",
        "dont know",
        "do not know",
        "i dont know",
        "idk",
        "maybe",
        "not certain",
        "uncertain",
        "no idea",
        "dunno",
        "unclear",
        "possibly",
        "perhaps",
        "im not sure",
        "i am not sure",
        "no clue",
        "hard to say",
        "cant say",
    ),
}
_ANSWERS = {w: a for a, words in _ANSWER_WORDS.items() for w in words}

_WHY_WORDS = frozenset(
    {
        "why",
        "why am i asked this",
        "why am i being asked this",
        "explain",
        "what does this mean",
        "what does that mean",
        "why this question",
        "tell me more",
        "more info",
        "more information",
        "what do you mean",
    }
)

_GREETINGS = frozenset(
    {
        "hi",
        "hello",
        "hey",
        "hiya",
        "good morning",
        "morning",
        "good afternoon",
        "afternoon",
        "good evening",
        "evening",
        "hi there",
        "hello there",
        "hey there",
        "yo",
        "greetings",
        "howdy",
        "hallo",
        "hullo",
    }
)
_THANKS = frozenset(
    {
        "thanks",
        "thank you",
        "thankyou",
        "cheers",
        "ta",
        "thx",
        "ty",
        "thanks a lot",
        "many thanks",
        "thank you so much",
        "great thanks",
        "ok thanks",
        "brilliant thanks",
        "perfect thanks",
        "lovely thanks",
        "thats great",
        "that helps",
        "helpful",
        "great",
        "brilliant",
        "perfect",
    }
)

_CURRENCY = re.compile(
    r"\b(how (old|current|up to date|recent)|out of date|outdated|still (valid|current|in force|"
    r"apply|applies|relevant)|up to date|superseded|replaced|latest (guidance|version)|newer "
    r"(guidance|version)|most recent guidance|is this current|current guidance)\b"
)
_SHARE_REQUEST = re.compile(
    r"\b(can|could|may|should|shall|must) (i|we) (share|pass|tell|disclose|give|send|report|"
    r"let .{1,20} know)\b|\b(am i|are we) (allowed|able|ok|okay|permitted) to (share|pass|tell|"
    r"disclose|give|send)\b|\bis it (ok|okay|alright|all right|legal|lawful|fine) (for me |for us "
    r")?to (share|pass|tell|disclose)\b|\bshould (this|it|that) be shared\b"
)
_SPACES = re.compile(r"\s+")


def simplify(text: str) -> str:
    """Lower case, no accents, no punctuation or emoji, single spaces."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(
        ch if ch.isalnum() or ch.isspace() else ("" if ch in "'\u2019" else " ")
        for ch in folded
        if not unicodedata.combining(ch)
    )
    return _SPACES.sub(" ", kept).strip()


def as_command(simple: str) -> Command | None:
    """A command, if the message is one (already simplified)."""
    return _COMMANDS.get(simple.removeprefix("please ").removesuffix(" please"))


def as_answer(simple: str) -> AnswerKey | None:
    """Yes, no or not sure, if the message is one of their many spellings."""
    return _ANSWERS.get(simple.removesuffix(" thanks").removesuffix(" please"))


def is_why(simple: str) -> bool:
    """Whether the message asks why the current question is asked."""
    return simple in _WHY_WORDS


def as_small_talk(simple: str) -> SmallTalk | None:
    """A greeting or thanks, if that is all the message is."""
    if simple in _GREETINGS or (
        simple.split(" ", 1)[0] in _GREETINGS
        and len(simple) < 25
        and simple.split(" ", 1)[-1]
        in {"all", "team", "bot", "there", "everyone", "folks", "assistant"}
    ):
        return SmallTalk.GREETING
    if simple in _THANKS:
        return SmallTalk.THANKS
    return None


def asks_about_currency(simple: str) -> bool:
    """Whether the message asks how current the guidance is.

    "Why was the 2006 guidance replaced?" asks why the 2008 edition was written (a published
    entry answers it), not whether this one is still current.
    """
    return not simple.startswith("why ") and bool(_CURRENCY.search(simple))


def asks_to_share(simple: str) -> bool:
    """Whether the message asks for a decision ("can I share this?") rather than a fact."""
    return bool(_SHARE_REQUEST.search(simple))


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_SLACK_MARKUP = re.compile(r"<[@#!][^<>|]*(?:\|([^<>]*))?>")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]{0,200}>")
MAX_INPUT_CHARS = 4000


def clean_input(text: str) -> str:
    """Make any message safe to read: drop control characters, mention and HTML markup.

    Messages longer than `MAX_INPUT_CHARS` are cut there: a question never needs more, and a
    pasted document should not cost more than a question does.
    """
    text = text[:MAX_INPUT_CHARS]
    text = _SLACK_MARKUP.sub(lambda m: m.group(1) or " ", text)
    text = _HTML_TAG.sub(" ", text)
    text = re.sub(r"(?<!\w)@(here|channel|everyone)\b", " ", text)
    return _CONTROL.sub(" ", text).strip()
