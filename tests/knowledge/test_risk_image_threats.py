"""A threat to share someone's pictures made a condition ("he says he'll share my pics if I
don't send more") is sextortion, as the same threat with "unless" or "threatens" already was.
The four disclosures were not signposted before the pack's `together` item for it; ordinary
talk of sharing photos on a condition stays quiet."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "he's been sending me pics and says he'll share them if I don't send more",
        "he says he'll share my pics if I don't send more",
        "he says he will post the photos if she doesn't send more",
        "he says he'll send the pictures to my mum if I don't do what he says",
    ],
)
def test_a_threat_to_share_pictures_on_a_condition_is_signposted(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "grooming-online" in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "they'll post the photos on the website if parents don't object",
        "the photographer will send the photos if we don't pay the deposit",
        "if you don't send the form they will share the photos on the school page",
        "the school will share photos if you don't send an opt-out",
    ],
)
def test_sharing_photos_on_an_ordinary_condition_is_no_threat(message: str) -> None:
    assert BUILT_IN.detect(message) is None
