"""The command line's arguments: the parser `infoshare` reads its commands with.

Only a command named first is given its arguments (`infoshare ask …` builds the parser of `ask`
alone): argparse reads the terminal's width and looks up its messages' translations for every
parser and argument it makes, which for all ten commands was about 3% of a later
`infoshare ask`. With no command named first (`infoshare --help`, a mistyped command) every
command is built, so help and errors read as before. The modules that run the occasional
commands (`bot.init_command`, `adapters.teams.package`) are imported only when they run.

The commonest line of all, `infoshare ask QUESTION [--json]`, is read without argparse
(`plain_ask`), which is imported only to build a parser: its import (with `gettext`'s patterns)
and the parser of `ask` were about 3% of a later `infoshare ask`. Only a line argparse reads
plainly is taken so (anything starting with "-" but "-" itself, a repeated or abbreviated
option, or another count of words goes to the parser), giving the same question and flag.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from knowledge.loader import PACK_KINDS

if TYPE_CHECKING:
    import argparse

DEFAULT_INIT_DIR = Path("infoshare-packs")


def command_parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    """The parser for `argv`: the command named first only, or every command (see the module)."""
    import argparse  # noqa: PLC0415 (not for a plain `ask`: see plain_ask)

    parser = argparse.ArgumentParser(
        prog="infoshare",
        description="An assistant for deciding when and how to share information about a person.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    named = argv[0] if argv and any(argv[0] == name for name, _ in COMMANDS) else None
    for name, add in COMMANDS:
        if named is None or named == name:
            add(sub)
    return parser


def plain_ask(argv: Sequence[str]) -> tuple[str, bool] | None:
    """The question and whether `--json` was given, for `ask QUESTION` with `--json` once
    before or after it or not at all; None for any other line (the parser reads it)."""
    if not 2 <= len(argv) <= 3 or argv[0] != "ask":
        return None
    rest = [word for word in argv[1:] if word != "--json"]
    if len(rest) != 1 or (rest[0].startswith("-") and rest[0] != "-"):
        return None
    return rest[0], len(argv) == 3


def add_chat_command(sub: Any) -> None:
    """Add `chat` to the command line's subcommands."""
    chat = sub.add_parser("chat", help="talk to the assistant in the terminal")
    chat.add_argument("--json", action="store_true", help="read lines, write one JSON per reply")


def add_ask_command(sub: Any) -> None:
    """Add `ask` to the command line's subcommands."""
    ask = sub.add_parser("ask", help="answer one question from the published Q&A")
    ask.add_argument("question", help="the question, or - to read one per line from stdin")
    ask.add_argument("--json", action="store_true", help="print JSON")


def add_eval_command(sub: Any) -> None:
    """Add `eval` to the command line's subcommands."""
    evaluate = sub.add_parser(
        "eval", help="measure the assistant on labelled question files (quotes, declines, risk)"
    )
    evaluate.add_argument("files", type=Path, nargs="+", metavar="FILE")
    evaluate.add_argument("--misses", action="store_true", help="list every miss")
    evaluate.add_argument(
        "--matcher-only",
        action="store_true",
        help="score the bare matcher instead (no risk check, no built-in replies)",
    )
    evaluate.add_argument(
        "--pooled",
        action="store_true",
        help="one report per family of files (harm-holdout3.yaml joins harm-holdout), pooled",
    )


def add_serve_command(sub: Any) -> None:
    """Add `serve` to the command line's subcommands."""
    serve = sub.add_parser("serve", help="run the web server for the Slack and Teams doors")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=None, help="port (default: $PORT or 3000)")
    serve.add_argument(
        "--dev", action="store_true", help="local development: allow unsigned requests"
    )
    serve.add_argument(
        "--socket-mode", action="store_true", help="Slack over Socket Mode (needs SLACK_APP_TOKEN)"
    )
    serve.add_argument(
        "--unsafe-allow-unauthenticated",
        action="store_true",
        help="with --dev, listen on an address other machines can reach even though a door "
        "would then take requests it cannot authenticate",
    )


def add_report_command(sub: Any) -> None:
    """Add `report` to the command line's subcommands."""
    report = sub.add_parser(
        "report", help="what was asked and not answered, for the Q&A owners (from the journal)"
    )
    report.add_argument(
        "journals",
        nargs="*",
        type=Path,
        help="journal files, or folders of insight*.sqlite3 files (default: this instance's)",
    )
    report.add_argument(
        "--out", type=Path, default=Path(), help="where to write the review file and the chart"
    )
    report.add_argument(
        "--apply",
        type=Path,
        metavar="REVIEW",
        help="instead: add the approved proposals of a review file to a phrasings pack",
    )
    report.add_argument(
        "--pack",
        type=Path,
        help="the phrasings pack for --apply (default: phrasings.yaml in INFOSHARE_PACKS)",
    )


def add_knowledge_command(sub: Any) -> None:
    """Add `knowledge` (`check`, `schema`) to the command line's subcommands."""
    knowledge = sub.add_parser("knowledge", help="work with the knowledge packs")
    knowledge_sub = knowledge.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = knowledge_sub.add_parser("check", help="validate the packs (and an extra directory)")
    check.add_argument("path", nargs="?", type=Path, help="an organisation's pack file or folder")
    schema = knowledge_sub.add_parser(
        "schema", help="print a pack kind's JSON Schema, for editors that check YAML as you type"
    )
    schema.add_argument("kind", choices=sorted(PACK_KINDS))


def add_init_command(sub: Any) -> None:
    """Add `init` to the command line's subcommands."""
    init = sub.add_parser("init", help="set up an organisation's own packs, guided")
    init.add_argument(
        "dir",
        nargs="?",
        type=Path,
        default=DEFAULT_INIT_DIR,
        help=f"where (default: {DEFAULT_INIT_DIR})",
    )
    init.add_argument("--from", dest="answers", type=Path, metavar="FILE", help="answers (YAML)")
    init.add_argument("--force", action="store_true", help="overwrite files in an existing DIR")


def add_package_command(commands: Any) -> None:
    """Add `teams-package` to the CLI's subcommands."""
    command = commands.add_parser("teams-package", help="build the Teams app package to upload")
    command.add_argument("--website-url", required=True, help="your https:// web page")
    command.add_argument("--privacy-url", help="privacy policy (default: the website URL)")
    command.add_argument("--terms-url", help="terms of use (default: the website URL)")
    command.add_argument("--developer-name", default="infoshare", help="who publishes it")
    command.add_argument("--app-id", help="the bot's Azure app id (default: MicrosoftAppId)")
    command.add_argument("--out", type=Path, default=Path("infoshare-teams.zip"))


COMMANDS: tuple[tuple[str, Callable[[Any], None]], ...] = (
    ("chat", add_chat_command),
    ("ask", add_ask_command),
    ("eval", add_eval_command),
    ("serve", add_serve_command),
    ("report", add_report_command),
    ("knowledge", add_knowledge_command),
    ("init", add_init_command),
    ("teams-package", add_package_command),
)
"""Each command and the function that adds it, in the order `infoshare --help` lists them."""
