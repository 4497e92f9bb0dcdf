"""The wheel: built from a copy of the project as a user's `pip install` would build it, it
carries everything the commands read, and its commands work from outside the repository.

The wheel is installed without its dependencies into a fresh virtual environment that borrows
them from the test run's own (one `.pth` line), so the project itself can only come from the
wheel while the test stays quick (about 10 s). The build uses the test run's setuptools (a dev
dependency) rather than a fresh isolated one, for the same reason.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "00000000-0000-4000-8000-000000000001"
_NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis", "data"
)


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INFOSHARE_", "Microsoft"))}
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built by `python -m build` from a copy of the project's files."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCE)
    built = _run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(work / "dist"),
            ".",
        ],
        source,
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    said = built.stdout + built.stderr
    assert "Warning" not in said and "deprecated" not in said, said[-3000:]  # none of ours
    [found] = (work / "dist").glob("infoshare-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path) -> Path:
    """A fresh venv holding the wheel; returns its bin folder."""
    venv = wheel.parent.parent / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], wheel.parent)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q"]
    done = _run([*pip, "--no-index", str(wheel)], wheel.parent)
    assert done.returncode == 0, done.stderr
    site = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        wheel.parent,
    )
    (Path(site.stdout.strip()) / "borrowed-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n"
    )
    return venv / "bin"


def test_the_wheel_carries_the_teams_app_packs_and_sources_and_no_tests(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        [metadata] = [n for n in names if n.endswith(".dist-info/METADATA")]
        meta = Parser().parsestr(archive.read(metadata).decode("utf-8"))

    for shipped in ["manifest.json", "color.png", "outline.png"]:
        assert f"adapters/teams/app/{shipped}" in names
    packs = {p.name for p in (ROOT / "knowledge" / "packs").glob("*.yaml")}
    assert packs and all(f"knowledge/packs/{p}" in names for p in packs)
    assert any(n.startswith("knowledge/sources/") and n.endswith(".txt") for n in names)
    assert "bot/PRIVACY.md" in names
    assert not any(n.startswith(("tests/", "bench/")) for n in names)

    assert meta["License-Expression"] == "MIT"
    needs = meta.get_all("Requires-Dist") or []
    assert [n for n in needs if n.startswith("matplotlib")] == [
        'matplotlib<4,>=3.8; extra == "charts"',
        'matplotlib<4,>=3.8; extra == "dev"',
    ]


def test_teams_package_and_ask_work_from_an_installed_wheel(
    installed: Path, tmp_path: Path
) -> None:
    where = _run(
        [str(installed / "python"), "-c", "import adapters; print(adapters.__file__)"], tmp_path
    )
    assert where.stdout.startswith(str(installed.parent)), where.stdout + where.stderr

    built = _run(
        [
            str(installed / "infoshare"),
            "teams-package",
            "--website-url",
            "https://example.org",
            "--app-id",
            APP_ID,
            "--out",
            "app.zip",
        ],
        tmp_path,
    )
    assert built.returncode == 0, built.stderr
    with zipfile.ZipFile(tmp_path / "app.zip") as archive:
        assert sorted(archive.namelist()) == ["color.png", "manifest.json", "outline.png"]
        assert json.loads(archive.read("manifest.json"))["id"] == APP_ID

    asked = _run(
        [str(installed / "infoshare"), "ask", "what is an information sharing protocol?"], tmp_path
    )
    assert asked.returncode == 0, asked.stderr
    assert "October 2008, question 12" in asked.stdout


def test_init_from_an_installed_wheel_fills_in_the_privacy_notice(
    installed: Path, tmp_path: Path
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "organisation: Northshire Council\n"
        "procedures_name: Northshire procedures\n"
        "procedures_url: https://northshire.example/procedures\n",
        encoding="utf-8",
    )
    done = _run([str(installed / "infoshare"), "init", "--from", str(answers), "packs"], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "not beside this installation" not in done.stdout
    privacy = (tmp_path / "packs" / "PRIVACY.md").read_text(encoding="utf-8")
    assert "run by Northshire Council for its own" in privacy
