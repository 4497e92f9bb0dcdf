"""An entry is quoted only for a question about what its answer is about (its `about`).

Practitioners ask the published questions' kinds of thing about other things: why early help
matters, what children think about being in care, what the ICO is for. Each message below was
quoted an entry before the rule (round 10's probes, written as practitioners type).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knowledge.loader import KnowledgeError, builtin_packs_dir, load_knowledge
from tests.support.core import Chat, quoted
from tests.support.packs import builtin_knowledge


@pytest.mark.parametrize(
    "message",
    [
        "why is early help important?",
        "What are the benefits of early help?",
        "why is multi agency working important?",
        "why is it important to listen to the child?",
        "what is the aim of early help?",
        "What is the purpose of the ICO?",
        "what do families think about early help?",
        "what do children think about being in care?",
        "what are young people's views on sexting?",
        "why do young people not trust professionals?",
        "does the policy apply to volunteers?",
        "does GDPR apply to small charities?",
        "how has the safeguarding policy been developed?",
        "how was working together developed?",
        "how does our policy relate to the LSCB procedures?",
        "what training do staff need on information sharing?",
        "what factors should I consider when writing a chronology?",
        "how do I know if a child is at risk?",
        "what are the key factors to consider in a risk assessment?",
        "how should we support families who refuse help?",
        # other kinds of protocol than one for sharing information
        "what is a joint working protocol?",
        "what is the hospital discharge protocol?",
        "what is the difference between a protocol and a policy?",
        "what is the difference between an ISP and a DPIA?",
    ],
)
def test_the_same_ask_about_something_else_quotes_nothing(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("why is information sharing important in maternity care?", 1),
        ("what do young people think about confidentiality?", 5),
        ("is the guidance for volunteers as well?", 9),
        # round 55 (quote212): entry 14 is about sharing only; a complaint with no sharing
        # named ("…if a family complains?") is held, the entry one press away
        ("how should my organisation support me if a family complains that I shared?", 14),
        ("what is a housing information sharing protocol?", 12),
        ("What does ISP stand for?", 12),
        ("how do I decide whether it's in the public interest?", 4),
        ("what is included in the case examples?", 8),
        ("what materials are there for training?", 8),
        ("why is it important for agencies to talk to each other?", 1),
        ("what's the decision based on?", 4),
        ("what if the young person says no?", 4),
        # the story names what the question is about
        (
            "Social worker here, mum has refused consent for the referral but I'm worried about "
            "neglect. what are the key factors?",
            4,
        ),
        ("why does it matter?", 1),
        ("what do kids reckon?", 5),
        # the question leans on the story before it for what it is about
        (
            "I'm new to a family support role and my manager keeps going on about sharing info "
            "with partner agencies. Why is it considered so important?",
            1,
        ),
        (
            "Our managers keep warning us about ICO fines and now everyone is scared to share "
            "anything. What should the organisation be doing instead?",
            14,
        ),
    ],
)
def test_a_question_naming_what_the_entry_is_about_is_still_answered(
    chat: Chat, message: str, number: int
) -> None:
    entry = builtin_knowledge().entry(number)
    assert entry is not None
    assert quoted(chat.send(message)) == [entry.question]


def test_an_entry_about_an_object_the_packs_do_not_list_is_named(tmp_path: Path) -> None:
    qa = yaml.safe_load((builtin_packs_dir() / "qa.yaml").read_text())
    own = {**qa["entries"][0], "number": 15, "about": ["sharing", "weather"]}
    qa["entries"] = [own]
    (tmp_path / "qa.yaml").write_text(yaml.safe_dump(qa, sort_keys=False))
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    assert list(caught.value.problems) == [
        "entry 15 is about 'weather', which the not-covered pack's objects do not list"
    ]
