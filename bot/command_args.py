"""The arguments of the command line's occasional commands, `init` and `teams-package`.

Kept apart from the modules that run them (`bot.init_command`, `adapters.teams.package`), which
the command line imports only when one of them runs: building the parser for every command,
`infoshare ask` too, then costs only these definitions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

DEFAULT_INIT_DIR = Path("infoshare-packs")


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
