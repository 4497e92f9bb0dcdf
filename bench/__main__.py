"""Run the benches: ``python -m bench`` runs them all, ``python -m bench matcher`` just one.

Options ``--name value`` go to every named bench whose ``run`` takes a parameter of that name
(``python -m bench matcher --sizes 0,500``).
"""

from __future__ import annotations

import inspect
import sys

from bench import registry


def main(argv: list[str]) -> int:
    """Run the named benches (all when none is named) and print their reports."""
    benches = registry()
    names: list[str] = []
    options: dict[str, str] = {}
    args = iter(argv)
    for arg in args:
        if arg.startswith("--"):
            key, _, value = arg[2:].partition("=")
            options[key.replace("-", "_")] = value or next(args, "")
        else:
            names.append(arg)
    names = names or list(benches)
    unknown = [n for n in names if n not in benches]
    if unknown:
        print(f"unknown bench: {', '.join(unknown)}; known: {', '.join(benches)}", file=sys.stderr)
        return 2
    for name in names:
        print(f"# bench: {name}\n")
        accepted = inspect.signature(benches[name]).parameters
        print(benches[name](**{k: v for k, v in options.items() if k in accepted}))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
