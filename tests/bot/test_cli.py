"""The real `infoshare` command, run as a person or a script runs it: whatever goes wrong ends
in one plain line and a non-zero status, never a traceback."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.environment import command_env
from tests.support.network import free_port
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
LOCALE = {"PYTHONIOENCODING": "utf-8:strict"}
"""A person's terminal, as under a UTF-8 locale such as en_GB.UTF-8 (which this machine may
lack): standard input and output are strict UTF-8."""
C_LOCALE = {"PYTHONIOENCODING": "", "LC_ALL": "C"}
"""A bare container: Python keeps undecodable bytes as lone surrogates, and writes them back."""


def _infoshare(
    args: list[str | bytes],
    tmp_path: Path,
    stdin: bytes = b"",
    locale: dict[str, str] = LOCALE,
    **settings: str,
) -> subprocess.CompletedProcess[bytes]:
    env = command_env(tmp_path / "data") | locale
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        env=env | settings,
        cwd=tmp_path,
        check=False,
    )


def _one_plain_line(done: subprocess.CompletedProcess[bytes]) -> str:
    error = done.stderr.decode()
    assert "Traceback" not in error
    assert error.count("\n") == 1, error
    return error


@pytest.mark.usefixtures("warm_tmp_data")
def test_a_sqlite_store_that_is_a_folder_is_one_line_and_status_1(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    done = _infoshare(
        ["chat", "--json"], tmp_path, b"hello\n", INFOSHARE_STORE=f"sqlite://{folder}"
    )

    assert done.returncode == 1
    assert f"the SQLite store {folder} cannot be used" in _one_plain_line(done)
    assert done.stdout == b""


def test_a_data_folder_inside_a_file_is_one_line_and_status_1(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    done = _infoshare(
        ["chat", "--json"], tmp_path, b"hello\n", INFOSHARE_DATA_DIR=str(tmp_path / "a-file/data")
    )

    assert done.returncode == 1
    assert "cannot be used (Not a directory)" in _one_plain_line(done)


@pytest.mark.usefixtures("warm_tmp_data")
def test_redis_unreachable_at_start_is_a_clear_error_not_an_apology_per_line(
    tmp_path: Path,
) -> None:
    nowhere = f"redis://127.0.0.1:{free_port()}/0"
    done = _infoshare(["chat", "--json"], tmp_path, b"hello\ncheck\n", INFOSHARE_STORE=nowhere)

    assert done.returncode == 1
    assert "the Redis server in INFOSHARE_STORE does not answer" in _one_plain_line(done)
    assert done.stdout == b""


@pytest.mark.parametrize("kind", ["[qa, rules]", "{qa: 1}", "7", "null"])
def test_a_pack_whose_kind_is_not_a_name_is_a_named_problem(tmp_path: Path, kind: str) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "ours.yaml").write_text(f"kind: {kind}\nentries: []\n")

    checked = _infoshare(["knowledge", "check", str(packs)], tmp_path)
    asked = _infoshare(["ask", "what is an ISP?"], tmp_path, INFOSHARE_PACKS=str(packs))

    assert checked.returncode == 1 and asked.returncode == 2
    for done in (checked, asked):
        assert (
            "ours.yaml: a pack must be a mapping with 'kind' set to one of" in done.stderr.decode()
        )
        assert "Traceback" not in done.stderr.decode()


@pytest.mark.usefixtures("warm_tmp_data")
@pytest.mark.parametrize("locale", [LOCALE, C_LOCALE], ids=["utf-8 locale", "C locale"])
def test_bytes_that_are_not_utf8_are_replaced_and_no_line_is_lost(
    tmp_path: Path, locale: dict[str, str]
) -> None:
    first, last = KNOWLEDGE.entries[0], KNOWLEDGE.entries[2]
    lines = [first.question.encode(), b"caf\xe9 \xff\xfe \xed\xa0\x80 ISP?", last.question.encode()]
    done = _infoshare(["ask", "--json", "-"], tmp_path, b"\n".join(lines) + b"\n", locale)

    assert done.returncode == 0, done.stderr.decode()
    answers = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [a["answer"]["number"] if a["answer"] else None for a in answers][::2] == [
        first.number,
        last.number,
    ]
    assert answers[1]["question"].startswith("caf\ufffd \ufffd\ufffd ")


@pytest.mark.usefixtures("warm_tmp_data")
def test_chat_replaces_bytes_that_are_not_utf8_and_answers_every_line(tmp_path: Path) -> None:
    done = _infoshare(["chat", "--json"], tmp_path, b"check\n\xff\xfe \xc3\nyes\n")

    assert done.returncode == 0, done.stderr.decode()
    replies = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert "Key question 2" in replies[-1]["text"]


@pytest.mark.usefixtures("warm_tmp_data")
@pytest.mark.parametrize("locale", [LOCALE, C_LOCALE], ids=["utf-8 locale", "C locale"])
def test_ask_json_never_copies_undecodable_argument_bytes(
    tmp_path: Path, locale: dict[str, str]
) -> None:
    done = _infoshare([b"ask", b"--json", b"what is an \xff\xfe ISP?"], tmp_path, locale=locale)

    assert done.returncode == 0, done.stderr.decode()
    shown = json.loads(done.stdout.decode("utf-8"))  # strict: valid UTF-8 only
    assert shown["question"] == "what is an \ufffd\ufffd ISP?"


@pytest.mark.usefixtures("warm_tmp_data")
def test_output_closed_early_ends_quietly(tmp_path: Path) -> None:
    questions = tmp_path / "questions.txt"
    questions.write_text("what is an ISP?\n" * 5000)
    env = command_env(tmp_path / "data") | LOCALE
    with questions.open("rb") as stdin:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "ask", "--json", "-"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=tmp_path,
        )
        assert process.stdout is not None and process.stderr is not None
        assert json.loads(process.stdout.readline())["answer"] is not None  # like `| head -1`
        process.stdout.close()
        status = process.wait(timeout=60)
        error = process.stderr.read()
        process.stderr.close()

    assert status == 141
    assert error == b""


@pytest.mark.usefixtures("warm_tmp_data")
def test_serve_on_a_port_already_taken_is_one_line_and_status_1(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _infoshare(["serve", "--port", str(port)], tmp_path)

    assert done.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in _one_plain_line(done)


def test_ask_keeps_the_matcher_index_in_the_data_directory_and_answers_alike_from_it(
    tmp_path: Path,
) -> None:
    first = _infoshare(["ask", "--json", "what is an ISP?"], tmp_path)
    (kept,) = (tmp_path / "data" / "cache").glob("matcher-index-*.bin")
    written = kept.stat().st_mtime_ns
    second = _infoshare(["ask", "--json", "what is an ISP?"], tmp_path)
    assert first.returncode == second.returncode == 0, first.stderr
    assert json.loads(second.stdout) == json.loads(first.stdout)
    assert kept.stat().st_mtime_ns == written  # read, not written again
