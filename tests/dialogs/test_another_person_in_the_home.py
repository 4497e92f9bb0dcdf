"""Someone else in the same home asked of just after a signpost, with their age (tryout40 #11:
after a fire service visitor's adult signpost, "and what about the son, hes 40" got "I couldn't
find that"): 18 or over, an adult at risk in their own right, included in the referral to adult
social care; under 18, the children's contacts. With no age, the reply it always had."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, quoted, texts
from tests.support.environment import command_env, run_command

_IN_OWN_RIGHT = "adult at risk in their own right"
_CHILDREN_CARE = "children's social care front door"

FIRE = (
    "fire service home safety visit - hoarding, gas hob covered in papers, her grown up son lives "
    "there with learning disability and looked really thin. she refused referral. can i still "
    "share"
)
MR_B = "our client Mr B is 91 and his daughter shouts at him and takes his food money"


@pytest.mark.parametrize("told", [FIRE, MR_B])
@pytest.mark.parametrize(
    "asked",
    [
        "and what about the son, hes 40",
        "what about her husband? he is 78 and can barely walk",
        "and his daughter, she's 30 and has a learning disability",
        "what about his wife, shes 88",
    ],
)
def test_another_adult_in_the_home_is_in_the_referral(chat: Chat, told: str, asked: str) -> None:
    chat.send(told)
    replies = chat.send(asked)
    said = texts(replies)
    assert _IN_OWN_RIGHT in said and "Adult social care" in said
    assert "couldn't find that" not in said and quoted(replies) == []


def test_a_child_in_the_home_gets_the_childrens_contacts(chat: Chat) -> None:
    chat.send(MR_B)
    said = texts(chat.send("what about his grandson, hes 12"))
    assert _CHILDREN_CARE in said
    assert _IN_OWN_RIGHT not in said


@pytest.mark.parametrize("asked", ["and what about the son", "what about the son, any ideas"])
def test_with_no_age_it_is_not_this_reply(chat: Chat, asked: str) -> None:
    chat.send(FIRE)
    assert _IN_OWN_RIGHT not in texts(chat.send(asked))


def test_with_no_signpost_before_it_it_is_not_this_reply(chat: Chat) -> None:
    assert _IN_OWN_RIGHT not in texts(chat.send("and what about the son, hes 40"))


@pytest.mark.usefixtures("warm_tmp_path")
def test_at_the_terminal_the_son_is_in_the_referral(tmp_path: Path) -> None:
    script = f"{FIRE}\nand what about the son, hes 40\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    asked = done.stdout.split("you> ")[2]
    assert _IN_OWN_RIGHT in asked and "Adult social care" in asked
