"""The test tree's own rules: helpers live in `tests.support`, conftest files only register
fixtures from there, no test module imports another, and the tree mirrors the source tree."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
ROOT = TESTS.parent
SUITES = {"support", "hostile", "reliability"}
"""Folders that mirror no source package: the shared helpers, and the whole-system suites."""
NOT_CODE = {"data", "fixtures", "__pycache__"}


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
    return names


def _modules() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if not NOT_CODE & set(p.parts))


def offences(path: Path) -> list[str]:
    """What in one test file breaks the rules (empty if nothing does)."""
    found = [
        f"imports {name}"
        for name in _imports(path)
        if name.split(".")[0] == "tests"
        and (name.split(".")[-1].startswith("test_") or name.split(".")[-1] == "conftest")
    ]
    if path.name == "conftest.py":
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [
            f"defines {node.name}"
            for node in tree.body
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        ]
        found += [f"imports {n}" for n in _imports(path) if not n.startswith("tests.support")]
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(TESTS)))
def test_helpers_come_from_tests_support_only(path: Path) -> None:
    assert offences(path) == []


def test_the_rules_catch_a_test_importing_another_or_a_conftest_defining_a_fixture(
    tmp_path: Path,
) -> None:
    module = tmp_path / "test_x.py"
    module.write_text("from tests.adapters.teams.test_http import say\n")
    conftest = tmp_path / "conftest.py"
    conftest.write_text("import pytest\n\n@pytest.fixture\ndef thing() -> int:\n    return 1\n")

    assert offences(module) == ["imports tests.adapters.teams.test_http"]
    assert offences(conftest) == ["defines thing", "imports pytest"]


def test_every_test_folder_mirrors_a_source_package() -> None:
    for folder in (p for p in TESTS.rglob("*") if p.is_dir()):
        relative = folder.relative_to(TESTS)
        if NOT_CODE & set(relative.parts) or relative.parts[0] in SUITES:
            continue
        assert (ROOT / relative / "__init__.py").exists(), f"tests/{relative} mirrors nothing"
