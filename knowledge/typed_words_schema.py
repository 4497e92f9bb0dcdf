"""The schema of the typed-words pack: the pydantic models that check it when read from YAML.

Every word is written as `simplify` leaves a message, and every phrase of a worry as the matcher
reads words, since a word in any other form could never match. What the conversation reads are
the values of the same names in `knowledge.typed_words`, which also merges an organisation's
pack with the built-in one.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)

from knowledge.flow_pack import AnswerKey
from knowledge.matching.phrases import phrase_problem
from knowledge.matching.text import words
from knowledge.typed_word_names import (
    AskerList,
    CommandName,
    FriendList,
    LeadAnswer,
    WhomList,
    WorryName,
)
from knowledge.typed_words import simplify

_UNQUOTED = (
    'is how YAML reads an unquoted yes, no, true, false, on or off: put the word in quotes ("yes")'
)


def _not_yaml_bool(value: object) -> object:
    if isinstance(value, bool):
        raise ValueError(f"{str(value).lower()} {_UNQUOTED}")
    return value


def _keys_not_yaml_bool(value: object) -> object:
    if isinstance(value, dict):
        for key in value:
            _not_yaml_bool(key)
    return value


def _simplified(word: str) -> str:
    simple = simplify(word)
    if not simple:
        raise ValueError(f"{word!r} has no letters or digits, so it can never match a message")
    if simple != word:
        raise ValueError(
            f"{word!r} can never match, as messages are read in simplified form (lower case, "
            f"no accents or punctuation, single spaces): write it as {simple!r}"
        )
    return word


def _one_word(word: str) -> str:
    if " " in word:
        raise ValueError(f"{word!r} must be one word: messages are compared a word at a time")
    return word


def _frame(frame: str) -> str:
    words = frame.split(" ")
    if words.count("*") != 1 or len(words) < 2:
        raise ValueError(f"{frame!r} must hold words and one * standing alone for the term")
    for word in words:
        if word != "*":
            _simplified(word)
    return frame


def _phrase(phrase: str) -> str:
    if (problem := phrase_problem(phrase)) is not None:
        raise ValueError(problem)
    star = "*" if phrase.endswith("*") else ""
    read = " ".join(words(phrase.removesuffix("*"))) + star
    if read != phrase:
        raise ValueError(
            f"{phrase!r} can never match, as messages are read as words (lower case, no "
            f'punctuation, "I\'m" as "i am"): write it as {read!r}'
        )
    return phrase


Word = Annotated[str, BeforeValidator(_not_yaml_bool), AfterValidator(_simplified)]
_FRIEND_PHRASES = (
    "friends",
    "at_school",
    "at_work",
    "own_body",
    "childhood",
    "grown",
    "known",
    "own_family",
    "nearby",
    "own_parent",
    "grown_self",
    "own_things",
    "asked_of_me",
    "done_to_us",
    "own_life",
    "young_self",
    "secret_us",
    "kept_from_mine",
    "friend_worry",
    "grown_life",
    "own_doing",
    "own_using",
    "cared_for",
    "cared_adult",
    "shared_child",
    "own_partner",
    "own_life",
    "life_control",
    "life_control_other",
    "off_work",
    "strangers",
    "role_acts",
    "neighbours",
    "own_scam",
    "own_harmed",
    "plans_to_kill",
)


def _friend_words(lists: dict[FriendList, tuple[str, ...]]) -> dict[FriendList, tuple[str, ...]]:
    """The friend lists, all but those of phrases (`_FRIEND_PHRASES`) of single words."""
    for name, listed in lists.items():
        for word in () if name in _FRIEND_PHRASES else listed:
            if " " in word:
                raise ValueError(f"{name}: {word!r} must be one word: it is compared as one")
    return lists


AGREED_LISTS = (
    *("persons", "sharing", "consent", "consent_kinds", "said", "said_yes", "fine", "agreeing"),
    *("not_minding", "giving", "happy", "wanting", "asks", "clouding", "supposing"),
)
"""The lists of `TypedWordsPack.agreed`: words telling that the person agreed to the sharing a
question asks about ("she said yes"), as the matcher reads words, in order (`dialogs.agreed`;
the pack's comments say what each holds). Their names are checked here, not typed as a
`Literal` (the value's type is the model's, and a `Literal` of fifteen names cost every start
0.13 million instructions)."""
_AGREED_WORDS = ("asks", "supposing")


def _agreed_words(lists: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The agreement lists, of known names, `asks` and `supposing` of single whole words."""
    for name in lists:
        if name not in AGREED_LISTS:
            raise ValueError(f"{name}: no such list; the lists are {', '.join(AGREED_LISTS)}")
    for name in _AGREED_WORDS:
        for word in lists.get(name, ()):
            if " " in word or "*" in word:
                raise ValueError(f"{name}: {word!r} must be one whole word: it is compared as one")
    return lists


_AGREED_SCHEMA = {
    "type": "object",
    "propertyNames": {"enum": list(AGREED_LISTS)},
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}


def _phrase_lines(value: object) -> object:
    """A worry's phrases, listed in the pack, as the value keeps them: one string, one a line."""
    if not isinstance(value, list | tuple):
        raise ValueError("must be a list of phrases")
    for item in value:
        _not_yaml_bool(item)
        if not isinstance(item, str):
            raise ValueError(f'{item!r} is not a phrase: put it in quotes ("{item}")')
    if not value:
        raise ValueError("a worry lists at least one phrase")
    problems = []
    for phrase in value:
        try:
            _phrase(phrase)
        except ValueError as problem:
            problems.append(str(problem))
    if problems:
        raise ValueError("; ".join(problems))
    return "\n".join(dict.fromkeys(value))


PhraseLines = Annotated[
    str,
    BeforeValidator(_phrase_lines),
    WithJsonSchema({"type": "array", "items": {"type": "string"}, "minItems": 1}),
]
OneWord = Annotated[Word, AfterValidator(_one_word)]
Phrase = Annotated[str, BeforeValidator(_not_yaml_bool), AfterValidator(_phrase)]
Frame = Annotated[str, AfterValidator(_frame)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class HedgedWords(_Strict):
    """Words for reading a longer reply in a consent check, as checked when read: what each
    list means is on the value of the same name, `knowledge.typed_words.HedgedWords`."""

    leads: Annotated[dict[LeadAnswer, tuple[Word, ...]], BeforeValidator(_keys_not_yaml_bool)] = (
        Field(default_factory=dict)
    )
    echoes: tuple[Word, ...] = ()
    question_words: tuple[OneWord, ...] = ()
    joining_words: tuple[OneWord, ...] = ()
    negations: tuple[OneWord, ...] = ()
    denials: tuple[OneWord, ...] = ()
    not_answers: tuple[Word, ...] = ()
    verb_forms: tuple[tuple[OneWord, ...], ...] = ()
    agreements: tuple[Word, ...] = ()
    persons: dict[OneWord, tuple[Word, ...]] = Field(default_factory=dict)
    asked_first: tuple[Word, ...] = ()
    degrees: tuple[OneWord, ...] = ()
    doubts: tuple[Word, ...] = ()
    second_thoughts: tuple[Word, ...] = ()
    corrections: tuple[Word, ...] = ()
    cannot_consent: tuple[Word, ...] = ()
    consent_words: tuple[OneWord, ...] = ()
    subject_words: dict[OneWord, tuple[OneWord, ...]] = Field(default_factory=dict)
    writers: tuple[OneWord, ...] = ()
    writer_asks: tuple[Word, ...] = ()

    @model_validator(mode="after")
    def _echoes_are_yes_or_no_leads(self) -> HedgedWords:
        answers = (*self.leads.get("yes", ()), *self.leads.get("no", ()))
        strays = [w for w in self.echoes if w not in answers]
        if strays:
            raise ValueError(f"echoes must be yes or no leads too: {', '.join(strays)}")
        return self


class TypedWordsPack(_Strict):
    """A file of kind `typed-words`; an organisation's own adds to the built-in one."""

    kind: Literal["typed-words"]
    commands: dict[CommandName, tuple[Word, ...]] = Field(default_factory=dict)
    answers: Annotated[dict[AnswerKey, tuple[Word, ...]], BeforeValidator(_keys_not_yaml_bool)] = (
        Field(default_factory=dict)
    )
    why: tuple[Word, ...] = ()
    greetings: tuple[Word, ...] = ()
    greeting_to: tuple[Word, ...] = ()
    thanks: tuple[Word, ...] = ()
    praise: tuple[Word, ...] = ()
    age_words: tuple[Word, ...] = ()
    adult_words: tuple[Word, ...] = ()
    adult_asides: tuple[Word, ...] = ()
    spans: tuple[OneWord, ...] = ()
    acknowledgements: tuple[Word, ...] = ()
    skips: tuple[Word, ...] = ()
    confused: tuple[Word, ...] = ()
    professionals_told: tuple[Word, ...] = ()
    cold_told: tuple[Word, ...] = ()
    offender_told: tuple[Word, ...] = ()
    new_partner_told: tuple[Word, ...] = ()
    scam_told: tuple[Word, ...] = ()
    police_called_told: tuple[Word, ...] = ()
    own_holders: tuple[Word, ...] = ()
    own_matters: tuple[Word, ...] = ()
    several_questions: tuple[Word, ...] = ()
    second_questions: tuple[Word, ...] = ()
    follow_ups: tuple[Word, ...] = ()
    follow_up_ends: tuple[Word, ...] = ()
    follow_up_parties: dict[str, tuple[Word, ...]] = Field(default_factory=dict)
    follow_up_asides: tuple[Word, ...] = ()
    follow_up_pronouns: tuple[OneWord, ...] = ()
    meaning_frames: tuple[Frame, ...] = ()
    whether_frames: tuple[Frame, ...] = ()
    command_leads: tuple[Word, ...] = ()
    wrong_presses: tuple[Word, ...] = ()
    askers: dict[AskerList, tuple[Word, ...]] = Field(default_factory=dict)
    whom_asked: dict[WhomList, tuple[Word, ...]] = Field(default_factory=dict)
    hedged: HedgedWords = Field(default_factory=HedgedWords)
    friend: Annotated[dict[FriendList, tuple[Word, ...]], AfterValidator(_friend_words)] = Field(
        default_factory=dict
    )
    agreed: Annotated[
        dict[str, tuple[Phrase, ...]],
        AfterValidator(_agreed_words),
        WithJsonSchema(_AGREED_SCHEMA),
    ] = Field(default_factory=dict)
    worries: dict[WorryName, PhraseLines] = Field(default_factory=dict)
