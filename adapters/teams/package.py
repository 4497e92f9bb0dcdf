"""`infoshare teams-package`: the zip to upload to Teams, built from `app/` here and checked.

The manifest in `app/manifest.json` (shipped in the wheel with the two icons) has
``{{placeholders}}`` for what differs per deployment (the bot's app id, the publisher's web
pages). The checks are the Teams Store validation rules a script can check (platform guidelines
T-7, T-21, T-33 to T-38, T-41) and the manifest schema's limits on the message extension; they
run before anything is written, so a package that would be refused is never built.
"""

from __future__ import annotations

import argparse
import json
import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from dialogs.choices import Command

SOURCE = Path(__file__).resolve().parent / "app"
LISTED_COMMANDS = tuple(
    c.value for c in (Command.HELP, Command.CHECK, Command.TOPICS, Command.RULES, Command.ABOUT)
)
"""The words the assistant answers anywhere; each must be in the manifest's command list (T-7).
(``back``, ``restart`` and ``cancel`` only mean something during a consent check.)"""
_NOT_PRODUCTION = re.compile(r"\b(?:beta|dev|preview|uat)\b", re.IGNORECASE)
_TUNNELS = re.compile(
    r"ngrok|devtunnels|trycloudflare|loca\.lt|localtunnel|serveo|localhost\.run|localhost",
    re.IGNORECASE,
)
ICONS = {"color": (192, 192), "outline": (32, 32)}
_GUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_SEMVER = re.compile(r"\d+\.\d+\.\d+")
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_CORE_TEAMS_WORDS = ("chat", "files", "help", "activity", "calendar", "calls", "teams")
_DENIED_DOMAINS = ("*.azurewebsites.net", "*.onmicrosoft.com", "*.botframework.com", "*")


class PackageError(ValueError):
    """The package cannot be built; the message lists every problem."""


@dataclass(frozen=True)
class PackageValues:
    """What differs between deployments of the same app."""

    app_id: str
    website_url: str
    privacy_url: str
    terms_url: str
    developer_name: str = "infoshare"
    version: str = "1.0.0"


def build_package(values: PackageValues, out: Path, source: Path = SOURCE) -> Path:
    """Fill in the manifest, check it and the icons, and write the zip.

    Raises:
        PackageError: listing every problem; nothing is written then.
    """
    try:
        template = (source / "manifest.json").read_text(encoding="utf-8")
        icons = {name: (source / f"{name}.png").read_bytes() for name in ICONS}
    except OSError as exc:
        raise PackageError(f"cannot read the Teams app files in {source}: {exc.strerror}") from None
    try:
        manifest = json.loads(fill(template, values))
        problems = check_values(values) + check_manifest(manifest) + check_icons(icons)
    except (ValueError, KeyError, TypeError) as exc:
        raise PackageError(f"  - {source / 'manifest.json'} is not as expected: {exc!r}") from None
    if problems:
        raise PackageError("\n".join(f"  - {p}" for p in problems))
    import zipfile  # noqa: PLC0415 (with bz2 and lzma: not for every start of the CLI)

    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
        for name, data in icons.items():
            archive.writestr(manifest["icons"][name], data)
    return out


def fill(template: str, values: PackageValues) -> str:
    """The manifest text with every ``{{placeholder}}`` replaced (JSON-escaped)."""
    known = {
        "MicrosoftAppId": values.app_id,
        "websiteUrl": values.website_url,
        "privacyUrl": values.privacy_url,
        "termsOfUseUrl": values.terms_url,
        "developerName": values.developer_name,
        "version": values.version,
    }
    return _PLACEHOLDER.sub(lambda m: json.dumps(known[m[1]])[1:-1], template)


def check_values(values: PackageValues) -> list[str]:
    """The deployment's values: a GUID app id, https pages, a semantic version."""
    problems = []
    if not values.app_id:
        problems.append("there is no app id: set MicrosoftAppId, or pass --app-id")
    elif not _GUID.fullmatch(values.app_id):
        problems.append("the app id must be the bot's Azure app id, a GUID")
    for label, url in [
        ("website", values.website_url),
        ("privacy", values.privacy_url),
        ("terms of use", values.terms_url),
    ]:
        if urlsplit(url).scheme != "https" or not urlsplit(url).hostname:
            problems.append(f"the {label} URL must be an https:// address")
    if not _SEMVER.fullmatch(values.version):
        problems.append("the version must be MAJOR.MINOR.PATCH, such as 1.0.0")
    return problems


def check_manifest(manifest: dict[str, Any]) -> list[str]:
    """The Store validation rules a script can check on a filled-in manifest."""
    problems = []
    schema = str(manifest.get("manifestVersion", "0"))
    if tuple(int(p) for p in schema.split(".")[:2] if p.isdigit()) < (1, 10):
        problems.append(f"manifestVersion {schema} is older than 1.10")
    schema_url = str(manifest.get("$schema", ""))
    if "devpreview" in schema_url.lower() or f"/v{schema}/" not in schema_url:
        problems.append(f"$schema must be the released v{schema} schema, not a preview")
    short, full = manifest["name"]["short"], manifest["name"]["full"]
    if _NOT_PRODUCTION.search(short) or _NOT_PRODUCTION.search(full):
        problems.append("the name must not say Beta, Dev, Preview or UAT (a production app)")
    if len(short) > 30 or len(full) > 100 or short == full:
        problems.append("name.short must be at most 30, name.full at most 100, and differ")
    if short.lower().startswith(_CORE_TEAMS_WORDS) or re.search(
        r"teams|microsoft", short, re.IGNORECASE
    ):
        problems.append("name.short must not start with a Teams word or name Teams or Microsoft")
    description = manifest["description"]
    if len(description["short"]) > 80 or len(description["full"]) > 4000:
        problems.append("description.short must be at most 80 and description.full 4000 chars")
    texts = f"{description['short']}\n{description['full']}"
    first_teams = re.search(r"(?:Microsoft )?Teams\b", texts)
    if re.search(r"\b(?:MS|MSFT)\b", texts) or (
        first_teams is not None and not first_teams[0].startswith("Microsoft")
    ):
        problems.append('the descriptions must first say "Microsoft Teams", and never MS or MSFT')
    for bot in manifest.get("bots", []):
        if bot.get("isNotificationOnly"):
            problems.append("the bot answers, so isNotificationOnly must be false")
        for command_list in bot.get("commandLists", []):
            commands = command_list["commands"]
            titles = [c["title"] for c in commands]
            if not 1 <= len(commands) <= 10 or len(set(titles)) != len(titles):
                problems.append("each command list needs 1 to 10 commands, with no duplicates")
            for command in commands:
                title, description_text = command["title"], command["description"]
                if title.startswith("/") or len(title) > 32 or len(description_text) > 128:
                    problems.append(f"command {title!r}: no '/', title <= 32, description <= 128")
            missing = sorted(set(LISTED_COMMANDS) - set(titles))
            if missing:
                problems.append(f"the command list must include every command: {missing}")
    problems += check_message_extension(manifest)
    for domain in manifest.get("validDomains", []):
        top_level_wildcard = domain.startswith("*") and domain.count(".") < 2
        if domain in _DENIED_DOMAINS or _TUNNELS.search(domain) or top_level_wildcard:
            problems.append(f"validDomains must not include {domain}")
    return problems


def check_message_extension(manifest: dict[str, Any]) -> list[str]:
    """The message extension (``composeExtensions``): the schema's limits, and the one search
    command the door answers (`search.COMMAND_ID`, run when opened, with its parameter)."""
    # Imported here: `infoshare ask` builds this module's subcommand but not the door's cards.
    from adapters.teams.search import COMMAND_ID, PARAMETER  # noqa: PLC0415

    extensions = manifest.get("composeExtensions", [])
    if len(extensions) != 1:
        return ["composeExtensions must hold exactly one message extension (the search)"]
    extension = extensions[0]
    problems = []
    if extension.get("botId") not in {b.get("botId") for b in manifest.get("bots", [])}:
        problems.append("the message extension's botId must be the bot's")
    commands = extension.get("commands", [])
    ids = [c.get("id") for c in commands]
    if not 1 <= len(commands) <= 10 or len(set(ids)) != len(ids):
        problems.append("the message extension needs 1 to 10 commands, with no duplicate ids")
    for command in commands:
        problems += _command_problems(command)
    search = next((c for c in commands if c.get("id") == COMMAND_ID), None)
    if search is None:
        return [*problems, f"the message extension must offer the search command {COMMAND_ID!r}"]
    if search.get("type", "query") != "query" or search.get("fetchTask", False):
        problems.append(f"command {COMMAND_ID!r} must be a search: type query, fetchTask false")
    if search.get("initialRun") is not True:
        problems.append(f"command {COMMAND_ID!r} must have initialRun true (topics on opening)")
    if [p.get("name") for p in search.get("parameters", [])] != [PARAMETER]:
        problems.append(f"command {COMMAND_ID!r} must have one parameter, {PARAMETER!r}")
    if not set(search.get("context", ["compose", "commandBox"])) <= {"compose", "commandBox"}:
        problems.append(f"command {COMMAND_ID!r} belongs in the compose box and command box only")
    return problems


def _command_problems(command: dict[str, Any]) -> list[str]:
    name = command.get("id")
    problems = []
    if not isinstance(name, str) or not 1 <= len(name) <= 64 or not command.get("title"):
        problems.append(f"message extension command {name!r}: an id <= 64 and a title")
    if len(command.get("title", "")) > 32 or len(command.get("description", "")) > 128:
        problems.append(f"message extension command {name!r}: title <= 32, description <= 128")
    parameters = command.get("parameters", [])
    if command.get("type", "query") == "query" and not 1 <= len(parameters) <= 5:
        problems.append(f"message extension command {name!r}: a search needs 1 to 5 parameters")
    for parameter in parameters:
        if (
            not parameter.get("name")
            or not parameter.get("title")
            or (
                len(parameter["name"]) > 64
                or len(parameter["title"]) > 32
                or len(parameter.get("description", "")) > 128
            )
        ):
            problems.append(
                f"message extension command {name!r}: each parameter needs a name <= 64, "
                "a title <= 32 and a description <= 128"
            )
    return problems


def check_icons(icons: dict[str, bytes]) -> list[str]:
    """Icon sizes, and the outline icon's transparency."""
    problems = []
    for name, (width, height) in ICONS.items():
        data = icons[name]
        if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
            problems.append(f"{name}.png is not a PNG")
            continue
        got_width, got_height, _, color_type = struct.unpack(">IIBB", data[16:26])
        if (got_width, got_height) != (width, height):
            problems.append(f"{name}.png must be {width}x{height}, not {got_width}x{got_height}")
        if name == "outline" and color_type != 6:
            problems.append("outline.png must have an alpha channel (white on transparent)")
    return problems


def run_package_command(
    args: argparse.Namespace, default_app_id: str | None, out: TextIO, err: TextIO
) -> int:
    """Build the package; print where it is, or every problem. Returns the exit status.

    `default_app_id` is the configured ``MicrosoftAppId``, used when ``--app-id`` is not given.
    """
    app_id = args.app_id or default_app_id or ""
    values = PackageValues(
        app_id=app_id.strip(),
        website_url=args.website_url,
        privacy_url=args.privacy_url or args.website_url,
        terms_url=args.terms_url or args.website_url,
        developer_name=args.developer_name,
        version=_app_version(),
    )
    try:
        path = build_package(values, args.out)
    except PackageError as exc:
        err.write(f"infoshare teams-package: the package was not built:\n{exc}\n")
        return 2
    out.write(f"Built {path}: upload it in Teams (Apps, Manage your apps, Upload an app).\n")
    return 0


def _app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 (as zipfile)

    try:
        return version("infoshare")
    except PackageNotFoundError:
        return "1.0.0"
