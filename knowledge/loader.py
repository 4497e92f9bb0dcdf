"""Load the knowledge packs from YAML files, validate everything, and report problems plainly.

Built-in packs live in ``knowledge/packs``. An organisation may add a directory (or one file) of
its own packs: ``qa`` packs add entries, ``phrasings`` packs add alternate phrasings to existing
entries, a ``risk`` pack adds cues of harm to the built-in ones and a ``typed-words`` pack adds
words for commands and answers to the built-in ones; a ``flow``, ``rules``,
``contacts``, ``about``, ``not-covered``, ``lexicon`` or ``routes`` pack replaces the built-in one
of that kind.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar, get_type_hints

from pydantic import BaseModel, ValidationError

from knowledge.detector_cache import dump_detector, load_detector
from knowledge.fidelity import fidelity_problems, source_candidates
from knowledge.flow_pack import FlowPack, graph_problems
from knowledge.matching import LexiconPack, NotCoveredPack
from knowledge.pack_cache import construct_fields, pack_key, read_fields, write_fields
from knowledge.qa_pack import PhrasingsPack, QAEntry, QAPack, QASource
from knowledge.risk import RiskDetector, words_of
from knowledge.risk_pack import RiskPack, merge_risk_packs
from knowledge.routes_pack import Destination, RoutesPack
from knowledge.text_packs import AboutPack, ContactsPack, RulesPack
from knowledge.typed_words import TypedWordsPack, merge_typed_words

PACK_MODELS: Mapping[str, type[BaseModel]] = {
    "qa": QAPack,
    "flow": FlowPack,
    "rules": RulesPack,
    "contacts": ContactsPack,
    "about": AboutPack,
    "not-covered": NotCoveredPack,
    "lexicon": LexiconPack,
    "phrasings": PhrasingsPack,
    "routes": RoutesPack,
    "risk": RiskPack,
    "typed-words": TypedWordsPack,
}
SINGLE_KINDS = tuple(k for k in PACK_MODELS if k not in {"qa", "phrasings", "risk", "typed-words"})
_PACKAGE_DIR = Path(__file__).parent
_M = TypeVar("_M", bound=BaseModel)


class KnowledgeError(Exception):
    """The packs could not be loaded; `problems` names each file, entry and problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Knowledge:
    """Everything the conversation reads: validated, merged, immutable."""

    entries: tuple[QAEntry, ...]
    sources: Mapping[int, QASource]
    flow: FlowPack
    rules: RulesPack
    contacts: ContactsPack
    about: AboutPack
    not_covered: NotCoveredPack
    lexicon: LexiconPack
    routes: RoutesPack
    risk: RiskPack
    risk_detector: RiskDetector
    typed_words: TypedWordsPack

    def entry(self, number: int) -> QAEntry | None:
        """The Q&A entry with this number, if any."""
        return next((e for e in self.entries if e.number == number), None)

    def citation(self, number: int) -> str:
        """The source line for an entry: publication, date and question number."""
        return self.sources[number].citation(number)


def builtin_packs_dir() -> Path:
    """Where the packs shipped with the assistant live."""
    return _PACKAGE_DIR / "packs"


def load_knowledge(extra: Path | None = None, *, cache_dir: Path | None = None) -> Knowledge:
    """Load the built-in packs plus an organisation's own (a directory or one file).

    Args:
        extra: an organisation's pack directory or file, if any.
        cache_dir: where to keep the checked knowledge between starts (`knowledge.pack_cache`),
            keyed by the packs' and the code's bytes; None checks everything every time, as
            `infoshare knowledge check` does. The cache is written only once everything loaded
            without a problem, so broken packs are always found, and worded, as without it.

    Raises:
        KnowledgeError: listing every problem found, each naming its file and entry.
    """
    builtin_files = sorted(builtin_packs_dir().glob("*.yaml"))
    files = _extra_files(extra)
    # (An organisation's folder without packs is a problem, reported below: never cached.)
    key = pack_key([builtin_files, files or []]) if cache_dir and files != [] else None
    known = _cached(cache_dir, key) if cache_dir and key else None
    if known is not None:
        return known
    problems: list[str] = []
    builtin = _load_layer(builtin_files, problems)
    local: dict[str, list[tuple[Path, BaseModel]]] = {}
    if extra is not None and files is not None:
        if not files:
            problems.append(f"{extra}: no .yaml pack files in this directory")
        local = _load_layer(files, problems)
    if problems:
        raise KnowledgeError(problems)

    singles: dict[str, BaseModel] = {}
    for kind in SINGLE_KINDS:
        for layer_name, layer in (("built-in", builtin), ("local", local)):
            found = layer.get(kind, [])
            if len(found) > 1:
                names = ", ".join(str(p) for p, _ in found)
                problems.append(f"{names}: more than one {layer_name} pack of kind {kind!r}")
            elif found:
                singles[kind] = found[0][1]
        if kind not in singles:
            problems.append(f"no pack of kind {kind!r} was found")
    entries, sources = _merge_qa(builtin.get("qa", []) + local.get("qa", []), problems)
    entries = _add_phrasings(entries, local.get("phrasings", []), problems)
    flow = singles.get("flow")
    if isinstance(flow, FlowPack):
        flow_file = next(p for p, m in (local.get("flow") or builtin["flow"]) if m is flow)
        problems += [f"{flow_file}: {p}" for p in graph_problems(flow)]
        routes = singles.get("routes")
        if isinstance(routes, RoutesPack):
            routes_file = next(
                p for p, m in (local.get("routes") or builtin["routes"]) if m is routes
            )
            problems += [f"{routes_file}: {p}" for p in _summary_problems(routes, flow)]
    not_covered = singles.get("not-covered")
    if isinstance(not_covered, NotCoveredPack):
        problems += _ask_problems(entries, not_covered)
    risk, detector = _merge_risk(builtin.get("risk", []) + local.get("risk", []), entries, problems)
    typed_words = _merge_typed_words(builtin.get("typed-words", []) + local.get("typed-words", []))
    problems += typed_words[1]
    if problems:
        raise KnowledgeError(problems)
    knowledge = Knowledge(
        entries=entries,
        sources=sources,
        flow=_as(singles["flow"], FlowPack),
        rules=_as(singles["rules"], RulesPack),
        contacts=_as(singles["contacts"], ContactsPack),
        about=_as(singles["about"], AboutPack),
        not_covered=_as(singles["not-covered"], NotCoveredPack),
        lexicon=_as(singles["lexicon"], LexiconPack),
        routes=_as(singles["routes"], RoutesPack),
        risk=risk,
        risk_detector=detector,
        typed_words=typed_words[0],
    )
    if cache_dir is not None and key is not None:
        qa = [(p, _as(m, QAPack)) for p, m in builtin.get("qa", []) + local.get("qa", [])]
        texts = [c for path, pack in qa for c in source_candidates(pack, path.parent)]
        derived = {"risk_detector": dump_detector(knowledge.risk_detector)}
        write_fields(cache_dir, key, _kept(knowledge), inputs=texts, extra=derived)
    return knowledge


def _extra_files(extra: Path | None) -> list[Path] | None:
    """An organisation's pack files: None without `extra`, [] when it has none.

    Raises:
        KnowledgeError: `extra` does not exist.
    """
    if extra is None:
        return None
    if not extra.exists():
        raise KnowledgeError([f"{extra}: no such file or directory"])
    if not extra.is_dir():
        return [extra]
    return sorted(extra.glob("*.yaml")) + sorted(extra.glob("*.yml"))


@functools.cache
def _kept_kinds() -> dict[str, Any]:
    """The type of each field of `Knowledge` the cache keeps: all but the derived detector."""
    hints = get_type_hints(Knowledge)
    return {f.name: hints[f.name] for f in fields(Knowledge) if f.name != "risk_detector"}


def _kept(knowledge: Knowledge) -> dict[str, object]:
    return {name: getattr(knowledge, name) for name in _kept_kinds()}


def _cached(cache_dir: Path, key: str) -> Knowledge | None:
    """The knowledge kept for `key` with its risk detector (read back, or built if not kept);
    None if there is none. The packs' examples are not run through the detector again: what
    they find follows from the packs and the code, both in the key, and they passed before."""
    if (kept := read_fields(cache_dir, key)) is None:
        return None
    try:
        values = construct_fields(_kept_kinds(), kept[0])
    except (TypeError, ValueError, RecursionError):
        return None
    detector = load_detector(kept[1].get("risk_detector"), values["risk"]) or RiskDetector(
        values["risk"], qa_words(values["entries"])
    )
    return Knowledge(**values, risk_detector=detector)


def _summary_problems(routes: RoutesPack, flow: FlowPack) -> list[str]:
    known = {q.id for q in flow.questions}
    return [
        f"a summary route names flow question {r.question!r}, which the flow "
        f"does not have (it has {', '.join(sorted(known))})"
        for r in routes.routes
        if r.to is Destination.SUMMARY and r.question not in known
    ]


def _ask_problems(entries: tuple[QAEntry, ...], not_covered: NotCoveredPack) -> list[str]:
    known = not_covered.asks
    return [
        f"entry {e.number} answers_asks {kind!r}, which the not-covered pack's asks do not list"
        for e in entries
        for kind in e.answers_asks
        if kind not in known
    ]


def qa_words(entries: tuple[QAEntry, ...]) -> frozenset[str]:
    """The words of the Q&A, which the risk check's typo correction leaves alone."""
    texts = (t for e in entries for t in (e.question, e.answer, *e.alternates, *e.keywords))
    return frozenset(words_of(" \n ".join(texts)))


def _merge_risk(
    packs: list[tuple[Path, BaseModel]], entries: tuple[QAEntry, ...], problems: list[str]
) -> tuple[RiskPack, RiskDetector]:
    """The built-in risk pack extended by an organisation's, its detector, checked against the
    pack's examples."""
    if not packs:
        problems.append("no pack of kind 'risk' was found")
        return RiskPack(kind="risk"), RiskDetector(RiskPack(kind="risk"))
    merged, found = merge_risk_packs([(str(p), _as(m, RiskPack)) for p, m in packs])
    problems += [f"risk packs: {p}" for p in found]
    if found:
        return merged, RiskDetector(RiskPack(kind="risk"))
    detector = RiskDetector(merged, qa_words(entries))
    problems += [f"risk packs: {p}" for p in _example_problems(merged, detector)]
    return merged, detector


def _merge_typed_words(packs: list[tuple[Path, BaseModel]]) -> tuple[TypedWordsPack, list[str]]:
    if not packs:
        return TypedWordsPack(kind="typed-words"), ["no pack of kind 'typed-words' was found"]
    return merge_typed_words([(str(p), _as(m, TypedWordsPack)) for p, m in packs])


def _as(model: BaseModel, cls: type[_M]) -> _M:
    if not isinstance(model, cls):  # pragma: no cover - guarded by PACK_MODELS
        raise TypeError(f"expected {cls.__name__}, got {type(model).__name__}")
    return model


def _load_layer(files: list[Path], problems: list[str]) -> dict[str, list[tuple[Path, BaseModel]]]:
    layer: dict[str, list[tuple[Path, BaseModel]]] = {}
    for path in files:
        loaded = _load_file(path, problems)
        if loaded is not None:
            kind, model = loaded
            layer.setdefault(kind, []).append((path, model))
    return layer


def _load_file(path: Path, problems: list[str]) -> tuple[str, BaseModel] | None:
    import yaml  # noqa: PLC0415 (a start that finds the knowledge cached reads no YAML)

    # The C loader parses the packs about ten times faster; both are the safe loader.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot be read ({exc.__class__.__name__})")
        return None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problems.append(f"{path}: {where}not valid YAML ({getattr(exc, 'problem', exc)})")
        return None
    kind = data.get("kind") if isinstance(data, dict) else None
    if not isinstance(kind, str) or kind not in PACK_MODELS:
        kinds = ", ".join(PACK_MODELS)
        problems.append(f"{path}: a pack must be a mapping with 'kind' set to one of: {kinds}")
        return None
    try:
        model = PACK_MODELS[kind].model_validate(data)
    except ValidationError as exc:
        problems += [f"{path}: {_where(e['loc'], data)}: {e['msg']}" for e in exc.errors()]
        return None
    if isinstance(model, QAPack):
        problems += [f"{path}: {p}" for p in fidelity_problems(model, path.parent)]
    return kind, model


def _where(loc: tuple[int | str, ...], data: Any) -> str:
    """Turn a pydantic error location into words that name the entry, e.g. 'question 4'."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int) and isinstance(node, list) and 0 <= key < len(node):
            item = node[key]
            label = ""
            if isinstance(item, dict):
                for name in ("id", "number"):
                    if name in item:
                        label = f" ({name} {item[name]})"
                        break
            parts.append(f"[{key + 1}]{label}")
            node = item
        else:
            parts.append(f".{key}")
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts).lstrip(".") or "top level"


def _merge_qa(
    packs: list[tuple[Path, BaseModel]], problems: list[str]
) -> tuple[tuple[QAEntry, ...], dict[int, QASource]]:
    entries: dict[int, QAEntry] = {}
    sources: dict[int, QASource] = {}
    origin: dict[int, Path] = {}
    for path, model in packs:
        pack = _as(model, QAPack)
        for entry in pack.entries:
            if entry.number in entries:
                first = origin[entry.number]
                problems.append(f"{path}: question {entry.number}: number already used in {first}")
                continue
            entries[entry.number] = entry
            sources[entry.number] = pack.source
            origin[entry.number] = path
    if not entries:
        problems.append("no Q&A entries were found")
    return tuple(entries[n] for n in sorted(entries)), sources


def _add_phrasings(
    entries: tuple[QAEntry, ...], packs: list[tuple[Path, BaseModel]], problems: list[str]
) -> tuple[QAEntry, ...]:
    """Add the phrasings packs' alternates to their entries (each phrasing once)."""
    by_number = {e.number: e for e in entries}
    for path, model in packs:
        for item in _as(model, PhrasingsPack).entries:
            entry = by_number.get(item.number)
            if entry is None:
                problems.append(f"{path}: question {item.number}: there is no such Q&A entry")
                continue
            known = {a.casefold() for a in entry.alternates}
            added = tuple(a for a in dict.fromkeys(item.alternates) if a.casefold() not in known)
            by_number[item.number] = entry.model_copy(
                update={"alternates": (*entry.alternates, *added)}
            )
    return tuple(by_number[n] for n in sorted(by_number))


def _example_problems(pack: RiskPack, detector: RiskDetector) -> list[str]:
    """Check a merged risk pack against its own examples; one sentence per problem."""
    problems = [
        f"examples.disclosures: {example!r} is not caught by any cue"
        for example in pack.examples.disclosures
        if detector.detect(example) is None
    ]
    for example in pack.examples.ordinary:
        finding = detector.detect(example)
        if finding is not None:
            why = ", ".join(
                f"{c}: {q!r}" for c, q in zip(finding.categories, finding.cues, strict=True)
            )
            problems.append(f"examples.ordinary: {example!r} is taken for a disclosure ({why})")
    return problems
