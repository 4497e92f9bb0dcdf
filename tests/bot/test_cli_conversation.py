"""`infoshare ask` and `infoshare chat`: the real command, driven over its pipes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from adapters.console import AS_ABOVE
from knowledge.flow_graph import all_paths
from knowledge.flow_pack import AnswerKey
from tests.support.environment import command_env, run_command
from tests.support.network import free_port
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()


def _run(args: list[str], stdin: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return run_command(args, command_env(tmp_path), tmp_path, stdin)


@pytest.mark.usefixtures("warm_tmp_path")
def test_ask_json_answers_every_published_question_with_its_own_number(tmp_path: Path) -> None:
    questions = "\n".join(e.question for e in KNOWLEDGE.entries) + "\n"
    done = _run(["ask", "--json", "-"], questions, tmp_path)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["answer"]["number"] for line in lines] == [e.number for e in KNOWLEDGE.entries]
    assert set(lines[0]) == {"question", "answer", "suggestions", "risk_of_harm", "signpost"}
    assert not any(line["signpost"] for line in lines)
    assert not any(line["risk_of_harm"] for line in lines)
    assert set(lines[0]["answer"]) == {"number", "question", "score"}


@pytest.mark.usefixtures("warm_tmp_path")
def test_ask_prints_the_quoted_answer_with_its_source(tmp_path: Path) -> None:
    done = _run(["ask", "what are the implications of the DPA?"], "", tmp_path)
    assert done.returncode == 0, done.stderr
    assert KNOWLEDGE.entries[2].answer in done.stdout
    assert "October 2008, question 3" in done.stdout


@pytest.mark.usefixtures("warm_tmp_path")
def test_ask_json_says_when_the_signpost_was_given(tmp_path: Path) -> None:
    questions = "she'll hurt the baby\nwhat is an ISP?\nwhat counts as neglect?\n"
    done = _run(["ask", "--json", "-"], questions, tmp_path)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["risk_of_harm"] for line in lines] == [True, False, False]
    assert lines[1]["answer"]["number"] == 12
    # a script that renders only the JSON shows the signpost (tryout123 #9): its text, first
    assert lines[0]["answer"] is None
    assert "protection procedures now" in lines[0]["signpost"]
    assert [line["signpost"] is None for line in lines] == [False, True, True]


@pytest.mark.usefixtures("warm_tmp_path")
def test_ask_leads_with_the_signpost_then_answers_the_question(tmp_path: Path) -> None:
    done = _run(["ask", "older lads gave my pupil a phone. What is an ISP?"], "", tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("What you've described may mean a child is at risk of harm.")
    assert "call 999" in done.stdout
    assert KNOWLEDGE.entries[11].answer in done.stdout


@pytest.mark.usefixtures("warm_tmp_path")
def test_chat_json_marks_the_signpost_reply_that_leads_the_first_answer(tmp_path: Path) -> None:
    # a practitioner's telling ("he said if I tell anyone he'll hurt my mum" is the writer's own
    # since round 52, voice181, and gets their privacy words)
    script = (
        "a pupil told me her stepdad said he'll hurt her mum if she tells anyone\nwhat is an ISP?\n"
    )
    done = _run(["chat", "--json"], script, tmp_path)
    assert done.returncode == 0, done.stderr
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    assert replies[0]["risk_of_harm"] is True
    assert "protection procedures now" in replies[0]["text"]
    assert "identify" in replies[1]["text"]  # the privacy reminder comes after it
    assert [r["risk_of_harm"] for r in replies].count(True) == 1
    assert replies[-1]["card"]["body"] == KNOWLEDGE.entries[11].answer


PATHS = all_paths(KNOWLEDGE.flow)
WORDS = {
    AnswerKey.YES: "Yes",
    AnswerKey.NO: "no",
    AnswerKey.REFUSED: "they refused",
    AnswerKey.UNSAFE_TO_ASK: "Not safe to ask",
    AnswerKey.NOT_ASKED: "4",
    AnswerKey.NOT_SURE: "i'm not sure",
}


def _typed(step: str, answer: AnswerKey) -> str:
    question = KNOWLEDGE.flow.question(step)
    full = question is not None and answer in question.typed_asks
    return "she agreed" if full and answer is AnswerKey.YES else WORDS[answer]


@pytest.mark.usefixtures("warm_tmp_path")
@pytest.mark.parametrize("path", PATHS, ids=[o.id + str(len(s)) for s, o in PATHS])
def test_a_scripted_chat_reaches_the_right_outcome_with_a_full_record(path, tmp_path: Path) -> None:
    steps, outcome = path
    # Answers by label, by typed word and by number, as a person at a terminal might.
    # Where a bare answer typed whole is asked again (the flow's `typed_asks`), words saying it.
    script = ["check", *(_typed(s, a) for s, a in steps)]
    done = _run(["chat", "--json"], "\n".join(script) + "\n", tmp_path)
    assert done.returncode == 0, done.stderr
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    for reply in replies:
        assert set(reply) == {
            "text",
            "choices",
            "card",
            "outcome",
            "record",
            "risk_of_harm",
            "form",
        }
        assert reply["risk_of_harm"] is False
    outcomes = [r["outcome"] for r in replies if r["outcome"]]
    assert outcomes == [outcome.kind]
    record = next(r["record"] for r in replies if r["record"])
    assert record["outcome"] == outcome.kind
    assert len(record["answers"]) == len(steps)
    for (step, answer), given in zip(steps, record["answers"], strict=True):
        question = KNOWLEDGE.flow.question(step)
        assert question is not None
        assert given == {
            "number": question.number,
            "question": question.text,
            "answer": question.label(answer),
        }


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_record_is_filled_in_at_the_terminal_one_prompt_per_field(tmp_path: Path) -> None:
    _, outcome = next(p for p in PATHS if p[1].id == "share-with-consent")
    script = ["check", "yes", "yes", "yes", "yes", "Fill in the record here"]
    fields = KNOWLEDGE.flow.fields_of(outcome)
    typed = ["1" if f.options else f"typed {f.id}" for f in fields]
    done = _run(["chat"], "\n".join([*script, *typed, "quit"]) + "\n", tmp_path)
    assert done.returncode == 0, done.stderr
    for field in fields:
        assert f"{field.label}" in done.stdout
        shown = next(iter(field.options.values())) if field.options else f"typed {field.id}"
        assert f"{field.label}:\n  {shown}" in done.stdout
    assert "haven't kept what you typed" in done.stdout


@pytest.mark.usefixtures("warm_tmp_path")
def test_chat_survives_hostile_input_without_a_traceback(tmp_path: Path) -> None:
    junk = ["", "\x00\x07\x1b[2J", "x" * 50_000, "<!channel>", "💥" * 100, "check", "¿¿ ??", "yes"]
    done = _run(["chat", "--json"], "\n".join(junk) + "\n", tmp_path)
    assert done.returncode == 0
    assert "Traceback" not in done.stderr
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    assert "Key question 2" in replies[-1]["text"]


@pytest.mark.usefixtures("warm_tmp_path")
def test_interactive_chat_greets_numbers_choices_and_quits(tmp_path: Path) -> None:
    done = _run(["chat"], "1\nquit\n", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1) Start a consent check" in done.stdout
    assert "Key question 1" in done.stdout


@pytest.mark.usefixtures("warm_tmp_path")
def test_only_the_last_choices_of_a_turn_are_numbered(tmp_path: Path) -> None:
    # tryout33/33b: mid-check, "who do I ask" showed "1) Browse topics" just above "1) Yes", and
    # "1" answered Yes.
    done = _run(["chat"], "check\nwho do I ask\nquit\n", tmp_path)
    assert done.returncode == 0, done.stderr
    asked = done.stdout[done.stdout.rindex("Who to ask") :]
    assert "  • Browse topics" in asked and "1) Browse topics" not in asked
    assert "  1) Yes" in asked


@pytest.mark.usefixtures("warm_tmp_path")
def test_bad_settings_are_reported_plainly(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("INFOSHARE_DIALOG_TTL_HOURS=-3\n")
    done = _run(["ask", "hi"], "", tmp_path)
    assert done.returncode == 2
    assert "INFOSHARE_DIALOG_TTL_HOURS" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.usefixtures("warm_tmp_path")
def test_serve_without_a_signing_secret_refuses_plainly(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("SLACK_BOT_TOKEN=xoxb-test-secret-token\n")
    done = _run(["serve", "--port", str(free_port())], "", tmp_path)
    assert done.returncode == 2
    assert "SLACK_SIGNING_SECRET" in done.stderr
    assert "Traceback" not in done.stderr
    assert "xoxb-test-secret-token" not in done.stderr + done.stdout


def _before_first_prompt(stdout: str) -> str:
    return stdout.split("you> ", 1)[0]


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_welcome_says_how_to_leave(tmp_path: Path) -> None:
    done = _run(["chat"], "", tmp_path)
    assert done.returncode == 0, done.stderr
    welcome = _before_first_prompt(done.stdout)
    assert "bye" in welcome
    assert "Ctrl-D" in welcome


@pytest.mark.usefixtures("warm_tmp_path")
@pytest.mark.parametrize("asking", ["help", "Help please"])
def test_help_at_the_terminal_says_how_to_leave(asking: str, tmp_path: Path) -> None:
    done = _run(["chat"], f"{asking}\n", tmp_path)
    assert done.returncode == 0, done.stderr
    after_help = done.stdout.split("you> ")[1]
    assert "What I can do" in after_help
    assert "(To leave, type bye or quit, or press Ctrl-D.)" in after_help


@pytest.mark.usefixtures("warm_tmp_path")
@pytest.mark.parametrize(
    "leaving", ["bye", "Goodbye!", "thanks, bye", "thank you, goodbye", "quit"]
)
def test_saying_goodbye_ends_the_chat_politely(leaving: str, tmp_path: Path) -> None:
    done = _run(["chat"], f"{leaving}\ncheck\n", tmp_path)
    assert done.returncode == 0, done.stderr
    after = done.stdout.split("you> ", 1)[1]
    assert after.strip() == "Goodbye. To talk again, run: infoshare chat"
    assert "Key question 1" not in done.stdout


@pytest.mark.usefixtures("warm_tmp_path")
def test_a_first_hello_does_not_print_the_welcome_twice(tmp_path: Path) -> None:
    done = _run(["chat"], "hi\n2\n", tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Hello! I help you decide") == 1
    assert AS_ABOVE in done.stdout
    # The welcome's choices still stand: 2 is "Browse topics".
    assert KNOWLEDGE.entries[0].question in done.stdout


@pytest.mark.usefixtures("warm_tmp_path")
def test_a_new_question_with_the_same_reply_gets_it_in_full(tmp_path: Path) -> None:
    # Round 30 (a practitioner trial): the line pointing up came after new questions, mid-check in
    # place of the question and after a second signpost; only the welcome again is pointed at.
    lines = "how do I bake a sponge cake?\nhow do I bake a fruit cake?\ncheck\nwhy?\nhi\n"
    done = _run(["chat"], lines, tmp_path)
    assert done.returncode == 0, done.stderr
    assert AS_ABOVE not in done.stdout
    assert done.stdout.count("I can only help with sharing information about people") == 2
    after_why = done.stdout.split("you> ")[4]
    assert "Key question 1" in after_why


@pytest.mark.usefixtures("warm_tmp_path")
def test_topics_lists_the_questions_once_and_a_number_picks_one(tmp_path: Path) -> None:
    done = _run(["chat"], "topics\n12\n", tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(KNOWLEDGE.entries[13].question) == 1
    assert KNOWLEDGE.entries[11].answer in done.stdout


@pytest.mark.usefixtures("warm_tmp_path")
def test_chat_lists_the_key_questions_mid_check_and_keeps_the_place(tmp_path: Path) -> None:
    done = _run(["chat"], "check\nyes\nwhat are the key questions?\nquit\n", tmp_path)
    assert done.returncode == 0, done.stderr
    shown = done.stdout
    for number, question in enumerate(KNOWLEDGE.flow.key_questions(), 1):
        assert f"{number}. {question}" in shown
    assert "already part-way" not in shown
    assert shown.rstrip().count("Key question 2") >= 2  # asked, then asked again after the list
