"""Data models of the matcher: its two packs' values, its settings and its results.

The pydantic models that check the two packs read from YAML are in `knowledge.matching.schema`,
under the same names (`CaseQuestions`'s in `knowledge.matching.case_schema`); what each field
means is described there.
"""

from dataclasses import field
from typing import Literal

from knowledge.pack_values import PackValue, Value
from knowledge.value_class import value_class


@value_class(kw_only=True)
class NotCoveredTopic(PackValue):
    """A subject near the Q&A that it does not answer, with what we say instead."""

    id: str
    cues: tuple[str, ...]
    reply: str
    anchors: tuple[str, ...] = ()
    after_concern: str = ""
    with_concern: str = ""
    scope_entry: int | None = None
    scope_asks: tuple[str, ...] = ()
    gives_way_to: int | None = None
    gives_way_asks: tuple[str, ...] = ()
    gives_way_naming: tuple[str, ...] = ()


@value_class(kw_only=True)
class CaseQuestions(PackValue):
    """How to tell a question about one case ("can I tell the school about…?") from a question
    about the guidance: a sharing verb and a named party, both in the question itself."""

    topic: str
    verbs: tuple[str, ...]
    parties: tuple[str, ...]
    people: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    settings: tuple[str, ...] = ()
    consent_after: tuple[str, ...] = ()
    consent_before: tuple[str, ...] = ()
    owner_after: tuple[str, ...] = ()
    owner_before: tuple[str, ...] = ()
    owner_group_after: tuple[str, ...] = ()
    owner_group_openers: tuple[str, ...] = ()
    owner_group_breaks: tuple[str, ...] = ()
    other_acts: tuple[str, ...] = ()
    shared_things: tuple[str, ...] = ()
    outside_parties: tuple[str, ...] = ()
    colleagues: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    provisions: tuple[str, ...] = ()
    requests: tuple[str, ...] = ()
    own_wishes: tuple[str, ...] = ()
    requesters: tuple[str, ...] = ()
    refers_back: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    pointers: tuple[str, ...] = ()
    held_things: tuple[str, ...] = ()
    formal_requesters: tuple[str, ...] = ()
    formal_topic: str | None = None
    consent_topics: tuple[str, ...] = ()
    own_request_topic: str | None = None
    own_request_over: tuple[str, ...] = ()
    withholding: tuple[str, ...] = ()
    addressing: tuple[str, ...] = ()

    @property
    def every_party(self) -> tuple[str, ...]:
        """The parties in services and the people outside them, together."""
        return (*self.parties, *self.outside_parties)


@value_class(kw_only=True)
class NotCoveredPack(PackValue):
    """A file of kind `not-covered`: topics the Q&A does not answer, and off-topic chatter."""

    kind: Literal["not-covered"]
    topics: tuple[NotCoveredTopic, ...] = ()
    off_topic: tuple[str, ...] = ()
    on_topic: tuple[str, ...] = ()
    case_questions: CaseQuestions | None = None
    definitions: tuple[str, ...] = ()
    subject_frames: tuple[str, ...] = ()
    topic_frames: tuple[str, ...] = ()
    asks: dict[str, tuple[str, ...]] = field(default_factory=dict)
    strict_asks: tuple[str, ...] = ()
    strict_anywhere: tuple[str, ...] = ()
    asks_at_end: dict[str, tuple[str, ...]] = field(default_factory=dict)
    emphasis: tuple[str, ...] = ()
    instructs: tuple[str, ...] = ()
    what_passed_after: tuple[str, ...] = ()
    writer_support: tuple[str, ...] = ()
    bodies_told: tuple[str, ...] = ()
    support_asked_after: tuple[str, ...] = ()
    who_acts: tuple[str, ...] = ()
    said_no_to: tuple[str, ...] = ()
    person_asks: tuple[str, ...] = ()
    sharer_asks: tuple[str, ...] = ()
    contrast_groups: tuple[str, ...] = ()
    contrast_before: tuple[str, ...] = ()
    contrast_after: tuple[str, ...] = ()
    contrast_asks: tuple[str, ...] = ()
    objects: dict[str, tuple[str, ...]] = field(default_factory=dict)


@value_class(kw_only=True)
class LexiconPack(PackValue):
    """A file of kind `lexicon`: the words the matcher rewrites before comparing.

    Keys and values are words or short phrases; matching is case-insensitive. `fillers` are
    greetings and politeness (a message of nothing else is chatter), `ignored` words are dropped
    before comparing (articles, pronouns, auxiliaries), and `stopwords` are kept for the fuzzy
    comparison but carry no weight of their own. `real_words` are words no message uses as a
    typo of a known one, though one edit away ("contract" is not "contact").
    """

    kind: Literal["lexicon"]
    abbreviations: dict[str, str] = field(default_factory=dict)
    spellings: dict[str, str] = field(default_factory=dict)
    synonyms: dict[str, str] = field(default_factory=dict)
    fillers: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    stopwords: tuple[str, ...] = ()
    real_words: tuple[str, ...] = ()


@value_class
class Match(Value):
    """One Q&A entry and how well the text matched it (0 to 100)."""

    number: int
    score: float


@value_class
class NotCoveredHit(Value):
    """The text is about a topic the Q&A does not cover: its id and our reply."""

    topic: str
    reply: str


@value_class
class MatchResult(Value):
    """What the matcher made of one message.

    Attributes:
        answer: the entry to answer with outright, when the match is confident.
        suggestions: when `answer` is None, the two or three likeliest entries for "Did you
            mean…"; when `answer` is set, other close entries (often empty).
        not_covered: set when the text is about a known topic the Q&A does not answer.
        off_topic: the text is recognised chatter, not a question for the assistant.
        withheld: the first suggestion was near enough to answer, but the quote gate found
            that it does not answer what was asked: the suggestions are related questions that
            may not answer it, not likely meanings.
    """

    answer: Match | None = None
    suggestions: tuple[Match, ...] = ()
    not_covered: NotCoveredHit | None = None
    off_topic: bool = False
    withheld: bool = False


@value_class
class MatcherSettings(Value):
    """Thresholds and weights of the matcher; the defaults are tuned on the development set."""

    min_score: float = 60.0
    min_lead: float = 3.0
    close_call_min: float = 70.0
    low_band_min: float = 55.0
    low_band_lead: float = 8.0
    ask_window: float = 10.0
    suggest_min: float = 40.0
    max_suggestions: int = 3
    suggest_window: float = 15.0
    sole_min: float = 30.0
    fuzzy_weight: float = 0.6
    coverage_weight: float = 0.4
    fuzzy_floor: float = 0.8
    answer_word_weight: float = 0.6
    keyword_bonus: float = 8.0
    keyword_bonus_cap: float = 16.0
    cue_bonus: float = 12.0
    shortlist: int = 6
    max_segments: int = 2
    background_weight: float = 0.25
    standalone_words: int = 3
    lead_cap: float = 15.0
    max_tokens: int = 48
    max_typo_fixes: int = 6
