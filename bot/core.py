"""The pure core of the assistant and the clock its records are written in.

Kept apart from the composition root (`bot.app`), which imports the settings, the stores and the
doors: `infoshare ask` builds only this.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from dialogs.answers import QAAnswers
from dialogs.assistant import Assistant
from dialogs.lookup import QuestionSearch
from dialogs.risk_reading import RiskReading
from knowledge.loader import Knowledge, knowledge_key, load_knowledge
from knowledge.matching import Matcher
from knowledge.pack_cache import recorded_inputs
from knowledge.pack_values import Value
from knowledge.route_index import route_index
from knowledge.snapshot import Built, read_snapshot, write_snapshot
from knowledge.value_class import value_class

if TYPE_CHECKING:
    from datetime import datetime

    from dialogs.facts import Clock

RECORD_TIMEZONE = "Europe/London"


@value_class
class Core(Value):
    """The pure parts: knowledge, matcher and conversation, built once and shared by every turn."""

    knowledge: Knowledge
    matcher: Matcher
    assistant: Assistant
    answers: QAAnswers
    search: QuestionSearch


def build_core(packs: Path | None = None, *, cache_dir: Path | None = None) -> Core:
    """Load and validate the knowledge (plus an organisation's packs) and build the core.

    Args:
        packs: a directory of an organisation's own packs, if any.
        cache_dir: where the validated packs, the matcher's index and one snapshot of all
            built (`knowledge.snapshot`) are kept between starts; None validates and builds
            them each time.

    Raises:
        KnowledgeError: when a pack is broken; its message names the file, entry and problem.
    """
    knowledge, matcher, routes = _built(packs, cache_dir)
    risk = RiskReading(knowledge, matcher)  # built once (it joins two word sets), shared
    return Core(
        knowledge=knowledge,
        matcher=matcher,
        assistant=Assistant(knowledge, matcher, risk, routes),
        answers=QAAnswers(knowledge, matcher),
        search=QuestionSearch(knowledge, matcher, risk, routes),
    )


def _built(packs: Path | None, cache_dir: Path | None) -> Built:
    """The knowledge, matcher and routes' index: read back from one snapshot
    (`knowledge.snapshot`) when one is kept for these packs and this code; else loaded and built
    (each from its own cache when it can), then kept."""
    key = knowledge_key(packs, cache_dir) if cache_dir is not None else None
    built = read_snapshot(cache_dir, key) if cache_dir is not None and key is not None else None
    if built is not None:
        return built
    knowledge = load_knowledge(packs, cache_dir=cache_dir)
    matcher = Matcher(
        knowledge.entries, knowledge.not_covered, knowledge.lexicon, cache_dir=cache_dir
    )
    built = (knowledge, matcher, route_index(knowledge))
    if cache_dir is not None and key is not None:
        inputs = recorded_inputs(cache_dir, key)
        if inputs is not None:
            write_snapshot(cache_dir, key, built, inputs)
    return built


def record_clock(zone: str = RECORD_TIMEZONE) -> datetime:
    """Now, in the time zone decision records are written in (UTC if the zone is unknown)."""
    # Imported at the first record: a turn that makes out none (every `infoshare ask`) starts
    # without `zoneinfo`, which finds its time zone files through `sysconfig`, and `datetime`.
    from datetime import UTC, datetime, tzinfo  # noqa: PLC0415
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: PLC0415

    tz: tzinfo
    try:
        tz = ZoneInfo(zone)
    except ZoneInfoNotFoundError:
        tz = UTC
    return datetime.now(tz)


def turn_clock(zone: str = RECORD_TIMEZONE) -> Clock:
    """The time of one turn, for `Assistant.decide`: `record_clock` read the first time the turn
    asks for it (when it makes out a decision record), the same time after that."""
    return functools.cache(functools.partial(record_clock, zone))
