"""The labelled messages the assistant is scored on (`knowledge.evaluation`), read from a file.

An evaluation file is a YAML list of mappings:

- ``q``: the message as typed;
- ``expect``: the Q&A entry that answers it, a list of entries that each do, or null when no
  published answer does (the assistant should then quote nothing);
- ``risk`` (optional, default false): the message describes a possible risk of harm to a child or
  an adult, so the signpost to protection procedures must lead the reply;
- ``kind`` (optional): a label to break the figures down by; ``category``, ``source`` (where the
  message was found) and ``note`` (why a label was chosen when it was in doubt) are kept for the
  reader and ignored here.

A *wrong quote* is any published answer given outright that is not among ``expect``: the worst
mistake the assistant can make after missing a risk of harm.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

__all__ = ["EvalCase", "load_cases"]


@dataclass(frozen=True)
class EvalCase:
    """One labelled message.

    Attributes:
        text: the message.
        expect: the entries whose published answer answers it (empty: quote nothing).
        kind: a label to group results by.
        risk: the message describes a possible risk of harm to a child or an adult.
    """

    text: str
    expect: frozenset[int]
    kind: str
    risk: bool = False

    @property
    def answerable(self) -> bool:
        """Whether some published answer answers the message."""
        return bool(self.expect)


def load_cases(path: Path) -> list[EvalCase]:
    """Read an evaluation file.

    Args:
        path: a YAML file holding a list of mappings (see the module's description).

    Returns:
        The cases in file order.

    Raises:
        ValueError: the file cannot be read or parsed, or an item is malformed; the message
            names the file and the item.
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot be read ({exc.__class__.__name__})") from exc
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of {{q, expect, kind}} items")
    return [_case(path, i, item) for i, item in enumerate(data, start=1)]


_KEYS = frozenset({"q", "expect", "kind", "risk", "category", "source", "note"})


def _case(path: Path, number: int, item: object) -> EvalCase:
    where = f"{path}: item {number}"
    if not isinstance(item, dict):
        raise ValueError(f"{where}: expected a mapping with q, expect and kind")
    unknown = set(item) - _KEYS
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(map(str, unknown))}")
    text = item.get("q")
    if not isinstance(text, str):
        raise ValueError(f"{where}: q must be a string")
    if "expect" not in item:
        raise ValueError(f"{where}: expect is missing (an entry number, a list of them, or null)")
    expect = _entries(item["expect"])
    if expect is None:
        raise ValueError(
            f"{where}: expect must be an entry number, a list of them or null, "
            f"not {item['expect']!r}"
        )
    risk = item.get("risk", False)
    if not isinstance(risk, bool):
        raise ValueError(f"{where}: risk must be true or false, not {risk!r}")
    kind = item.get("kind", "answerable" if expect else "unanswerable")
    if not isinstance(kind, str) or not kind.strip():
        raise ValueError(f"{where}: kind must be a non-empty string")
    return EvalCase(text=text, expect=expect, kind=kind, risk=risk)


def _entries(value: object) -> frozenset[int] | None:
    values = [] if value is None else value if isinstance(value, list) else [value]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return None
    return frozenset(values)
