"""A Q&A pack quotes its published text exactly: each entry's question and answer must appear in
the source file the pack names (ignoring line breaks and italics)."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.qa_schema import QAPack

_SOURCES = Path(__file__).parent / "sources"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("*", "")).strip()


def source_candidates(pack: QAPack, pack_dir: Path) -> list[Path]:
    """Where a Q&A pack's published text may be, the first found being used."""
    if pack.source.file is None:
        return []
    return [pack_dir / pack.source.file, _SOURCES / pack.source.file]


def fidelity_problems(pack: QAPack, pack_dir: Path) -> list[str]:
    """Every quoted answer must appear in the published text (ignoring line breaks and italics)."""
    if pack.source.file is None:
        return []
    candidates = source_candidates(pack, pack_dir)
    source_file = next((c for c in candidates if c.is_file()), None)
    if source_file is None:
        return [f"source.file: {pack.source.file!r} was not found beside the pack or in sources/"]
    published = _squash(source_file.read_text(encoding="utf-8"))
    return [
        f"entries (number {e.number}): the {part} differs from the published text in "
        f"{pack.source.file}; it must be quoted exactly"
        for e in pack.entries
        for part, text in (("question", e.question), ("answer", e.answer))
        if _squash(text) not in published
    ]
