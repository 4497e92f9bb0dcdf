"""Read the packs from YAML, check them with their pydantic models, and check them together.

This is the first start's work (and `infoshare knowledge check`'s): a later start reads the
checked values from the data directory instead (`knowledge.pack_cache`) and never imports this
module or pydantic. The checked models become values by way of their JSON dump, through the same
function a later start uses on the kept dump (`knowledge.pack_values.value_of`), so both starts
give identical values; the checks between packs then run on the values.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from knowledge.contacts_schema import ContactsPack
from knowledge.fidelity import fidelity_problems, source_candidates
from knowledge.flow_graph import graph_problems
from knowledge.flow_pack import FlowPack
from knowledge.flow_schema import FlowPack as FlowModel
from knowledge.loader import KnowledgeError, kept_kinds, qa_words
from knowledge.matching.models import NotCoveredPack
from knowledge.matching.schema import LexiconPack
from knowledge.matching.schema import NotCoveredPack as NotCoveredModel
from knowledge.pack_values import build, value_of
from knowledge.qa_pack import QAEntry
from knowledge.qa_schema import PhrasingsPack, QAPack, QASource
from knowledge.qa_schema import QAEntry as QAEntryModel
from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from knowledge.risk_pack_problems import (
    added_cue_words,
    risk_example_problems,
    risk_line_problems,
    set_aside_problems,
    slip_problems,
)
from knowledge.risk_schema import RiskPack as RiskModel
from knowledge.risk_schema_merge import merge_risk_packs
from knowledge.routes_pack import Destination, RoutesPack
from knowledge.routes_schema import RoutesPack as RoutesModel
from knowledge.text_schema import AboutPack, RulesPack
from knowledge.typed_words import TypedWordsPack
from knowledge.typed_words_merge import merge_typed_words
from knowledge.typed_words_schema import TypedWordsPack as TypedWordsModel
from knowledge.yaml_keys import pack_loader

PACK_MODELS: Mapping[str, type[BaseModel]] = {
    "qa": QAPack,
    "flow": FlowModel,
    "rules": RulesPack,
    "contacts": ContactsPack,
    "about": AboutPack,
    "not-covered": NotCoveredModel,
    "lexicon": LexiconPack,
    "phrasings": PhrasingsPack,
    "routes": RoutesModel,
    "risk": RiskModel,
    "typed-words": TypedWordsModel,
}
"""Each kind of pack's pydantic model, whose JSON Schema `infoshare knowledge schema` prints."""
SINGLE_KINDS = tuple(k for k in PACK_MODELS if k not in {"qa", "phrasings", "risk", "typed-words"})
_M = TypeVar("_M", bound=BaseModel)
_Layer = dict[str, list[tuple[Path, BaseModel]]]


def check_packs(
    builtin_files: list[Path], files: list[Path] | None, extra: Path | None
) -> tuple[dict[str, Any], RiskDetector, list[Path]]:
    """Read, check and merge the built-in packs and an organisation's own.

    Args:
        builtin_files: the built-in pack files.
        files: an organisation's pack files (None without `extra`, [] when it has none).
        extra: the organisation's pack directory or file, to name in a problem.

    Returns:
        The value of each field of `Knowledge` the cache keeps, the risk detector, and the
        other files the checks read (the published texts the answers are quoted from).

    Raises:
        KnowledgeError: listing every problem found, each naming its file and entry.
    """
    problems: list[str] = []
    builtin = _load_layer(builtin_files, problems)
    local: _Layer = {}
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
    kinds = kept_kinds()
    # The values, made from the checked models' dump as a later start makes them from the cache.
    values: dict[str, Any] = {
        "entries": value_of(kinds["entries"], _dump(entries)),
        "sources": value_of(kinds["sources"], _dump(sources)),
    }
    for kind, model in singles.items():
        name = kind.replace("-", "_")
        dumped = _dump(model)
        if kind == "contacts" and local.get(kind) and builtin.get(kind):
            dumped = _with_builtin_lines(dumped, builtin[kind][0][1].model_dump(mode="json"))
        values[name] = value_of(kinds[name], dumped)
    flow = values.get("flow")
    if isinstance(flow, FlowPack):
        flow_file = _file_of(singles["flow"], local.get("flow") or builtin["flow"])
        problems += [f"{flow_file}: {p}" for p in graph_problems(flow)]
        routes = values.get("routes")
        if isinstance(routes, RoutesPack):
            routes_file = _file_of(singles["routes"], local.get("routes") or builtin["routes"])
            problems += [f"{routes_file}: {p}" for p in _summary_problems(routes, flow)]
    not_covered = values.get("not_covered")
    if isinstance(not_covered, NotCoveredPack):
        problems += _ask_problems(values["entries"], not_covered)
    detector = _check_risk(builtin, local, values, problems)
    typed_words = [
        (str(p), build(TypedWordsPack, _dump(m)))
        for p, m in builtin.get("typed-words", []) + local.get("typed-words", [])
    ]
    values["typed_words"], typed_problems = _merge_typed_words(typed_words)
    problems += typed_problems
    if problems:
        raise KnowledgeError(problems)
    qa = [(p, _as(m, QAPack)) for p, m in builtin.get("qa", []) + local.get("qa", [])]
    texts = [c for path, pack in qa for c in source_candidates(pack, path.parent)]
    return values, detector, texts


def _dump(value: object) -> object:
    """The JSON form of checked models (and tuples and mappings of them)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, tuple | list):
        return [_dump(item) for item in value]
    if isinstance(value, Mapping):
        return {str(k): _dump(v) for k, v in value.items()}
    return value


def _file_of(model: BaseModel, found: list[tuple[Path, BaseModel]]) -> Path:
    return next(p for p, m in found if m is model)


def _summary_problems(routes: RoutesPack, flow: FlowPack) -> list[str]:
    known = {q.id for q in flow.questions}
    return [
        f"a summary route names flow question {r.question!r}, which the flow "
        f"does not have (it has {', '.join(sorted(known))})"
        for r in routes.routes
        if r.to is Destination.SUMMARY and r.question not in known
    ]


def _ask_problems(entries: tuple[QAEntry, ...], not_covered: NotCoveredPack) -> list[str]:
    asks, objects = not_covered.asks, not_covered.objects
    return [
        f"entry {e.number} answers_asks {kind!r}, which the not-covered pack's asks do not list"
        for e in entries
        for kind in e.answers_asks
        if kind not in asks
    ] + [
        f"entry {e.number} is about {name!r}, which the not-covered pack's objects do not list"
        for e in entries
        for name in (*e.about, *e.about_too)
        if name not in objects
    ]


def _merge_risk(
    packs: list[tuple[Path, BaseModel]], entries: tuple[QAEntry, ...], problems: list[str]
) -> tuple[RiskPack, RiskDetector]:
    """The built-in risk pack extended by an organisation's (merged as models), its detector,
    checked against the pack's examples."""
    if not packs:
        problems.append("no pack of kind 'risk' was found")
        return RiskPack(kind="risk"), RiskDetector(RiskPack(kind="risk"))
    merged, found = merge_risk_packs([(str(p), _as(m, RiskModel)) for p, m in packs])
    problems += [f"risk packs: {p}" for p in found]
    if found:
        return RiskPack(kind="risk"), RiskDetector(RiskPack(kind="risk"))
    pack = build(RiskPack, _dump(merged))
    detector = RiskDetector(pack, qa_words(entries))
    problems += [f"risk packs: {p}" for p in risk_example_problems(pack, detector)]
    return pack, detector


def _check_risk(
    builtin: _Layer, local: _Layer, values: dict[str, Any], problems: list[str]
) -> RiskDetector:
    """The merged risk pack's detector, the pack put in `values` (`risk`) with the warnings
    about it (`pack_warnings`), its problems added to `problems`."""
    risk_packs = builtin.get("risk", []) + local.get("risk", [])
    values["risk"], detector = _merge_risk(risk_packs, values["entries"], problems)
    problems += risk_line_problems(values["risk"], values.get("contacts"))
    problems += set_aside_problems(values["risk"])
    values["pack_warnings"] = tuple(_slips_added(builtin, local, detector))
    return detector


def _slips_added(builtin: _Layer, local: _Layer, detector: RiskDetector) -> list[str]:
    """An organisation's risk packs' cue words a common word is one slip from
    (`risk_pack_problems.slip_problems`; round 56): none without their own risk packs. A
    warning, not a problem (round 57): the organisation's pack still loads."""
    if not local.get("risk"):
        return []
    models = [[_as(m, RiskModel) for _, m in layer.get("risk", [])] for layer in (builtin, local)]
    return slip_problems(detector, added_cue_words(*models))


def _with_builtin_lines(local: object, builtin: dict[str, Any]) -> object:
    """An organisation's contacts pack with lines of its own, given the built-in pack's lines it
    does not list (by id), so a line a later release's kinds name (round 46: the domestic abuse
    helpline, the Men's Advice Line, the Forced Marriage Unit) reaches it without an edit; its
    own line of the same id wins. A pack with no lines at all keeps none (its contacts alone)."""
    own = local.get("lines") if isinstance(local, dict) else None
    if not isinstance(local, dict) or not own:
        return local
    ids = {line.get("id") for line in own}
    extra = [line for line in builtin.get("lines") or [] if line.get("id") not in ids]
    return {**local, "lines": [*own, *extra]}


def _merge_typed_words(packs: list[tuple[str, TypedWordsPack]]) -> tuple[TypedWordsPack, list[str]]:
    if not packs:
        return TypedWordsPack(kind="typed-words"), ["no pack of kind 'typed-words' was found"]
    return merge_typed_words(packs)


def _as(model: BaseModel, cls: type[_M]) -> _M:
    if not isinstance(model, cls):  # pragma: no cover - guarded by PACK_MODELS
        raise TypeError(f"expected {cls.__name__}, got {type(model).__name__}")
    return model


def _load_layer(files: list[Path], problems: list[str]) -> _Layer:
    layer: _Layer = {}
    for path in files:
        loaded = _load_file(path, problems)
        if loaded is not None:
            kind, model = loaded
            layer.setdefault(kind, []).append((path, model))
    return layer


def _load_file(path: Path, problems: list[str]) -> tuple[str, BaseModel] | None:
    import yaml  # noqa: PLC0415 (a start that finds the knowledge cached reads no YAML)

    loader = pack_loader()
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
) -> tuple[tuple[QAEntryModel, ...], dict[int, QASource]]:
    entries: dict[int, QAEntryModel] = {}
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
    entries: tuple[QAEntryModel, ...], packs: list[tuple[Path, BaseModel]], problems: list[str]
) -> tuple[QAEntryModel, ...]:
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
