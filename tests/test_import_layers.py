"""The import-layer check (import-linter, run by `make test`) fails when an import points the
wrong way.

Each case copies the four packages to a temporary folder, adds one import that points the wrong
way (each is one of the cycles this project once had), and runs ``lint-imports`` on the copy
with this project's contracts: it must fail, naming the broken contract and the import.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "adapters", "dialogs", "knowledge")
LAYERS = "One direction"
LEAF = "The contract is a leaf"
NO_SDK = "The core and the knowledge import no platform SDK"


def _copy(into: Path) -> Path:
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, into / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", into / "pyproject.toml")
    return into


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(lint_imports), "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("module", "added", "broken"),
    [
        ("dialogs/assistant.py", "from bot.pipeline import TurnPipeline", LAYERS),
        ("adapters/slack/door.py", "from bot.settings import Settings", LAYERS),
        ("knowledge/loader.py", "from dialogs.contract import Reply", LAYERS),
        ("dialogs/contract.py", "from dialogs.notices import UNAVAILABLE_REPLY", LEAF),
        ("dialogs/routes.py", "import slack_sdk", NO_SDK),
    ],
)
def test_one_import_the_wrong_way_fails_the_check(
    tmp_path: Path, module: str, added: str, broken: str
) -> None:
    root = _copy(tmp_path)
    with (root / module).open("a", encoding="utf-8") as source:
        source.write(f"\n{added}  # pointing the wrong way\n")

    result = _lint(root)

    assert result.returncode != 0
    assert broken in result.stdout
    assert "2 kept, 1 broken" in result.stdout  # the copy is otherwise sound
    importer = module.removesuffix(".py").replace("/", ".")
    assert importer in result.stdout
