"""Questions naming an entry's subject but asking what its published answer does not say
(round 12's probes, docs/matcher.md): each was quoted an entry before its kind of ask was
read, and gets no quote now; the entry stays one press away as a related question."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from knowledge.matching import NotCoveredPack
from knowledge.matching.asks import Asks
from knowledge.matching.text import words
from tests.support.core import Chat, quoted
from tests.support.environment import command_env, run_command
from tests.support.packs import builtin_knowledge

ASKED_ELSEWHERE = [
    # what the law does to the one who shares (`consequence`)
    "can I be prosecuted for sharing information without consent?",
    "will I be struck off if I share a patient's information without consent?",
    "can our school be fined under the data protection act?",
    "how is the data protection act enforced?",
    # trouble at work is the organisation's support (`backing`), not the entry on deciding
    "could I be sacked for sharing information without consent?",
    "can I get into trouble for sharing information without consent?",
    # a person or body who does something now (`whom_to_ask`, and "who" opening the question)
    "who enforces the data protection act?",
    "who monitors whether organisations follow the information sharing guidance?",
    # a date or a count (`date`, `count`)
    "when was the information sharing guidance published?",
    "when did the data protection act come into force?",
    "when will the information sharing guidance be updated again?",
    "how many people were consulted on the revised guidance?",
    # the force of law (`status`), what comes after sharing (`afterwards`), rights (`rights`)
    "is the information sharing guidance statutory?",
    "is an information sharing protocol legally binding?",
    "what should I do after I've shared information without consent?",
    "what rights do families have under the data protection act?",
    # what another document holds or how it came about (`content`, `making`: strict kinds
    # answered by the entries on the guidance's package and on protocols)
    "how was the Data Protection Act developed?",
    "what does the Data Protection Act include?",
    # the same classes in other words (probe batch 4)
    "what happens if I get it wrong and share without consent?",
    "is breaching the data protection act a criminal offence?",
    "what's the maximum fine under the data protection act?",
    "in which year was the information sharing guidance first published?",
    # what a law says about the case told before the question (`about_the_case`)
    "Charity trustee. Our volunteers use their own phones for client contact. What does the "
    "Data Protection Act say about that?",
    # a kind no entry answers further on than the first ask ("what are…")
    "what are the penalties for breaking the Data Protection Act?",
    # the form consent takes (`form`: only the entry on written protocols answers it)
    "Consent to share must always be in writing.",
    # a claim checked after the story: its asks are read in the claim (`current`)
    "They told us on a course that the DPA 1998 doesn't apply any more. Is that right?",
    # "who" asked of a text, and what something costs (probe batch 6)
    "does the guidance say who in a school should make sharing decisions?",
    "is the pocket guide free?",
    # an IT supplier is a subject no entry speaks of
    "School business manager. We want to move our pupil records to a new cloud system. Do we "
    "need an information sharing protocol with the supplier?",
]


def _question(number: int) -> str:
    entry = builtin_knowledge().entry(number)
    assert entry is not None
    return entry.question


@pytest.mark.parametrize("message", ASKED_ELSEWHERE)
def test_a_question_asking_what_no_published_answer_says_is_quoted_nothing(
    chat: Chat, message: str
) -> None:
    replies = chat.send(message)
    assert quoted(replies) == []
    assert any(r.choices for r in replies), "the nearest entry stays one press away"


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_quotes_none_of_them(tmp_path: Path) -> None:
    script = "\n".join(ASKED_ELSEWHERE) + "\n"
    env = command_env(tmp_path)
    done = run_command(["ask", "--json", "-"], env, tmp_path, script)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) == len(ASKED_ELSEWHERE)
    assert [line["answer"] for line in lines] == [None] * len(ASKED_ELSEWHERE)


@pytest.mark.parametrize(
    ("message", "number"),
    [
        # "who" opening a question the entry's answer names people or bodies for
        ("who developed the revised guidance?", 8),
        ("who was consulted when the guidance was revised?", 8),
        ("Who are the parties to an information sharing protocol and what do they agree to?", 12),
        ("who is the information sharing guidance aimed at?", 9),
        # "who" further on is a relative, not the ask
        (
            "What should leaders and managers be doing to support staff who have to make "
            "information sharing decisions?",
            14,
        ),
        # trouble said of others is the story, not the ask
        (
            "ppl are scared to share anything in case they get in trouble, is that why "
            "there's guidance now?",
            2,
        ),
        # what goes into a protocol, and what the guidance's package includes
        ("What goes into an information sharing agreement between two organisations?", 12),
        ("what does the revised guidance include?", 8),
        ("how was the revised information sharing guidance developed?", 8),
        # what others think about the story is still their view
        (
            "school counsellor: if I tell children up front that I might have to pass on what "
            "they say, will they still open up to me? what do young people actually think "
            "about that?",
            5,
        ),
        # "when can I share…?" asks how to decide, not a date
        ("When should I get consent to share information?", 4),
    ],
)
def test_asks_an_entry_answers_are_still_quoted(chat: Chat, message: str, number: int) -> None:
    assert quoted(chat.send(message)) == [_question(number)]


def test_person_asks_must_be_kinds_of_ask() -> None:
    with pytest.raises(ValidationError, match="person_asks names kinds"):
        NotCoveredPack.model_validate(
            {"kind": "not-covered", "asks": {"who": ["who"]}, "person_asks": ["wizard"]}
        )


def test_every_kind_of_ask_in_a_question_is_read_not_only_the_first() -> None:
    asks = Asks({"definition": ["what are"], "consequence": ["penalties"], "reason": ["why"]})
    question = words("what are the penalties for breaking the act")
    assert asks.of(question) == "definition"
    assert asks.all_of(question) == {"definition", "consequence"}
    assert asks.all_of(words("how do I share")) == frozenset()
