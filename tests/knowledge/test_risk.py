"""The risk pack and its detector: validation, an organisation's own cues, and bounded work."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml

import knowledge.risk_hits as hits_module
from bot.cli import _knowledge_check
from knowledge.loader import KnowledgeError, load_knowledge, qa_words
from knowledge.risk import RiskDetector, words_of
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(scope="module")
def detector() -> RiskDetector:
    return RiskDetector(KNOWLEDGE.risk, qa_words(KNOWLEDGE.entries))


def _pack(tmp_path: Path, text: str) -> Path:
    (tmp_path / "risk.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def _problems(path: Path) -> str:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    return "\n".join(caught.value.problems)


def test_the_built_in_pack_covers_every_kind_of_harm_the_issue_names() -> None:
    ids = {c.id for c in KNOWLEDGE.risk.categories}
    assert ids >= {
        "physical-abuse",
        "sexual-abuse",
        "emotional-abuse",
        "neglect",
        "domestic-abuse",
        "self-harm-suicide",
        "threats",
        "missing",
        "grooming-online",
        "exploitation",
        "fgm-forced-marriage-honour",
        "radicalisation",
        "modern-slavery-trafficking",
        "cuckooing",
        "adult-abuse-neglect",
        "allegation-against-staff",
        "young-carer",
        "parental-substance",
        "weapons",
    }
    assert KNOWLEDGE.risk.examples.disclosures and KNOWLEDGE.risk.examples.ordinary


def test_a_malformed_cue_is_named_with_its_file_and_category(tmp_path: Path) -> None:
    folder = _pack(
        tmp_path,
        "kind: risk\ncategories:\n  - id: neglect\n    cues:\n      - '... no food'\n",
    )
    problems = _problems(folder)
    assert "risk.yaml" in problems and "(id neglect)" in problems
    assert "must start with a word" in problems


def test_an_unknown_set_and_a_new_category_without_its_contacts_are_refused(
    tmp_path: Path,
) -> None:
    folder = _pack(
        tmp_path,
        "kind: risk\n"
        "categories:\n"
        "  - id: neglect\n"
        "    cues: ['<nobody-defined-this> left alone']\n"
        "  - id: gambling-harm\n"
        "    name: Gambling harm\n"
        "    cues: ['lost ... rent money gambling']\n",
    )
    problems = _problems(folder)
    assert "<nobody-defined-this>" in problems and "which no pack defines" in problems
    assert "'gambling-harm' is new, so it needs concerns, contacts" in problems


def test_an_example_the_cues_miss_or_wrongly_catch_is_a_problem(tmp_path: Path) -> None:
    folder = _pack(
        tmp_path,
        "kind: risk\n"
        "examples:\n"
        "  disclosures: ['the weather is lovely today']\n"
        "  ordinary: ['she said he hits her']\n",
    )
    problems = _problems(folder)
    assert "'the weather is lovely today' is not caught by any cue" in problems
    assert "'she said he hits her' is taken for a disclosure (physical-abuse" in problems


def test_an_organisations_pack_adds_cues_and_categories_and_keeps_the_built_in_ones(
    tmp_path: Path,
) -> None:
    folder = _pack(
        tmp_path,
        "kind: risk\n"
        "categories:\n"
        "  - id: neglect\n"
        "    cues: ['left ... in the launderette']\n"
        "  - id: gambling-harm\n"
        "    name: Gambling harm\n"
        "    concerns: adult\n"
        "    contacts: [safeguarding-lead, adult-social-care]\n"
        "    cues: ['lost ... rent money gambling']\n"
        "examples:\n"
        "  disclosures: ['he lost all the rent money gambling again']\n",
    )
    knowledge = load_knowledge(folder)
    detector = RiskDetector(knowledge.risk)
    found = detector.detect("she left the twins in the launderette for hours")
    assert found is not None and found.categories == ("neglect",)
    gambling = detector.detect("he lost all the rent money gambling again")
    assert gambling is not None and gambling.categories == ("gambling-harm",)
    assert gambling.contacts == ("safeguarding-lead", "adult-social-care")
    # The built-in cues are all still there.
    assert detector.detect("she'll hurt the baby") is not None
    assert len(knowledge.risk.categories) == len(KNOWLEDGE.risk.categories) + 1


def test_knowledge_check_reports_a_bad_risk_pack_plainly(tmp_path: Path) -> None:
    folder = _pack(tmp_path, "kind: risk\ncategories:\n  - id: Bad Id\n")
    out, err = io.StringIO(), io.StringIO()
    assert _knowledge_check(folder, out, err) == 1
    assert "risk.yaml" in err.getvalue() and "categories[1]" in err.getvalue()
    assert _knowledge_check(None, out, err) == 0
    assert f"{len(KNOWLEDGE.risk.categories)} kinds of harm in the risk cues" in out.getvalue()


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("mums always of her face when she picks him up", "parental-substance"),
        ("he said if i tell any1 he will hurt my mum", "threats"),
        ("I think she has been negelcted, theres never any food at home", "neglect"),
        ("she's been going missing a lot lately", "missing"),
        ("older lads gave him a phone", "exploitation"),
        ("her stepdad touchd her", "sexual-abuse"),
    ],
)
def test_colloquial_and_misspelt_wording_is_caught(
    detector: RiskDetector, message: str, category: str
) -> None:
    found = detector.detect(message)
    assert found is not None and category in found.categories, found


def test_a_disclosure_deep_in_a_long_message_is_found(detector: RiskDetector) -> None:
    padding = "We had a team meeting about the new rota and the parking at the centre. " * 40
    message = padding + "Afterwards a year 8 girl told me her uncle touches her. " + padding
    assert len(message) < 7000
    found = detector.detect(message)
    assert found is not None and "sexual-abuse" in found.categories


def test_contractions_are_read_the_way_people_also_type_them() -> None:
    # "she'll" is spelled out; a negation keeps the form typed without an apostrophe.
    assert words_of("She'll hurt the baby, he's gone, don't tell") == [
        "she", "will", "hurt", "the", "baby", ",", "he", "gone", ",", "dont", "tell",
    ]  # fmt: skip


def _work(detector: RiskDetector, text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many cue positions the detector tries on `text` (a count of work, not of time)."""
    calls = 0
    real = hits_module._match

    def counting(*args: object) -> int:
        nonlocal calls
        calls += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(hits_module, "_match", counting)
    detector.detect(text)
    monkeypatch.setattr(hits_module, "_match", real)
    return calls


@pytest.mark.parametrize(
    "unit",
    [
        "he she him her ",
        "hit her hit him with a belt ",
        "if i tell anyone ",
        "my mum my dad my stepdad ",
        "gone missing missing from home ",
        "aaaaaaaaa' ",
        "negelcted touchd strangld ",
    ],
)
def test_the_work_grows_in_step_with_the_message_on_adversarial_input(
    detector: RiskDetector, unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = (unit * (400 // len(unit) + 1))[:400]
    large = (unit * (4000 // len(unit) + 1))[:4000]
    one = _work(detector, small, monkeypatch)
    ten = _work(detector, large, monkeypatch)
    # Linear: ten times the text is at most about ten times the work (never the square).
    assert ten <= 12 * max(one, 1)


@pytest.mark.parametrize(
    "name",
    [
        "risk-brainstorm.yaml",
        "risk-brainstorm-2.yaml",
        "risk-brainstorm-3.yaml",
        "risk-brainstorm-4.yaml",
        "risk-brainstorm-5.yaml",
        "risk-brainstorm-6.yaml",
        "risk-brainstorm-7.yaml",
        "risk-brainstorm-8.yaml",
        "risk-brainstorm-9.yaml",
        "risk-brainstorm-10.yaml",
        "risk-brainstorm-11.yaml",
        "risk-brainstorm-12.yaml",
        "risk-brainstorm-13.yaml",
        "risk-brainstorm-14.yaml",
        "risk-brainstorm-15.yaml",
        "risk-brainstorm-16.yaml",
        "risk-brainstorm-17.yaml",
        "risk-brainstorm-18.yaml",
        "risk-brainstorm-19.yaml",
        "risk-brainstorm-20.yaml",
        "risk-brainstorm-26.yaml",
    ],
)
def test_the_brainstormed_messages_are_told_apart(detector: RiskDetector, name: str) -> None:
    # A regression check on messages written apart from the cues (see the file's header): the
    # issue's targets are at least 98% of disclosures signposted and at most 3% false alarms.
    from tests.support.risk_report import report  # noqa: PLC0415

    items = yaml.safe_load((DATA / name).read_text("utf-8"))
    result = report(detector, items)
    assert result.disclosures + result.ordinary >= 20
    assert result.caught >= 0.98 * result.disclosures, result.missed
    assert result.false_alarms <= 0.03 * result.ordinary, result.alarmed
