"""Round 38 (tryout38 #4): just after a signpost, people talk themselves out of reporting ("ok
so is it ok to not report it then?", "can i just keep an eye on her", "my colleague knows the
family and says the step mum is lovely and its nothing") and got "I couldn't find that" or
"Did you mean…". The line is held, kindly and first, in a short reply: tell the safeguarding
lead today; passing on a worry is not accusing anyone; watching is not enough on its own."""

from __future__ import annotations

import pytest

from dialogs.contract import Private
from tests.support.core import Chat, quoted, texts

SUPERVISOR = (
    "lunchtime supervisor, a girl in yr 2 never eats and today she said her step mum doesnt let "
    "her eat at home if she's been bad, she's tiny"
)
ADVISER = (
    "employment adviser - my client (28) came in with a black eye, says her partner did it and "
    "he checks her phone"
)
TALKED_OUT = (
    "ok so is it ok to not report it then?",
    "i dont want to get anyone in trouble, can i just keep an eye on her",
    "my colleague knows the family and says the step mum is lovely and its nothing",
    "do i really have to report it, they seem a nice family",
    "cant we just wait and see how she is next week",
    "I'd rather not report it to be honest",
)
HELD = "Please still tell your safeguarding lead today"


@pytest.mark.parametrize("text", TALKED_OUT)
def test_talking_oneself_out_of_reporting_gets_the_line_held(chat: Chat, text: str) -> None:
    assert chat.send(SUPERVISOR)[0].risk_of_harm
    replies = chat.send(text)
    said = texts(replies)
    assert said.startswith(f"**{HELD}"), said
    assert "isn't enough on its own" in said and "isn't accusing anyone" in said
    assert quoted(replies) == [] and "couldn't find" not in said and "Did you mean" not in said
    assert len(said) < 500, "a short reply"


def test_after_an_adults_signpost_too(chat: Chat) -> None:
    assert chat.send(ADVISER)[0].risk_of_harm
    assert texts(chat.send("can i just keep an eye on her for now")).startswith(f"**{HELD}")


def test_with_no_signpost_before_the_same_words_keep_their_reply(chat: Chat) -> None:
    assert HELD not in texts(chat.send("can i just keep an eye on her"))


def test_in_a_shared_place_it_goes_to_its_writer_alone(chat: Chat) -> None:
    shared = Chat(chat.core, private=False)
    assert shared.send(SUPERVISOR)[0].risk_of_harm
    (held,) = [r for r in shared.send("ok so is it ok to not report it then?") if HELD in r.text]
    assert held.private is Private.RISK_OF_HARM
