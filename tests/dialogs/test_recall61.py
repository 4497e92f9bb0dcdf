"""Round 61 (recall282, issue 11 rule two): the Data Protection Act entry in people's own words.

Reach: the Act's answer (no barrier, a framework for sharing appropriately) holds wherever the
sharing is, as it holds whoever is told: "does data protection stop a college sharing…?" names a
setting after the sharing words, and is the Act's question (the protocols' entries likewise);
data protection set against safeguarding ("how do they fit together?", "which comes first?",
"is there a clash…?") asks what the answer gives.

Restraint: the same settings doing something other than sharing (keeping records, CCTV,
research, retention), and data protection set against something other than keeping people safe
(marketing, health and safety, freedom of information), stay unquoted. Every conversation runs
through the core the terminal door runs; the messages are the writer's own.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    "asked",
    [
        "Does data protection stop a college from sharing information about a student?",
        "Can the DPA stop a care home passing information to the district nurse?",
        "Is data protection a barrier to a prison sharing information with probation?",
        "Does the DPA stop a refuge sharing information with other agencies?",
        "Is it against data protection law for a clinic to pass concerns on to social services?",
        "How do data protection and safeguarding fit together?",
        "How do I balance data protection with safeguarding?",
        "Is there a clash between the Data Protection Act and safeguarding?",
        "Which comes first, data protection or safeguarding?",
        "Is there a tension between the Data Protection Act and protecting vulnerable adults?",
    ],
)
def test_the_act_s_question_in_a_setting_or_set_against_safeguarding_is_quoted_it(
    chat: Chat, asked: str
) -> None:
    assert quoted(chat.send(asked)) == [published_question(3)]


@pytest.mark.parametrize(
    "asked",
    [
        "Does data protection stop a college keeping records of students' grades?",
        "Does the DPA stop a care home putting CCTV in the lounge?",
        "Does GDPR stop a university using student data for research?",
        "Does data protection stop a surgery sending appointment reminders by text message?",
        "Does the DPA apply to a church's mailing list?",
        "How do I balance data protection with our marketing plans?",
        "Do data protection and health and safety rules conflict?",
        "How do GDPR and freedom of information fit together?",
        "Does a child's refusal override the parents' consent?",
        # a setting in a question that tells of no sharing (the lead, round 61's merged build)
        "which care homes have signed our ISP?",
        "Which surgeries are part of the ISP?",
    ],
)
def test_a_near_miss_in_the_same_words_is_quoted_nothing(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []
