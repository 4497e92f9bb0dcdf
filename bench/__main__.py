"""Run the benches: ``python -m bench`` runs them all, ``python -m bench matcher`` just one."""

from __future__ import annotations

import sys

from bench import registry


def main(argv: list[str]) -> int:
    """Run the named benches (all when none is named) and print their reports."""
    benches = registry()
    names = argv or list(benches)
    unknown = [n for n in names if n not in benches]
    if unknown:
        print(f"unknown bench: {', '.join(unknown)}; known: {', '.join(benches)}", file=sys.stderr)
        return 2
    for name in names:
        print(f"# bench: {name}\n")
        print(benches[name]())
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
