"""Round 55 (quote212): answered right without a wrong quote.

- Entry 4 ("What are the key factors to consider when deciding whether to share or not to
  share information?"): "when is a pre-school allowed to share … without …?" asks the
  conditions as "when can a pre-school share … without consent?" does (`asks.conditions`:
  "allowed to share without"), so the words before the sharing verb name who shares, not a
  party told (round 55's general alternates of entry 4 were dropped at the merge). A case
  (a recipient named, a disclosure told) keeps the consent check; a refusal of something that
  is not sharing, or a confidence of another kind, quotes nothing.
- Entry 14 ("How should I be supported by my organisation to share information?") is about
  sharing only: a manager's backing or support in another matter, with no sharing named, is
  never quoted it (the entry stays one press away).
Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, labels, published_question, quoted


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        # entry 4: leave to share without consent asked of whoever shares
        ("When is a school allowed to share information without consent?", 4),
        ("is a GP surgery allowed to share information without consent if a child is at risk?", 4),
        # twins: a case, a thing shared, one's own information, another purpose
        ("is a school allowed to share information without consent with the police?", None),
        ("is the school allowed to share photos without consent?", None),
        ("is my GP allowed to share information without my consent?", None),
        ("is my employer allowed to share my sickness record without my consent?", None),
        ("are companies allowed to share data without consent for marketing?", None),
        ("when can pharmacists breach confidentiality?", None),
        # twins: a case, another refusal, another confidence, another doubt
        ("a resident refuses to let us call the GP, do I have to respect that?", None),
        (
            "my client refused consent to the referral to the food bank, do I have to respect"
            " that?",
            None,
        ),
        ("is a refusal to attend a meeting always final?", None),
        ("do I have to respect a teenager's refusal to see the school nurse?", None),
        (
            "mum doesn't want me to tell the school about her diagnosis, do I have to respect"
            " that?",
            None,
        ),
        ("if a patient doesn't want their photo on our website do we have to respect that?", None),
        ("if a family doesn't want early help, do I have to respect that?", None),
        ("do I have to respect a parent's refusal of a vaccination?", None),
        (
            "my colleague broke my confidence and told everyone about my divorce, what can I do?",
            None,
        ),
        ("when can I break my tenancy agreement?", None),
        ("how do I build a young person's confidence?", None),
        ("if I'm unsure whether to apply for the job, should I apply or not?", None),
        ("when can I break confidence and tell the police about a client?", None),
        # entry 14: sharing named
        ("will my manager back me if I share information in good faith?", 14),
        ("will my employer have my back if I pass on a concern?", 14),
        ("how should my organisation support me if a family complains that I shared?", 14),
        ("What should my organisation do to support me?", 14),
        # entry 14: a manager's backing or support in another matter, no sharing named
        ("will my manager back me in a grievance?", None),
        ("my manager won't back me up in meetings", None),
        ("does my manager support me?", None),
        ("how can managers support new staff?", None),
        ("will my manager support me if I whistleblow?", None),
        ("will my organisation back me if a parent complains about my teaching?", None),
        ("how should my organisation support me after a complaint?", None),
    ],
)
def test_answered_right_without_a_wrong_quote(chat: Chat, asked: str, entry: int | None) -> None:
    expected = [] if entry is None else [published_question(entry)]
    assert quoted(chat.send(asked)) == expected


def test_a_disclosure_asking_to_break_a_confidence_is_signposted_not_quoted(chat: Chat) -> None:
    replies = chat.send(
        "a pupil told me something in confidence about his dad hitting him, can I break his"
        " confidence?"
    )
    assert quoted(replies) == []
    assert any("Start a consent check" in labels(r) for r in replies)


def test_a_general_share_without_consent_quote_carries_the_check(chat: Chat) -> None:
    # a quote of entry 4 asked as a decision to share still offers the check beside it
    replies = chat.send("if someone refuses consent, can I still share their information?")
    assert quoted(replies) == [published_question(4)]
    assert any("Start a consent check" in labels(r) for r in replies)
