"""Teams' validation rules about the app package and the privacy notice
(`../shared/platform-guidelines.md`, rows T-7, T-21, T-33 … T-41), checked on the zip that
`infoshare teams-package` builds; the behaviour rows are in `test_platform_review.py`.

Each test is named after its row, so the README's "Platform review" map can cite it.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from adapters.teams.package import LISTED_COMMANDS, SOURCE, check_manifest, fill
from bot.cli import main
from tests.support.teams import TeamsBot, one, say
from tests.support.teams_package import APP_ID, VALUES, pixels

# -- T-7, T-21, T-33 … T-38: the package the command builds --------------------------------------


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> zipfile.ZipFile:
    monkeypatch.setenv("MicrosoftAppId", APP_ID)
    out = tmp_path / "infoshare-teams.zip"
    status = main(
        ["teams-package", "--website-url", "https://www.example.org/infoshare", "--out", str(out)]
    )
    assert status == 0
    return zipfile.ZipFile(out)


async def test_T7_every_command_is_listed_without_a_slash_and_each_one_works(
    package: zipfile.ZipFile, teams: TeamsBot
) -> None:
    manifest = json.loads(package.read("manifest.json"))
    (bot,) = manifest["bots"]
    lists = bot["commandLists"]
    titles = [c["title"] for cl in lists for c in cl["commands"]]
    assert sorted(set(titles)) == sorted(LISTED_COMMANDS)
    assert all(not t.startswith("/") and len(t) <= 32 for t in titles)
    assert all(0 < len(c["description"]) <= 128 for cl in lists for c in cl["commands"])
    answers = {t: one(await say(teams, t)).texts for t in titles}
    assert len(set(answers.values())) == len(answers)  # each command does its own thing
    assert all("didn't find" not in a for a in answers.values())


def test_T21_the_bot_is_not_notification_only(package: zipfile.ZipFile) -> None:
    (bot,) = json.loads(package.read("manifest.json"))["bots"]
    assert bot["isNotificationOnly"] is False


def test_T33_the_color_icon_is_192_square_on_a_solid_background(
    package: zipfile.ZipFile,
) -> None:
    manifest = json.loads(package.read("manifest.json"))
    width, height, found = pixels(package.read(manifest["icons"]["color"]))
    assert (width, height) == (192, 192)
    corners = [found[0], found[191], found[-192], found[-1]]
    assert len(set(corners)) == 1 and corners[0][3] in {0, 255}


def test_T33_the_outline_icon_is_32_square_white_on_transparent(
    package: zipfile.ZipFile,
) -> None:
    manifest = json.loads(package.read("manifest.json"))
    width, height, found = pixels(package.read(manifest["icons"]["outline"]))
    assert (width, height) == (32, 32)
    assert {p[:3] for p in found if p[3] != 0} == {(255, 255, 255)}  # white, edges smoothed
    assert any(p[3] == 0 for p in found) and any(p[3] == 255 for p in found)


def test_T34_the_manifest_uses_a_released_schema_and_a_production_name(
    package: zipfile.ZipFile,
) -> None:
    manifest = json.loads(package.read("manifest.json"))
    version = manifest["manifestVersion"]
    assert tuple(int(p) for p in version.split(".")) >= (1, 10)
    assert f"/v{version}/MicrosoftTeams.schema.json" in manifest["$schema"]
    assert "devpreview" not in json.dumps(manifest).lower()
    for word in ("beta", "dev", "preview", "uat"):
        assert word not in manifest["name"]["short"].lower().split()


def test_T35_the_package_holds_the_manifest_and_icons_only_with_a_semver(
    package: zipfile.ZipFile,
) -> None:
    manifest = json.loads(package.read("manifest.json"))
    assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
    assert all(part.isdigit() for part in manifest["version"].split(".")) and (
        len(manifest["version"].split(".")) == 3
    )
    assert manifest["id"] == manifest["bots"][0]["botId"] == APP_ID


def test_T37_the_name_follows_the_naming_rules(package: zipfile.ZipFile) -> None:
    name = json.loads(package.read("manifest.json"))["name"]
    assert len(name["short"]) <= 30 and len(name["full"]) <= 100
    assert name["short"] != name["full"]
    lowered = name["short"].lower()
    assert not lowered.startswith(("chat", "files", "help", "activity", "calendar", "calls"))
    assert "teams" not in lowered and "microsoft" not in lowered


def test_T38_no_tunnel_or_shared_domains(package: zipfile.ZipFile) -> None:
    domains = json.loads(package.read("manifest.json")).get("validDomains", [])
    for domain in domains:
        assert not any(t in domain for t in ("ngrok", "devtunnels", "trycloudflare", "loca.lt"))
        assert not domain.startswith("*") or domain.count(".") >= 2


# -- T-40, T-41: privacy notice and descriptions -------------------------------------------------


def test_T40_the_privacy_notice_covers_storage_retention_deletion_security_and_contact() -> None:
    notice = Path("PRIVACY.md").read_text(encoding="utf-8").lower()
    for needed in ("keeps", "how long", "deleted", "security", "contact", "[e-mail address"):
        assert needed in notice, needed


def test_T41_the_descriptions_fit_and_say_microsoft_teams_first(package: zipfile.ZipFile) -> None:
    description = json.loads(package.read("manifest.json"))["description"]
    assert description["short"].count(". ") == 0 and description["short"].endswith(".")
    assert len(description["full"]) <= 4000 and len(description["full"].split()) < 500
    first = description["full"].index("Teams")
    assert description["full"][first - len("Microsoft ") : first] == "Microsoft "
    assert not re.search(r"\b(?:MS|MSFT)\b", description["short"] + description["full"])


@pytest.mark.parametrize(
    "full",
    ["Use it in Teams, Microsoft Teams.", "Use it in MS Teams.", "Works with MSFT Teams."],
)
def test_T41_the_package_refuses_descriptions_that_break_the_naming_rules(full: str) -> None:
    manifest = json.loads(fill((SOURCE / "manifest.json").read_text(encoding="utf-8"), VALUES))
    manifest["description"]["full"] = full
    assert any("Microsoft Teams" in p for p in check_manifest(manifest))
