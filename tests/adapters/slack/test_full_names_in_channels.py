"""tryout38 #14: "Sarah Smith" typed in a Slack channel was answered in public with no word on
deleting or editing the message, since "sarah" is also a word the packs know ("Sarah's law").
A full name with a common given name is now answered to its writer alone, through the real door
on loopback; "Sarah's law" is still answered in the channel."""

from __future__ import annotations

import pytest

from tests.support.fake_slack import FakeSlack
from tests.support.slack import Person


@pytest.mark.parametrize(
    "typed",
    [
        "can I tell Sarah Smith's GP she fainted on the spin bike today? shes diabetic",
        "can I tell the GP that Olivia Brown fainted today",
        # tryout39 #14: typed in lower case, as on a phone
        "is it ok to share mohammed khan's new address with his old school",
        "my student yusuf ali (flat 4b) has depression, can i tell his tutor",
    ],
)
async def test_a_full_name_in_a_channel_is_answered_only_to_its_writer(
    alice: Person, slack: FakeSlack, typed: str
) -> None:
    public = len(slack.called("chat.postMessage"))

    seen = await alice.mention(typed)

    assert seen and all(m.ephemeral and m.user == alice.user for m in seen)
    assert any("personal details" in m.text and "delete it" in m.text for m in seen)
    assert len(slack.called("chat.postMessage")) == public


async def test_sarahs_law_is_no_ones_name(alice: Person) -> None:
    seen = await alice.mention("can I use Sarah's Law to ask about her new partner?")

    assert not any("personal details" in m.text for m in seen)
