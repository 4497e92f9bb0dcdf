"""Rule one in the Slack record modal: the modal is typed in one go and sent whole, so its
submission is where a disclosure typed into a field is told; the signpost is the first message
the person sees then, before the completed record (or before "that record has expired")."""

from __future__ import annotations

from tests.support.fake_slack import FakeSlack
from tests.support.slack import Person

TOLD = "the lad said his dad's girlfriend burns him with cigarettes"


async def _modal(alice: Person, slack: FakeSlack) -> dict[str, object]:
    await alice.dm("check")
    for label in ["Yes", "Yes", "Yes", "Yes"]:
        await alice.press(label)
    await alice.press("Fill in the record here")
    return slack.modals[-1]


async def test_a_disclosure_in_a_modal_field_leads_with_the_signpost(
    alice: Person, slack: FakeSlack
) -> None:
    view = await _modal(alice, slack)
    seen = await alice.submit(view, {"decided-by": "youth worker", "what": TOLD})
    first = seen[0]
    assert "at risk of harm" in first.text and "protection procedures" in first.text
    assert first.channel == alice.dm_channel
    record = next(i for i, m in enumerate(seen) if "DECISION RECORD" in m.text)
    assert record > 0
    assert TOLD in seen[record].text


async def test_an_ordinary_modal_brings_the_record_alone(alice: Person, slack: FakeSlack) -> None:
    view = await _modal(alice, slack)
    seen = await alice.submit(view, {"decided-by": "youth worker", "what": "attendance notes"})
    assert "at risk of harm" not in "\n".join(m.text for m in seen)
    assert "DECISION RECORD" in seen[0].text


async def test_a_disclosure_in_an_expired_modal_is_still_signposted_first(
    alice: Person, slack: FakeSlack
) -> None:
    view = await _modal(alice, slack)
    await alice.dm("restart")
    seen = await alice.submit(view, {"what": TOLD})
    assert "at risk of harm" in seen[0].text
    assert any("ended or expired" in m.text for m in seen[1:])
