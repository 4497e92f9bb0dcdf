"""A question worded afresh, scoring under the low band but far ahead of every rival (round 48).

A practitioner's own wording shares fewer words with every phrasing of an entry, so it scores
lower; what still says which entry it asks about is its margin over the runner-up. Below
`low_band_min`, down to `low_band_floor`, `Settling.low_score` quotes the top entry when its
lead is at least `low_band_lead_needed` (the band's lead, and `low_band_slope` more for each
point below the band), it answers the question's kind of ask and the quote gate passes it.
The wordings here were written for this test, not drawn from a labelled set.
"""

from __future__ import annotations

import pytest
import yaml

from knowledge.matching import Matcher, MatcherSettings
from knowledge.matching.settling import low_band_lead_needed
from knowledge.qa_pack import QAPack
from tests.support.packs import builtin_matcher_packs, builtin_packs_dir

# Entry 4 (the key factors in deciding whether to share), asked in fresh words.
FRESH = [
    "If I'm in doubt about whether to share something about a learner, should I share it or not?",
]

# Near it in wording, but nothing the entry answers, or too close to call at that score.
NEAR_MISSES = [
    "If I'm in doubt about whether to share the password of the building, should I share it "
    "or not?",
    "If I'm in doubt about whether to share a flat with a colleague, should I or not?",
    "in doubt whether to share something on facebook, should I?",
    "In doubt about whether to share a pupil's exam results with the newspaper, should I?",
    "torn about whether to share something about a patient - share or not?",
    "If I'm in doubt about whether to share my lunch, should I share it or not?",
]


@pytest.fixture(scope="module")
def band_only_matcher(built_in_matcher: Matcher) -> Matcher:
    """The built-in packs with the band as it was before round 48 (no floor below it)."""
    text = (builtin_packs_dir() / "qa.yaml").read_text(encoding="utf-8")
    entries = QAPack.model_validate(yaml.safe_load(text)).entries
    before = MatcherSettings(low_band_floor=built_in_matcher.settings.low_band_min)
    return Matcher(entries, *builtin_matcher_packs(), settings=before)


@pytest.mark.parametrize("message", FRESH)
def test_a_wide_lead_below_the_band_is_quoted(
    built_in_matcher: Matcher, band_only_matcher: Matcher, message: str
) -> None:
    settings = built_in_matcher.settings
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 4
    assert settings.low_band_floor <= result.answer.score < settings.low_band_min
    assert band_only_matcher.match(message).answer is None


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_near_misses_below_the_band_are_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None


@pytest.mark.parametrize("below", [0.5, 1.0, 5.0, 9.5])
def test_the_lead_needed_grows_below_the_band(below: float) -> None:
    s = MatcherSettings()
    at_band = low_band_lead_needed(s, s.low_band_min)
    assert at_band == s.low_band_lead
    assert low_band_lead_needed(s, s.low_band_min + below) == at_band
    lower = low_band_lead_needed(s, s.low_band_min - below)
    assert lower > at_band
    assert low_band_lead_needed(s, s.low_band_min - below - 1) > lower


@pytest.mark.parametrize("score", [45.0, 50.0, 54.0, 58.0])
def test_a_flat_slope_keeps_the_bands_lead(score: float) -> None:
    s = MatcherSettings(low_band_slope=0.0)
    assert low_band_lead_needed(s, score) == s.low_band_lead
