"""Fixtures shared by the matcher's tests in this folder."""

from __future__ import annotations

import pytest
import yaml

from knowledge.loader import builtin_packs_dir
from knowledge.matching import Matcher
from knowledge.qa_pack import QAPack
from tests.support.packs import builtin_matcher_packs


@pytest.fixture(scope="session")
def built_in_matcher() -> Matcher:
    """A matcher on the built-in packs, built once for every test that asks for it."""
    text = (builtin_packs_dir() / "qa.yaml").read_text(encoding="utf-8")
    entries = QAPack.model_validate(yaml.safe_load(text)).entries
    return Matcher(entries, *builtin_matcher_packs())
