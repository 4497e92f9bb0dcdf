"""``python -m tests.reliability [--scale N] [--seed N]``: run the suite and print its report."""

from __future__ import annotations

import argparse
import asyncio

from tests.reliability.suite import run_suite


def main() -> None:
    """Parse the options, run the suite, print the report."""
    parser = argparse.ArgumentParser(prog="python -m tests.reliability")
    parser.add_argument("--scale", type=float, default=1.0, help="users per phase, as a factor")
    parser.add_argument("--seed", type=int, default=20261126, help="random seed of the run")
    args = parser.parse_args()
    report = asyncio.run(run_suite(seed=args.seed, scale=args.scale))
    print(report.as_text())


if __name__ == "__main__":
    main()
