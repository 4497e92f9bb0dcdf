"""`infoshare init [DIR]`: a short guided set-up that writes an organisation's own packs.

The questions are asked in the terminal, each skipped with Enter, or read from a YAML file
(`--from FILE`, the fields of `OrgAnswers`). The packs are then checked as
`infoshare knowledge check` checks them, PRIVACY.md is copied with its bracketed parts filled,
and the go-live checklist is printed.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, get_args

from knowledge.contacts_pack import ROLE_LABELS, ContactRole
from knowledge.loader import load_knowledge

if TYPE_CHECKING:
    from knowledge.contacts_schema import Contact
    from knowledge.org_setup import OrgAnswers

# The packs' pydantic models (knowledge.org_setup, knowledge.pack_check) are imported by the
# functions that use them; the command line imports this module only for `init` and `knowledge
# schema`, and its arguments are in `bot.command_args`.

EXIT_USAGE = 2
# bot/PRIVACY.md links to the project's PRIVACY.md, so the wheel carries the template too.
_PRIVACY = Path(__file__).resolve().parent / "PRIVACY.md"

CHECKLIST = """\
Before going live (docs/going-live.md has each step in full):
  1. Point the assistant at these packs: INFOSHARE_PACKS={packs}
  2. Try it: infoshare chat, then "who should I ask?" and a message describing a risk of harm.
  3. Publish {privacy} once every bracketed part is filled, and give its address to Slack and Teams.
  4. Decision records: off by default; INFOSHARE_KEEP_RECORDS=true keeps each person's last one.
  5. Insight: INFOSHARE_INSIGHT=counts (the default), text (unanswered questions, redacted) or off.
  6. Which doors: Slack (docs/slack.md: app approval's "Request to Install", the app icon),
     Teams (docs/teams.md: the org-wide custom-app setting; the Azure Bot's subscription,
     resource group and data residency; infoshare teams-package), or both, from infoshare serve.
"""


def run_init(
    args: argparse.Namespace,
    stdin: TextIO,
    out: TextIO,
    err: TextIO,
    check: Callable[[Path, TextIO, TextIO], int],
) -> int:
    """Ask (or read) the answers, write the packs, check them, and print the checklist."""
    target: Path = args.dir
    if target.exists() and not target.is_dir():
        err.write(f"infoshare init: {target} is a file, not a folder\n")
        return EXIT_USAGE
    if target.is_dir() and any(target.iterdir()) and not args.force:
        err.write(f"infoshare init: {target} already has files; pass --force to overwrite them\n")
        return EXIT_USAGE
    if args.answers is not None:
        answers = read_answers(args.answers, err)
        if answers is None:
            return EXIT_USAGE
    else:
        answers = ask_answers(stdin, out)
    try:
        written = write_packs(target, answers)
    except OSError as exc:
        err.write(f"infoshare init: cannot write to {target} ({exc.strerror or exc})\n")
        return EXIT_USAGE
    out.write(f"\nWrote {', '.join(str(p) for p in written)}\n")
    from knowledge.org_setup import unfilled  # noqa: PLC0415 (see the imports)

    status = check(target, out, err)
    privacy = target / "PRIVACY.md"
    if not privacy.exists():
        out.write("PRIVACY.md is not beside this installation: fill in the project's copy.\n")
    elif left := unfilled(privacy.read_text(encoding="utf-8")):
        out.write(f"Still to fill in {privacy}: {', '.join(left)}\n")
    out.write("\n" + CHECKLIST.format(packs=target.resolve(), privacy=privacy))
    return status


def read_answers(path: Path, err: TextIO) -> OrgAnswers | None:
    """The answers from a YAML file; on any problem, one line on `err` and None."""
    import yaml  # noqa: PLC0415 (the command line imports this module for every command)
    from pydantic import ValidationError  # noqa: PLC0415

    from knowledge.org_setup import OrgAnswers  # noqa: PLC0415

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return OrgAnswers.model_validate(data if data is not None else {})
    except (OSError, UnicodeDecodeError) as exc:
        err.write(f"infoshare init: cannot read {path} ({exc.__class__.__name__})\n")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}:" if mark is not None else ""
        err.write(f"infoshare init: {path}:{where} not valid YAML\n")
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'top level'}: {e['msg']}" for e in exc.errors()
        )
        err.write(f"infoshare init: {path}: {problems}\n")
    return None


def ask_answers(stdin: TextIO, out: TextIO) -> OrgAnswers:
    """Ask each question in the terminal; Enter (or the end of input) skips it."""
    from pydantic import ValidationError  # noqa: PLC0415 (see the imports)

    from knowledge.contacts_schema import Contact  # noqa: PLC0415
    from knowledge.org_setup import SETUP_ROLES, OrgAnswers, contact_from  # noqa: PLC0415

    out.write(
        "Setting up your organisation's own packs. Every answer is optional: press Enter "
        "to skip one (the built-in wording stays).\n\n"
    )

    def ask(prompt: str) -> str:
        out.write(prompt + ": ")
        out.flush()
        return stdin.readline().strip()

    fields: dict[str, Any] = {"organisation": ask("Your organisation's name")}
    contacts: dict[ContactRole, Contact] = {}
    for role in SETUP_ROLES:
        name = ask(f"{ROLE_LABELS[role]}: a name or team")
        if len(name) < 2:
            continue
        route = ask("  how to reach them (e-mail, phone, web address or words)")
        try:
            contacts[role] = contact_from(role, name, route)
        except ValidationError:  # a route that looked like one kind but was not: keep it as words
            contacts[role] = Contact(name=name, role=role, how=route or None)
    fields["procedures_name"] = ask("Your local safeguarding partnership's procedures: their name")
    fields["procedures_url"] = ask("  their web address (https://...)")
    fields["privacy_team"] = ask("Who runs infoshare, for privacy questions (a team)")
    fields["privacy_contact"] = ask("  their e-mail address or web form")
    fields["dpo_contact"] = ask("Your data protection officer's e-mail address")
    fields["log_retention"] = ask("How long your server logs are kept (e.g. 90 days)")
    fields["support"] = ask(
        "Who people contact when the assistant itself isn't working (a team and how to reach it)"
    )
    given = {k: v for k, v in fields.items() if v}
    try:
        return OrgAnswers.model_validate(given | {"contacts": contacts})
    except ValidationError as exc:
        bad = {str(e["loc"][0]) for e in exc.errors()}
        out.write(f"(Skipped, as they did not look right: {', '.join(sorted(bad))}.)\n")
        return OrgAnswers.model_validate(
            {k: v for k, v in given.items() if k not in bad} | {"contacts": contacts}
        )


def write_packs(target: Path, answers: OrgAnswers) -> list[Path]:
    """Write the contacts and about packs, the example Q&A and PRIVACY.md; the files written."""
    from knowledge.org_setup import (  # noqa: PLC0415 (see the imports)
        EXAMPLE_QA_HEADING,
        NATIONAL_GUIDANCE_TITLE,
        NATIONAL_GUIDANCE_URL,
        build_about,
        build_contacts,
        example_qa,
        fill_privacy,
        pack_yaml,
    )

    builtin = load_knowledge()
    files = {
        "contacts.yaml": pack_yaml(
            build_contacts(answers, builtin.contacts),
            "Who to ask, and where to report a risk of harm (replaces the built-in contacts).\n"
            "Roles: " + ", ".join(get_args(ContactRole)) + ".",
        ),
        "about.yaml": pack_yaml(
            build_about(answers, builtin.about),
            f"What the assistant is, with where the current rules are:\n{NATIONAL_GUIDANCE_TITLE}"
            f"\n{NATIONAL_GUIDANCE_URL}",
        ),
        "local-qa.yaml.example": pack_yaml(example_qa(), EXAMPLE_QA_HEADING),
    }
    if _PRIVACY.is_file():
        today = datetime.now(UTC).date()
        files["PRIVACY.md"] = fill_privacy(_PRIVACY.read_text(encoding="utf-8"), answers, today)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in files.items():
        (target / name).write_text(text, encoding="utf-8")
        written.append(target / name)
    return written


def schema_json(kind: str) -> str:
    """The JSON Schema of a pack kind, for editors that validate YAML as people type."""
    from knowledge.pack_check import PACK_MODELS  # noqa: PLC0415 (see the imports)

    return json.dumps(PACK_MODELS[kind].model_json_schema(), indent=2) + "\n"
