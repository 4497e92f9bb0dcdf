"""Benchmarks, run with ``python -m bench`` (all) or ``python -m bench NAME`` (some).

A bench is a module ``bench/bench_<name>.py`` with a function ``run() -> str`` that returns a
Markdown report. Modules are found by name, so adding a file is all it takes to register one.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

PREFIX = "bench_"


def registry() -> dict[str, Callable[[], str]]:
    """Every bench in this package, by short name, in name order."""
    found: dict[str, Callable[[], str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith(PREFIX):
            module = importlib.import_module(f"{__name__}.{info.name}")
            found[info.name.removeprefix(PREFIX)] = module.run
    return found
