"""Round 58 (quote250, issue 11 rule two): a request someone made is not entry 4's question.

Entry 4's published answer says how to decide whether to share: judgement, consent as best
practice, the public interest where consent is refused. A message telling of someone asking for a
person's information (the police at the door, an insurer's letter, a dad wanting the reports,
another school ringing) asks how to answer that request, told as a story before "what now?" or in
the question itself (qa.yaml `requests_told`). The police or a court get the formal-request reply;
anyone else the case reply, which points to the consent check. A refusal told with no request, and
entry 4's own question, are still quoted. Every conversation runs through the core the terminal
door runs; the messages are the writer's own.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted, texts

_ENTRY_4 = [published_question(4)]
_FORMAL = "formal requests from the police"
_CASE = "The consent check "


@pytest.mark.parametrize(
    "told",
    [
        # the request told far from its requester, which the formal-request reading missed
        "The police came to the door asking about a resident. She refused consent. What now?",
        "An officer turned up at the school wanting a copy of a pupil's file. Mum won't consent. "
        "What do I do?",
        "Police came to reception. They asked about a resident. She refused consent. What now?",
    ],
)
def test_a_formal_request_in_a_story_gets_the_formal_reply(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert quoted(replies) == []
    assert _FORMAL in texts(replies)


@pytest.mark.parametrize(
    "told",
    [
        "The insurance company sent a letter asking for records. He refused consent. Now what?",
        "Another school rang asking about a boy who left us. His parents said no. What now?",
        "Her employer has been on the phone asking for a sick note. She won't consent. What now?",
        "Dad is asking for the reports. The child refused consent. What now?",
        "Her mum keeps ringing asking how she is. She refused consent. What now?",
        "A journalist keeps ringing asking about one of our tenants. He hasn't consented. Can I "
        "share without his consent?",
    ],
)
def test_another_request_in_a_story_gets_the_case_reply(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert quoted(replies) == []
    assert _CASE in texts(replies)
    assert _FORMAL not in texts(replies)


@pytest.mark.parametrize(
    "asked",
    [
        "Do I need to get consent again if I'm sharing with a different agency?",
        "Is fresh consent needed for every new referral?",
    ],
)
def test_consent_asked_again_is_a_narrower_matter(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []


@pytest.mark.parametrize(
    "asked",
    [
        # twins: a refusal with no request told, and entry 4's own question
        "She refused consent. What now?",
        "The family refused consent. What do I do now?",
        "I asked for her consent and she said no. What now?",
        "When can I share without consent?",
        "Is asking for consent always necessary before sharing?",
        "What should I consider when deciding whether to share?",
    ],
)
def test_entry_4_s_own_question_keeps_it(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == _ENTRY_4
