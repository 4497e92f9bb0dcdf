"""The value classes that leave `__eq__`, `__hash__` and `__repr__` to `knowledge.pack_values.Value`
(so that a start does not compile them for each class) behave as the methods `dataclasses` would
have written: each is checked against a twin dataclass with the same fields, on the built-in
packs' values (and the `Knowledge` that holds them) and on the conversation's values.
"""

from __future__ import annotations

import dataclasses
import itertools
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.ask_settings import read_ask_settings
from bot.core import build_core
from dialogs.choices import (
    AnswerPick,
    BackPick,
    BoundCommand,
    Command,
    CommandPick,
    FieldTyped,
    FormPick,
    RecordSubmit,
    TopicPick,
    WhyPick,
)
from dialogs.contract import (
    Answer,
    Card,
    Choice,
    ConversationKey,
    DecisionRecord,
    Lookup,
    Pick,
    Private,
    RecordedAnswer,
    RecordEntry,
    RecordForm,
    Reply,
    Turn,
)
from dialogs.facts import KeptRecord, TurnContext, TurnFacts, TurnKind
from dialogs.grief_told import GriefTold
from dialogs.grown_chores import GrownChores
from dialogs.plain_chores import PlainChores
from dialogs.plain_errands import PlainErrands
from dialogs.plain_readings import PlainReadings
from dialogs.state import CheckProgress, ConversationState
from dialogs.supposed_telling import SupposedTelling
from knowledge.evaluation import load_cases
from knowledge.flow_pack import AnswerKey, Outcome
from knowledge.loader import Knowledge
from knowledge.matching.cue_bonus import CueGroups
from knowledge.matching.index_data import _raw_docs, build_data
from knowledge.matching.models import Match, MatcherSettings, MatchResult, NotCoveredHit
from knowledge.matching.normalise import Normaliser
from knowledge.matching.segment import question_parts
from knowledge.pack_values import Value
from knowledge.person_names import Places
from knowledge.qa_pack import Phrasings, PhrasingsPack, QAPack
from knowledge.risk_cause_shape import CauseShape as CausesShape
from knowledge.risk_judging import Whole
from knowledge.risk_opener_shape import OpenerShape as OpenersShape
from knowledge.risk_types import Hit, Tokens
from knowledge.risk_writer_walk import Walk
from tests.support.packs import builtin_knowledge

YES, NO = AnswerKey.YES, AnswerKey.NO
_KEPT = KeptRecord(
    run=1,
    outcome_step="share",
    answers=(("purpose", YES),),
    created_at=datetime(2024, 5, 1, 9, 30, tzinfo=UTC),
    flow_version="1",
)
_CHECK = CheckProgress(2, "consent", answers=(("purpose", YES), ("identifiable", NO)))
_TOLD, _IF, _NONE = frozenset({"told", "asked"}), frozenset({"if"}), frozenset[str]()
CONVERSATION_VALUES: list[Value] = [
    # The risk reading's word tables (round 47), made from the risk pack's markers
    PlainReadings(_TOLD, _IF, _NONE, _TOLD, _IF, _NONE),
    PlainReadings(_NONE, _NONE, _NONE, _NONE, _NONE, _NONE),
    PlainReadings(_NONE, _NONE, _NONE, _NONE, _NONE, _NONE, _TOLD, _IF, _TOLD, _IF),  # round 52
    PlainChores(_TOLD, _IF, _TOLD, _NONE),  # round 53
    PlainChores(_NONE, _NONE, _NONE, _IF),
    GrownChores(_TOLD, _IF, _TOLD, _NONE),  # round 55
    GrownChores(_NONE, _NONE, _NONE, _IF),
    PlainErrands(*(_TOLD, _IF, _NONE) * 5),  # round 56
    PlainErrands(*(_NONE,) * 15, _IF, _TOLD, _IF),
    GriefTold(_TOLD, _IF, _NONE, _TOLD, _IF),  # round 57
    GriefTold(_NONE, _NONE, _IF, _NONE, _TOLD),
    Places(_TOLD, _IF, _NONE),  # round 58: the words that tell a capitalised word for a place
    Places(),
    SupposedTelling(_IF, _IF, _NONE, frozenset({"tells"})),
    TopicPick(3),
    TopicPick(4),
    CommandPick(Command.HELP),
    CommandPick(Command.CHECK),
    BoundCommand(Command.CHECK, 1),
    BoundCommand(Command.RECORD, 1),
    BackPick(1, 3),
    BackPick(1, 2),
    AnswerPick(1, "purpose", YES),
    AnswerPick(1, "purpose", NO),
    WhyPick(1, "purpose"),
    WhyPick(2, "purpose"),
    FormPick(1),
    FormPick(2),
    RecordSubmit(1),
    RecordSubmit(7),
    FieldTyped(1),
    FieldTyped(4),
    _KEPT,
    dataclasses.replace(_KEPT, flow_version="2"),
    TurnContext(),
    TurnContext(records_kept=True, record_days=30, last_record=_KEPT, question_ref="ab12"),
    TurnFacts(kind=next(iter(TurnKind))),
    TurnFacts(kind=next(iter(TurnKind)), entry=13, score=0.91, step="purpose"),
    CheckProgress(1, "purpose"),
    _CHECK,
    ConversationState(),
    ConversationState(greeted=True, reminded=True, runs=2, check=_CHECK, asked="cd34"),
    ConversationState(check=_CHECK, formed=True),
]


_ENTRY = RecordEntry("who", "Shared with", value="the school", options=(("a", "A"),))
_RECORD = DecisionRecord(
    created_at="2026-11-25 14:30",
    guidance="Information sharing: guidance (2008)",
    flow_version="1",
    answers=(RecordedAnswer(1, "Is there a clear purpose?", "Yes"),),
    outcome=Outcome.SHARE,
    outcome_title="You may share",
    entries=(_ENTRY,),
)
_CARD = Card("What is an ISP?", "An agreement.", facts=(("Source", "Q13"),), source="Q&A, 13")
_REPLY = Reply(
    "Here is the answer.",
    choices=(Choice("Yes", "check:1:purpose:yes", description="the purpose is clear"),),
    card=_CARD,
    outcome=Outcome.SEEK_ADVICE,
    record=_RECORD,
    risk_of_harm=True,
    form=RecordForm("Record", "Fill in", (_ENTRY,), "Save", "record:1", "form:1", max_chars=500),
    private=Private.CONSENT_CHECK,
)
_MATCH = MatchResult(answer=Match(13, 91.5), suggestions=(Match(13, 91.5), Match(4, 70.0)))
CONTRACT_AND_MATCHER_VALUES: list[Value] = [
    ConversationKey("slack", "C1", "U1"),
    ConversationKey("slack", "C1", "U2"),
    Turn("slack", "C1", "U1", text="what is an ISP?", event_id="e1", private=False),
    Turn("teams", "C1", "U1", action="check:1:purpose:yes", form=(("who", "the school"),)),
    Turn("slack", "D1", "U1", action="form:1", form_in_modal=True),
    Choice("Yes", "check:1:purpose:yes"),
    Card("Title", "Body"),
    dataclasses.replace(_RECORD, entries=()),
    Reply("Hello."),
    _REPLY,
    Answer(replies=[Reply("Hello.")]),
    Answer(replies=[_REPLY], replayed=True, apology=True, claim="c1"),
    Pick(13, "What is an ISP?", "An agreement…"),
    Lookup(
        picks=(Pick(13, "What is an ISP?", "An agreement…"),),
        matched=True,
        risk_of_harm=True,
        notice=Reply("Signpost"),
        topics=False,
    ),
    Lookup(picks=(), matched=False, risk_of_harm=False, notice=None, topics=True),
    Match(4, 70.0),
    _MATCH,
    MatchResult(not_covered=NotCoveredHit("case", "Use the consent check."), off_topic=True),
    MatchResult(),
    MatcherSettings(),
    MatcherSettings(min_score=70.0, shortlist=8),
]


def _values_in(value: object) -> Iterator[Value]:
    if isinstance(value, Value):
        yield value
        for field in dataclasses.fields(value):  # type: ignore[arg-type]
            yield from _values_in(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _values_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _values_in(item)


def _built_values(knowledge: Knowledge) -> list[object]:
    """Values the core, the matcher's index and its reading of a message are made of."""
    core = build_core()
    normaliser = Normaliser(knowledge.lexicon)
    index = build_data(knowledge.entries, knowledge.not_covered, normaliser)
    docs = core.matcher._index.docs  # the index's own documents
    message = "I'm a nurse. Can I tell the school? What is an ISP?"
    return [
        core,
        index,
        _raw_docs(knowledge.entries, knowledge.not_covered)[:6],
        docs[:6],
        [CueGroups.of(d.cues) for d in docs if d.cues][:6],
        [normaliser.normalise(text) for text in ("what is an ISP?", "thanks!", "")],
        question_parts(message),
        read_ask_settings(None, {"INFOSHARE_DATA_DIR": "/srv/data"}),
        read_ask_settings(None, {"INFOSHARE_DATA_DIR": "/srv/data", "INFOSHARE_PACKS": "/p"}),
    ]


HARM_DEV = Path(__file__).resolve().parents[1] / "data" / "harm-dev.yaml"


def _made_while(classes: tuple[type, ...], run: Callable[[], object]) -> list[object]:
    """Every value of `classes` made while `run` runs (values made only inside the risk check)."""
    made: list[object] = []
    originals: dict[type, Callable[..., None]] = {cls: vars(cls)["__init__"] for cls in classes}

    def recording(original: Callable[..., None]) -> Callable[..., None]:
        def init(self: object, *args: object, **kwargs: object) -> None:
            original(self, *args, **kwargs)
            made.append(self)

        return init

    try:
        for cls, original in originals.items():
            cls.__init__ = recording(original)  # type: ignore[misc]
        run()
    finally:
        for cls, original in originals.items():
            cls.__init__ = original  # type: ignore[misc]
    return made


def _risk_values(knowledge: Knowledge) -> list[object]:
    """The risk detector's tables, and the values it makes while it reads the harm dev set."""
    detector = knowledge.risk_detector
    messages = [c.text for c in load_cases(HARM_DEV)]
    made = _made_while(
        (Tokens, Hit, CausesShape, OpenersShape, Walk, Whole),
        lambda: [detector.detect(text) for text in messages],
    )
    findings = [detector.detect(text) for text in messages]
    return [list(vars(detector).values()), made, [f for f in findings if f is not None]]


def _samples() -> dict[type, list[Value]]:
    knowledge = builtin_knowledge()
    found: dict[type, list[Value]] = {}
    everything: list[object] = [knowledge, *_built_values(knowledge), *_risk_values(knowledge)]
    source, entries = next(iter(knowledge.sources.values())), knowledge.entries
    phrasings = [Phrasings(number=e.number, alternates=e.alternates) for e in entries[:3]]
    everything += [  # the files' own values, which `Knowledge` keeps only the contents of
        QAPack(kind="qa", source=source, entries=entries[:2]),
        QAPack(kind="qa", source=source, entries=entries[2:3]),
        PhrasingsPack(kind="phrasings", entries=tuple(phrasings)),
        PhrasingsPack(kind="phrasings"),
    ]
    conversation = [*CONVERSATION_VALUES, *CONTRACT_AND_MATCHER_VALUES]
    for value in itertools.chain(_values_in(everything), _values_in(conversation)):
        if _uses_value_methods(type(value)):
            kept = found.setdefault(type(value), [])
            if len(kept) < 6:
                kept.append(value)
    return found


def _uses_value_methods(cls: type) -> bool:
    return all(name not in cls.__dict__ for name in ("__eq__", "__hash__", "__repr__"))


def _value_classes(cls: type) -> Iterator[type]:
    """The dataclasses below `cls`, as their modules name them (not the classes that
    `dataclass(slots=True)` made them from and replaced)."""
    subclasses: list[type] = cls.__subclasses__()
    for sub in subclasses:
        if (
            dataclasses.is_dataclass(sub)
            and getattr(sys.modules[sub.__module__], sub.__name__) is sub
        ):
            yield sub
        yield from _value_classes(sub)


SAMPLES = _samples()


def _twin(cls: type) -> type:
    """The same fields in a dataclass that lets `dataclasses` write its methods."""
    specs: list[tuple[str, Any, Any]] = []
    for f in dataclasses.fields(cls):
        options: dict[str, Any] = {
            "repr": f.repr,
            "hash": f.hash,
            "compare": f.compare,
            "kw_only": f.kw_only,
            "init": f.init,
        }
        if f.default is not dataclasses.MISSING:
            options["default"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            options["default_factory"] = f.default_factory
        specs.append((f.name, f.type, dataclasses.field(**options)))
    twin = dataclasses.make_dataclass(cls.__name__, specs, frozen=True, slots=True)
    twin.__qualname__ = cls.__qualname__
    return twin


def _as_twin(twin: type, value: Value) -> Any:
    fields = dataclasses.fields(twin)
    made = twin(**{f.name: getattr(value, f.name) for f in fields if f.init})
    for f in fields:
        if not f.init:  # derived in the value's __post_init__, which the twin does not have
            object.__setattr__(made, f.name, getattr(value, f.name))
    return made


def _hash_or_refusal(value: object) -> int | str:
    try:
        return hash(value)
    except TypeError as exc:
        return f"TypeError: {exc}".replace(type(value).__name__, "VALUE")


def test_every_class_that_leaves_its_methods_to_value_is_checked_here() -> None:
    leaving = {cls for cls in _value_classes(Value) if _uses_value_methods(cls)}

    assert len(leaving) >= 30  # the pack values of knowledge/ and the values of dialogs/
    assert leaving == set(SAMPLES), sorted(c.__qualname__ for c in leaving ^ set(SAMPLES))
    assert all(len(SAMPLES[cls]) >= 1 for cls in leaving)


@pytest.mark.parametrize("cls", sorted(SAMPLES, key=str), ids=repr)
def test_a_value_compares_hashes_and_prints_as_its_dataclass_would(cls: type) -> None:
    twin = _twin(cls)
    values = SAMPLES[cls]
    twins = [_as_twin(twin, v) for v in values]

    for value, its_twin in zip(values, twins, strict=True):
        assert repr(value) == repr(its_twin)
        assert _hash_or_refusal(value) == _hash_or_refusal(its_twin)
        assert value == dataclasses.replace(value)  # type: ignore[type-var]
        assert value.__eq__(its_twin) is NotImplemented  # another class, as a dataclass says
        assert its_twin.__eq__(value) is NotImplemented
    for (a, twin_a), (b, twin_b) in itertools.product(zip(values, twins, strict=True), repeat=2):
        assert (a == b) is (twin_a == twin_b)
        assert (a != b) is (twin_a != twin_b)
