"""The validated knowledge kept on disk between starts, keyed by the packs' bytes and the code.

Parsing the YAML packs, validating them with pydantic and checking them against each other and
against their own examples is most of what loading the knowledge costs at start-up. When every
pack file (built-in and an organisation's), every module of this package and the pydantic
release are as they were when the packs last loaded without a problem, the validated knowledge
is read back from a JSON file instead and rebuilt into the same models without validating it
again (`construct_fields`).

The rules are those of the matcher's index cache (`knowledge.matching.cache`): the file is JSON,
so nothing in it is executed when read; it is named by a SHA-256 of what it was made from, so a
changed pack or module finds no file; the other files the checks read (the published text the
answers are quoted from) are recorded with their own digests and compared at every read; what
is read back must have, value by value, the type its field declares, so a damaged, truncated or
hand-edited file is ignored (and rewritten), never trusted; it is written to a temporary file
renamed into place, so a reader never sees half a file; and a directory that cannot be written
to only means the packs are validated at every start.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import types
from collections.abc import Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import pydantic
from pydantic import BaseModel

FORMAT = 1
PREFIX = "knowledge-"
_PACKAGE_DIR = Path(__file__).parent


def pack_key(layers: Sequence[Sequence[Path]]) -> str | None:
    """A SHA-256 of the pack files (each layer in order) and of the code that checks them.

    Args:
        layers: the built-in pack files, then an organisation's (each list in load order).

    Returns:
        The key, or None when a file cannot be read (loading then reports it).
    """
    digest = hashlib.sha256(f"format {FORMAT}\n{sys.version}\n{pydantic.VERSION}\n".encode())
    try:
        for module in sorted(_PACKAGE_DIR.rglob("*.py")):
            digest.update(f"{module.relative_to(_PACKAGE_DIR)}\n".encode())
            digest.update(module.read_bytes())
        for number, files in enumerate(layers):
            for path in files:
                content = path.read_bytes()
                digest.update(f"\nlayer {number} {path} {len(content)}\n".encode())
                digest.update(content)
    except OSError:
        return None
    return digest.hexdigest()


def cache_path(directory: Path, key: str) -> Path:
    """Where the knowledge for `key` is kept in `directory`."""
    return directory / f"{PREFIX}{key}.json"


def read_fields(directory: Path, key: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The dumped fields kept for `key` and what was kept beside them (`write_fields`' `extra`),
    or None when there are none, they are not sound, or a file they were checked against has
    changed since."""
    try:
        found = json.loads(cache_path(directory, key).read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(found, dict) or found.get("key") != key or found.get("format") != FORMAT:
        return None
    inputs, fields, extra = found.get("inputs"), found.get("fields"), found.get("extra", {})
    if not isinstance(inputs, dict) or not isinstance(fields, dict) or not isinstance(extra, dict):
        return None
    if any(_file_digest(Path(path)) != digest for path, digest in inputs.items()):
        return None
    return fields, extra


def write_fields(
    directory: Path,
    key: str,
    fields: Mapping[str, object],
    inputs: Sequence[Path],
    extra: Mapping[str, object] | None = None,
) -> bool:
    """Keep `fields` for `key`, removing older files; False when it cannot.

    Args:
        directory: the cache directory (created if missing).
        key: from `pack_key`.
        fields: validated values (pydantic models, tuples and mappings of them) by name.
        inputs: other files the checks read; a later change to any of them voids the file.
        extra: JSON values derived from the fields (the built risk detector's tables), kept
            under the same key and checks; whoever reads them checks them.
    """
    record = {
        "format": FORMAT,
        "key": key,
        "inputs": {str(path): _file_digest(path) for path in inputs},
        "fields": {name: _dump(value) for name, value in fields.items()},
        "extra": dict(extra or {}),
    }
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=PREFIX, suffix=".tmp", dir=directory)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(record, out, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, cache_path(directory, key))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in directory.glob(f"{PREFIX}*.json"):
            if old.name != cache_path(directory, key).name:
                old.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def construct_fields(kinds: Mapping[str, Any], data: Mapping[str, object]) -> dict[str, Any]:
    """Each field of `kinds` rebuilt from what `write_fields` dumped, without validating again.

    Models are made with `model_construct`: the data was validated before it was dumped, so
    each value is only checked to be of the type its field declares.

    Args:
        kinds: each field's type (pydantic models, tuples, mappings, enums, literals, str,
            int and bool, unions of one of these with None, any of them `Annotated`).
        data: the dumped fields, by name.

    Raises:
        ValueError: `data` does not have the declared shape (a damaged or edited file).
        TypeError: a type this function does not know (a new kind of field).
    """
    if set(kinds) != set(data):
        raise ValueError("the fields kept are not the fields asked for")
    return {name: _value(kind, data[name]) for name, kind in kinds.items()}


def _file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _dump(value: object) -> object:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_unset=True)
    if isinstance(value, tuple | list):
        return [_dump(item) for item in value]
    if isinstance(value, Mapping):
        return {str(k): _dump(v) for k, v in value.items()}
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, str | int | bool):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__}")


def _value(kind: Any, data: object) -> Any:
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return _model(kind, data)
    origin, args = get_origin(kind), get_args(kind)
    if origin is Annotated:  # validators, which ran before the data was kept
        return _value(args[0], data)
    if origin is Union or origin is types.UnionType:
        if data is None and type(None) in args:
            return None
        (only,) = (a for a in args if a is not type(None))
        return _value(only, data)
    if origin is Literal:
        if not any(data == a and type(data) is type(a) for a in args):
            raise ValueError(f"{data!r} is not one of {args!r}")
        return data
    if origin is tuple:
        return _tuple(args, data)
    if origin is dict or origin is Mapping:
        if not isinstance(data, dict):
            raise ValueError("expected a mapping")
        keys, values = args
        return {_key(keys, k): _value(values, v) for k, v in data.items()}
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if kind is str or kind is int or kind is bool:
        if type(data) is not kind:
            raise ValueError(f"expected {kind.__name__}, got {type(data).__name__}")
        return data
    raise TypeError(f"no rule to rebuild a {kind!r}")


def _key(kind: Any, data: str) -> Any:
    # JSON keys are strings: a whole-number key was written as its digits.
    if kind is int:
        if not data.isdigit() or not data.isascii():
            raise ValueError(f"expected a whole number, got {data!r}")
        return int(data)
    return _value(kind, data)


def _model(kind: type[BaseModel], data: object) -> BaseModel:
    if not isinstance(data, dict):
        raise ValueError(f"expected a mapping for {kind.__name__}")
    fields = kind.model_fields
    values = {}
    for name, value in data.items():
        field = fields.get(name)
        if field is None:
            raise ValueError(f"{kind.__name__} has no field {name!r}")
        values[name] = _value(field.annotation, value)
    return kind.model_construct(_fields_set=set(values), **values)


def _tuple(args: tuple[Any, ...], data: object) -> tuple[Any, ...]:
    if not isinstance(data, list):
        raise ValueError("expected a list")
    if len(args) == 2 and args[1] is Ellipsis:
        if args[0] is str:  # the commonest field by far: phrases and words
            if not all(type(item) is str for item in data):
                raise ValueError("expected strings")
            return tuple(data)
        return tuple(_value(args[0], item) for item in data)
    if len(args) != len(data):
        raise ValueError(f"expected {len(args)} items")
    return tuple(_value(a, item) for a, item in zip(args, data, strict=True))
