"""A rule someone passed on about sharing is not a disclosure.

"My manager says we can't share anything about domestic abuse without consent" reports how to
share, not what happened to anyone; "she says she can't tell anyone because her stepdad will
kill her" reports someone's plight and still leads with the signpost. Shown on a small pack,
then in the words practitioners type.
"""

from __future__ import annotations

from typing import Any

from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


def _detector() -> RiskDetector:
    """A small pack: "abuse" is harm, "kill her" names someone; "says" reports."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("my manager", "she|he"),
        "telling": ("says|said",),
        "categories": (
            {
                "id": "harm",
                "name": "Harm",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": ("abuse", "kill <them>"),
            },
        ),
        "sets": {"them": ("her", "him")},
        "markers": builtin_knowledge().risk.markers,  # the closed classes of words the rules read
    }
    return RiskDetector(RiskPack.model_validate(pack))


def test_a_rule_about_sharing_reported_by_someone_is_no_disclosure() -> None:
    small = _detector()
    assert small.detect("my manager says we cant share abuse concerns") is None
    assert small.detect("my manager says we share abuse concerns") is not None


def test_someones_plight_or_a_fact_to_pass_on_is_still_a_disclosure() -> None:
    small = _detector()
    assert small.detect("she says she cant tell anyone about the abuse") is not None
    assert small.detect("she says we must tell someone that he will kill her") is not None
    assert small.detect("she says we must tell someone that there was abuse") is not None
    # "can we tell…?" asks; it passes on no rule.
    assert small.detect("my manager says can we tell anyone about the abuse") is not None


def test_rules_passed_on_by_colleagues_stay_quiet() -> None:
    for told in (
        "My manager says we can't share anything about domestic abuse without the victim's "
        "consent. Is that right?",
        "A colleague said I should always report self-harm to parents. Is that true?",
        "A parent told me the school can't report neglect without asking her first. Is she right?",
    ):
        assert BUILT_IN.detect(told) is None, told


def test_disclosures_about_not_telling_still_lead_with_the_signpost() -> None:
    for told in (
        "She told me she can't tell anyone because her stepdad will kill her.",
        "My client says she can't report the assault because he'll find out.",
        "The girl told me she needs to tell someone that her uncle abused her.",
        "a student told me she has anorexia, can I tell the school nurse?",
    ):
        assert BUILT_IN.detect(told) is not None, told


def test_an_official_body_asking_for_records_is_an_enquiry_however_it_got_in_touch() -> None:
    for asked in (
        "Police emailed asking for the records of a pupil who was assaulted last term. Do we "
        "need consent?",
        "A solicitor wrote asking for our notes on the domestic abuse incident at the family "
        "home. Can we send them?",
    ):
        assert BUILT_IN.detect(asked) is None, asked
