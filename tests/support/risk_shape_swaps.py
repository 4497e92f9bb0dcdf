"""Round 58 (robust249): how robust the risk check is to the SHAPE around a doer and an act.

    python -m tests.support.risk_shape_swaps [FILES...] [--show] [--every K]

(default: every harm-dev and practice-dev set; a path naming a held-out set is refused). For
each disclosure the check catches, the message is rewritten keeping its meaning: words put
between a doer and the act ("my dad always hits", "he used to hit", "she has been hitting"), a
clause put between them ("my dad, when he's been drinking, hits"), the doer named in one
sentence and the act told in the next with a pronoun ("my dad drinks. When he does he hits"),
the order turned ("I get hit by my dad"), the sentences as a list or a case note, a question
added at the end, and the text-speak shapes (lower case, no punctuation, sentences run on with
"and", "so", "but"). The variants that go quiet are counted by rewrite and by category; the
same rewrites of the look-alikes the check leaves quiet count those that start ringing: the
false-alarm cost of reading such shapes.

Counts only, unless ``--show`` (development sets only) prints each changed variant. The acts'
forms are `tests.support.risk_act_swaps`' table; a doer is a word of the pack's person sets
(`tests.support.risk_swaps.WHO_SETS`) or "he", "she", "they" just before an act word.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from knowledge.labelled_cases import load_cases
from knowledge.risk_types import RiskFinding
from tests.support.risk_act_swaps import (
    BASE,
    DONE,
    ING,
    PAST,
    THIRD,
    Act,
    load_acts,
    probe_arguments,
)
from tests.support.risk_swaps import DETERMINERS, GENERIC, WHO_SETS

_WORD = re.compile(r"[A-Za-z\u2019']+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_PUNCTUATION = re.compile(r"[.,!?;:\"()\u2019']")
PRONOUNS = frozenset({"he", "she", "they"})
FEMALE = frozenset(
    {"mum", "mom", "mother", "mam", "mummy", "stepmum", "nan", "gran", "grandma", "aunt", "auntie"}
    | {"sister", "wife", "girlfriend", "gf", "she", "woman", "lady", "stepmother"}
)
SAME_FORM = ("always", "sometimes", "even", "basically", "like", "kind of", "still")
"""Words put between a doer and the act, the act's form kept."""
ING_AUX = ("keeps", "has been")
BASE_AUX = ("used to", "would", "started to")
CLAUSES = ("when {he}'s been drinking", "every time I'm late", "if I don't do what {he} says")
NEXT_SENTENCE = "drinks. When {he} does {he}"
TAILS = ("what should I do?", "is that normal?")
OBJECT_SUBJECT = {
    "me": "I get",
    "him": "he gets",
    "her": "she gets",
    "them": "they get",
    "us": "we get",
}


@dataclass(frozen=True)
class Variant:
    """A message rewritten: the rewrite's name and the new text."""

    rewrite: str
    text: str


def doer_variants(
    text: str, acts: dict[str, tuple[Act, int]], people: frozenset[str]
) -> Iterator[Variant]:
    """The rewrites between each doer and the act word just after it."""
    words = list(_WORD.finditer(text))
    for i in range(1, len(words)):
        typed = words[i].group().lower()
        doer = words[i - 1].group().lower().removesuffix("'s")
        if typed not in acts or (doer not in people and doer not in PRONOUNS):
            continue
        act, slot = acts[typed]
        if slot not in (BASE, THIRD, PAST) or act.forms[slot] != typed:
            continue
        he = "she" if doer in FEMALE else "they" if doer == "they" else "he"
        head, tail = text[: words[i].start()], text[words[i].start() :]
        for word in SAME_FORM:
            yield Variant(f"insert {word}", f"{head}{word} {tail}")
        rest = text[words[i].end() :]
        for aux in ING_AUX:
            yield Variant(f"insert {aux}", f"{head}{aux} {act.forms[ING]}{rest}")
        for aux in BASE_AUX:
            yield Variant(f"insert {aux}", f"{head}{aux} {act.forms[BASE]}{rest}")
        before = text[: words[i - 1].end()]
        for n, clause in enumerate(CLAUSES):
            said = clause.format(he=he)
            yield Variant(f"clause {n + 1}", f"{before}, {said}, {tail}")
        if doer not in PRONOUNS:
            said = NEXT_SENTENCE.format(he=he)
            yield Variant("next sentence", f"{before} {said} {tail}")
            yield from _passive(text, words, i, act)


def _passive(text: str, words: list[re.Match[str]], i: int, act: Act) -> Iterator[Variant]:
    """ "my dad hits me" as "I get hit by my dad"."""
    if i + 1 >= len(words) or words[i + 1].group().lower() not in OBJECT_SUBJECT:
        return
    start = words[i - 1].start()
    if i > 1 and words[i - 2].group().lower() in DETERMINERS:
        start = words[i - 2].start()
    subject = OBJECT_SUBJECT[words[i + 1].group().lower()]
    doer = text[start : words[i - 1].end()]
    doer = doer[:1].lower() + doer[1:] if not doer.startswith("I ") else doer
    said = f"{subject} {act.forms[DONE]} by {doer}"
    said = said[:1].upper() + said[1:] if text[start].isupper() else said
    yield Variant("passive", text[:start] + said + text[words[i + 1].end() :])


def message_variants(text: str) -> Iterator[Variant]:
    """The rewrites of the whole message's shape."""
    sentences = _SENTENCE_END.split(text.strip())
    bare = _PUNCTUATION.sub("", text)
    yield Variant("lowercase", text.lower())
    yield Variant("no punctuation", bare)
    yield Variant("text-speak", " and ".join(_PUNCTUATION.sub("", s) for s in sentences).lower())
    if len(sentences) > 1:
        for joint in ("and", "so", "but"):
            joined = (
                sentences[0][:1]
                + f" {joint} ".join(_lowered(s.rstrip(".!")) for s in sentences)[1:]
            )
            yield Variant(f"run-on {joint}", joined)
        yield Variant("list", "\n".join(f"- {s}" for s in sentences))
    yield Variant("case note", f"Disclosed: {text.strip()}")
    if not text.rstrip().endswith("?"):
        for n, tail in enumerate(TAILS):
            yield Variant(f"tail {n + 1}", f"{text.rstrip()} {tail}")


def _lowered(sentence: str) -> str:
    """A sentence run on after another: its first letter in lower case, unless it is "I"."""
    if sentence[:2] in ("I ", "I'") or sentence[:2] == "I\u2019":
        return sentence
    return sentence[:1].lower() + sentence[1:]


@dataclass
class Tally:
    """Variants judged and changed, by rewrite and by category."""

    tried: Counter[str]
    changed: Counter[str]
    by_category: Counter[str]
    items: int = 0
    items_changed: int = 0


def new_tally() -> Tally:
    """An empty tally."""
    return Tally(Counter(), Counter(), Counter())


def run(
    paths: Sequence[Path],
    rings: Callable[[str], bool],
    people: frozenset[str],
    every: int = 1,
    show: Callable[[str], None] | None = None,
    category: Callable[[str], str] = lambda text: "-",
) -> tuple[Tally, Tally]:
    """Rewrite the disclosures `rings` catches (first tally: variants gone quiet) and the
    look-alikes it leaves quiet (second: variants that start ringing); `category` names the
    category a text rings for (a disclosure's own, a look-alike's variant's)."""
    acts = load_acts()
    caught, quiet = new_tally(), new_tally()
    for path in paths:
        if "holdout" in str(path).lower():
            raise SystemExit(f"{path}: held-out files are not read")
        for n, case in enumerate(load_cases(path)):
            if n % every or rings(case.text) != case.risk:
                continue
            tally = caught if case.risk else quiet
            tally.items += 1
            flipped = False
            seen = {case.text}
            own = category(case.text) if case.risk else ""
            for v in (*doer_variants(case.text, acts, people), *message_variants(case.text)):
                if v.text in seen:
                    continue
                seen.add(v.text)
                tally.tried[v.rewrite] += 1
                if rings(v.text) == case.risk:
                    continue
                flipped = True
                tally.changed[v.rewrite] += 1
                tally.by_category[own or category(v.text)] += 1
                if show is not None:
                    said = " ".join(v.text.split())
                    mark = "QUIET" if case.risk else "RINGS"
                    show(f"{mark}\t{v.rewrite}\t{path.name}:{n + 1}\t{said}")
            tally.items_changed += flipped
    return caught, quiet


def report(caught: Tally, quiet: Tally) -> list[str]:
    """The counts as lines: totals, by rewrite and by category."""
    lines = []
    for name, t in (("caught->quiet", caught), ("quiet->rings", quiet)):
        lines.append(
            f"{name}: items {t.items_changed}/{t.items}, "
            f"variants {sum(t.changed.values())}/{sum(t.tried.values())}"
        )
        lines.extend(f"  {k:<20} {t.changed[k]:>4} /{t.tried[k]}" for k in sorted(t.tried))
        lines.append("  by category: " + ", ".join(f"{k} {n}" for k, n in t.by_category.items()))
    return lines


def _first_category(finding: RiskFinding | None) -> str:
    return finding.categories[0] if finding is not None and finding.categories else "model"


def main(argv: Sequence[str] | None = None) -> int:
    """Judge the rewrites of FILE... with the assistant and print the counts."""
    args = probe_arguments(argv, (__doc__ or "").splitlines()[0])
    if args is None:
        return 2
    files = args.files
    from bot.core import build_core  # noqa: PLC0415 (slow: after the arguments are checked)
    from dialogs.evaluation import assistant_judge  # noqa: PLC0415

    core = build_core(None)
    judge = assistant_judge(core.assistant)
    detector = core.knowledge.risk_detector
    sets = core.knowledge.risk.sets
    people = frozenset(w for name in WHO_SETS for w in sets.get(name, ())) - GENERIC
    caught, quiet = run(
        files,
        lambda text: judge(text).risk_of_harm,
        people,
        every=args.every,
        show=print if args.show else None,
        category=lambda text: _first_category(detector.detect(text)),
    )
    for line in report(caught, quiet):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
