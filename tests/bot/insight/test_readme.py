"""The privacy note (docs/privacy.md) and the settings table (docs/settings.md) say what the code
and tests show."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from bot.insight.redact import MAX_REDACTED_CHARS, Kind
from bot.settings import ENV_PREFIX, Settings

ROOT = Path(__file__).parents[3]
PRIVACY = (ROOT / "docs" / "privacy.md").read_text(encoding="utf-8")
SETTINGS = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")


@pytest.fixture
def defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Settings:
    for name in list(os.environ):
        if name.lower().startswith("infoshare_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return Settings(_env_file=None)  # type: ignore[call-arg]


def _table_default(name: str) -> str:
    match = re.search(rf"^\| `{name}` \| `?([^`|]*)`? \|", SETTINGS, re.MULTILINE)
    assert match, f"{name} is missing from the settings table"
    return match[1].strip()


@pytest.mark.parametrize(
    "field", ["insight", "insight_days", "keep_records", "record_days", "dialog_ttl_hours"]
)
def test_each_privacy_setting_is_in_the_table_with_its_real_default(
    field: str, defaults: Settings
) -> None:
    value = getattr(defaults, field)
    shown = _table_default(ENV_PREFIX + field.upper())
    if isinstance(value, bool):
        expected = str(value).lower()
    elif isinstance(value, float):
        expected = f"{value:g}"
    else:
        expected = str(value)
    assert shown == expected
    assert ENV_PREFIX + field.upper() in PRIVACY


def test_the_note_quotes_the_real_figures() -> None:
    corpus = yaml.safe_load((ROOT / "tests" / "data" / "redaction-corpus.yaml").read_text("utf-8"))
    assert f"corpus of {len(corpus['messages'])} realistic messages" in PRIVACY
    assert f"cut at {MAX_REDACTED_CHARS} characters" in PRIVACY
    said = {
        Kind.EMAIL: "e-mail addresses",
        Kind.PHONE: "phone numbers",
        Kind.NHS_NUMBER: "NHS numbers",
        Kind.NI_NUMBER: "National Insurance numbers",
        Kind.POSTCODE: "postcodes",
        Kind.DATE: "dates of birth",
        Kind.NUMBER: "six or more digits",
        Kind.URL: "URLs",
        Kind.MENTION: "@mentions",
        Kind.NAME: "`[name]`",
    }
    assert set(said) == set(Kind)
    redaction = PRIVACY[PRIVACY.index("**Redaction**") :]
    for kind, words in said.items():
        assert words in " ".join(redaction.split()), kind
