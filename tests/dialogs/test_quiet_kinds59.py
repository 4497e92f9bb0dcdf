"""Round 59 (fa262, issue 11): ordinary questions about sharing, and pets, that rang.

- The writer asking of their own act in a sentence about practice that supposes
  (`knowledge.risk_practice_asked`, markers `practice-own-if`, `practice-own-asks`,
  `practice-own`, `practice-own-still`): "If I can't contact the family, can I still share with
  the school?" rang a missing person on "can't contact the family". The same words told ("I
  can't contact the family and their daughter is missing") or beside a harm told still ring.
- A pair of words near each other in a sentence about practice (`risk_practice_asked._NEAR`):
  "when can u share info without checking with the family first" rang forced marriage on
  "family … checking". A family told checking on someone still rings.
- The same pair's checking is checking on someone (the risk pack's near pair, "check_her",
  "checking_up", ...): "should I check with the family before sharing with the GP?" asks the
  family. "her brothers check her bag before she leaves for school" still rings.
- A pet gone missing (the risk pack's `set_aside` "animals-gone"): "my cat's been missing since
  friday" rang a missing person. A person gone beside a pet, or a child named, still rings.

Every quiet message here rang before this round; the twins rang before and still do.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

QUIET: dict[str, list[str]] = {
    "own act asked": [
        "If I can't contact the family, can I still share with the school?",
        "if we cannot contact the carer can we still share the report with the school?",
        "what if I can't contact the family - can I still share?",
        "if I couldn't contact the family can I share anyway",
        "If I can't contact the family, should I still share with the school?",
        "If I can't contact the carers, do I still share the report?",
        "if you can't contact the family can you still share with the school",
    ],
    "near pair in practice": [
        "when can u share info without checking with the family first",
        "is it ok to share without checking with the family if there are no concerns",
        "can you share information without checking with the family?",
    ],
    "checking with": [
        "should I check with the family before sharing with the GP?",
        "do I need to check with the family before I share?",
    ],
    "pet gone": [
        "my cat's been missing since friday",
        "the hamster escaped and has been missing for two days",
        "my parrot flew off and hasn't come home",
    ],
}

RINGS: dict[str, list[str]] = {
    "own act asked": [
        "If I can't contact the family, can I still share with the school? the kids were left "
        "home alone all weekend",
        "I can't contact the family and their daughter is missing since friday",
        "If I can't reach her mum, can I still share? she hasn't been home since friday",
        "if I cannot contact the child can I still share with police? he ran away from the unit "
        "last night",
        "if we can't find the child, can we still share with the police?",
        "do I still have to share if the girl has been missing since yesterday",
        "would I be breaking confidentiality if I told the school that the boy is being beaten "
        "at home?",
    ],
    "near pair in practice": [
        "her brothers keep checking her phone and following her, can we share this with the "
        "school?",
        "a pupil says her uncle is always watching her and checking her messages",
    ],
    "checking with": [
        "her brothers check her bag before she leaves for school",
        "her dad keeps checking on her at her college",
        "the family check up on her at work",
    ],
    "pet gone": [
        "my flatmate has gone missing and her cat is still in the flat",
        "the cat ran away and my sister has been missing since last night",
        "our neighbour hasn't come home since friday and his dog is barking",
        "my cat went missing last night and my 14 year old went out to look and isn't back",
    ],
}


def _cases(table: dict[str, list[str]]) -> list[object]:
    return [
        pytest.param(m, id=f"{kind}-{i}") for kind, ms in table.items() for i, m in enumerate(ms)
    ]


@pytest.mark.parametrize("message", _cases(QUIET))
def test_a_question_of_sharing_or_a_pet_gone_is_not_signposted(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", _cases(RINGS))
def test_its_twin_telling_of_someone_at_risk_is_signposted(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm
