"""`infoshare ask` starts light: no platform SDK, web stack, store or evaluation code, no
pydantic-settings or asyncio (it reads its two settings itself), and on a later start no YAML
and no pydantic, the checked packs' values and the built risk detector being read from the data
directory's cache.

Each run is a fresh interpreter, so nothing another test imported can hide an import. Nothing
here is timed: `python -m bench startup` measures the start-up itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from knowledge.pack_values import SCHEMA_MODULES
from tests.support.environment import CHECKOUT

QUESTION = "what is an ISP?"
NEVER_FOR_ASK = (
    "slack_bolt",
    "slack_sdk",
    "botbuilder",
    "botframework",
    "msrest",
    "microsoft_agents",
    "aiohttp",
    "redis",
    "aiosqlite",
    "sqlite3",
    "matplotlib",
    "bot.pipeline",
    "bot.turn_runs",
    "bot.server",
    "bot.app",
    "bot.settings",
    "bot.stores",
    "adapters.teams.search",
    "pydantic_settings",
    "dotenv",
    "asyncio",
    "bot.insight",
    "knowledge.evaluation",
    "knowledge.labelled_cases",
    "dialogs.evaluation",
    "cryptography",
    "bot.parking",
    "zipfile",
    "importlib.metadata",
    # Only their own commands need these: the Teams app package, `init`, and uuid (with
    # platform), which a one-off question's conversation id does not.
    "adapters.teams",
    "bot.init_command",
    "uuid",
    "platform",
    # Only writing a cache needs it (with shutil and random), which a later start does not.
    "tempfile",
    # Only a question holding a comma needs it (a main clause past its condition).
    "knowledge.matching.conditions",
    # Only a message whose shortlist holds fewer entries than its places needs it (tidy38).
    "knowledge.matching.pushed_out",
    # Only a message with an HTML entity in it ("&amp;") needs it, with html.entities.
    "html",
    # Only a start that built the knowledge writes its snapshot.
    "knowledge.snapshot_pickler",
    "knowledge.snapshot_groups",
    # Only a message with a sign of harm is judged (knowledge.risk_judging), and only building
    # the detector compiles the pack's phrases and reads the real words near a cue word.
    "knowledge.risk_judging",
    "knowledge.risk_finding",
    "knowledge.risk_signpost",
    "knowledge.risk_compile",
    "knowledge.risk_set_aside",
    "knowledge.risk_concern",
    "knowledge.risk_stated_ages",
    "knowledge.risk_setting",
    "knowledge.risk_telling",
    "knowledge.risk_at_work",
    "knowledge.risk_causes",
    "knowledge.risk_cause_shape",
    "knowledge.risk_clauses",
    "knowledge.risk_duty",
    "knowledge.risk_concluded",
    "knowledge.risk_openers",
    "knowledge.risk_opener_shape",
    "knowledge.risk_scene",
    "knowledge.risk_real_words",
    # Nor the modules of the judging tables' classes: the snapshot does not keep the tables
    # (`knowledge.snapshot.DROPPED`).
    "knowledge.risk_doers",
    "knowledge.risk_found",
    "knowledge.risk_harmed",
    "knowledge.risk_harmed_words",
    "knowledge.risk_cause_words",
    "knowledge.risk_subjects",
    # A plain `ask QUESTION` is read without a parser (bot.command_args.plain_ask).
    "argparse",
    "gettext",
    # Nothing a later ask runs logs: the logs are configured at the first warning.
    "logging",
    "bot.logs",
    # The caches are keyed and checked without OpenSSL (importlib.util.source_hash); only
    # writing them, or reading the caches a snapshot replaces, needs hashlib.
    "hashlib",
    "_hashlib",
    # Only a start that builds the knowledge reads the learnt risk model's file (gzip); a later
    # one reads the model from the snapshot.
    "knowledge.risk_model_file",
    "gzip",
    # `dataclasses` is imported with `inspect` deferred (bot.start_imports): every value class
    # on the path has a docstring, so nothing asks for a signature.
    "inspect",
    "ast",
    "dis",
    "tokenize",
    # Nor `urllib.parse` (with `ipaddress`), which pathlib needs only for `Path.as_uri`.
    "urllib.parse",
    "ipaddress",
    # The snapshot's header is plain data pickled, not JSON; only --json and the other caches
    # (which a later start does not read) import json.
    "json",
    # The caches a snapshot replaces: the matcher's index and the detector's tables.
    "knowledge.matching.cache",
    "knowledge.detector_cache",
    # The time of a turn is read only when a decision record is made out (`bot.core.turn_clock`),
    # which a question never is: neither the records' time zone nor `datetime` is imported.
    "zoneinfo",
    "sysconfig",
    "datetime",
    "_datetime",
    # The snapshot is read by `_pickle`'s classes; the module `pickle` (its pure-Python pickler
    # beside them) only writes one.
    "pickle",
    # The replies to a follow-up after a signpost, and their phrases: a question is one turn.
    "dialogs.after_signpost",
    "dialogs.writer_worries",
    "dialogs.worries",
    "dialogs.worry",
    # Nor a case joined with a later harm, an age told alone, or the party a follow-up to a
    # quoted answer names (round 43's modules, 1.2 million instructions of a start).
    "dialogs.case_joined",
    "dialogs.told_age",
    "dialogs.declined_parties",
    # Nor the writer's voice (round 50: the question about the asker's own information took
    # the practitioner's people from it, 4.9 million instructions of a start with what it
    # imports), a writer's adult refusal and privacy note, a check's end, a claim's source, or
    # the pack phrases' syntax check.
    "dialogs.own_voice",
    "dialogs.friend_voice",
    "dialogs.threat_voice",
    "dialogs.writer_harmed",
    "dialogs.life_plans",
    "dialogs.own_doing",
    "dialogs.young_worker",
    "dialogs.young_self",
    "dialogs.doers_words",
    "knowledge.own_role",
    "dialogs.adult_refusal",
    "dialogs.writer_privacy",
    "dialogs.check_outcome",
    "knowledge.matching.claim_source",
    "knowledge.risk_phrases",
    # Nor whether a line beside a signpost is said already (round 53: only a signpost reads it).
    "dialogs.lines_said",
    # Nor the state's stored form (round 55: `ask` keeps no conversation in a store).
    "dialogs.state_json",
    "dialogs.stored_fields",
)
ONLY_TO_CHECK_PACKS = (
    "yaml",
    "pydantic",
    "pydantic_core",
    "annotated_types",
    "knowledge.pack_check",
    "knowledge.flow_graph",
    *SCHEMA_MODULES.values(),
    # What the matcher's schema module gathers its models from.
    "knowledge.matching.case_schema",
    "knowledge.matching.lexicon_schema",
    "knowledge.matching.schema_checks",
    "knowledge.matching.topic_schema",
    # …and the text packs' (a contacts pack's entries); joining an organisation's typed words.
    "knowledge.contacts_schema",
    "knowledge.typed_words_merge",
)
"""What reading and checking the packs needs, which a start that finds them cached does not."""
_PROBE = """
import builtins, gc, sys
walked = []
compiled = []
_compile = builtins.compile

def counting(source, filename, *args, **kwargs):
    if sys._getframe(1).f_code.co_filename != "<frozen importlib._bootstrap>":  # not a module
        compiled.append(source if isinstance(source, str) else repr(filename))
    return _compile(source, filename, *args, **kwargs)

builtins.compile = counting
_exec = builtins.exec

def running(source, *args, **kwargs):
    if isinstance(source, str):  # `dataclasses` writes a class's methods as text for exec
        compiled.append(source)
    return _exec(source, *args, **kwargs)

builtins.exec = running

def note(phase, info):
    if phase == "start":
        walked.append(sum(len(gc.get_objects(g)) for g in range(info["generation"] + 1)))

gc.callbacks.append(note)
import bot.cli
from bot.cli import main
collecting = []
build_core = bot.cli.build_core

def spy(*args, **kwargs):
    collecting.append(gc.isenabled())
    return build_core(*args, **kwargs)

bot.cli.build_core = spy
import bot.core
loads = []
load_knowledge = bot.core.load_knowledge

def loading(*args, **kwargs):
    loads.append(True)
    return load_knowledge(*args, **kwargs)

bot.core.load_knowledge = loading
status = main(sys.argv[1:])
sys.stdout.flush()

def models(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from models(sub)

pydantic = sys.modules.get("pydantic")
every = [] if pydantic is None else list(models(pydantic.BaseModel))
built = [f"{m.__module__}.{m.__qualname__}" for m in every if m.__pydantic_complete__]
seen = {"modules": sorted(sys.modules), "built": sorted(set(built))}
seen |= {"collecting": collecting, "frozen": gc.get_freeze_count(), "knowledge_loads": len(loads)}
seen |= {"walked": max(walked, default=0), "compiled": compiled}
from knowledge.lazy_pattern import LazyPattern
waiting = []
for name, module in list(sys.modules.items()):
    if name.split(".")[0] in ("adapters", "bot", "dialogs", "knowledge"):
        for attr, value in vars(module).items():
            at = (lambda n: f"[{n}]") if isinstance(value, tuple) else (lambda n: "")
            for n, v in enumerate(value if isinstance(value, tuple) else (value,)):
                if isinstance(v, LazyPattern) and v._compiled is None:
                    waiting.append(f"{name}.{attr}{at(n)}")
seen |= {"waiting": sorted(waiting)}
import json  # after the modules are listed: the command itself may not import it
print(json.dumps(seen), file=sys.stderr)
raise SystemExit(status)
"""


@dataclass(frozen=True)
class Start:
    """What one `infoshare ask` printed, every module it loaded (a package counted with each of
    its modules), the pydantic models whose validator or serialiser it had to build, whether
    the garbage collector ran while the core was built, how many objects it left frozen, how
    many times it loaded the knowledge (not at all when it read the snapshot), and the most
    objects one collection walked, the module-level patterns it left uncompiled, and what it
    compiled with `compile` (not counting a module's source)."""

    answer: str
    loaded: set[str]
    built: list[str]
    collecting: list[bool]
    frozen: int
    knowledge_loads: int
    walked: int
    waiting: list[str]
    compiled: list[str]


def ask(data_dir: Path, question: str = QUESTION) -> Start:
    """Run `infoshare ask` in a fresh interpreter and say what it loaded and built."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INFOSHARE_")}
    env |= {"INFOSHARE_STORE": "memory://", "INFOSHARE_DATA_DIR": str(data_dir)}
    env["PYTHONPATH"] = str(CHECKOUT)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "ask", question],
        capture_output=True,
        text=True,
        cwd=data_dir.parent,
        env=env,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stderr.strip().splitlines()[-1])
    loaded = {p for m in seen["modules"] for p in _prefixes(m)}
    return Start(
        done.stdout,
        loaded,
        seen["built"],
        seen["collecting"],
        seen["frozen"],
        seen["knowledge_loads"],
        seen["walked"],
        seen["waiting"],
        seen["compiled"],
    )


def _prefixes(module: str) -> list[str]:
    parts = module.split(".")
    return [".".join(parts[: n + 1]) for n in range(len(parts))]


def test_a_later_ask_loads_no_sdk_no_store_no_yaml_and_no_pydantic(tmp_path: Path) -> None:
    first = ask(tmp_path / "data")
    later = ask(tmp_path / "data")

    assert "Information Sharing Protocol" in later.answer
    assert later.answer == first.answer
    assert later.loaded.isdisjoint(NEVER_FOR_ASK), sorted(later.loaded.intersection(NEVER_FOR_ASK))
    checking = later.loaded.intersection(ONLY_TO_CHECK_PACKS)
    assert not checking, sorted(checking)


def test_a_later_ask_builds_no_validator_or_serialiser(tmp_path: Path) -> None:
    ask(tmp_path / "data")
    later = ask(tmp_path / "data")

    assert "Information Sharing Protocol" in later.answer
    assert later.built == []


def test_ask_builds_its_core_with_the_collector_paused_and_then_freezes_it(tmp_path: Path) -> None:
    # Tens of thousands of values that live to the end: no collection should walk them, while
    # they are made, after, or at exit.
    for start in (ask(tmp_path / "data"), ask(tmp_path / "data")):
        assert "Information Sharing Protocol" in start.answer
        assert start.collecting == [False]
        assert start.frozen > 10_000


def test_no_collection_walks_the_modules_or_the_core_of_a_later_ask(tmp_path: Path) -> None:
    # Tens of thousands of objects are made importing the modules and reading the core; both
    # are frozen before the collector resumes, so a collection walks only what the answer makes.
    ask(tmp_path / "data")
    later = ask(tmp_path / "data")

    assert "Information Sharing Protocol" in later.answer
    assert later.walked < 5_000, later.walked


def test_the_first_ask_builds_the_caches_and_the_probe_sees_what_it_loads(tmp_path: Path) -> None:
    first = ask(tmp_path / "data")

    assert "Information Sharing Protocol" in first.answer
    assert set(ONLY_TO_CHECK_PACKS) <= first.loaded
    assert "knowledge.qa_schema.QAPack" in first.built
    cached = sorted(
        p.name.split("-")[0] + p.suffix for p in (tmp_path / "data" / "cache").iterdir()
    )
    assert cached == ["built.pickle", "key.txt", "knowledge.bin", "knowledge.json", "matcher.bin"]
    assert first.knowledge_loads == 1


def test_a_later_ask_reads_the_snapshot_and_answers_alike(tmp_path: Path) -> None:
    first = ask(tmp_path / "data")
    later = ask(tmp_path / "data")

    assert later.answer == first.answer
    assert later.knowledge_loads == 0
    assert "Information Sharing Protocol" in later.answer


def test_a_later_ask_compiles_no_pattern_its_question_cannot_match(tmp_path: Path) -> None:
    # "what is an ISP?" asks to share nothing, holds no markup, apostrophe, full stop, role
    # opening, title or date of birth: each of those patterns' `needs` spares its compiling.
    ask(tmp_path / "data")
    later = ask(tmp_path / "data")

    assert "Information Sharing Protocol" in later.answer
    assert {
        "dialogs.share_asks._SHARE_REQUEST",
        "dialogs.typed._CURRENCY",
        "dialogs.clean_input._CONTROL",
        "dialogs.clean_input._SLACK_MARKUP",
        "dialogs.clean_input._HTML_TAG",
        "dialogs.clean_input._BROADCAST",
        "dialogs.privacy._PATTERNS[6]",
        "dialogs.privacy._PATTERNS[7]",
        "knowledge.risk_words._CONTRACTION",
        "knowledge.risk_words._ABBREVIATION",
        "knowledge.matching.segment._ROLE_OPENING",
        "knowledge.matching.text._POSSESSIVE",
    } <= set(later.waiting), later.waiting
    assert "adapters.console._BOLD" not in later.waiting  # the answer has bold words


def test_a_later_ask_compiles_nothing(tmp_path: Path) -> None:
    # The first `compile` of a process sets up the `ast` module's types, about a tenth of a
    # later ask's own work: `typing` compiles each annotation of a `NamedTuple` or `TypedDict`
    # class written as text (a `ForwardRef`), so those on the path are made by a call instead.
    # `exec` of source text is counted too: `@dataclass` writes and compiles its methods at
    # every import (round 29's `GateTables` cost 7 million instructions so), a value class not.
    ask(tmp_path / "data")
    later = ask(tmp_path / "data")

    assert "Information Sharing Protocol" in later.answer
    assert later.compiled == []
