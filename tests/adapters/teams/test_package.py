"""The Teams app package: `infoshare teams-package` builds a zip Teams accepts, or says why not."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from adapters.teams.package import (
    SOURCE,
    PackageError,
    PackageValues,
    build_package,
    check_manifest,
    fill,
)
from adapters.teams.search import COMMAND_ID, PARAMETER
from bot.cli import main
from tests.support.teams_package import APP_ID, VALUES, pixels


def test_the_package_holds_the_filled_manifest_and_the_two_icons_only(tmp_path: Path) -> None:
    path = build_package(VALUES, tmp_path / "app.zip")

    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["color.png", "manifest.json", "outline.png"]
        text = archive.read("manifest.json").decode()
        manifest = json.loads(text)
    assert "{{" not in text
    assert manifest["id"] == APP_ID == manifest["bots"][0]["botId"]
    assert manifest["version"] == "1.2.3"
    assert manifest["developer"] == {
        "name": "Example Council",
        "websiteUrl": "https://example.org/infoshare",
        "privacyUrl": "https://example.org/infoshare/privacy",
        "termsOfUseUrl": "https://example.org/infoshare/terms",
    }
    assert manifest["bots"][0]["scopes"] == ["personal", "team", "groupChat"]
    assert manifest["bots"][0]["isNotificationOnly"] is False
    assert check_manifest(manifest) == []


def test_the_package_offers_the_search_the_door_answers(tmp_path: Path) -> None:
    with zipfile.ZipFile(build_package(VALUES, tmp_path / "app.zip")) as archive:
        manifest = json.loads(archive.read("manifest.json"))

    (extension,) = manifest["composeExtensions"]
    assert extension["botId"] == APP_ID
    (command,) = extension["commands"]
    assert command["id"] == COMMAND_ID and command["type"] == "query"
    assert command["initialRun"] is True and command["fetchTask"] is False
    assert command["context"] == ["compose", "commandBox"]
    (parameter,) = command["parameters"]
    assert parameter["name"] == PARAMETER and parameter["title"] and parameter["description"]


def test_the_color_icon_is_192_square_and_opaque() -> None:
    width, height, found = pixels((SOURCE / "color.png").read_bytes())

    assert (width, height) == (192, 192)
    assert {p[3] for p in found} == {255}


def test_the_outline_icon_is_32_square_white_on_transparent() -> None:
    width, height, found = pixels((SOURCE / "outline.png").read_bytes())

    assert (width, height) == (32, 32)
    assert all(p[3] == 0 or p[:3] == (255, 255, 255) for p in found)
    assert any(p[3] == 0 for p in found) and any(p[3] == 255 for p in found)
    assert found[0][3] == 0  # the corners are transparent: no background square


def test_bad_values_are_all_reported_and_nothing_is_written(tmp_path: Path) -> None:
    bad = PackageValues("not-a-guid", "http://example.org", "ftp://x", "", "x", "1.0")

    with pytest.raises(PackageError) as raised:
        build_package(bad, tmp_path / "app.zip")

    message = str(raised.value)
    for problem in ("GUID", "website URL", "privacy URL", "terms of use URL", "MAJOR.MINOR"):
        assert problem in message
    assert not (tmp_path / "app.zip").exists()


def test_placeholders_are_filled_as_json_strings() -> None:
    values = PackageValues(APP_ID, "https://x.org", "https://x.org", "https://x.org", 'A "q"')

    assert json.loads(fill('{"name": "{{developerName}}"}', values)) == {"name": 'A "q"'}


def _search(manifest: dict[str, Any]) -> dict[str, Any]:
    command: dict[str, Any] = manifest["composeExtensions"][0]["commands"][0]
    return command


def _manifest() -> dict[str, Any]:
    return json.loads(fill((SOURCE / "manifest.json").read_text(encoding="utf-8"), VALUES))


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda m: m["name"].update(short="Teams infoshare"), "name.short must not"),
        (lambda m: m["name"].update(short="Help desk"), "name.short must not"),
        (lambda m: m["name"].update(short="x" * 31), "name.short must be at most 30"),
        (lambda m: m["name"].update(full=m["name"]["short"]), "differ"),
        (lambda m: m["description"].update(short="x" * 81), "description.short"),
        (lambda m: m.update(manifestVersion="1.5"), "older than 1.10"),
        (lambda m: m["bots"][0].update(isNotificationOnly=True), "isNotificationOnly"),
        (
            lambda m: m["bots"][0]["commandLists"][0]["commands"][0].update(title="/help"),
            "no '/'",
        ),
        (
            lambda m: m["bots"][0]["commandLists"][0]["commands"].append(
                {"title": "help", "description": "again"}
            ),
            "no duplicates",
        ),
        (lambda m: m.pop("composeExtensions"), "exactly one message extension"),
        (lambda m: _search(m).update(initialRun=False), "initialRun true"),
        (lambda m: _search(m).pop("initialRun"), "initialRun true"),
        (lambda m: _search(m).update(type="action"), "type query, fetchTask false"),
        (lambda m: _search(m).update(fetchTask=True), "type query, fetchTask false"),
        (lambda m: _search(m).update(id="search"), "must offer the search command"),
        (lambda m: _search(m).update(title="x" * 33), "title <= 32"),
        (lambda m: _search(m).update(description="x" * 129), "description <= 128"),
        (lambda m: _search(m).update(context=["message"]), "compose box and command box"),
        (lambda m: _search(m).update(parameters=[]), "1 to 5 parameters"),
        (lambda m: _search(m)["parameters"][0].update(name="q"), "one parameter, 'question'"),
        (lambda m: _search(m)["parameters"][0].update(title="x" * 33), "a title <= 32"),
        (lambda m: _search(m)["parameters"][0].pop("title"), "each parameter needs"),
        (
            lambda m: m["composeExtensions"][0].update(botId="another-bot"),
            "botId must be the bot's",
        ),
        (
            lambda m: m["composeExtensions"][0]["commands"].append(dict(_search(m))),
            "no duplicate ids",
        ),
        (lambda m: m.update(validDomains=["abc.ngrok.io"]), "validDomains"),
        (lambda m: m.update(validDomains=["*.botframework.com"]), "validDomains"),
    ],
)
def test_the_manifest_check_catches_what_store_validation_refuses(
    change: Any, problem: str
) -> None:
    manifest = _manifest()
    change(manifest)

    assert any(problem in p for p in check_manifest(manifest))


def test_the_command_builds_the_zip_from_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MicrosoftAppId", APP_ID)

    status = main(["teams-package", "--website-url", "https://example.org", "--out", "a.zip"])

    assert status == 0
    assert "Built a.zip" in capsys.readouterr().out
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        assert json.loads(archive.read("manifest.json"))["id"] == APP_ID


def test_the_command_without_an_app_id_says_how_to_give_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MicrosoftAppId", raising=False)

    status = main(["teams-package", "--website-url", "https://example.org"])

    assert status == 2
    assert "set MicrosoftAppId, or pass --app-id" in capsys.readouterr().err
    assert not (tmp_path / "infoshare-teams.zip").exists()
