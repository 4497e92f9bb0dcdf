"""Signs of harm that cannot count skip the rest of the risk check (`may_count`).

The rules after the phrase search only drop hits, and only cues, terms, signal words, worries,
secrets, a `together` item with every group and a `near` item with both groups can be counted:
when the signs hold none of them, the detector answers None without reading the context
phrases or running the rules. Shown on a small pack, then on the built-in one.
"""

from __future__ import annotations

from typing import Any

import pytest

from knowledge import risk_judging
from knowledge.risk import RiskDetector
from knowledge.risk_counted import may_count
from knowledge.risk_hits import find_hits
from knowledge.risk_pack import RiskPack
from tests.support.packs import builtin_knowledge


def _detector() -> RiskDetector:
    """A pack whose one category is found by a cue, an item of three groups, or a near pair."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("my neighbour", "she|he"),
        "categories": (
            {
                "id": "harm",
                "name": "Harm",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": ("beats <them>",),
                "together": ((("locked",), ("in",), ("cupboard",)),),
                "near": ((("cold",), ("hungry",)),),
            },
        ),
        "sets": {"them": ("her", "him")},
    }
    return RiskDetector(RiskPack.model_validate(pack))


def _signs(detector: RiskDetector, text: str) -> bool:
    return may_count(find_hits(detector._tokens(text), detector._harm_index), detector._pack)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("My neighbour beats her", True),  # a cue
        ("My neighbour locked her in the cupboard", True),  # every group of the item
        ("My neighbour is locked in", False),  # two groups of three
        ("My neighbour says she is locked out. The cupboard is in the hall", True),  # over two
        ("My neighbour is cold", False),  # one of the near pair
        ("My neighbour is cold and hungry", True),
        ("My neighbour is well", False),  # no sign at all
    ],
)
def test_only_signs_that_can_be_counted_go_on_to_the_rules(text: str, counts: bool) -> None:
    assert _signs(_detector(), text) is counts


def test_signs_that_cannot_count_skip_the_context_and_the_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    detector = _detector()
    judged: list[str] = []

    def judge(*args: Any, **kwargs: Any) -> None:
        judged.append("judged")

    monkeypatch.setattr(risk_judging, "judge", judge)  # imported at the first judged message
    assert detector.detect("My neighbour is locked in, it's cold") is None
    assert judged == []
    detector.detect("My neighbour locked her in the cupboard")
    assert judged == ["judged"]


def test_on_the_built_in_pack_a_question_naming_a_harm_is_settled_by_its_signs() -> None:
    detector = builtin_knowledge().risk_detector
    text = "What should I do if a parent refuses to let me speak to the school about home?"
    assert find_hits(detector._tokens(text), detector._harm_index)  # it names some signs
    assert not _signs(detector, text)
    assert detector.detect(text) is None
