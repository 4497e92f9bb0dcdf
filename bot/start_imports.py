"""Importing `dataclasses` without the `inspect` it imports for one rare use.

`dataclasses` imports `inspect` (with `ast`, `dis`, `tokenize` and `linecache`) only to describe
a class that has no docstring by its `__init__`'s signature; every value class on the command
line's path has one (or is given one by `knowledge.value_class`), so a later `infoshare ask`
never needs it, yet importing it was about a twelfth of the start's instructions. Here
`dataclasses` is imported with a stand-in for `inspect` that imports the real module at its
first use and hands that over, so whatever `dataclasses` asks of it is answered as before.
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


def import_dataclasses_without_inspect() -> None:
    """Import `dataclasses` with `inspect` imported only when first used (see the module);
    nothing is done when either is already imported."""
    if "dataclasses" in sys.modules or "inspect" in sys.modules:
        return
    stand_in = DeferredModule("inspect", ("dataclasses",))
    sys.modules["inspect"] = stand_in
    try:
        import dataclasses  # noqa: F401, PLC0415 (the import this function is for)
    finally:
        # Only `dataclasses` holds the stand-in: any later `import inspect` gets the real one.
        if sys.modules.get("inspect") is stand_in:
            del sys.modules["inspect"]
