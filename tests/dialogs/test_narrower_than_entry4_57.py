"""Round 57 (quote240, issue 11 rule two): entry 4 is not quoted where it does not answer.

Entry 4's published answer says the decision to share rests on professional judgement, that
explicit consent is best practice sought early, and that where consent is refused, cannot be had
or is unsafe to seek the public interest is judged case by case. A question in its consent words
about a narrower matter is not answered by it (qa.yaml `narrower_matters`): whether to tell the
person, how to record the decision, who can consent (an age, on another's behalf), what to share.
A sentence that asks nothing and lays down a rule is a statement of policy, quoted nothing
(not-covered.yaml `instructs`); a claim put to be checked ("Consent is always required…") is
still answered. A formal request told two sentences before a very short question ("A solicitor
wrote asking for the file. The client refused consent. What now?") gets the formal-request
reply, as it did told one sentence before. Every conversation runs through the core the terminal
door runs; the messages are the writer's own.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted

_ENTRY_4 = [published_question(4)]


@pytest.mark.parametrize(
    "asked",
    [
        # telling the person, quoted entry 4 before this round
        "Should the person be informed when information is shared without their consent?",
        "Should the client be told when their information has been shared without consent?",
        "Do we have to let them know afterwards that we shared without their consent?",
        # recording the decision, who can consent, what to share
        "Should the decision to share without consent be documented?",
        "Can a young person aged 14 refuse consent to share?",
        "What information can I share without consent?",
        # how it is sent, parents who disagree
        "How should the information be shared once I have decided to share it without consent?",
        "What if one parent consents and the other refuses?",
    ],
)
def test_a_narrower_matter_is_not_quoted_entry_4(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []


@pytest.mark.parametrize(
    "stated",
    [
        "Practitioners should always seek consent before sharing information unless it is unsafe "
        "to do so.",
        "Staff must always ask for consent before sharing anything unless a child is at risk of "
        "harm.",
        "Consent should be sought at the start of our work with every family.",
        # a rule laid down after a condition
        "Consent to share information: a guide for volunteers. When you are asked for "
        "information about someone, you should ask them first.",
        "When you share without consent you must be able to justify it.",
    ],
)
def test_a_policy_stated_is_quoted_nothing(chat: Chat, stated: str) -> None:
    assert quoted(chat.send(stated)) == []


@pytest.mark.parametrize(
    "asked",
    [
        "Consent is always required before we share anything about anyone.",
        "When can I share without consent?",
        "Do I need consent to share a worry about a family?",
        "Is consent always needed before we share?",
        "How do I decide whether to share without consent?",
        "What should I weigh up before sharing without permission?",
        "When is it unsafe to ask for consent first?",
        "Would it be wrong to share if the person hasn't agreed?",
        # a condition, then a modal with its subject after it, still asks
        "if the parent refuses should i still share",
        "if consent is refused should we still share",
        "when should i ask for consent",
    ],
)
def test_entry_4_s_own_question_keeps_it(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == _ENTRY_4


@pytest.mark.parametrize(
    "told",
    [
        "A solicitor wrote asking for a copy of the file. The client refused consent. What now?",
        "The court has asked for our records. The family refuse consent. What now?",
    ],
)
def test_a_request_told_two_sentences_before_is_not_quoted_entry_4(chat: Chat, told: str) -> None:
    assert quoted(chat.send(told)) == []
