"""Round 57 (robust238): how robust the risk check is to the words a writer uses for WHO.

    python -m tests.support.risk_swaps [--every N] [--show] FILE...

For each disclosure the check catches now, each word for a person in it (a doer, a victim or a
relation: a word of the pack's own person sets, `WHO_SETS`) is swapped, with its determiner, for
each of a table of other ways people type a person (`GROWN_SWAPS` for a grown-up or any relation,
`YOUNG_SWAPS` for a child), and for one-slip misspellings of the word itself. Each variant is
judged as a first message to the assistant (as /work/notes/ho.py does); the counts say how many
go quiet, by (word -> swap) and by family. The same swaps over the look-alikes the check leaves
quiet count how many start ringing: the false-alarm cost of making a swap ring.

Counts only, unless ``--show`` (dev files only: any path naming a held-out file is refused).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from knowledge.labelled_cases import load_cases

WHO_SETS = ("family", "home-bullies", "staff", "adult", "peer", "at-work")
"""The pack's sets whose words name a grown-up or a relation (`kid` names a child)."""
YOUNG_SET = "kid"
GENERIC = frozenset(
    {
        "adult",
        "adults",
        "family",
        "service",
        "user",
        "elderly",
        "staff",
        "worker",
        "leader",
        "person",
        "people",
        "old",
        "member",
    }
)
"""Words of those sets that name a kind of person rather than someone (not swapped)."""
DETERMINERS = frozenset({"my", "our", "his", "her", "their", "your", "the", "a", "an", "me"})

GROWN_SWAPS: dict[str, str] = {
    "kin-nan": "{my} nan",
    "kin-me-nan": "me nan",
    "kin-step-dad": "{my} step dad",
    "kin-our-kid": "our kid",
    "partner-bf": "{my} bf",
    "partner-hubby": "{my} hubby",
    "partner-mums-fella": "{my} mums fella",
    "partner-seeing": "the lad she is seeing",
    "ex": "{my} ex",
    "carer": "{my} carer",
    "support-worker": "{my} support worker",
    "staff-home": "the staff at the home",
    "staff-homes": "the homes staff",
    "stranger-upstairs": "the bloke upstairs",
    "stranger-some": "some bloke",
    "older-man": "an older man",
    "text-ma": "ma {word}",
    "text-me": "me {word}",
}
"""Other ways to type a grown-up or a relation; {my} keeps the writer's determiner."""

YOUNG_SWAPS: dict[str, str] = {
    "kid-our-kid": "our kid",
    "kid-little-un": "{my} little un",
    "kid-lil-bro": "{my} lil bro",
    "kid-step-son": "{my} step son",
    "kid-grandson": "{my} grandson",
    "kid-foster": "{my} foster daughter",
    "kid-me": "me {word}",
    "kid-ma": "ma {word}",
}
"""Other ways to type a child."""

_WORD = re.compile(r"[A-Za-z']+")


@dataclass(frozen=True)
class Variant:
    """One swapped message: the word swapped, the swap's label and the new text."""

    word: str
    swap: str
    text: str


def slips(word: str) -> list[str]:
    """Misspellings one slip away: a dropped apostrophe, a doubled or dropped letter and two
    letters swapped (at most one of each, where the word is long enough to stay readable)."""
    out: list[str] = []
    if "'" in word:
        out.append(word.replace("'", ""))
    bare = word.replace("'", "")
    if len(bare) >= 4:
        out.append(bare[:-2] + bare[-1] + bare[-2])
        out.append(bare[:1] + bare[2:])
    if len(bare) >= 3:
        out.append(bare[:2] + bare[1:])
    return [s for s in dict.fromkeys(out) if s != word]


def variants(text: str, grown: frozenset[str], young: frozenset[str]) -> Iterator[Variant]:
    """Each swap of each word for a person just after a determiner in `text` (the determiner
    swapped with it)."""
    spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    for i, (start, end, raw) in enumerate(spans):
        word = raw.lower()
        bare = word.removesuffix("'s").removesuffix("s'")
        table = YOUNG_SWAPS if bare in young else GROWN_SWAPS if bare in grown else None
        if table is None:
            continue
        if i == 0 or spans[i - 1][2].lower() not in DETERMINERS:
            continue  # "a chemistry teacher", "a resident's wife": no swap keeps the grammar
        det_start, det = spans[i - 1][0], spans[i - 1][2].lower()
        if det in {"the", "a", "an", "me"}:
            det = "my"
        tail = raw[len(bare) :]
        for label, swap in table.items():
            if "me {word}" in swap and det != "my":
                continue
            said = swap.format(my=det, word=bare) + tail
            yield Variant(bare, label, text[:det_start] + said + text[end:])
        for slip in slips(raw.lower()):
            yield Variant(bare, "slip", text[:start] + slip + text[end:])


@dataclass
class Tally:
    """Counts of variants judged, and of those whose verdict changed, by swap and by family."""

    judged: Counter[str]
    changed: Counter[str]
    by_pair: Counter[tuple[str, str]]
    items: int = 0
    items_changed: int = 0


def new_tally() -> Tally:
    """An empty tally."""
    return Tally(Counter(), Counter(), Counter())


def run(
    paths: list[Path],
    rings: Callable[[str], bool],
    sets: dict[str, tuple[str, ...]],
    every: int = 1,
    show: Callable[[str], None] | None = None,
) -> tuple[Tally, Tally]:
    """Swap the person words of the disclosures `rings` catches (first tally: variants that go
    quiet) and of the look-alikes it leaves quiet (second: variants that start ringing)."""
    grown = frozenset(w for name in WHO_SETS for w in sets.get(name, ())) - GENERIC
    young = frozenset(sets.get(YOUNG_SET, ())) - grown
    caught, quiet = new_tally(), new_tally()
    for path in paths:
        if "holdout" in str(path).lower():
            raise SystemExit(f"{path}: held-out files are not read")
        family = re.sub(r"\d+$", "", path.stem)
        for n, case in enumerate(load_cases(path)):
            if n % every:
                continue
            found = variants(case.text, grown, young)
            first = next(found, None)
            if first is None or rings(case.text) != case.risk:
                continue
            tally = caught if case.risk else quiet
            tally.items += 1
            flipped = False
            for v in (first, *found):
                key = f"{family}:{v.swap}"
                tally.judged[key] += 1
                if rings(v.text) != case.risk:
                    flipped = True
                    tally.changed[key] += 1
                    tally.by_pair[(v.word, v.swap)] += 1
                    if show is not None:
                        said = " ".join(v.text.split())
                        show(f"{'QUIET' if case.risk else 'RINGS'}\t{path.name}\t{said}")
            tally.items_changed += flipped
    return caught, quiet


def report(caught: Tally, quiet: Tally, top: int = 25) -> list[str]:
    """The counts as lines: totals, by swap, and the commonest (word -> swap) pairs."""
    lines = []
    for name, t in (("caught->quiet", caught), ("quiet->rings", quiet)):
        lines.append(
            f"{name}: items {t.items_changed}/{t.items}, "
            f"variants {sum(t.changed.values())}/{sum(t.judged.values())}"
        )
        swaps: Counter[str] = Counter()
        judged: Counter[str] = Counter()
        for key, n in t.judged.items():
            judged[key.split(":")[1]] += n
        for key, n in t.changed.items():
            swaps[key.split(":")[1]] += n
        lines.append(
            "  by swap: " + ", ".join(f"{s} {swaps[s]}/{judged[s]}" for s in sorted(judged))
        )
        lines.append("  by family: " + ", ".join(f"{k} {n}" for k, n in sorted(t.changed.items())))
        lines.append(
            "  by pair: " + ", ".join(f"{w}->{s} {n}" for (w, s), n in t.by_pair.most_common(top))
        )
    return lines


def main(argv: list[str] | None = None) -> None:
    """Judge the swaps of FILE... with the assistant and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--every", type=int, default=1, help="only every Nth item of each file")
    parser.add_argument("--show", action="store_true", help="print each changed dev variant")
    args = parser.parse_args(argv)
    if any("holdout" in str(p).lower() for p in args.files):
        raise SystemExit("held-out files are not read")
    os.environ.setdefault("INFOSHARE_STORE", "memory://")
    import bot.core  # noqa: PLC0415 (building the assistant is slow: only when run)
    import dialogs.evaluation  # noqa: PLC0415

    core = bot.core.build_core(None)
    judge = dialogs.evaluation.assistant_judge(core.assistant)
    caught, quiet = run(
        args.files,
        lambda text: judge(text).risk_of_harm,
        dict(core.knowledge.risk.sets),
        every=args.every,
        show=print if args.show else None,
    )
    for line in report(caught, quiet):
        print(line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
