"""Round 39 (r1s39): a finding carries its categories' `marks` when the person at risk is not an
adult (tryout38 #6, #15): "duty" (FGM known in a girl under 18: the report is the writer's own)
and "unsafe-to-ask" (sexual or physical abuse of a child, FGM: asking consent may raise the
risk). A grown woman's FGM, an adult's abuse, carry none."""

from __future__ import annotations

import pytest

from bot.app import Core


def _marks(core: Core, text: str) -> tuple[str, ...]:
    finding = core.assistant._risk.detect(text)
    assert finding is not None, text
    return finding.marks


@pytest.mark.parametrize(
    "text",
    [
        "a 16 yo girl told me she was cut (FGM) in Somalia last summer",
        "one of my year 9 girls said she has had fgm over the summer",
    ],
)
def test_fgm_told_by_a_girl_carries_the_duty(core: Core, text: str) -> None:
    assert _marks(core, text) == ("duty", "unsafe-to-ask")


@pytest.mark.parametrize(
    "text",
    [
        "a 7 year old girl in my class told me her 15 yr old brother touches her private parts",
        "a boy of 6 said his dad punched him in the stomach last night",
        "my 9 yr old pupil has a hand shaped bruise and said mum hit her with a belt",
    ],
)
def test_abuse_of_a_child_is_unsafe_to_ask(core: Core, text: str) -> None:
    # Other marks may come with a kind of harm also found (round 44: self-harm's "own-life",
    # read beside "his dad punched him in the stomach"), but never the FGM duty.
    marks = _marks(core, text)
    assert "unsafe-to-ask" in marks and "duty" not in marks, marks


@pytest.mark.parametrize(
    "text",
    [
        "a 40 year old woman told me she had FGM as a child",
        "my elderly client said her son hits her",
        "a 6 year old boy comes to school hungry every day and his clothes are dirty",
    ],
)
def test_an_adults_harm_or_another_kind_carries_none(core: Core, text: str) -> None:
    assert _marks(core, text) == ()
