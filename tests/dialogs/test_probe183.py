"""Round 52 (quote183): a probe of practitioners' questions that one published entry answers,
asked many ways, beside near misses no entry answers, and what each is quoted through the
assistant (an entry, or none).

The true answers the gate held back, grouped by why, and mended as data in the packs:

- An entry's anchors did not reach a fresh wording of what it answers: the sharing that helps
  "the people we work with" (entry 1), guidance "reissued" or what was "wrong with the old"
  one (entry 6), "what's in the guidance?" (entry 8: a typed "'s" is dropped, so the words read
  "what in the guidance"), sharing "between systems" or on a "large scale" (entry 10). Not "is
  the guidance for…" (entry 9): round 14's "is the guidance for pupils at the academy to
  read?" is labelled none. Not how the guidance was "made": "how was the
  guidance made available to staff?" asks what entry 8 never says.
- Guidance "produced" went to entry 8 (its "produced"), held by the question's "why": entry 2
  has that wording among its alternates (not "issued": "why has the ICO issued guidance on data
  sharing?" then went to entry 2).

The near misses the probe found quoted, mended as subjects no entry names
(`case_questions.subjects`): a shared drive, folder or mailbox of the writer's own (entry 13),
the leave of the writer's organisation, employer or boss (entry 4's "permission"), and guidance
the ICO gives (entry 2's "why did the government publish guidance…?").
Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        # fresh wordings each entry answers
        ("how does sharing information help the people we work with?", 1),
        ("how is sharing information good for the people we work with", 1),
        ("what was wrong with the old information sharing guidance?", 6),
        ("why was the information sharing guidance reissued", 6),
        ("what's in the information sharing guidance?", 8),
        ("Does the guidance tell IT staff how to share data between systems?", 10),
        ("Does the guidance help with large scale data sharing between organisations?", 10),
        ("Why has the government produced guidance on information sharing?", 2),
        ("why has guidance on sharing info been produced", 2),
        ("who produced the information sharing guidance?", 8),
        ("what is the guidance for?", 7),
        ("do I need permission to share information?", 4),
        ("can I share without the parents' permission?", 4),
        ("will my organisation support me if I share without permission?", 14),
        ("do I need an ISP to share information with another practitioner?", 13),
        # near misses: another matter in the same words
        ("what was wrong with the old system?", None),
        ("what was wrong with the old referral form?", None),
        ("what's in the guidance on restraint?", None),
        ("what's in a child protection plan?", None),
        ("how was the decision made?", None),
        ("how was the guidance made available to staff?", None),
        ("why was the consent form reissued?", None),
        ("why was my DBS certificate reissued?", None),
        ("Is the guidance for restraint up to date?", None),
        ("is the guidance for schools in Scotland?", None),
        ("can I transfer records between systems?", None),
        ("how do I share a large scale dataset with researchers?", None),
        ("how does a food bank help the people we work with?", None),
        ("why has guidance on restraint been issued?", None),
        ("why has the Care Act guidance been produced?", None),
        ("why has the ICO issued guidance on data sharing?", None),
        ("why has the ICO produced guidance on data sharing?", None),
        ("why did the ICO publish guidance on sharing information?", None),
        ("is the DPA a barrier to sharing? the ICO says it isn't", 3),
        ("do I need an ISP to access our shared drive?", None),
        ("is it ok to keep referrals in a shared mailbox?", None),
        ("do I need my organisation's permission to share?", None),
        ("do I need permission from my employer to share information?", None),
    ],
)
def test_a_probe_question_is_quoted_its_entry_or_none(
    chat: Chat, asked: str, entry: int | None
) -> None:
    expected = [] if entry is None else [published_question(entry)]
    assert quoted(chat.send(asked)) == expected
