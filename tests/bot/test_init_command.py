"""`infoshare init`: an organisation's own packs, from answers typed or read from a file, then
the real chat with them."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest

from bot.init_command import ask_answers
from knowledge.flow_graph import all_paths
from knowledge.flow_pack import AnswerKey
from knowledge.loader import load_knowledge
from tests.support.environment import command_env, run_command
from tests.support.packs import builtin_knowledge

BUILTIN = builtin_knowledge()
WORDS = {
    AnswerKey.YES: "yes",
    AnswerKey.NO: "no",
    AnswerKey.REFUSED: "they refused",
    AnswerKey.UNSAFE_TO_ASK: "Not safe to ask",
    AnswerKey.NOT_ASKED: "4",
    AnswerKey.NOT_SURE: "i'm not sure",
}
NORTHSHIRE = """\
organisation: Northshire Council
procedures_name: Northshire Safeguarding Children Partnership procedures
procedures_url: https://northshire.example/procedures
contacts:
  safeguarding-lead:
    name: Sam Okafor
    phone: "01632 960 333"
  childrens-social-care:
    name: Northshire Children's Front Door
    phone: "01632 960 222"
    how: out of hours, the emergency duty team
  information-governance-lead:
    name: Priya Shah
    email: ig@northshire.example
privacy_team: the Northshire IG team
privacy_contact: ig@northshire.example
dpo_contact: dpo@northshire.example
log_retention: 90 days
support: the Northshire IT service desk (01632 960 100)
"""


def _infoshare(
    args: list[str], tmp_path: Path, stdin: str = "", **settings: str
) -> subprocess.CompletedProcess[str]:
    return run_command(args, command_env(tmp_path, **settings), tmp_path, stdin)


def _init_from(text: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    answers = tmp_path / "answers.yaml"
    answers.write_text(text, encoding="utf-8")
    return _infoshare(["init", "--from", str(answers), *extra], tmp_path)


def test_the_organisations_contacts_reach_the_signpost_and_the_seek_advice_outcome(
    tmp_path: Path,
) -> None:
    done = _init_from(NORTHSHIRE, tmp_path, "packs")
    assert done.returncode == 0, done.stderr
    assert "ok: 14 Q&A entries" in done.stdout
    assert "docs/going-live.md" in done.stdout
    steps, _ = next(p for p in all_paths(BUILTIN.flow) if p[1].kind == "seek-advice")
    script = ["she said her stepdad hits her", "check", *(WORDS[a] for _, a in steps)]

    chat = _infoshare(
        ["chat", "--json"],
        tmp_path,
        "\n".join(script) + "\n",
        INFOSHARE_PACKS=str(tmp_path / "packs"),
    )

    assert chat.returncode == 0, chat.stderr
    replies = [json.loads(line) for line in chat.stdout.splitlines()]
    signpost = next(r["text"] for r in replies if r["risk_of_harm"])
    assert "Sam Okafor (01632 960 333)" in signpost
    assert "Northshire Children's Front Door" in signpost
    assert "Your designated safeguarding lead" not in signpost
    advice = next(r["text"] for r in replies if r["outcome"] == "seek-advice")
    assert "Priya Shah (ig@northshire.example)" in advice
    assert "Sam Okafor" in advice
    assert "Your organisation's information-governance lead" not in advice


def test_the_packs_name_the_current_guidance_and_fill_in_the_privacy_notice(
    tmp_path: Path,
) -> None:
    done = _init_from(NORTHSHIRE, tmp_path, "packs")
    assert done.returncode == 0, done.stderr
    packs = load_knowledge(tmp_path / "packs")
    assert "safeguarding-practitioners-information-sharing-advice" in packs.about.precedence
    assert "https://northshire.example/procedures" in packs.about.precedence
    assert "Contact the Northshire IT service desk (01632 960 100)." in packs.about.support
    privacy = (tmp_path / "packs" / "PRIVACY.md").read_text(encoding="utf-8")
    assert "run by Northshire Council for its own" in privacy
    assert "Contact the Northshire IG team at **ig@northshire.example**" in privacy
    assert "**dpo@northshire.example**" in privacy
    assert "[your organisation" not in privacy.casefold()
    assert "[DPO e-mail address]" not in privacy


def test_the_worked_example_is_a_valid_qa_pack_once_renamed(tmp_path: Path) -> None:
    assert _init_from("", tmp_path, "packs").returncode == 0
    example = tmp_path / "packs" / "local-qa.yaml.example"
    assert "101" not in {str(e.number) for e in load_knowledge(tmp_path / "packs").entries}
    example.rename(example.with_suffix(""))
    added = load_knowledge(tmp_path / "packs").entry(101)
    assert added is not None
    assert added.question == "Who signs off sharing a case file with another agency?"


def test_typed_answers_may_be_skipped_with_enter(tmp_path: Path) -> None:
    typed = [
        "Westshire Health",  # organisation
        "The safeguarding team",  # safeguarding lead
        "ext. 1234, or the #safeguarding channel",
        "",  # children's front door: skipped
        "Adult Front Door",
        "https://westshire.example/adults",
        # the input ends here: every later question is skipped
    ]
    done = _infoshare(["init", "packs"], tmp_path, "\n".join(typed) + "\n")

    assert done.returncode == 0, done.stderr
    assert "Press Enter".casefold() in done.stdout.casefold()
    contacts = load_knowledge(tmp_path / "packs").contacts
    lead, adults = contacts.with_roles(("safeguarding-lead", "adult-social-care"))
    assert lead.name == "The safeguarding team"
    assert lead.how == "ext. 1234, or the #safeguarding channel"
    assert (adults.name, adults.url) == ("Adult Front Door", "https://westshire.example/adults")
    builtin_front_door = BUILTIN.contacts.with_roles(("childrens-social-care",))
    assert contacts.with_roles(("childrens-social-care",)) == builtin_front_door
    privacy = (tmp_path / "packs" / "PRIVACY.md").read_text(encoding="utf-8")
    assert "run by Westshire Health" in privacy
    assert "[DPO e-mail address]" in privacy
    assert load_knowledge(tmp_path / "packs").about.support == BUILTIN.about.support


@pytest.mark.parametrize(
    ("answers", "said"),
    [
        ("contacts:\n  lado:\n    name: LADO\n    email: not-an-address\n", "contacts.lado.email"),
        ("contacts:\n  head-teacher:\n    name: Ms Jones\n", "contacts.head-teacher"),
        ("organisation: [unclosed\n", "not valid YAML"),
        ("organization: Northshire\n", "organization: Extra inputs are not permitted"),
        ("- a list\n", "top level"),
    ],
)
def test_a_bad_answers_file_is_one_line_and_writes_nothing(
    answers: str, said: str, tmp_path: Path
) -> None:
    done = _init_from(answers, tmp_path, "packs")
    assert done.returncode == 2
    assert said in done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "packs").exists()


def test_a_missing_answers_file_is_one_line(tmp_path: Path) -> None:
    done = _infoshare(["init", "--from", "nowhere.yaml", "packs"], tmp_path)
    assert done.returncode == 2
    assert done.stderr == "infoshare init: cannot read nowhere.yaml (FileNotFoundError)\n"


def test_an_existing_folder_is_kept_unless_forced(tmp_path: Path) -> None:
    ours = tmp_path / "packs" / "contacts.yaml"
    ours.parent.mkdir()
    ours.write_text("kind: contacts\ncontacts:\n  - name: Our own\n", encoding="utf-8")

    refused = _init_from(NORTHSHIRE, tmp_path, "packs")
    assert refused.returncode == 2
    assert "--force" in refused.stderr
    assert "Our own" in ours.read_text(encoding="utf-8")

    forced = _init_from(NORTHSHIRE, tmp_path, "packs", "--force")
    assert forced.returncode == 0, forced.stderr
    assert "Sam Okafor" in ours.read_text(encoding="utf-8")


def test_each_pack_kind_publishes_a_json_schema(tmp_path: Path) -> None:
    done = _infoshare(["knowledge", "schema", "contacts"], tmp_path)
    assert done.returncode == 0, done.stderr
    schema = json.loads(done.stdout)
    assert set(schema["properties"]) == {"kind", "contacts", "lines"}  # lines: round 42
    assert "lado" in json.dumps(schema["$defs"]["Contact"])


def test_a_typed_answer_that_does_not_fit_is_skipped_and_said_so() -> None:
    typed = ["Westshire Health", *[""] * 7, "Our procedures", "westshire.example/procedures"]
    out = io.StringIO()
    answers = ask_answers(io.StringIO("\n".join(typed) + "\n"), out)
    assert answers.organisation == "Westshire Health"
    assert answers.procedures_name == "Our procedures"
    assert answers.procedures_url is None
    assert "did not look right: procedures_url" in out.getvalue()
