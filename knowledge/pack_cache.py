"""The validated knowledge kept on disk between starts, keyed by the packs' bytes and the code.

Parsing the YAML packs, validating them with pydantic and checking them against each other and
against their own examples is most of what loading the knowledge costs at start-up. When every
pack file (built-in and an organisation's), every module of this package and the pydantic
release are as they were when the packs last loaded without a problem, the validated knowledge
is read back from a JSON file instead and rebuilt into the same values without validating it
again, or importing pydantic (`construct_fields`).

The rules are those of the matcher's index cache (`knowledge.matching.cache`): the file is JSON,
so nothing in it is executed when read; it is named by a hash of what it was made from, so a
changed pack or module finds no file; the other files the checks read (the published text the
answers are quoted from) are recorded with their own digests and compared at every read; what
is read back must have, value by value, the type its field declares, so a damaged, truncated or
hand-edited file is ignored (and rewritten), never trusted; it is written to a temporary file
renamed into place, so a reader never sees half a file; and a directory that cannot be written
to only means the packs are validated at every start. Tables derived from the knowledge (the
built risk detector's) may be kept beside it as bytes, in a file of the same key; the JSON
record holds their SHA-256, and they are handed back only when it matches.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from knowledge.key_record import file_status, remembered_key
from knowledge.pack_values import dump, value_of

FORMAT = 4
PREFIX = "knowledge-"
SUFFIXES = (".json", ".bin")
_PACKAGE_DIR = Path(__file__).parent


def pack_key(layers: Sequence[Sequence[Path]], record_dir: Path | None = None) -> str | None:
    """A hash of the pack files (each layer in order) and of the code that checks them.

    Args:
        layers: the built-in pack files, then an organisation's (each list in load order).
        record_dir: the cache directory, where the key is kept with the status of the files
            (`knowledge.key_record`) and taken from while none has changed; None computes it.

    Returns:
        The key, or None when a file cannot be read (loading then reports it).
    """
    modules = package_modules()
    if record_dir is None:
        return _pack_key(modules, layers)
    versions = _pydantic_version_files()
    paths: list[str | Path] = [os.path.join(_PACKAGE_DIR, name) for name in modules]
    paths += [*versions, *(path for files in layers for path in files)]
    try:
        files, settled = file_status(paths)
    except OSError:
        return None
    status = f"format {FORMAT}\n{sys.version}\n{files}"
    return remembered_key(record_dir, status, lambda: _pack_key(modules, layers), settled=settled)


def _pack_key(modules: list[str], layers: Sequence[Sequence[Path]]) -> str | None:
    # Each file's bytes by the hash Python checks byte-code against its source with (64 bits,
    # in C), and the list of them by the same: about 3 ms less than SHA-256 over the 900 kB on
    # a processor without SHA instructions, and no `hashlib` (OpenSSL) to load. A check for
    # change, not against someone who can write the cache directory (nothing kept there is).
    parts = [f"format {FORMAT}\n{sys.version}\n".encode(), _pydantic_version()]
    try:
        for name in modules:
            with open(os.path.join(_PACKAGE_DIR, name), "rb") as module:
                content = module.read()
            parts.append(f"{name} {len(content)}\n".encode() + _source_hash(content))
        for number, files in enumerate(layers):
            for path in files:
                content = path.read_bytes()
                parts.append(f"\nlayer {number} {path} {len(content)}\n".encode())
                parts.append(_source_hash(content))
    except OSError:
        return None
    return _source_hash(b"".join(parts)).hex()


def package_modules() -> list[str]:
    """Every module of this package (`*.py` at any depth), relative to it, in the order of their
    paths (`sorted` of `Path`s: by their parts). Walked with `os.scandir`: `Path.rglob`, its
    sorting and `relative_to` cost a later start more than reading and hashing the files."""
    # Each name with NUL (below any character a name may hold) between its parts: such names
    # sort as their lists of parts do, compared in C without a key function.
    found: list[str] = []
    folders = [""]
    while folders:
        folder = folders.pop()
        with os.scandir(os.path.join(_PACKAGE_DIR, *folder.split("\0"))) as entries:
            for entry in entries:
                if entry.is_dir():
                    folders.append(f"{folder}{entry.name}\0")
                elif entry.name.endswith(".py"):
                    found.append(folder + entry.name)
    found.sort()
    return [name.replace("\0", os.sep) for name in found]


def cache_path(directory: Path, key: str, suffix: str = ".json") -> Path:
    """Where the knowledge for `key` is kept in `directory` (`.bin`: the tables beside it)."""
    return directory / f"{PREFIX}{key}{suffix}"


def read_fields(directory: Path, key: str) -> tuple[dict[str, Any], bytes | None] | None:
    """The dumped fields kept for `key` and the bytes kept beside them (`write_fields`' `extra`;
    None when they are missing or not the bytes written), or None when there are no fields,
    they are not sound, or a file they were checked against has changed since."""
    import json  # noqa: PLC0415 (a later start reads the snapshot, not the record)

    try:
        found = json.loads(cache_path(directory, key).read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(found, dict) or found.get("key") != key or found.get("format") != FORMAT:
        return None
    inputs, fields = found.get("inputs"), found.get("fields")
    if not isinstance(inputs, dict) or not isinstance(fields, dict):
        return None
    if not inputs_unchanged(inputs):
        return None
    return fields, _kept_bytes(cache_path(directory, key, ".bin"), found.get("extra"))


def recorded_inputs(directory: Path, key: str) -> dict[str, str | None] | None:
    """The other files the checks read, with their digests, as the record for `key` holds
    them (None without a sound record): what anything else kept under the key depends on."""
    import json  # noqa: PLC0415 (a later start reads the snapshot, not the record)

    try:
        found = json.loads(cache_path(directory, key).read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    inputs = found.get("inputs") if isinstance(found, dict) else None
    if not isinstance(inputs, dict) or not all(isinstance(d, str | None) for d in inputs.values()):
        return None
    return inputs


def _kept_bytes(path: Path, digest: object) -> bytes | None:
    """The bytes in `path` if their SHA-256 is `digest`, else None."""
    import hashlib  # noqa: PLC0415 (OpenSSL: only for a start that reads the detector's tables)

    try:
        content = path.read_bytes() if isinstance(digest, str) else None
    except OSError:
        return None
    return content if content and hashlib.sha256(content).hexdigest() == digest else None


def write_fields(
    directory: Path,
    key: str,
    fields: Mapping[str, object],
    inputs: Sequence[Path],
    extra: bytes | None = None,
) -> bool:
    """Keep `fields` for `key`, removing older files; False when it cannot.

    Args:
        directory: the cache directory (created if missing).
        key: from `pack_key`.
        fields: checked values (pack values, tuples and mappings of them) by name.
        inputs: other files the checks read; a later change to any of them voids the file.
        extra: bytes derived from the fields (the built risk detector's tables), kept in a
            file of the same key, the record holding their SHA-256; whoever reads them checks
            what they hold.
    """
    import hashlib  # noqa: PLC0415 (OpenSSL: only to write the record)
    import json  # noqa: PLC0415 (as hashlib)

    record = {
        "format": FORMAT,
        "key": key,
        "inputs": {str(path): _file_digest(path) for path in inputs},
        "fields": {name: dump(value) for name, value in fields.items()},
        "extra": None if extra is None else hashlib.sha256(extra).hexdigest(),
    }
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        # The bytes first: a record names them only once they are in place.
        if extra is not None:
            replace_file(directory, cache_path(directory, key, ".bin"), extra)
        replace_file(directory, cache_path(directory, key), text)
        for suffix in SUFFIXES:
            for old in directory.glob(f"{PREFIX}*{suffix}"):
                if old.name != cache_path(directory, key, suffix).name:
                    old.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def replace_file(directory: Path, path: Path, content: bytes) -> None:
    """Write `content` to a temporary file in `directory` and rename it to `path`, so that a
    reader never sees half a file."""
    import tempfile  # noqa: PLC0415 (with shutil and random: only to write the file)

    handle, temporary = tempfile.mkstemp(prefix=f"{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def construct_fields(kinds: Mapping[str, Any], data: Mapping[str, object]) -> dict[str, Any]:
    """Each field of `kinds` rebuilt from what `write_fields` dumped, without validating again.

    Each value is made by `knowledge.pack_values.value_of`, as a first start makes it from the
    checked models' dump, and is only checked to be of the type its field declares.

    Args:
        kinds: each field's type (pack values, tuples, mappings, enums, literals, str, int and
            bool, unions of one of these with None).
        data: the dumped fields, by name.

    Raises:
        ValueError: `data` does not have the declared shape (a damaged or edited file).
        TypeError: a type this function does not know (a new kind of field).
    """
    if set(kinds) != set(data):
        raise ValueError("the fields kept are not the fields asked for")
    return {name: value_of(kind, data[name]) for name, kind in kinds.items()}


def inputs_unchanged(inputs: Mapping[str, object]) -> bool:
    """Whether every file a record names still has the digest recorded for it (None: it could
    not be read then, and still cannot)."""
    return all(_file_digest(Path(path)) == digest for path, digest in inputs.items())


def _file_digest(path: Path) -> str | None:
    try:
        return file_digest_of(path.read_bytes())
    except OSError:
        return None


def file_digest_of(content: bytes) -> str:
    """The digest a record keeps for a file's bytes (and the key is): its length and its
    `importlib.util.source_hash`, in hexadecimal."""
    return f"{len(content):x}-{_source_hash(content).hex()}"


def _source_hash(content: bytes) -> bytes:
    return importlib.util.source_hash(content)


def _pydantic_version() -> bytes:
    """pydantic's version file, read without importing pydantic (which a later start never
    needs): a new release may check the packs differently."""
    try:
        return b"".join(path.read_bytes() for path in _pydantic_version_files())
    except OSError:
        return b"unknown"


def _pydantic_version_files() -> list[Path]:
    spec = importlib.util.find_spec("pydantic")
    where = spec.submodule_search_locations if spec is not None else None
    return [Path(p) / "version.py" for p in where or ()]
