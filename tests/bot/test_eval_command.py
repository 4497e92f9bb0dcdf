"""`infoshare eval --pooled`: the README's held-out figures pool every file of a family
(`harm-holdout3.yaml` joins `harm-holdout`), so the command that reproduces them is one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.environment import command_env, run_command

ONE = """\
- q: "What is an information sharing protocol?"
  expect: [12]
  kind: paraphrase
- q: "her stepdad hits her with a belt"
  expect: null
  risk: true
  kind: disclosure
"""
TWO = """\
- q: "what is the weather like today?"
  expect: null
  kind: off-topic
"""


@pytest.mark.usefixtures("warm_tmp_path")
def test_files_of_one_family_are_reported_together_when_pooled(tmp_path: Path) -> None:
    (tmp_path / "sample-set.yaml").write_text(ONE, encoding="utf-8")
    (tmp_path / "sample-set2.yaml").write_text(TWO, encoding="utf-8")
    files = [str(tmp_path / "sample-set.yaml"), str(tmp_path / "sample-set2.yaml")]
    env = command_env(tmp_path)

    apart = run_command(["eval", *files], env, tmp_path)
    pooled = run_command(["eval", "--pooled", *files], env, tmp_path)

    assert apart.returncode == pooled.returncode == 0, apart.stderr + pooled.stderr
    assert apart.stdout.count("\n== ") + apart.stdout.startswith("== ") == 2
    assert pooled.stdout.startswith("== sample-set (pooled) (3 questions)")
    assert pooled.stdout.count("== ") == 1
    assert "signposted          100.0%  (1)" in pooled.stdout
