"""Round 60 (quote267, issue 11 rule two): entry 4 and the shapes of quote-probe60.

1. A worry told with nothing before it and no question ("I'm nervous about breaking a young
   person's trust by telling someone.", "I keep going back and forth about whether to share
   without the family's consent.") tells of the writer, as a story's last sentence that asks
   nothing does: no published answer is quoted (`question_forms.tells_of_the_writer`). A
   sentence opening "I" that says it asks ("I'm not sure whether…", "…not sure when…", "I
   need to know when…") still asks; "we are" opens the team telling of itself ("We're worried
   about…"), and "we" alone does not ("we can't share without consent" is a claim).
2. Letting the person know, facts or opinion in what is passed on, logging or writing it up,
   what follows once the decision is made, and who may make it ("can I make the decision
   myself?") are matters entry 4's answer (how to decide whether to share) does not speak to
   (qa.yaml `narrower_matters`); its own question in the same words keeps it.
3. A refusal asked as a barrier to sharing ("Does a refusal always stop me sharing?") gets the
   summary of sharing without consent (routes.yaml), not entries 3 and 13 offered; a refusal of
   something other than sharing does not.
The messages are the writer's own, through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted, texts

_ENTRY_4 = [published_question(4)]
_WITHOUT_CONSENT = "(sharing without consent)"


@pytest.mark.parametrize(
    "told",
    [
        "I'm nervous about breaking a young person's trust by telling someone.",
        "I feel uneasy about passing on what the parent told me without asking her.",
        "I keep going back and forth about whether to share without the family's consent.",
        "I've never had to decide whether to share before and I'm a bit lost.",
        "I don't feel confident deciding whether to share information without consent.",
        "I can't work out if the public interest is enough to justify sharing here.",
        "Honestly I'm scared of getting the decision to share wrong.",
        "im worried the data protection rules mean i cant pass this on",
        "We're worried about sharing without consent and getting it wrong.",
    ],
)
def test_a_worry_told_is_quoted_nothing(chat: Chat, told: str) -> None:
    assert quoted(chat.send(told)) == []


@pytest.mark.parametrize(
    "asked",
    [
        # twins: the writer says they ask, or asks outright
        "I'm not sure whether I need consent to share this.",
        "I need to know when I can share without consent.",
        "I'm not sure when I'm allowed to share without consent.",
        "How do I decide whether to share without the family's consent?",
        "When can I share without consent in the public interest?",
    ],
)
def test_a_worry_that_asks_keeps_entry_4(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == _ENTRY_4


@pytest.mark.parametrize(
    "asked",
    [
        "Do I have to let the person know before I share their information without their consent?",
        "Should I let the family know if I share without their consent?",
        "Once I've decided to share, is it only the facts I should pass on or my opinion as well?",
        "Once we have decided to share without consent, what happens next?",
        "Do I need to log it somewhere when I share without permission?",
        # who in the organisation may make the decision (a role's authority)
        "As a support volunteer, can I make the decision to share myself?",
    ],
)
def test_a_narrower_matter_is_not_quoted_entry_4(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []


@pytest.mark.parametrize(
    "asked",
    [
        "Do I have to ask before I share their information?",
        "What should I consider when deciding whether to share without consent?",
        "Is it down to my own judgement whether I share?",
    ],
)
def test_entry_4_s_own_question_keeps_it(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == _ENTRY_4


@pytest.mark.parametrize(
    "asked",
    [
        "Does a refusal always stop me sharing?",
        "does a refusal of consent stop me from sharing information",
        "Does a parent's refusal mean I can't share anything?",
    ],
)
def test_a_refusal_as_a_barrier_gets_the_summary_without_consent(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    assert quoted(replies) == []
    assert _WITHOUT_CONSENT in texts(replies)


def test_a_refusal_of_treatment_is_not_the_summary(chat: Chat) -> None:
    said = texts(chat.send("Does a refusal of treatment stop me giving the injection?"))
    assert _WITHOUT_CONSENT not in said
