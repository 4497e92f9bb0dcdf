"""Round 37 (q39): a follow-up naming a party ("what about the police?", "and schools?", "what if
it's the GP asking?") just after a topic the 2008 Q&A doesn't cover got "that sounds like part of
your last question… ask it in full" and the topic's reply again. Now the topic's reply is given as
theirs too when it names them, and otherwise the reply says plainly that the Q&A doesn't cover
that for them either and what the assistant can offer. Never a quote; the state keeps the topic's
id for one turn, never the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, quoted, texts
from tests.support.environment import command_env, run_command

RECORDS = "how long should we keep safeguarding records?"
SOLICITOR = "a solicitor has sent a letter asking for our notes"
FGM = "do we have to report FGM?"
PHOTOS = "can i share photos of the kids on our private facebook group for parents"
STILL = "That sounds like part of your last question"
FORMAL = "Don't release anything yet"


@pytest.mark.parametrize(
    ("follow_up", "name"),
    [
        ("what about the police?", "the police"),
        ("and schools?", "schools and teachers"),
        ("what if it's the GP asking?", "the GP"),
        ("and the parents?", "parents"),
        ("what if the court asks for them", "courts and solicitors"),
    ],
)
def test_a_party_the_topic_says_nothing_of_gets_what_can_be_offered(
    chat: Chat, follow_up: str, name: str
) -> None:
    chat.send(RECORDS)
    assert chat.state.declined == "retention"
    replies = chat.send(follow_up)
    said = texts(replies)
    assert quoted(replies) == []
    assert said.startswith(f"The 2008 Q&A doesn't cover that for {name} either")
    assert "ask me your question about" in said and "**check**" in said
    assert STILL not in said and "how long to keep records" not in said
    assert chat.state.declined is None


@pytest.mark.parametrize(
    ("first", "follow_up", "name", "topic_says"),
    [
        (SOLICITOR, "what about the police?", "the police", FORMAL),
        (SOLICITOR, "and the police?", "the police", FORMAL),
        (FGM, "what about teachers?", "schools and teachers", "known cases of FGM"),
        (FGM, "and social workers?", "social care", "known cases of FGM"),
    ],
)
def test_a_party_the_topic_names_gets_its_reply_as_theirs_too(
    chat: Chat, first: str, follow_up: str, name: str, topic_says: str
) -> None:
    chat.send(first)
    replies = chat.send(follow_up)
    said = texts(replies)
    assert quoted(replies) == []
    assert said.startswith(f"That goes for {name} too: the 2008 Q&A doesn't cover it")
    assert topic_says in said


@pytest.mark.parametrize(
    "follow_up",
    ["what if one of the parents says no", "and the parents said it was fine to share"],
)
def test_a_follow_up_telling_more_than_a_party_is_read_as_before(
    chat: Chat, follow_up: str
) -> None:
    chat.send(PHOTOS)
    said = texts(chat.send(follow_up))
    assert "either" not in said.split("\n")[0]
    assert "That goes for" not in said


def test_and_a_party_with_no_topic_declined_is_a_question_of_its_own(chat: Chat) -> None:
    said = texts(chat.send("and schools?"))
    assert "doesn't cover that for" not in said


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_follow_up_naming_a_party_at_the_terminal(tmp_path: Path) -> None:
    script = f"{RECORDS}\nwhat about the police?\n{SOLICITOR}\nand the police?\nbye\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    turns = done.stdout.split("you> ")
    assert turns[2].startswith("The 2008 Q&A doesn't cover that for the police either")
    assert turns[4].startswith("That goes for the police too")
    assert FORMAL in turns[4]


@pytest.mark.parametrize("follow_up", ["what about?", "and what if", "how about"])
def test_a_follow_up_of_its_lead_alone_is_still_the_topic(chat: Chat, follow_up: str) -> None:
    """Matched on its own, "what about?" was quoted entry 7 (the guidance's purpose)."""
    chat.send(RECORDS)
    replies = chat.send(follow_up)
    assert quoted(replies) == []
    assert texts(replies).startswith(STILL)
