"""A YAML loader for packs that refuses a key given twice in one mapping.

PyYAML keeps the last of two equal keys without a word, so a list written twice under one
name (two branches each adding `own_life` under the typed-words pack's `friend`, round 46)
would silently lose the first. Packs are read with this loader, so the second is a problem
`knowledge check` names, with its line.
"""

from __future__ import annotations

from typing import Any


def pack_loader() -> Any:
    """The safe YAML loader class (the C one where PyYAML has it: about ten times faster)
    that raises a `yaml.constructor.ConstructorError` naming the line of any key given twice
    in a mapping."""
    import yaml  # noqa: PLC0415 (a start that finds the knowledge cached reads no YAML)

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class NoTwiceLoader(base):  # type: ignore[misc]
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[object] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                if not isinstance(key, str | int | float | bool) or key == "<<":
                    continue
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"key '{key}' is given twice", key_node.start_mark
                    )
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    return NoTwiceLoader
