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
import os
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any, get_type_hints

from knowledge.contacts_pack import ContactsPack
from knowledge.flow_pack import FlowPack
from knowledge.matching.models import LexiconPack, NotCoveredPack
from knowledge.pack_cache import construct_fields, pack_key, read_fields, write_fields
from knowledge.pack_values import Value
from knowledge.qa_pack import QAEntry, QASource
from knowledge.risk import RiskDetector, words_of
from knowledge.risk_model import MODEL_FILE, RiskModel, load_risk_model
from knowledge.risk_pack import RiskPack
from knowledge.routes_pack import RoutesPack
from knowledge.text_packs import AboutPack, RulesPack
from knowledge.typed_words import TypedWordsPack
from knowledge.value_class import value_class

PACK_KINDS = (
    "qa",
    "flow",
    "rules",
    "contacts",
    "about",
    "not-covered",
    "lexicon",
    "phrasings",
    "routes",
    "risk",
    "typed-words",
)
"""The kinds of pack (`knowledge.pack_check.PACK_MODELS` has the model of each)."""
_PACKAGE_DIR = Path(__file__).parent


class KnowledgeError(Exception):
    """The packs could not be loaded; `problems` names each file, entry and problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


@value_class
class Knowledge(Value):
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
    risk_model: RiskModel
    """The learnt second opinion on risk (knowledge/models), read with the packs."""
    pack_warnings: tuple[str, ...] = ()
    """What the packs' check found that does not stop a start (round 57: an organisation's cue
    word a common word is one slip from): `infoshare knowledge check` prints them, a start logs
    how many."""

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
    key = knowledge_key(extra, cache_dir) if cache_dir else None
    known = _cached(cache_dir, key) if cache_dir and key else None
    if known is not None:
        return known
    from knowledge.pack_check import check_packs  # noqa: PLC0415 (pydantic: not for a later start)

    values, detector, texts = check_packs(builtin_files, files, extra)
    knowledge = Knowledge(**values, risk_detector=detector, risk_model=load_risk_model())
    if cache_dir is not None and key is not None:
        from knowledge.detector_cache import dump_detector  # noqa: PLC0415 (as `_cached`)

        write_fields(cache_dir, key, _kept(knowledge), inputs=texts, extra=dump_detector(detector))
    return knowledge


def knowledge_key(extra: Path | None = None, cache_dir: Path | None = None) -> str | None:
    """The key the checked knowledge is kept under for the built-in packs plus `extra`
    (`knowledge.pack_cache.pack_key`); None when it is not kept (an organisation's folder
    without packs, a problem reported when loading, or a file that cannot be read); with
    `cache_dir`, the key kept there while no file it hashes has changed (`knowledge.key_record`).

    Raises:
        KnowledgeError: `extra` does not exist.
    """
    files = _extra_files(extra)
    if files == []:
        return None
    builtin = [*yaml_files(builtin_packs_dir()), MODEL_FILE]
    return pack_key([builtin, files or []], cache_dir)


def yaml_files(folder: Path) -> list[Path]:
    """The `*.yaml` files of `folder`, as `sorted(folder.glob("*.yaml"))` gives them, without
    the pattern `glob` compiles at every start (tidy39)."""
    with os.scandir(folder) as entries:
        names = sorted(entry.name for entry in entries if entry.name.endswith(".yaml"))
    return [folder / name for name in names]


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
def kept_kinds() -> dict[str, Any]:
    """The type of each field of `Knowledge` the cache keeps: all but the derived detector and
    the risk model (read from its own file)."""
    hints = get_type_hints(Knowledge)
    derived = {"risk_detector", "risk_model"}
    return {f.name: hints[f.name] for f in fields(Knowledge) if f.name not in derived}


def _kept(knowledge: Knowledge) -> dict[str, object]:
    return {name: getattr(knowledge, name) for name in kept_kinds()}


def _cached(cache_dir: Path, key: str) -> Knowledge | None:
    """The knowledge kept for `key` with its risk detector (read back, or built if not kept);
    None if there is none. The packs' examples are not run through the detector again: what
    they find follows from the packs and the code, both in the key, and they passed before."""
    if (kept := read_fields(cache_dir, key)) is None:
        return None
    try:
        values = construct_fields(kept_kinds(), kept[0])
    except (TypeError, ValueError, RecursionError):
        return None
    # Only a start without a snapshot (`knowledge.snapshot`) reads the detector's tables.
    from knowledge.detector_cache import load_detector  # noqa: PLC0415

    detector = load_detector(kept[1], values["risk"]) or RiskDetector(
        values["risk"], qa_words(values["entries"])
    )
    return Knowledge(**values, risk_detector=detector, risk_model=load_risk_model())


def qa_words(entries: tuple[QAEntry, ...]) -> frozenset[str]:
    """The words of the Q&A, which the risk check's typo correction leaves alone."""
    texts = (t for e in entries for t in (e.question, e.answer, *e.alternates, *e.keywords))
    return frozenset(words_of(" \n ".join(texts)))
