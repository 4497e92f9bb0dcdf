"""The `infoshare` command line: chat, ask, eval, report, init and knowledge check.

Every failure a person can cause (bad settings, a broken pack, a missing file) ends in a plain
message and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import gc

from knowledge.collector import collector_paused

# Importing makes tens of thousands of objects (classes, functions, tables) that live to the
# end: no collection need walk them while they are made.
with collector_paused():
    from bot.start_imports import import_deferring

    import_deferring()
    import io
    import os
    import sys
    from collections.abc import Callable, Sequence
    from pathlib import Path
    from typing import TYPE_CHECKING, TextIO

    from adapters.console import ask_json, ask_text, ask_turn, readable, run_chat
    from bot.ask_logging import configure, configure_if_imported, log_warnings_when_they_come
    from bot.ask_settings import SettingsError, read_ask_settings
    from bot.command_args import command_parser, plain_ask
    from bot.core import Core, build_core, turn_clock
    from dialogs.state import ConversationState
    from dialogs.typed import TypedReader
    from knowledge.loader import KnowledgeError, load_knowledge

    gc.freeze()
if TYPE_CHECKING:
    import argparse

    from bot.settings import Settings

# What only some commands use (asyncio, the evaluation code, pydantic-settings; bot.app with
# the pipeline and the web stack) is imported in those commands' functions, so that
# `infoshare ask` starts quickly.

EXIT_USAGE = 2
EXIT_UNAVAILABLE = 1
EXIT_BROKEN_PIPE = 141
"""128 + SIGPIPE: what a shell reports for a program stopped by a closed pipe."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    command = _command(argv)
    if isinstance(sys.stdin, io.TextIOWrapper):
        # A stray byte that is not UTF-8 becomes U+FFFD rather than ending the run (and
        # losing the lines read with it).
        sys.stdin.reconfigure(errors="replace")
    try:
        status = command()
        sys.stdout.flush()  # here, where a closed pipe can still be caught
    except BrokenPipeError:
        # Whoever read the output has gone (`infoshare ask - | head`): stop quietly, as
        # `cat` would, without a second error when Python flushes the dead pipe at exit.
        _discard_stdout()
        return EXIT_BROKEN_PIPE
    return status


def _command(argv: Sequence[str] | None) -> Callable[[], int]:
    """The command `argv` (default: the process's arguments) names, ready to run: a plain
    `ask QUESTION [--json]` read without argparse (`plain_ask`), any other line parsed."""
    given = sys.argv[1:] if argv is None else argv
    if (asked := plain_ask(given)) is not None:
        question, json_mode = asked
        return lambda: _ask_command(question, json_mode=json_mode)
    args = command_parser(given).parse_args(argv)
    return lambda: _run(args)


def _load_settings() -> Settings:
    from bot.settings import load_settings  # noqa: PLC0415 (pydantic-settings: not for ask)

    return load_settings()


def _run(args: argparse.Namespace) -> int:
    if args.command == "ask":
        return _ask_command(args.question, json_mode=args.json)
    from bot.stores.factory import StoreUnavailable  # noqa: PLC0415 (no store for ask)

    try:
        settings = _load_settings()
    except SettingsError as exc:
        print(f"infoshare: settings problem:\n{exc}", file=sys.stderr)
        return EXIT_USAGE
    from bot.logs import configure_logging  # noqa: PLC0415 (logging: not for ask)

    # The terminal chat shares its screen with the logs, so there only problems are shown.
    configure_logging("WARNING" if args.command == "chat" else settings.log_level)
    if args.command == "knowledge" and args.action == "schema":
        from bot.init_command import schema_json  # noqa: PLC0415 (as run_init)

        sys.stdout.write(schema_json(args.kind))
        return 0
    if args.command == "knowledge":
        return _knowledge_check(args.path or settings.packs, sys.stdout, sys.stderr)
    if args.command == "init":
        from bot.init_command import run_init  # noqa: PLC0415 (only `init` and its packs)

        try:
            return run_init(args, sys.stdin, sys.stdout, sys.stderr, _knowledge_check)
        except KeyboardInterrupt:
            sys.stdout.write("\nStopped: nothing more was written.\n")
            return 130
    if args.command == "teams-package":
        from adapters.teams.package import run_package_command  # noqa: PLC0415 (only this command)

        return run_package_command(args, settings.microsoft_app_id, sys.stdout, sys.stderr)
    core = _core_or_problems(settings.packs, settings.matcher_cache_dir)
    if core is None:
        return EXIT_USAGE
    _log_pack_warnings(core)
    try:
        if args.command == "chat":
            import asyncio  # noqa: PLC0415

            asyncio.run(_chat(settings, core, json_mode=args.json))
        elif args.command == "serve":
            return _serve(args, settings, core)
        elif args.command == "eval":
            return _eval(
                core,
                args.files,
                show_misses=args.misses,
                matcher_only=args.matcher_only,
                pooled=args.pooled,
            )
        elif args.command == "report":
            return _report(args, settings, core)
    except SettingsError as exc:
        print(f"infoshare {args.command}: settings problem:\n{exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreUnavailable as exc:
        print(f"infoshare {args.command}: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except KeyboardInterrupt:
        return 130
    return 0


def _ask_command(question: str, *, json_mode: bool) -> int:
    """`infoshare ask`: only the two settings it reads, and no store."""
    try:
        settings = read_ask_settings() or _load_settings()
    except SettingsError as exc:
        print(f"infoshare: settings problem:\n{exc}", file=sys.stderr)
        return EXIT_USAGE
    # The answer shares its screen with the logs (configured when first needed: nothing a
    # later ask runs logs, so only a warning or a first start's checks configure them).
    log_warnings_when_they_come("WARNING")
    configure_if_imported("WARNING")
    with collector_paused():
        core = _core_or_problems(settings.packs, settings.matcher_cache_dir)
        # The core lives until the process ends: no collection walks it again, nor the one at
        # exit (frozen before the collector resumes, which would otherwise walk it once).
        gc.freeze()
    configure_if_imported("WARNING")
    if core is None:
        return EXIT_USAGE
    if core.knowledge.pack_warnings:
        configure("WARNING")  # a later ask imports no logging of its own
        _log_pack_warnings(core)
    try:
        _ask(core, question, json_mode=json_mode)
    except KeyboardInterrupt:
        return 130
    return 0


def _serve(args: argparse.Namespace, settings: Settings, core: Core) -> int:
    import asyncio  # noqa: PLC0415

    from bot.app import CannotListen, serve  # noqa: PLC0415

    port = args.port if args.port is not None else os.environ.get("PORT", "3000")
    if not str(port).isdigit() or not 0 < int(port) < 65536:
        print(f"infoshare serve: the port must be 1-65535, not {port!r}", file=sys.stderr)
        return EXIT_USAGE
    if args.socket_mode and settings.slack_app_token is None:
        print("infoshare serve: --socket-mode needs SLACK_APP_TOKEN", file=sys.stderr)
        return EXIT_USAGE
    if refusal := _open_door_refusal(args, settings):
        print(refusal, file=sys.stderr)
        return EXIT_USAGE
    try:
        asyncio.run(serve(settings, core, host=args.host, port=int(port), dev=args.dev))
    except CannotListen as exc:
        print(f"infoshare serve: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    return 0


def _discard_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file: nothing will be flushed at exit
        pass


async def _chat(settings: Settings, core: Core, *, json_mode: bool) -> None:
    from bot.app import open_pipeline  # noqa: PLC0415

    async with open_pipeline(settings, core, check_store=True) as pipeline:
        await run_chat(
            pipeline.handle,
            sys.stdin,
            sys.stdout,
            json_mode=json_mode,
            ansi=not json_mode and sys.stdout.isatty(),
            typed=TypedReader(core.knowledge.typed_words),
        )


def _open_door_refusal(args: argparse.Namespace, settings: Settings) -> str | None:
    """Why `serve` will not start: an unauthenticated door on an address others can reach."""
    from bot.app import is_loopback, unauthenticated_doors  # noqa: PLC0415

    open_doors = unauthenticated_doors(settings, dev=args.dev)
    if not open_doors or is_loopback(args.host) or args.unsafe_allow_unauthenticated:
        return None
    return (
        f"infoshare serve: refusing to listen on {args.host!r}: {' and '.join(open_doors)} "
        "would take requests from anyone who can reach it; listen on 127.0.0.1, configure the "
        "door, or pass --unsafe-allow-unauthenticated"
    )


def _report(args: argparse.Namespace, settings: Settings, core: Core) -> int:
    from bot.insight.command import run_apply, run_report  # noqa: PLC0415 (only this command)

    if args.apply is None:
        journals = args.journals or [settings.journal_path]
        return run_report(core.knowledge, journals, args.out, sys.stdout, sys.stderr)
    pack = args.pack or (settings.packs / "phrasings.yaml" if settings.packs else None)
    if pack is None:
        print("infoshare report: name the phrasings pack with --pack FILE", file=sys.stderr)
        return EXIT_USAGE
    return run_apply(core.knowledge, args.apply, pack, sys.stdout, sys.stderr)


def _ask(core: Core, question: str, *, json_mode: bool) -> None:
    questions = (line.rstrip("\r\n") for line in sys.stdin) if question == "-" else [question]
    # Each question is a conversation of its own, already greeted: the answer alone is shown.
    fresh = ConversationState(greeted=True, reminded=True)
    for asked in questions:
        q = readable(asked)
        _, replies, facts = core.assistant.decide(fresh, ask_turn(q), turn_clock())
        if json_mode:
            import json  # noqa: PLC0415 (only --json: a plain `ask` imports no json)

            print(json.dumps(ask_json(core.knowledge, q, facts, replies), ensure_ascii=False))
        else:
            print(ask_text(replies), end="\n\n")


def _eval(
    core: Core, paths: Sequence[Path], *, show_misses: bool, matcher_only: bool, pooled: bool
) -> int:
    from dialogs.evaluation import assistant_judge  # noqa: PLC0415
    from knowledge.evaluation import (  # noqa: PLC0415
        EvalCase,
        evaluate,
        format_report,
        judge_matcher,
        load_cases,
    )

    try:
        sets = [(path, load_cases(path)) for path in paths]
    except (OSError, ValueError) as exc:
        print(f"infoshare eval: {exc}", file=sys.stderr)
        return EXIT_USAGE
    judge = judge_matcher(core.matcher) if matcher_only else assistant_judge(core.assistant)
    named = [(str(path), cases) for path, cases in sets]
    if pooled:  # the README's held-out figures: every file of a family as one set
        families: dict[str, list[EvalCase]] = {}
        for path, cases in sets:
            families.setdefault(path.stem.rstrip("0123456789"), []).extend(cases)
        named = [(f"{name} (pooled)", cases) for name, cases in families.items()]
    for number, (name, cases) in enumerate(named):
        heading = f"== {name} ({len(cases)} questions)"
        report = format_report(evaluate(judge, cases), show_misses=show_misses)
        print(("\n" if number else "") + heading + "\n" + report)
    return 0


def _knowledge_check(path: Path | None, out: TextIO, err: TextIO) -> int:
    try:
        knowledge = load_knowledge(path)
    except KnowledgeError as exc:
        _print_problems(exc, err)
        return 1
    out.write(
        f"ok: {len(knowledge.entries)} Q&A entries, {len(knowledge.flow.questions)} key "
        f"questions, {len(knowledge.flow.outcomes)} outcomes, {len(knowledge.rules.rules)} "
        f"golden rules (flow {knowledge.flow.version}), {len(knowledge.risk.categories)} kinds "
        f"of harm in the risk cues\n"
    )
    from knowledge.risk_typo_reach import typo_warnings  # noqa: PLC0415 (only for the check)

    detector = knowledge.risk_detector
    warnings = [*knowledge.pack_warnings, *typo_warnings(detector.cue_words, detector.corrected)]
    for warning in warnings:
        err.write(f"warning: {warning}\n")
    return 0


def _core_or_problems(packs: Path | None, cache_dir: Path) -> Core | None:
    """The core built from the packs, or None once their problems are printed."""
    try:
        return build_core(packs, cache_dir=cache_dir)
    except KnowledgeError as exc:
        _print_problems(exc, sys.stderr)
        return None


def _log_pack_warnings(core: Core) -> None:
    """Log, once the logs are configured, that the packs have warnings and how many, not what
    they say: `infoshare knowledge check` prints them."""
    if core.knowledge.pack_warnings:
        import logging  # noqa: PLC0415 (only a start whose packs have warnings)

        logging.getLogger("infoshare.packs").warning(
            "the packs have warnings: run infoshare knowledge check",
            extra={"count": len(core.knowledge.pack_warnings)},
        )


def _print_problems(exc: KnowledgeError, err: TextIO) -> None:
    err.write(f"The knowledge packs have {len(exc.problems)} problem(s):\n")
    for problem in exc.problems:
        err.write(f"  - {problem}\n")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
