"""The built-in packs, loaded once for the whole test session.

A load checks every pack again (about 0.3 s each time, against a few milliseconds for a reply or
a normalised text), and the values it gives are immutable, so the tests that only read them share
one load instead of making their own for every parametrised item or Hypothesis example. The tests
of loading itself (`test_loader`, `test_pack_cache`, ...) still call the loaders directly.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import yaml

from dialogs.friend_voice import FriendVoice
from knowledge.loader import Knowledge, KnowledgeError, builtin_packs_dir, load_knowledge
from knowledge.matching import LexiconPack, Matcher, NotCoveredPack, load_matcher_packs
from knowledge.own_role import OwnRole
from knowledge.qa_pack import QAPack
from knowledge.risk import RiskDetector


def about_pack() -> dict[str, Any]:
    """The built-in about pack as read from its YAML, a fresh copy each time (to change)."""
    data: dict[str, Any] = yaml.safe_load((builtin_packs_dir() / "about.yaml").read_text())
    return data


@functools.cache
def builtin_knowledge() -> Knowledge:
    """The built-in knowledge, as `load_knowledge()` gives it."""
    return load_knowledge()


def friend_voice(knowledge: Knowledge | None = None) -> FriendVoice:
    """The reader of a message as one of the public's or a young person's, as the assistant
    builds it from `knowledge` (the built-in knowledge by default): the typed-words pack's
    `friend` and the risk pack's own roles (`knowledge.own_role`)."""

    known = builtin_knowledge() if knowledge is None else knowledge
    return FriendVoice(known.typed_words.friend, OwnRole(known.risk.markers))


@functools.cache
def builtin_matcher_packs() -> tuple[NotCoveredPack, LexiconPack]:
    """The built-in not-covered and lexicon packs, as `load_matcher_packs` gives them."""
    return load_matcher_packs(builtin_packs_dir())


@pytest.fixture(scope="session")
def built_in_matcher() -> Matcher:
    """A matcher on the built-in packs, built once for every test that asks for it."""
    text = (builtin_packs_dir() / "qa.yaml").read_text(encoding="utf-8")
    entries = QAPack.model_validate(yaml.safe_load(text)).entries
    return Matcher(entries, *builtin_matcher_packs())


def typed_words_problems(folder: Path, pack: str) -> str:
    """The problems loading finds with an organisation's typed-words pack, one a line: `pack` is
    its YAML after the `kind` line, written to words.yaml in `folder`."""
    (folder / "words.yaml").write_text("kind: typed-words\n" + pack, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    return "\n".join(caught.value.problems)


def risk_pack_problems(folder: Path, text: str) -> str:
    """The problems loading finds with an organisation's risk pack (`text`, its whole YAML,
    written to risk.yaml in `folder`), one a line."""
    (folder / "risk.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    return "\n".join(caught.value.problems)


def detector_with_risk_pack(folder: Path, text: str) -> RiskDetector:
    """A risk detector on the built-in risk pack merged with an organisation's (`text`, its
    whole YAML, written to risk.yaml in `folder`)."""
    (folder / "risk.yaml").write_text(text, encoding="utf-8")
    return RiskDetector(load_knowledge(folder).risk)
