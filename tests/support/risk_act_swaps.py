"""How robust is the risk check to the writer's own word for what was done?

``python -m tests.support.risk_act_swaps [FILES...] [--show] [--every K]`` (default: every
harm-dev and practice-dev set; a path naming a held-out set is refused) judges each labelled
message as ``infoshare eval`` does, then, for each disclosure the check catches, rewrites each
act word the pack matched ("hits", "touched", "choking": the acts of risk_act_forms.yaml) in
other forms: another tense or aspect ("has been hitting", "keeps hitting", "used to hit"),
slang ("belts", "gropes"), one slip ("hitng", "hitt"), the noun ("does the hitting"), and the
whole message with its apostrophes dropped, and counts the variants that go quiet, by form of
change, by act and by category. The same rewrites of the look-alikes the check leaves quiet
count the variants that start ringing: the false-alarm cost of reading such forms.

Counts only, unless ``--show`` (development sets only) prints each changed variant.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from knowledge.labelled_cases import load_cases
from knowledge.risk_hits import find_hits
from knowledge.risk_types import Kinds, stem_word
from knowledge.risk_typo_reach import slips

DATA = Path(__file__).resolve().parents[1] / "data"
FORMS = Path(__file__).with_name("risk_act_forms.yaml")
BASE, THIRD, PAST, ING, DONE = range(5)
_WORD = re.compile(r"[A-Za-z\u2019']+")
_HARM = (Kinds.CUE, Kinds.TERM, Kinds.GROUP, Kinds.SIGNAL, Kinds.NEAR)
_AUX_ING = frozenset({"is", "was", "are", "were", "been", "be", "am", "keeps", "kept", "keep"})
_AUX_PASSIVE = frozenset({"was", "were", "got", "gets", "get", "been", "being", "is", "are"})
_AUX_PERFECT = frozenset({"has", "have", "had"})
_SLIPPED = 5  # shorter words are never corrected, by design (`knowledge.risk_typos`)
_OBJECTS = frozenset({"her", "him", "me", "them", "us", "you", "my", "his", "their"})

Judge = Callable[[str], bool]


@dataclass(frozen=True)
class Act:
    """One act of the table: its forms (base, third person, past, -ing, participle) and slang."""

    name: str
    forms: tuple[str, ...]
    slang: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Variant:
    """A message rewritten: the form of change, the act, and the new text."""

    form: str
    act: str
    text: str


def load_acts(path: Path = FORMS) -> dict[str, tuple[Act, int]]:
    """Each form of every act of the table, with its act and the first slot it fills."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    index: dict[str, tuple[Act, int]] = {}
    for name, entry in data["acts"].items():
        act = Act(name, tuple(entry["forms"]), tuple(tuple(s) for s in entry["slang"]))
        for slot, form in enumerate(act.forms):
            index.setdefault(form, (act, slot))
    return index


def variants(text: str, acts: dict[str, tuple[Act, int]], matched: set[str]) -> list[Variant]:
    """Every rewrite of `text`: each act word whose stem is in `matched` (all, when empty) in
    each other form, and the whole text without its apostrophes."""
    words = list(_WORD.finditer(text))
    found: list[Variant] = []
    for i, word in enumerate(words):
        lower = word.group().lower()
        if lower not in acts or (matched and stem_word(lower) not in matched):
            continue
        act, slot = acts[lower]
        before = words[i - 1].group().lower() if i else ""
        after = words[i + 1].group().lower() if i + 1 < len(words) else ""
        start, lead = word.start(), ""
        if before in _AUX_ING | _AUX_PASSIVE | _AUX_PERFECT:
            start, lead = words[i - 1].start(), before
            if before == "been" and i > 1 and words[i - 2].group().lower() in _AUX_PERFECT:
                start, lead = words[i - 2].start(), f"{words[i - 2].group().lower()} been"
        for form, new in _swaps(act, slot, before, after, lower, lead):
            rewritten = text[:start] + _cased(new, text[start]) + text[word.end() :]
            if rewritten != text:
                found.append(Variant(form, act.name, rewritten))
    if "'" in text or "\u2019" in text:
        found.append(Variant("apostrophe", "-", text.replace("'", "").replace("\u2019", "")))
    return found


def _swaps(
    act: Act, slot: int, before: str, after: str, typed: str, aux: str
) -> Iterator[tuple[str, str]]:
    """The forms of change of one act word typed after `before`, as (form, new words), the
    auxiliary words before it (`aux`: "has been") included."""
    forms = act.forms
    passive = before in _AUX_PASSIVE and typed in (forms[PAST], forms[DONE])
    lead = f"{aux} " if aux else ""
    if passive:
        for new in (f"has been {forms[DONE]}", f"keeps getting {forms[DONE]}"):
            yield "tense", new
        yield "tense", f"used to get {forms[DONE]}"
        slot = DONE
    elif aux or slot != BASE:
        tenses = (forms[PAST], forms[THIRD], f"has been {forms[ING]}")
        for new in (*tenses, f"keeps {forms[ING]}", f"used to {forms[BASE]}", forms[ING]):
            yield "tense", new
        to = " to" if after in _OBJECTS else ""
        yield "noun", f"does the {forms[ING]}{to}"
    for other in act.slang:
        yield "slang", lead + other[slot]
    word = forms[slot] if not aux else typed
    for kind in ("dropped", "swapped", "doubled"):
        made = [s for s in slips(word, kind) if s not in forms and len(word) >= _SLIPPED]
        if made:
            yield "slip", lead + made[len(made) // 2]


def _cased(new: str, first: str) -> str:
    return new[:1].upper() + new[1:] if first.isupper() else new


def probe_arguments(argv: Sequence[str] | None, description: str) -> argparse.Namespace | None:
    """A probe's arguments: FILE... (every dev set when none), --show, --every K.

    None, said on stderr, when a held-out set is named: only the lead measures those.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true", help="print each changed variant")
    parser.add_argument("--every", type=int, default=1, help="read every K-th message only")
    args = parser.parse_args(argv)
    args.files = args.files or sorted(
        [*DATA.glob("harm-dev*.yaml"), *DATA.glob("practice-dev*.yaml")]
    )
    if any("holdout" in str(f).lower() for f in args.files):
        print("refused: held-out sets are measured by the lead only", file=sys.stderr)
        return None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Count the variants that go quiet (disclosures caught) and ring (look-alikes quiet)."""
    args = probe_arguments(argv, __doc__.splitlines()[0])
    if args is None:
        return 2
    files = args.files
    from bot.core import build_core  # noqa: PLC0415 (slow: after the arguments are checked)
    from dialogs.evaluation import assistant_judge  # noqa: PLC0415

    core = build_core(None)
    verdicts = assistant_judge(core.assistant)
    detector = core.knowledge.risk_detector
    ids = [category.id for category in core.knowledge.risk.categories]

    def rings(text: str) -> bool:
        return verdicts(text).risk_of_harm

    def matched(text: str) -> tuple[set[str], set[str]]:
        """The stems of the words the harm phrases matched, and those phrases' places."""
        read = detector.reading(text)
        stems: set[str] = set()
        places: set[str] = set()
        for hit in find_hits(read, detector._harm_index, detector._starts[0]):
            phrase = hit.phrase
            if phrase.kind in _HARM and phrase.category >= 0:
                stems.update(read.words[hit.position : max(hit.end, hit.position + 1)])
                where = f"{ids[phrase.category]} {phrase.kind.name.lower()}"
                places.add(f"{where} {phrase.item}.{phrase.group}" if phrase.item >= 0 else where)
        return stems, places

    acts = load_acts()
    counts: dict[str, Counter[str]] = {k: Counter() for k in _COUNTS}
    seen = Counter[str]()
    for path in files:
        for n, case in enumerate(load_cases(path)):
            if n % args.every or case.risk != rings(case.text):
                continue  # only disclosures caught and look-alikes left quiet
            stems, places = matched(case.text) if case.risk else (set(), set())
            if case.risk and not stems:
                continue
            seen["disclosures" if case.risk else "look-alikes"] += 1
            for variant in variants(case.text, acts, stems):
                keys = (f"form {variant.form}", f"act {variant.act}")
                counts["tried" if case.risk else "fa"].update(keys)
                lost = places - matched(variant.text)[1] if case.risk else set()
                if lost:
                    counts["lost"].update(keys)
                    counts["items"].update(lost)
                if rings(variant.text) != case.risk:
                    changed = "quiet" if case.risk else "rang"
                    counts[changed].update(keys)
                elif not lost:
                    continue
                else:
                    changed = "lost"
                if args.show:
                    print(f"{changed}\t{variant.form}\t{path.name}:{n + 1}\t{variant.text}")
    _report(seen, counts)
    return 0


_COUNTS = ("quiet", "lost", "items", "rang", "tried", "fa")


def _report(seen: Counter[str], counts: dict[str, Counter[str]]) -> None:
    print(" ".join(f"{k}={v}" for k, v in sorted(seen.items())))
    print("disclosure variants gone quiet, or losing a phrase they matched, of those tried;")
    print("then look-alike variants that rang, of those tried:")
    for key in sorted(set(counts["tried"]) | set(counts["fa"])):
        print(
            f"  {key:<16} quiet {counts['quiet'][key]:>3} lost {counts['lost'][key]:>4}"
            f" /{counts['tried'][key]:<5} rang {counts['rang'][key]:>3} /{counts['fa'][key]}"
        )
    print("phrases lost (category kind item.group):")
    for key, value in counts["items"].most_common(30):
        print(f"  {value:>4} {key}")


if __name__ == "__main__":
    sys.exit(main())
