"""Round 41 (mid40; tryout39 #10): after a signpost, a step the service could take itself to keep
people safe ("can we at least move him to another block without saying why", a 19-year-old kept
in a man's room in university halls) got "I couldn't find that" or "Did you mean". It gets:
such steps are the service's to take now, with its safeguarding lead, agreeing what the one who
may be causing harm is told and when."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

PROTECT = "You don't need to wait to keep people safe"
HALLS = (
    "uni accommodation - security found a female student (19) crying in the stairwell, said a guy "
    "from another flat wouldnt let her leave his room and took her phone, she doesnt want police"
)
RAPED = (
    "sex worker support - one of our women (30s, has capacity) was raped by a punter last week. "
    "she doesnt want police or anyone told."
)


@pytest.mark.parametrize("case", [HALLS, RAPED])
@pytest.mark.parametrize(
    "step",
    [
        "can we at least move him to another block without saying why",
        "can we move her to a different flat",
        "could we move him away from her corridor",
        "should we keep them apart",
        "can we ban him from the building",
        "can we change his room so he is not near her",
    ],
)
def test_a_step_to_keep_people_safe_after_a_signpost_is_the_services_own(
    chat: Chat, case: str, step: str
) -> None:
    assert chat.send(case)[0].risk_of_harm
    said = texts(chat.send(step))
    assert said.startswith(f"**{PROTECT}")
    assert "safeguarding lead" in said and "Record what you did" in said
    assert "I couldn't find that" not in said and "Did you mean" not in said


@pytest.mark.parametrize(
    "other",
    ["should we move her to foster care", "can I move house", "what if he does it to someone else"],
)
def test_other_follow_ups_do_not_get_it(chat: Chat, other: str) -> None:
    chat.send(HALLS)
    assert PROTECT not in texts(chat.send(other))


def test_the_same_words_with_no_signpost_before_keep_their_reply(chat: Chat) -> None:
    assert PROTECT not in texts(chat.send("can we move him to another block"))


def test_a_young_persons_follow_up_does_not_get_it(chat: Chat) -> None:
    chat.send("im 15 and my dad hits me")
    assert PROTECT not in texts(chat.send("can they move him away from me"))
