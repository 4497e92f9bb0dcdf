"""Round 61 (quote279, issue 11 rule two): the shapes of quote-probe61 that quoted an entry
which does not answer them.

1. The sentence after a message's last question may narrow it (`Segment.after`,
   `quote_gate_checks.narrowed_after`): a narrower matter ("Do I need consent to share
   information? Asking because she's 17.") or a party ("…? I mean with his employer.", which
   gets the case reply). The writer's own context does not ("…? I'm new to the role.", "…?
   Asking for our team's induction session.", "…? (for a report)"), nor a sentence telling
   something beside the question ("…? Every case review I read says agencies didn't share.").
   (A subject the entry never names in a short coda was tried and taken out: held out it cost
   a right answer and took off no wrong quote.)
2. Services named in shorthand or by what they do are parties (not-covered.yaml): "ss",
   "the cp team", "the foodbank", "uni", "debt advice".
3. A hedge ("I'm unsure what…") tells the writer's state: its words are no anchor of the entry
   on why practitioners need guidance (`question_forms.hedge_end`); a role opening that asks
   ("I'm not sure what to consider before sharing without consent, can you help?") is no role.
4. A question pointing to a document it names that is not the guidance ("is this covered by
   the policy") is not quoted an entry about the guidance (`StoryDocuments`).
The messages are the writer's own, through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted, texts


@pytest.mark.parametrize(
    "asked",
    [
        "Do I need consent to share information? Asking because she's 17.",
        "do i need consent to share info? asking because he lacks capacity",
        "Can I share without consent? It's for a subject access request.",
        "is consent always needed? its for marketing emails",
        "Can I still share if they say no? Dad has parental responsibility but mum said yes.",
        "Do I need permission to share? He's got dementia so I'm not sure he understands.",
    ],
)
def test_a_coda_that_narrows_the_ask_is_not_quoted(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []


@pytest.mark.parametrize(
    "asked",
    [
        "When can I share information without consent? I mean with his employer.",
        "Can I share without consent? It's the police who want it.",
        "What do I need to think about before sharing? Asking because it is going to the insurer.",
        "Do I need to get consent? The info is going to the foodbank.",
        "When is it OK to share without permission? I'm thinking of his uni.",
    ],
)
def test_a_coda_naming_a_party_gets_the_case_reply(chat: Chat, asked: str) -> None:
    replies = chat.send(asked)
    assert quoted(replies) == []
    assert "consent check" in texts(replies)


@pytest.mark.parametrize(
    ("asked", "number"),
    [
        ("Do I need consent to share information? Asking for our team's induction session.", 4),
        ("How do I decide whether to share information? I'm new to the role.", 4),
        ("Can I share info without consent? (for my placement portfolio)", 4),
        (
            "Is consent always needed before sharing?"
            " We were told different things on two courses.",
            4,
        ),
        ("How was the revised guidance developed? (for a report)", 8),
        ("Why is information sharing important? For an assignment.", 1),
        (
            "Why does information sharing matter so much?"
            " Every case review I read says agencies didn't share.",
            1,
        ),
        (
            "Do I need an information sharing protocol to share with another practitioner?"
            " Just checking before our audit.",
            13,
        ),
    ],
)
def test_a_coda_of_context_keeps_the_entry(chat: Chat, asked: str, number: int) -> None:
    assert quoted(chat.send(asked)) == [published_question(number)]


@pytest.mark.parametrize(
    "asked",
    [
        "can i pass this to ss",
        "should i let the cp team know what mum said",
        "Do we need consent before passing details to the debt advice service?",
        "unsure what the rules are on sharing with the uni",
    ],
)
def test_a_service_in_shorthand_is_a_recipient(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []


def test_a_hedge_is_no_anchor(chat: Chat) -> None:
    told = "I'm unsure what I'm allowed to share with the other agencies at the meeting."
    assert quoted(chat.send(told)) == []


@pytest.mark.parametrize(
    ("asked", "number"),
    [
        ("I'm unsure why guidance on sharing is needed at all.", 2),
        ("I'm not sure what to consider before sharing without consent, can you help?", 4),
        ("i'm not sure whether i need consent before sharing", 4),
    ],
)
def test_a_hedge_that_asks_the_entry_keeps_it(chat: Chat, asked: str, number: int) -> None:
    assert quoted(chat.send(asked)) == [published_question(number)]


@pytest.mark.parametrize(
    "asked", ["is this covered by the policy", "does this apply to our procedure"]
)
def test_a_pointer_to_another_document_is_not_the_guidance(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []


def test_the_guidance_named_keeps_entry_10(chat: Chat) -> None:
    asked = "Does the guidance apply to all kinds of information sharing?"
    assert quoted(chat.send(asked)) == [published_question(10)]
