"""A command named first gets a parser of that command alone (a later `infoshare ask` builds
one subcommand's parser, not ten), which reads, helps and refuses exactly as the full one; a
plain `ask QUESTION [--json]` is read without a parser, as the parser reads it."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.command_args import COMMANDS, command_parser, plain_ask

SAMPLES: tuple[list[str], ...] = (
    ["chat", "--json"],
    ["ask", "what is an ISP?", "--json"],
    ["ask", "-"],
    ["eval", "a.yaml", "b.yaml", "--misses", "--matcher-only"],
    ["serve", "--port", "8080", "--dev"],
    ["report", "j.sqlite3", "--out", "out", "--apply", "r.yaml"],
    ["knowledge", "check", "packs"],
    ["knowledge", "schema", "qa"],
    ["init", "here", "--force"],
    ["teams-package", "--website-url", "https://example.org", "--out", "x.zip"],
)
REFUSED: tuple[list[str], ...] = (
    ["ask"],
    ["eval"],
    ["serve", "--port", "many"],
    ["knowledge"],
    ["knowledge", "schema", "no-such-kind"],
    ["teams-package"],
    ["chat", "--unknown"],
    ["no-such-command"],
    [],
)


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(found[0].choices)


def _outcome(argv: list[str], built_for: list[str] | None = None) -> tuple[str, str, object]:
    """What parsing `argv` printed to stdout and stderr, and the namespace or exit status, with
    the parser built for `built_for` (`argv` itself unless given)."""
    parser = command_parser(argv if built_for is None else built_for)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = vars(parser.parse_args(argv))
        except SystemExit as stop:
            result = stop.code
    return out.getvalue(), err.getvalue(), result


def _full_outcome(argv: list[str]) -> tuple[str, str, object]:
    return _outcome(argv, built_for=[])


def test_a_named_command_gets_its_own_parser_only() -> None:
    assert list(_commands(command_parser(["ask", "q"]))) == ["ask"]
    assert list(_commands(command_parser(["knowledge", "check"]))) == ["knowledge"]


def test_with_no_command_named_first_every_command_is_built_in_order() -> None:
    names = [name for name, _ in COMMANDS]
    for argv in ([], ["--help"], ["no-such-command"], ["--json", "ask"]):
        assert list(_commands(command_parser(argv))) == names


@pytest.mark.parametrize("argv", SAMPLES, ids=" ".join)
def test_a_command_reads_as_with_every_command_built(argv: list[str]) -> None:
    assert _outcome(argv) == _full_outcome(argv)


@pytest.mark.parametrize("argv", REFUSED, ids=lambda a: " ".join(a) or "nothing")
def test_a_mistake_is_refused_in_the_same_words(argv: list[str]) -> None:
    ours = _outcome(argv)

    assert ours == _full_outcome(argv)
    assert ours[2] == 2


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_each_command_help_is_the_same(name: str) -> None:
    assert _outcome([name, "--help"]) == _full_outcome([name, "--help"])
    assert _outcome([name, "--help"])[2] == 0


# Words a line may hold: the command, the flag and things argparse reads otherwise (a flag
# abbreviated or doubled, "-" for stdin, "--", other options, a negative number, spaces).
_WORDS = st.sampled_from(
    ["ask", "--json", "--js", "--", "-", "-h", "--help", "-1", "-x y", "", "chat", "what is it?"]
)


@given(st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=4))
def test_a_plain_ask_reads_as_the_parser_reads_it(argv: list[str]) -> None:
    asked = plain_ask(argv)
    if asked is not None:
        assert _outcome(argv)[2] == {"command": "ask", "question": asked[0], "json": asked[1]}


@pytest.mark.parametrize(
    "argv",
    [["ask", "what is an ISP?"], ["ask", "q", "--json"], ["ask", "--json", "q"], ["ask", "-"]],
    ids=" ".join,
)
def test_the_usual_ask_lines_are_read_without_a_parser(argv: list[str]) -> None:
    question = next(word for word in argv[1:] if word != "--json")

    assert plain_ask(argv) == (question, "--json" in argv)
    assert _outcome(argv)[2] == {"command": "ask", "question": question, "json": "--json" in argv}
