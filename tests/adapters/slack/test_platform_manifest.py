"""Slack's review rules about the manifest, its scopes and the privacy notice
(`docs/platform-guidelines.md`, rows S-11, S-12, S-13, S-41), and a check that the row-by-row
map in docs/platform-review.md cites only tests that exist; the behaviour rows are in
`test_platform_review.py`.

Each test is named after its row, so the map in docs/platform-review.md can cite it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

# -- S-11, S-12, S-13: scopes --------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[3]
MANIFEST: dict[str, Any] = yaml.safe_load((ROOT / "slack" / "manifest.yaml").read_text())
RESTRICTED = re.compile(r"^(identity\.|admin|search:read|workflow\.steps:execute|triggers:)")
BROAD = {"channels:history", "groups:history", "mpim:history", "files:read", "canvases:read"}


def _platform_review_section() -> str:
    return (ROOT / "docs" / "platform-review.md").read_text(encoding="utf-8")


def test_S11_every_scope_has_a_written_reason_in_the_readme() -> None:
    section = _platform_review_section()
    scopes = MANIFEST["oauth_config"]["scopes"]["bot"]
    for scope in scopes:
        row = next((ln for ln in section.splitlines() if ln.startswith(f"| `{scope}`")), "")
        reason = row.split("|")[2].strip() if row.count("|") >= 3 else ""
        assert len(reason) > 20, scope


def test_S12_no_restricted_scopes_and_no_broad_history_scopes() -> None:
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    assert not {s for s in scopes if RESTRICTED.match(s)}
    assert not scopes & BROAD  # only im:history, for the app's own direct messages
    assert "user" not in MANIFEST["oauth_config"]["scopes"]  # no user-token scopes at all


def test_S13_there_are_no_optional_scopes_to_decline() -> None:
    assert set(MANIFEST["oauth_config"]["scopes"]) == {"bot"}
    assert "optional" not in json.dumps(MANIFEST["oauth_config"])


# -- S-41: the privacy notice ---------------------------------------------------------------------


def test_S41_the_privacy_notice_says_what_why_how_long_how_to_delete_and_whom_to_ask() -> None:
    notice = (ROOT / "PRIVACY.md").read_text(encoding="utf-8")
    lowered = notice.lower()
    for needed in (
        "what infoshare keeps",
        "why",
        "how long",
        "deleted",
        "uninstalled",
        "e-mail address or web form",
        "receives but does not keep",
        "legal advice",
        "only if your organisation turns them on",
        "INFOSHARE_DIALOG_TTL_HOURS",
        "INFOSHARE_EVENT_TTL_SECONDS",
    ):
        assert needed.lower() in lowered, needed
    assert "no message text" in lowered


# -- the map in docs/platform-review.md ------------------------------------------------------


def test_every_test_the_platform_review_map_cites_exists() -> None:
    section = _platform_review_section()
    defined = {
        m[1]
        for path in (ROOT / "tests").rglob("test_*.py")
        for m in re.finditer(r"^(?:async )?def (test_\w+)", path.read_text(), re.MULTILINE)
    }
    spans = [span.split("::")[-1] for span in re.findall(r"`([^`]+)`", section)]
    cited = [span for span in spans if span.startswith("test_") and not span.endswith(".py")]
    assert len(cited) > 60
    for name in cited:
        if name.endswith("…"):
            assert any(d.startswith(name.removesuffix("…")) for d in defined), name
        else:
            assert name in defined, name
