"""Round 39 (tryout39 C, D, F, I): what comes after a first signpost.

- F: a graver risk told in a short follow-up ("she also said sometimes she thinks it would be
  easier not to be here") was read by the cues alone, which did not know it, and got "Did you
  mean one of these?". It is signposted now; the same words about a day off stay quiet.
Every conversation runs through the core the terminal door runs (`bot.app.build_core`).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

DID_YOU_MEAN = "Did you mean"
HOMESICK = (
    "host family - our japanese student (17) is very homesick, cries every night, can i tell "
    "her parents without asking her"
)
LADS_HOME = (
    "residential childrens home - on shift tonight, one of our lads (13) came back at 2am "
    "smelling of cannabis with £200 and two phones and a cut on his hand, wont say where hes "
    "been. manager not answering"
)


@pytest.mark.parametrize(
    "graver",
    [
        "she also said sometimes she thinks it would be easier not to be here",
        "she said it would be easier if she wasnt here",
        "he also said he thinks about not being here",
        "and he said it would be better for everyone if he wasn't around",
    ],
)
@pytest.mark.parametrize("first", [HOMESICK, LADS_HOME])
def test_a_wish_not_to_be_here_after_a_signpost_is_signposted(
    chat: Chat, first: str, graver: str
) -> None:
    assert chat.send(first)[0].risk_of_harm
    replies = chat.send(graver)
    assert replies[0].risk_of_harm, texts(replies)
    assert DID_YOU_MEAN not in texts(replies)


@pytest.mark.parametrize(
    "quiet",
    [
        "it would be easier not to be here on monday, i have a dentist appointment",
        "it'd be easier if he wasnt here, he disrupts the class",
        "i think about not being here for the training next week",
        "the mum said it would be easier if the dog wasnt here",
    ],
)
def test_the_same_words_about_a_day_off_or_a_dog_stay_quiet(chat: Chat, quiet: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(quiet))
