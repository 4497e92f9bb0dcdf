"""What people ask straight after the signpost gets an answer to that, not "Did you mean…".

Tried by the lead (round 25, `infoshare chat`): after a disclosure was signposted, "what if I'm
wrong?" got two unrelated suggestions, "should I ring the police" and "I don't know who our lead
is" got "I couldn't find that in the published Q&A". The follow-ups of
tests/dialogs/data/after_signpost.yaml were written before the replies; the same words with no
signpost before them keep the reply they always had.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dialogs.state import AFTER_SIGNPOST_TURNS, ConversationState
from knowledge.matching import Matcher, MatchResult
from tests.support.after_signpost import MARKS, FollowUp, fits, load
from tests.support.core import Chat, published_question, quoted, texts
from tests.support.environment import command_env, run_command

DISCLOSURES, FOLLOW_UPS = load()
_, VARIANTS = load(part="variants")
# The kinds answered only after a signpost (the others kept their reply from earlier rounds).
NEW = {"unsure", "police", "no-lead", "secret", "identity", "questioning", "record", "feelings"}
NEW |= {"alone"}  # round 37
CHILD = DISCLOSURES["child"]


def _ids(items: list[FollowUp]) -> list[str]:
    return [f"{i.kind}:{i.text}" for i in items]


@pytest.mark.parametrize("item", FOLLOW_UPS + VARIANTS, ids=_ids(FOLLOW_UPS + VARIANTS))
def test_a_follow_up_to_the_signpost_gets_the_reply_its_worry_wants(
    chat: Chat, item: FollowUp
) -> None:
    assert chat.send(DISCLOSURES[item.after])[0].risk_of_harm
    replies = chat.send(item.text)
    assert fits(item.kind, replies), texts(replies)
    assert quoted(replies) == [], "no published answer answers these"


@pytest.mark.parametrize(
    "item",
    [i for i in FOLLOW_UPS if i.kind in NEW],
    ids=_ids([i for i in FOLLOW_UPS if i.kind in NEW]),
)
def test_with_no_signpost_before_the_same_words_keep_their_reply(
    chat: Chat, item: FollowUp
) -> None:
    replies = chat.send(item.text)
    assert MARKS[item.kind].casefold() not in texts(replies).casefold()


def test_three_follow_ups_in_a_row_each_get_their_reply(chat: Chat) -> None:
    # The lead's three: each typed after the one before, not only straight after the signpost.
    chat.send(CHILD)
    assert fits("unsure", chat.send("what if I'm wrong?"))
    assert fits("police", chat.send("should I ring the police"))
    assert fits("no-lead", chat.send("I don't know who our lead is"))


def test_the_replies_stop_a_few_turns_after_the_signpost(chat: Chat) -> None:
    chat.send(CHILD)
    for _ in range(AFTER_SIGNPOST_TURNS):
        chat.send("ok")
    assert chat.state.after_signpost == 0
    assert not fits("unsure", chat.send("what if I'm wrong?"))


def test_a_new_disclosure_is_signposted_again_and_starts_the_turns_again(chat: Chat) -> None:
    chat.send(CHILD)
    chat.send("ok")
    chat.send("ok")
    replies = chat.send("her little brother says he gets hit too")
    assert replies[0].risk_of_harm
    assert chat.state.after_signpost == AFTER_SIGNPOST_TURNS
    chat.send("ok")
    chat.send("ok")
    assert fits("police", chat.send("do I call 999?"))


@pytest.mark.parametrize(
    "told", ["im scared of my brother he hurts me when mum is out", "i'm frightened of my husband"]
)
def test_fear_told_in_a_new_disclosure_is_the_persons_own_not_the_askers(
    chat: Chat, told: str
) -> None:
    chat.send(CHILD)
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    assert not fits("feelings", replies)


@pytest.mark.parametrize(
    ("asked", "number"),
    [
        ("what do I do if I'm not sure whether to share?", 4),
        ("why do staff feel unsure wether they can share lawfuly", 2),
    ],
)
def test_a_published_answer_that_answers_is_still_quoted(
    chat: Chat, asked: str, number: int
) -> None:
    chat.send(CHILD)
    assert quoted(chat.send(asked)) == [published_question(number)]


@pytest.mark.parametrize(
    ("asked", "quotes"),
    [
        ("why do staff feel unsure wether they can share lawfuly", True),  # "unsure"; entry 2
        ("what if I'm wrong?", False),  # a worry no entry answers: its own reply
        ("what is an ISP?", True),  # no worry: a question for the Q&A
    ],
)
def test_a_follow_up_is_matched_against_the_q_and_a_once(
    chat: Chat, monkeypatch: pytest.MonkeyPatch, asked: str, quotes: bool
) -> None:
    # The match that keeps a published answer's quote is the one quoted, not made again.
    chat.send(CHILD)
    calls: list[str] = []
    match = Matcher.match

    def counted(self: Matcher, text: str, *args: Any, **kwargs: Any) -> MatchResult:
        calls.append(text)
        return match(self, text, *args, **kwargs)

    monkeypatch.setattr(Matcher, "match", counted)
    replies = chat.send(asked)
    assert calls == [asked]
    assert bool(quoted(replies)) is quotes


def test_in_a_consent_check_the_reply_comes_with_the_question_still_waiting(chat: Chat) -> None:
    chat.send("check")
    chat.send("yes")
    assert chat.state.check is not None
    step = chat.state.check.step
    chat.send("my client told me her husband hits her")
    replies = chat.send("what if I'm wrong?")
    assert fits("unsure", replies)
    assert chat.state.check.step == step and chat.state.check.answered(step) is None
    assert "Key question 2" in replies[-1].text, "the waiting question is asked again"


def test_telling_the_family_after_a_signpost_offers_the_check_safeguarding_first(
    chat: Chat,
) -> None:
    chat.send(CHILD)
    assert fits("tell-family", chat.send("do I tell her mum?"))
    assert chat.state.offered
    assert "Key question 1" in texts(chat.send("yes")), "yes takes the offer up"


def test_the_count_survives_the_store_and_a_bad_one_is_never_trusted() -> None:
    state = ConversationState(after_signpost=2)
    assert ConversationState.from_json(state.to_json()) == state
    assert "after_signpost" not in ConversationState().to_json()
    for bad, read in ((99, AFTER_SIGNPOST_TURNS), (-1, 0), ("3", 0), (True, 0)):
        data = state.to_json() | {"after_signpost": bad}
        assert ConversationState.from_json(data).after_signpost == read


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_answers_the_lead_s_follow_ups(tmp_path: Path) -> None:
    script = (
        f"{CHILD}\nwhat if I'm wrong?\nshould I ring the police\nI don't know who our lead is\n"
    )
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    turns = done.stdout.split("you> ")
    assert "Follow your child protection procedures now" in turns[1]
    assert turns[2].startswith(MARKS["unsure"])
    assert turns[3].startswith(MARKS["police"])
    assert MARKS["no-lead"] in turns[4].split("\n")[0]
    assert "Did you mean" not in done.stdout
    assert "I couldn't find that" not in done.stdout


def test_a_later_request_hears_the_caution_for_the_case_it_was_told_in(chat: Chat) -> None:
    # Round 30 (a practitioner trial): every "can I share…?" for the rest of the conversation was
    # told "Because of what you've described…", though it might be about someone else.
    chat.send("a girl in my class told me her stepdad hits her with a belt")
    soon = texts(chat.send("can I tell her mum?"))
    assert "Because of what you've described, speak to your designated safeguarding lead" in soon
    for question in ("what is an ISP?", "who is the guidance for?", "what are the golden rules?"):
        chat.send(question)
    assert chat.state.after_signpost == 0
    later = texts(chat.send("can I send a new baby's visit summary to the school nurse?"))
    assert "If this is about what you described earlier, speak to your designated" in later
    assert "Because of what you've described" not in later


@pytest.mark.parametrize(
    "question",
    [
        "can I send the match report to the league?",
        "can I share the players' medical forms with the tournament organisers?",
        "our domestic abuse policy needs updating, who should I share the draft with?",
    ],
)
def test_a_new_matter_just_after_a_signpost_hears_the_caution_hedged(
    chat: Chat, question: str
) -> None:
    # Round 31 (a practitioner trial): straight after a disclosure, a request about something new
    # was told "Because of what you've described…" as if it were the same case.
    chat.send("a boy in my team says his dad hits him when he's drunk")
    said = texts(chat.send(question))
    assert "If this is about what you described earlier, speak to your designated" in said
    assert "Because of what you've described" not in said


@pytest.mark.parametrize("question", ["can I tell his mum?", "should I let them know at school?"])
def test_a_request_pointing_back_just_after_a_signpost_hears_it_plainly(
    chat: Chat, question: str
) -> None:
    chat.send("a boy in my team says his dad hits him when he's drunk")
    said = texts(chat.send(question))
    assert "Because of what you've described, speak to your designated safeguarding lead" in said
