"""Importing two standard modules without what they import for a rare use.

- `dataclasses` imports `inspect` (with `ast`, `dis`, `tokenize` and `linecache`) only to
  describe a class that has no docstring by its `__init__`'s signature; every value class on the
  command line's path has one (or is given one by `knowledge.value_class`), so a later
  `infoshare ask` never needs it, yet importing it was about a twelfth of the start's
  instructions.
- `urllib.parse` (which `pathlib` imports) imports `ipaddress` only to check an address written
  in brackets in a URL's host; nothing `ask` runs parses a URL.

Each is imported with a stand-in for the module it defers, which imports the real module at its
first use and hands that over, so whatever is asked of it is answered as before. The stand-in
is held by the importing module only, not left in `sys.modules`: `importlib.util.LazyLoader`
leaves its lazy module there, and an ask that walks `sys.modules` loads it at once (tried in
round 20: `inspect`, `ast`, `dis` and `tokenize` all came back).
"""

from __future__ import annotations

import importlib
import sys
import types


class DeferredModule(types.ModuleType):
    """A module standing in for the one of its name: the first attribute asked of it imports
    the real module, binds it in place of the stand-in in each of `holders` (modules whose
    global of that name is the stand-in) and answers from it."""

    def __init__(self, name: str, holders: tuple[str, ...]) -> None:
        super().__init__(name)
        self.holders = holders

    def __getattr__(self, attribute: str) -> object:
        real = importlib.import_module(self.__name__)
        for holder in self.holders:
            module = sys.modules.get(holder)
            if module is not None and getattr(module, self.__name__, None) is self:
                setattr(module, self.__name__, real)
        return getattr(real, attribute)


DEFERRED = (("dataclasses", "inspect"), ("urllib.parse", "ipaddress"))
"""Each module, and the module its import defers to its first use."""


def import_deferring() -> None:
    """Import each module of `DEFERRED` with the module it names imported only when first used
    (see the module); nothing is done for a pair when either is already imported."""
    for name, deferred in DEFERRED:
        import_deferring_one(name, deferred)


def import_deferring_one(name: str, deferred: str) -> None:
    """Import module `name` with `deferred`, which it imports, imported at its first use."""
    if name in sys.modules or deferred in sys.modules:
        return
    stand_in = DeferredModule(deferred, (name,))
    sys.modules[deferred] = stand_in
    try:
        importlib.import_module(name)
    finally:
        # Only `name` holds the stand-in: any later import of `deferred` gets the real module.
        if sys.modules.get(deferred) is stand_in:
            del sys.modules[deferred]
