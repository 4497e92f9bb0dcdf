"""tidy39: a start compiles no pattern that `infoshare ask "what is an ISP?"` does not use: the
learnt model's token pattern waits for the first message the model reads, and the built-in pack
files are listed without the pattern `Path.glob` compiles (in the same order)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from knowledge.loader import builtin_packs_dir, yaml_files

SCRIPT = """
import io, contextlib
import bot.cli as cli
import knowledge.risk_model_text as risk_model_text
with contextlib.redirect_stdout(io.StringIO()):
    cli.main(["ask", "what is an ISP?"])
print(risk_model_text.TOKEN._compiled is None)
"""


def test_the_yaml_files_are_those_glob_finds_in_its_order(tmp_path: Path) -> None:
    for name in ("b.yaml", "a.yaml", "Z.yaml", ".hidden.yaml", "c.yml", "d.yaml.bak"):
        (tmp_path / name).write_text("")
    (tmp_path / "folder.yaml").mkdir()
    assert yaml_files(tmp_path) == sorted(tmp_path.glob("*.yaml"))
    assert yaml_files(builtin_packs_dir()) == sorted(builtin_packs_dir().glob("*.yaml"))


def test_a_short_question_compiles_no_token_pattern(tmp_path: Path) -> None:
    env = {"PYTHONPATH": str(Path.cwd()), "INFOSHARE_STORE": "memory://"}
    env["INFOSHARE_DATA_DIR"] = str(tmp_path)
    for _ in range(2):  # the first start builds and keeps the snapshot; the second reads it
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
        )
    assert done.stdout.strip() == "True"
