"""`value_class` makes the class `@dataclass(frozen=True, slots=True, eq=False, repr=False)`
makes, without compiling its methods at import: the same fields, the same `__init__` (checked
against the one `dataclasses` writes, for every such class in `knowledge/` and `dialogs/`),
frozen with the same error, copied and pickled alike, and its `__init__` compiled at the first
value.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
import inspect
import pickle
import pkgutil
import typing
from dataclasses import field
from typing import Any, ClassVar

import pytest

import dialogs
import knowledge
from knowledge.value_class import _has_dataclass_base, _plain_annotations, value_class
from knowledge.value_init import PLAIN_VALUES, _made_by_plan, _plan, compile_init


@value_class
class Sample:
    """Every kind of field `dataclasses` knows, but `InitVar`."""

    name: str
    count: int = 2
    words: tuple[str, ...] = field(default_factory=tuple)
    tags: list[str] = field(default_factory=list, compare=False)
    fixed: str = field(default="fixed", init=False)
    made: frozenset[str] = field(init=False, compare=False)
    kind: str = field(default="k", kw_only=True)

    def __post_init__(self) -> None:
        object.__setattr__(self, "made", frozenset(self.words) | {self.name})


def _same_field(f: dataclasses.Field[Any]) -> Any:
    return field(
        default=f.default, default_factory=f.default_factory, init=f.init, kw_only=f.kw_only
    )


Twin = dataclasses.make_dataclass(
    "Twin",
    [(f.name, f.type, _same_field(f)) for f in dataclasses.fields(Sample)],
    namespace={"__post_init__": Sample.__post_init__},
    frozen=True,
    slots=True,
    eq=False,
    repr=False,
)
"""`Sample` made by `dataclasses`."""


@value_class(kw_only=True)
class Named:
    """Keyword-only fields."""

    first: str
    second: int = 0


def _state(value: object) -> dict[str, Any]:
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("a",), {}),
        (("a", 3), {}),
        (("a", 3, ("x", "y"), ["t"]), {"kind": "other"}),
        ((), {"name": "b", "words": ("z",)}),
    ],
)
@pytest.mark.parametrize("way", ["plain", "compiled"])
def test_a_value_is_made_as_dataclasses_makes_it(
    args: tuple[object, ...], kwargs: dict[str, object], way: str
) -> None:
    made, twin = _made(way, args, kwargs), Twin(*args, **kwargs)

    assert _state(made) == _state(twin)
    assert _made(way, ("a",), {}).tags is not _made(way, ("a",), {}).tags  # a fresh list each


def _made(way: str, args: tuple[object, ...], kwargs: dict[str, object]) -> Sample:
    """A `Sample` made by the shared `__init__` (the first values) or by the compiled one."""
    value = object.__new__(Sample)
    if way == "compiled":
        compile_init(Sample)(value, *args, **kwargs)
    else:
        assert _made_by_plan(value, _plan(Sample), args, kwargs)
    return value


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((), {}), (("a", 1, (), [], "k"), {}), (("a",), {"fixed": "no"}), (("a",), {"made": 1})],
)
def test_wrong_arguments_are_refused_as_dataclasses_refuses_them(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    with pytest.raises(TypeError) as ours:
        Sample(*args, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(TypeError) as theirs:
        Twin(*args, **kwargs)

    assert str(ours.value).replace("Sample", "Twin") == str(theirs.value)


def test_keyword_only_classes_take_no_positional_field() -> None:
    assert _state(Named(first="a")) == {"first": "a", "second": 0}
    with pytest.raises(TypeError):
        Named("a")  # type: ignore[call-arg]


def test_a_value_is_frozen_with_the_error_and_words_of_dataclasses() -> None:
    made, twin = Sample("a"), Twin("a")
    for target in (made, twin):
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'name'"):
            target.name = "b"  # type: ignore[misc]
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'count'"):
            del target.count
    assert made.name == "a"


def test_it_is_a_frozen_slotted_dataclass_that_copies_pickles_and_replaces() -> None:
    made = Sample("a", 3, ("x",), ["t"], kind="q")

    assert dataclasses.is_dataclass(Sample)
    assert [f.name for f in dataclasses.fields(Sample)] == [
        f.name for f in dataclasses.fields(Twin)
    ]
    assert Sample.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert not hasattr(made, "__dict__")
    assert Sample.__match_args__ == Twin.__match_args__  # type: ignore[attr-defined]
    for again in (copy.copy(made), copy.deepcopy(made), pickle.loads(pickle.dumps(made))):
        assert _state(again) == _state(made)
    replaced = dataclasses.replace(made, count=5)
    assert _state(replaced) == {**_state(made), "count": 5}


def test_the_init_is_compiled_only_after_the_first_values() -> None:
    @value_class
    class Late:
        """Made here, so no other test has made a value of it."""

        text: str
        count: int = 0

    first_init = vars(Late)["__init__"]
    made = [Late(str(n), count=n) for n in range(PLAIN_VALUES)]
    assert vars(Late)["__init__"] is first_init
    made.append(Late("last"))
    compiled = vars(Late)["__init__"]
    made.append(Late("after", 2))

    assert compiled is not first_init
    assert vars(Late)["__init__"] is compiled
    assert Late.__init__.__qualname__.endswith("Late.__init__")
    assert [(v.text, v.count) for v in made[:2]] == [("0", 0), ("1", 1)]
    assert [(v.text, v.count) for v in made[-2:]] == [("last", 0), ("after", 2)]


def test_the_compiled_init_sets_each_slot_by_its_own_setter() -> None:
    # `object.__setattr__` finds the slot by name at every value; the slot's setter does not.
    assert "_set" not in compile_init(Sample).__code__.co_names
    unslotted = dataclasses.make_dataclass(
        "Unslotted", [("name", str), ("count", int, field(default=2))], frozen=True
    )
    value: Any = object.__new__(unslotted)
    compile_init(unslotted)(value, "a")  # fields not in slots: set as `dataclasses` sets them

    assert (value.name, value.count) == ("a", 2)


def test_arguments_the_shared_init_cannot_place_go_to_the_compiled_one() -> None:
    @value_class
    class Refusing:
        """Made here, so no other test has made a value of it."""

        text: str

    first_init = vars(Refusing)["__init__"]
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'text'"):
        Refusing()  # type: ignore[call-arg]

    assert vars(Refusing)["__init__"] is not first_init


def _value_classes() -> list[type]:
    found: dict[str, type] = {}
    for package in (knowledge, dialogs):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            loaded = importlib.import_module(module.name)
            for item in vars(loaded).values():
                if (
                    isinstance(item, type)
                    and item.__module__ == loaded.__name__
                    and vars(item).get("__setattr__") is vars(Sample)["__setattr__"]
                ):
                    found[f"{item.__module__}.{item.__qualname__}"] = item
    return [found[name] for name in sorted(found)]


VALUE_CLASSES = _value_classes()


def test_the_project_has_its_value_classes() -> None:
    assert len(VALUE_CLASSES) > 60


@pytest.mark.parametrize("cls", VALUE_CLASSES, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_each_value_class_init_takes_what_the_dataclass_one_takes(cls: type) -> None:
    twin = dataclasses.make_dataclass(
        cls.__name__,
        [
            (f.name, f.type, _same_field(f))
            for f in dataclasses.fields(cls)  # the fields a value class is made with
        ],
        frozen=True,
        eq=False,
        repr=False,
    )

    ours = inspect.signature(compile_init(cls)).parameters.values()
    theirs = inspect.signature(vars(twin)["__init__"]).parameters.values()

    assert [_described(p) for p in ours] == [_described(p) for p in theirs]
    positional, every, required, _, _ = _plan(cls)  # what the shared __init__ takes
    assert positional == tuple(p.name for p in ours if p.kind is p.POSITIONAL_OR_KEYWORD)[1:]
    assert every == {p.name for p in ours} - {"self"}
    assert required == {p.name for p in ours if p.default is p.empty} - {"self"}


def _described(parameter: inspect.Parameter) -> tuple[str, object, object]:
    """A parameter's name, kind and default (a default factory's marker as one word)."""
    default = parameter.default
    if default is not parameter.empty and type(default).__name__ in {
        "object",
        "_HAS_DEFAULT_FACTORY_CLASS",
    }:
        default = "made by the field's factory"
    return parameter.name, parameter.kind, default


def test_a_class_without_a_docstring_is_described_by_its_fields(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # dataclasses would read object.__init__'s signature for it, parsing its text (about 5 ms)
    monkeypatch.setattr(inspect, "signature", None)

    @value_class
    class Bare:
        first: str
        second: int = 0

    assert Bare.__doc__ == "Bare(first, second)"
    assert Bare("a").second == 0


def test_annotations_and_field_types_stay_as_written() -> None:
    # `dataclasses` reads stand-in types while it makes the class (no text to test three
    # times a field); the class and its fields then hold the annotations as written.
    assert Sample.__annotations__["words"] == "tuple[str, ...]"
    assert [f.type for f in dataclasses.fields(Sample)] == [
        "str",
        "int",
        "tuple[str, ...]",
        "list[str]",
        "str",
        "frozenset[str]",
        "str",
    ]


def test_a_class_variable_written_as_text_is_not_a_field() -> None:
    @value_class
    class Counted:
        """With a class variable, which `dataclasses` must still see as one."""

        limit: ClassVar[int] = 3
        name: str

    assert [f.name for f in dataclasses.fields(Counted)] == ["name"]
    assert Counted.limit == 3
    assert Counted.__annotations__["limit"] == "ClassVar[int]"


def _fields_seen(cls: type) -> list[tuple[object, ...]]:
    return [
        (
            f.name,
            f.type,
            f.default,
            f.default_factory,
            f.init,
            f.repr,
            f.hash,
            f.compare,
            dict(f.metadata),
            f.kw_only,
            f._field_type,
        )
        for f in vars(cls)["__dataclass_fields__"].values()
    ]


def _both(make: Any, *, kw_only: bool = False) -> tuple[type, type]:
    """The class `make` returns, made by `value_class` and by `dataclasses` (as many fields and
    defaults as `Sample`, keyword-only when asked)."""
    ours = value_class(kw_only=kw_only)(make())
    theirs = dataclasses.dataclass(frozen=True, slots=True, eq=False, repr=False, kw_only=kw_only)(
        make()
    )
    return ours, theirs


def _rich() -> type:
    class Rich:
        """Fields of every kind a value class may have."""

        name: str
        count: int = 2
        words: tuple[str, ...] = field(default_factory=tuple)
        tags: list[str] = field(default_factory=list, compare=False, metadata={"m": 1})
        fixed: str = field(default="fixed", init=False)
        made: frozenset[str] = field(init=False, repr=False, hash=False)
        kind: str = field(default="k", kw_only=True)
        late: int = field(default=0, kw_only=False)

    return Rich


@pytest.mark.parametrize("kw_only", [False, True])
def test_fields_are_found_as_dataclasses_finds_them(kw_only: bool) -> None:
    assert _plain_annotations(_rich()) is not None  # found without `dataclasses`
    assert not _has_dataclass_base(_rich())
    ours, theirs = _both(_rich, kw_only=kw_only)

    assert _fields_seen(ours) == _fields_seen(theirs)
    assert ours.__match_args__ == theirs.__match_args__  # type: ignore[attr-defined]
    assert ours.__slots__ == theirs.__slots__  # type: ignore[attr-defined]
    assert ours.__annotations__ == theirs.__annotations__
    assert not {"__dict__", "__weakref__"} & (vars(ours).keys() | vars(theirs).keys())
    assert {n for n in vars(ours) if n in {f[0] for f in _fields_seen(ours)}} == {
        n for n in vars(theirs) if n in {f[0] for f in _fields_seen(theirs)}
    }  # only the slots' descriptors, no defaults left as class attributes


def _rich_typed() -> type:
    # As a module without `from __future__ import annotations` writes them (the packs' models):
    # the annotations are types, not text.
    rich = _rich()
    rich.__annotations__ = typing.get_type_hints(rich)
    return rich


@pytest.mark.parametrize("kw_only", [False, True])
def test_fields_annotated_by_types_are_found_as_dataclasses_finds_them(kw_only: bool) -> None:
    assert _plain_annotations(_rich_typed()) is not None  # found without `dataclasses`
    ours, theirs = _both(_rich_typed, kw_only=kw_only)

    assert _fields_seen(ours) == _fields_seen(theirs)
    assert ours.__match_args__ == theirs.__match_args__  # type: ignore[attr-defined]
    assert ours.__slots__ == theirs.__slots__  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "marker",
    [ClassVar, ClassVar[int], dataclasses.InitVar, dataclasses.InitVar[int], dataclasses.KW_ONLY],
    ids=["ClassVar", "ClassVar[int]", "InitVar", "InitVar[int]", "KW_ONLY"],
)
def test_a_marker_annotated_as_a_type_is_left_to_dataclasses(marker: object) -> None:
    def marked() -> type:
        class Marked:
            """A field and a marker."""

            name: str

        Marked.__annotations__ = {"name": str, "other": marker}
        return Marked

    assert _plain_annotations(marked()) is None


def test_fields_dataclasses_refuses_are_refused_alike() -> None:
    def mutable() -> type:
        class Mutable:
            """A list as a default."""

            items: list[str] = []  # noqa: RUF012

        return Mutable

    def unannotated() -> type:
        class Unannotated:
            """A field without its annotation."""

            name: str
            other = field(default=1)

        return Unannotated

    for make, error in ((mutable, ValueError), (unannotated, TypeError)):
        with pytest.raises(error) as ours:
            value_class(make())
        with pytest.raises(error) as theirs:
            dataclasses.dataclass(frozen=True, slots=True)(make())
        assert str(ours.value) == str(theirs.value)
