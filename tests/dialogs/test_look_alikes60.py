"""Round 60 (falook273, issue 11): a guide's title and a speaker it quotes tell of no one at risk.

Round 56's reading of a guide told to its reader (`knowledge.risk_advice_general`, fa222) sets a
page's signs aside when it instructs and every sentence with a sign of harm is advice or harm in
general, naming no one in particular. Two shapes of everyday guides still rang:

- **a title** naming the harm the page is about ("Coercive Control Explained"): a short
  first sentence that names no one, asks nothing and tells no time of now
  (`page_titles`) is read as harm in general;
- **the writer's words** that only quote a speaker ("\\"Why do you need my bank card?\\"") do
  not name the writer (`risk_advice._writers`). A guide's own question ("What should I do?")
  still does: with it set aside, "What should I do? Get round to the flat…, you can hear a child
  screaming…" went quiet (tests/dialogs/test_advice_cases56.py), so it was dropped.

The twins share the reading's shapes (a title, a quoted "I", a guide's question, an instruction)
and tell of someone at risk now; the cues alone still signpost them.
"""

from __future__ import annotations

import pytest

from tests.support.cases import cases
from tests.support.core import Chat

GUIDES: dict[str, list[str]] = {
    "a guide's title": [
        "Coercive Control Explained. When a partner checks your phone, decides who you may see "
        "and takes your wages, it can be a sign of coercive control. You should keep a record "
        "and talk to a domestic abuse service.",
    ],
    "a speaker quoted above its title": [
        '"Why do you need my bank card?" Taking Back Control of Money. When a partner checks '
        "every receipt and decides what you may spend, it can be a sign of financial abuse. You "
        "should keep a note of what happens and talk to someone you trust.",
    ],
}

CASES: dict[str, list[str]] = {
    "a title beside someone at risk": [
        "Spotting Neglect. Neglect can be hard to see, so you should know the kids at number 4 "
        "are left alone every night with no food.",
        "Taking Back Control of Money. When a partner checks every receipt it can be a sign of "
        "financial abuse. You should know my husband takes my wages every week and I have no "
        "money for food.",
        "Abused by my stepdad. Abuse is often hidden and you should tell someone. He comes into "
        "my room at night when mum is at work.",
        "Beaten every night. Abuse can be hard to talk about, so you should call 999 if you are "
        "in danger. She has bruises all over her arms.",
    ],
    "a quoted speaker beside someone at risk": [
        '"He said he would kill me" Breaking Free from Abuse. When a partner threatens you it '
        "can be a sign of abuse, and you should call 999. He said it again last night and I am "
        "scared to go home.",
    ],
    "a guide's question beside someone at risk": [
        "What should I do? My mum's boyfriend hits me when she is at work. You can call "
        "Childline, and you should tell a teacher you trust.",
        "How can I help? The girl next door is hit by her dad every night and you can hear her "
        "screaming. You should call the police.",
        "Who can I tell? Abuse is often hidden. You should talk to someone. I'm scared my "
        "stepdad will hurt me again tonight.",
        "What should I do if my boyfriend hits me? Domestic abuse is often hidden, and you "
        "should call 999 if you are in danger.",
        "What should I do? You can't tell anyone. Dad hits mum when he's drunk.",
        "How do I stop it? You have to help. Dad beats mum if she talks back.",
    ],
    "a short first line beside someone at risk": [
        "Help. Dad beats mum. You have to call someone if you can.",
    ],
}


@pytest.mark.parametrize("message", cases(GUIDES))
def test_a_guides_title_or_a_quoted_speaker_gets_no_signpost(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", cases(CASES))
def test_its_twins_telling_of_someone_still_lead_with_the_signpost(
    chat: Chat, message: str, cues_only: None
) -> None:
    assert chat.send(message)[0].risk_of_harm
