"""Round 57 (robust239, issue 11 rule one): the writer's own word for what was done, one slip
away. A cue word one letter short of the words typo correction reached by any slip ("hurts",
"shout", "slaps", "smack", "touch") is read so when two neighbouring letters are swapped or one
is doubled ("he hurst me", "the staff shuot at the babies"), and from a word of four letters
with one left out ("domestic abue"); another letter added is not ("touchy" is no "touch"), and a
common word keeps its own reading ("huts", "bets").

The rings are read with the learnt model off, so the reading makes them ring; the look-alikes
are sent with it on, as a user meets them. The probe that found them:
`python -m tests.support.risk_act_swaps`.
"""

from __future__ import annotations

import pytest

from tests.support.cases import cases
from tests.support.core import Chat

RINGS: dict[str, list[str]] = {
    "swapped": [
        "my dad hurst me",
        "he hurst my little sister",
        "the staff really shuot at the babies",
        "the carers shuot at the residents",
        "my mum slpas me when im bad",
        "the staff smakc the residents",
        "shes been hurst by her boyfriend",
    ],
    "doubled": [
        "my dad hurrts me",
        "the carers shoutt at the residents",
    ],
    "dropped": [
        "my friend is a victim of domestic abue",
    ],
}

QUIET: dict[str, list[str]] = {
    "swapped": [
        "my knee hurst after the match",
        "my legs hurst after the long walk",
        "the waves slpas against the side of the boat",
        "i had to shuot to be heard over the music",
        "the coach will shuot the names out at the start of training",
        "the shop smakc of fresh bread",
    ],
    "doubled": [
        "my back hurrts after gardening",
        "i shoutt the score across the pitch every saturday",
        "the coach shoutt the names out at the start of training",
    ],
    "dropped": [
        "we are doing domestic abue training on tuesday",
        "what counts as emotional abue?",
        "the loks on the school gates are broken",
        "the fire doors have new loks",
    ],
}


@pytest.mark.parametrize("message", cases(RINGS))
def test_a_short_act_word_one_slip_away_leads_with_the_signpost(
    chat: Chat, message: str, cues_only: None
) -> None:
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", cases(QUIET))
def test_their_twins_get_no_signpost(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))
