"""Importing two standard modules without what they import for a rare use.

- `dataclasses` imports `inspect` (with `ast`, `dis`, `tokenize` and `linecache`) only to
  describe a class that has no docstring by its `__init__`'s signature; every value class on the
  command line's path has one (or is given one by `knowledge.value_class`), so a later
  `infoshare ask` never needs it, yet importing it was about a twelfth of the start's
  instructions.
- `pathlib` imports `urllib.parse` (with `ipaddress`: 4.5 million instructions, 1.3% of a later
  `infoshare ask`) only for `quote_from_bytes`, which `Path.as_uri` alone calls; nothing `ask`
  runs makes a URI or parses a URL.

Each is imported with a stand-in for the module it defers, which imports the real module at its
first use and hands that over, so whatever is asked of it is answered as before. A function the
importer takes from the module by name (`from urllib.parse import quote_from_bytes`) is a
stand-in too, which imports the module when first called and calls the real function. The stand-in
is held by the importing module only, not left in `sys.modules`: `importlib.util.LazyLoader`
leaves its lazy module there, and an ask that walks `sys.modules` loads it at once (tried in
round 20: `inspect`, `ast`, `dis` and `tokenize` all came back).
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable


class DeferredModule(types.ModuleType):
    """A module standing in for the one of its name: the first attribute asked of it imports
    the real module, binds it in place of the stand-in in each of `holders` (modules whose
    global of that name is the stand-in) and answers from it."""

    def __init__(
        self, name: str, holders: tuple[str, ...], functions: tuple[str, ...] = ()
    ) -> None:
        super().__init__(name)
        self.holders = holders
        for function in functions:
            setattr(self, function, deferred_function(name, function))

    def __getattr__(self, attribute: str) -> object:
        if attribute == "__path__":
            # Asked by a `from` import of the stand-in, to know whether it is a package: no
            # deferred module is.
            raise AttributeError(attribute)
        real = importlib.import_module(self.__name__)
        for holder in self.holders:
            module = sys.modules.get(holder)
            if module is not None and getattr(module, self.__name__, None) is self:
                setattr(module, self.__name__, real)
        return getattr(real, attribute)


def deferred_function(module: str, name: str) -> Callable[..., object]:
    """A stand-in for function `name` of `module`: each call imports the module (at once, after
    the first) and calls its function with the same arguments."""

    def call(*args: object, **kwargs: object) -> object:
        function: Callable[..., object] = getattr(importlib.import_module(module), name)
        return function(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


DEFERRED: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("dataclasses", "inspect", ()),
    ("pathlib", "urllib.parse", ("quote_from_bytes",)),
)
"""Each module, the module its import defers to its first use, and the functions it takes from
that module by name."""


def import_deferring() -> None:
    """Import each module of `DEFERRED` with the module it names imported only when first used
    (see the module); nothing is done for a pair when either is already imported."""
    for name, deferred, functions in DEFERRED:
        import_deferring_one(name, deferred, functions)


def import_deferring_one(name: str, deferred: str, functions: tuple[str, ...] = ()) -> None:
    """Import module `name` with `deferred`, which it imports, imported at its first use
    (`functions`: those `name` takes from it by name, each imported at its first call)."""
    if name in sys.modules or deferred in sys.modules:
        return
    stand_in = DeferredModule(deferred, (name,), functions)
    sys.modules[deferred] = stand_in
    try:
        importlib.import_module(name)
    finally:
        # Only `name` holds the stand-in: any later import of `deferred` gets the real module.
        if sys.modules.get(deferred) is stand_in:
            del sys.modules[deferred]
