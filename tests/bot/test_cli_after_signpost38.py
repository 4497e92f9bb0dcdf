"""At the terminal, the conversation after a signpost (tryout38 #4, #7, #8, #15), each as the
trial typed it into `infoshare chat`: talking oneself out of reporting gets the line held;
children added after an adult's signpost widen the contacts; a young carer's follow-ups get kind
answers, not the same block; "can u start the check" starts it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.environment import command_env, run_command

SUPERVISOR = (
    "lunchtime supervisor, a girl in yr 2 never eats and today she said her step mum doesnt let "
    "her eat at home if she's been bad, she's tiny"
)
ADVISER = (
    "employment adviser - my client (28) came in with a black eye, says her partner did it and "
    "he checks her phone"
)
CARER = (
    "hi im 16 and i care for my mum, shes got bipolar and when shes not well she drinks and takes "
    "loads of her pills and last night she said she wanted to die and i had to hide her tablets. "
    "is it ok if i tell my teacher or will they tell everyone"
)


def _chat(tmp_path: Path, *lines: str) -> list[str]:
    """The replies to `lines`, one a turn (the greeting dropped)."""
    done = run_command(["chat"], command_env(tmp_path), tmp_path, "\n".join(lines) + "\nquit\n")
    assert done.returncode == 0, done.stderr
    return done.stdout.split("you> ")[1:]


@pytest.mark.usefixtures("warm_tmp_path")
def test_talking_oneself_out_of_reporting(tmp_path: Path) -> None:
    said = _chat(
        tmp_path,
        SUPERVISOR,
        "my colleague says the family are lovely and its nothing",
        "ok so is it ok to not report it then?",
        "i dont want to get anyone in trouble, can i just keep an eye on her",
    )
    assert "at risk of harm" in said[0]
    for reply in said[1:4]:
        assert reply.startswith("Please still tell your safeguarding lead today"), reply
        assert "couldn't find" not in reply and "Did you mean" not in reply


@pytest.mark.usefixtures("warm_tmp_path")
def test_children_added_after_an_adults_signpost(tmp_path: Path) -> None:
    said = _chat(
        tmp_path,
        ADVISER,
        "oh and she has 2 little kids at home with him",
        "sorry one more thing, she's 6 months pregnant",
    )
    assert "an adult is at risk" in said[0] and "(MASH)" not in said[0]
    for reply in said[1:3]:
        assert "That adds children at risk" in reply and "(MASH)" in reply, reply


@pytest.mark.usefixtures("warm_tmp_path")
def test_a_young_carers_follow_ups(tmp_path: Path) -> None:
    said = _chat(
        tmp_path,
        CARER,
        "will i get taken into care",
        "what if she gets angry that i told",
        "thanks",
    )
    assert "Childline" in said[0] and "If the person you look after has taken too many" in said[0]
    assert len(set(said[1:4])) == 3, "not the same block each time"
    assert said[3].startswith("You're welcome")


@pytest.mark.usefixtures("warm_tmp_path")
def test_can_u_start_the_check_after_a_signpost(tmp_path: Path) -> None:
    said = _chat(tmp_path, ADVISER, "can u start the check", "yes")
    assert "Key question 1" in said[1]
    assert "no question waiting" not in said[2] and "Key question 2" in said[2]
