"""An adult at risk asking that no one is told, said just after their signpost (tryout40 #11:
"he say please no tell, he have capacity i think" got "Did you mean: What do children, young
people and families think…"): their wish matters, but serious harm or a crime may still justify
sharing with adult social care; tell them unless unsafe; capacity in doubt, best interests. A
child's case keeps the reply on a child's secret."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, quoted, texts
from tests.support.environment import command_env, run_command

_ADULT_REFUSES = "When an adult at risk asks you not to tell"
_CHILD_SECRET = "When you've been asked to keep it secret"

MR_B = (
    "our carer go to Mr B (91) and his daughter she is shouting at him very bad and she take "
    "his food money, he is crying. what we must to do and we need the daughter permission for "
    "tell council?"
)
# A practitioner's: "my neighbour is 80 …" is now one of the public's, whose refusal gets the
# public's text (round 42, tests/dialogs/test_the_public_writing42.py).
NEIGHBOUR = (
    "one of our residents is 80 and her son takes her pension and shouts at her, she is scared"
)
CHILD = "a 9 year old told me her stepdad hits her with a belt"


@pytest.mark.parametrize("told", [MR_B, NEIGHBOUR])
@pytest.mark.parametrize(
    "asked",
    [
        "he say please no tell, he have capacity i think",
        "she said dont tell anyone, she has capacity",
        "but she has capacity",
        "he asked me please do not tell",
        "she says dont tell her son, she doesnt want any help",
        "hes got capacity tho",
    ],
)
def test_an_adults_refusal_after_their_signpost_gets_kq4_and_kq5(
    chat: Chat, told: str, asked: str
) -> None:
    said = texts(chat.send(told))
    assert "adult" in said.lower()
    replies = chat.send(asked)
    answer = texts(replies)
    assert _ADULT_REFUSES in answer
    assert "serious harm" in answer and "best interests" in answer
    assert "Adult social care" in answer
    assert _CHILD_SECRET not in answer and "Did you mean" not in answer
    assert quoted(replies) == []


@pytest.mark.parametrize(
    "asked", ["she said dont tell anyone", "she begged me not to tell her mum", "pls no tell"]
)
def test_a_childs_secret_keeps_the_reply_on_secrecy(chat: Chat, asked: str) -> None:
    chat.send(CHILD)
    said = texts(chat.send(asked))
    assert _CHILD_SECRET in said
    assert _ADULT_REFUSES not in said


def test_with_no_signpost_before_it_the_refusal_is_no_adults_reply(chat: Chat) -> None:
    assert _ADULT_REFUSES not in texts(chat.send("he say please no tell, he have capacity"))


@pytest.mark.usefixtures("warm_tmp_path")
def test_at_the_terminal_the_adults_refusal_is_answered(tmp_path: Path) -> None:
    script = f"{MR_B}\nhe say please no tell, he have capacity i think\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    asked = done.stdout.split("you> ")[2]
    assert _ADULT_REFUSES in asked and "Adult social care" in asked
