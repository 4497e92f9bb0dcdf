"""The packs' values and the pydantic models that check them stay one shape.

What the conversation reads are frozen dataclasses (`knowledge.pack_values`); the models of the
same names check a pack read from YAML. A first start makes the values from the checked models'
JSON dump, and a later start from the same dump kept on disk, by the same function: so each
model must have its value's fields, with the same types and defaults, and a value's dump must be
its model's.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import types
import typing
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel, ValidationError

from knowledge.loader import builtin_packs_dir
from knowledge.pack_check import PACK_MODELS
from knowledge.pack_values import SCHEMA_MODULES, PackValue, build, dump
from knowledge.qa_pack import QAPack


def _classes(module_name: str, base: type) -> dict[str, type]:
    """The classes of `base` a module defines, or offers in its `__all__` (a schema module may
    gather a model from a module of its own)."""
    module = importlib.import_module(module_name)
    offered = set(getattr(module, "__all__", ()))
    return {
        name: cls
        for name, cls in vars(module).items()
        if inspect.isclass(cls)
        and issubclass(cls, base)
        and (cls.__module__ == module_name or name in offered)
        and not name.startswith("_")
    }


PAIRS = [
    (values, schema, name)
    for values, schema in SCHEMA_MODULES.items()
    for name in sorted(_classes(schema, BaseModel))
]


def _shape(kind: Any) -> Any:
    """A type as a comparable shape: validators dropped, a pack class named rather than held."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is typing.Annotated:
        return _shape(args[0])
    if origin is typing.Union or origin is types.UnionType:
        return ("union", frozenset(_shape(a) for a in args))
    if origin is typing.Literal:
        return ("literal", args)
    if origin is not None:
        return (origin.__name__, tuple(_shape(a) for a in args))
    if isinstance(kind, type) and (issubclass(kind, BaseModel) or dataclasses.is_dataclass(kind)):
        return ("pack", kind.__name__)
    return kind


def _json(value: object) -> object:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else dump(value)


def _model_fields(model: type[BaseModel]) -> list[tuple[str, Any, bool, object]]:
    return [
        (
            name,
            _shape(field.annotation),
            field.is_required(),
            None if field.is_required() else _json(field.get_default(call_default_factory=True)),
        )
        for name, field in model.model_fields.items()
    ]


def _value_fields(cls: type) -> list[tuple[str, Any, bool, object]]:
    hints = typing.get_type_hints(cls)
    found = []
    for field in dataclasses.fields(cls):
        if not field.init:  # derived by the value's __post_init__: its model has no such field
            continue
        default: object = None
        if field.default is not dataclasses.MISSING:
            default = _json(field.default)
        elif field.default_factory is not dataclasses.MISSING:
            default = _json(field.default_factory())
        required = field.default is dataclasses.MISSING and (
            field.default_factory is dataclasses.MISSING
        )
        found.append((field.name, _shape(hints[field.name]), required, default))
    return found


def test_every_pack_module_has_a_schema_module_with_a_model_for_each_value() -> None:
    for values, schema in SCHEMA_MODULES.items():
        assert set(_classes(values, PackValue)) == set(_classes(schema, BaseModel)), values
    assert {model.__name__ for model in PACK_MODELS.values()} <= {name for *_, name in PAIRS}


@pytest.mark.parametrize(("values", "schema", "name"), PAIRS)
def test_each_model_has_its_values_fields_types_and_defaults(
    values: str, schema: str, name: str
) -> None:
    model = getattr(importlib.import_module(schema), name)
    value: type = getattr(importlib.import_module(values), name)

    assert issubclass(value, PackValue) and dataclasses.is_dataclass(value)
    assert getattr(value, "__dataclass_params__").frozen  # noqa: B009 (not in the stubs)
    assert _value_fields(value) == _model_fields(model)


@pytest.mark.parametrize("path", sorted(builtin_packs_dir().glob("*.yaml")), ids=lambda p: p.stem)
def test_a_checked_packs_values_dump_as_its_model_does(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    model = PACK_MODELS[data["kind"]].model_validate(data)
    values = importlib.import_module(_values_module(type(model)))
    value_class = getattr(values, type(model).__name__)

    value = build(value_class, model.model_dump(mode="json"))

    assert type(value) is value_class
    assert dump(value) == model.model_dump(mode="json")
    assert build(value_class, dump(value)) == value


def _values_module(model: type[BaseModel]) -> str:
    # the schema module that defines the model or offers it (`_classes`)
    return next(
        v for v, s in SCHEMA_MODULES.items() if _classes(s, BaseModel).get(model.__name__) is model
    )


def test_a_value_checked_from_yaml_is_refused_in_the_models_words() -> None:
    data = {"kind": "qa", "source": {"title": "T", "publisher": "P", "published": "2025"}}
    schema = importlib.import_module(SCHEMA_MODULES[QAPack.__module__])

    with pytest.raises(ValidationError) as from_value:
        QAPack.model_validate({**data, "entries": []})
    with pytest.raises(ValidationError) as from_model:
        schema.QAPack.model_validate({**data, "entries": []})

    assert from_value.value.errors() == from_model.value.errors()


def test_a_value_checked_from_yaml_is_the_value_not_the_model() -> None:
    pack = QAPack.model_validate(
        {
            "kind": "qa",
            "source": {"title": "T", "publisher": "P", "published": "2025"},
            "entries": [{"number": 1, "question": "Why?", "answer": "Because."}],
        }
    )

    assert type(pack) is QAPack
    assert pack.entries[0].alternates == ()
    assert pack.source.citation(1) == "T, P, 2025, question 1"


def test_a_value_of_the_wrong_shape_is_refused() -> None:
    good = {"kind": "qa", "source": {"title": "T", "publisher": "P", "published": "2025"}}
    entry = {"number": 1, "question": "Why?", "answer": "Because."}
    full = dump(QAPack.model_validate({**good, "entries": [entry]}))
    assert isinstance(full, dict)

    with pytest.raises(ValueError, match="fields of QAPack"):
        build(QAPack, {**full, "extra": 1})
    with pytest.raises(ValueError, match="fields of QAPack"):
        build(QAPack, {k: v for k, v in full.items() if k != "entries"})
    with pytest.raises(ValueError, match="expected int"):
        build(QAPack, {**full, "entries": [{**full["entries"][0], "number": "1"}]})
    with pytest.raises(ValueError, match="not one of"):
        build(QAPack, {**full, "kind": "flow"})
    for words in (["a", 1], ["a", True], [None]):  # each item exactly a str
        with pytest.raises(ValueError, match="expected strings"):
            build(QAPack, {**full, "entries": [{**full["entries"][0], "alternates": words}]})
