"""Whether a refusal must be respected is entry 4's consent refused (round 49, right153).

"If a family tells me they don't want their information shared, do I have to respect that?"
asks what entry 4's published answer says of consent refused: the public interest is then
judged by the practitioner on the facts. No phrasing of entry 4 asked it so, and the
question was offered the consent check. Two alternates now do ("…do I have to go along with
that?", "…respect someone's wish…"). A refusal to tell one named party, a refusal of something
other than sharing, a party whose own information it is, and a patient (a service's own rules
of confidentiality) keep their replies. Every wording in `QUOTED` was offered the consent check
before the change; practice-dev3 #69 and practice-dev4 #5 are the first two.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted

QUOTED = [
    "If a family tells me they don't want their information shared, do I have to respect that?",
    "If a family tells us they don't want their information passed on, do we have to go along "
    "with that?",
    "if a parent doesn't want us to share, do we have to go along with it?",
    "If a young person says they don't want anything passed on, do I have to respect that?",
    "if someone doesn't want their information shared, do I have to respect their wishes?",
]

NEAR_MISSES = [
    "if a young person doesn't want their mum told, do I have to respect that?",
    "my client doesn't want me to tell her GP, do I have to go along with that?",
    "if the police don't want their information shared, do we have to go along with that?",
    "if a child doesn't want to go to school, do I have to go along with that?",
    "if a family doesn't want early help, do we have to respect that?",
    "If a patient doesn't want their information shared, do I have to respect that?",
    "do I have to respect a child's wish to keep a secret?",
]


@pytest.mark.parametrize("message", QUOTED)
def test_a_refusal_asked_of_in_general_quotes_entry_4(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == [published_question(4)]


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_a_refusal_in_one_case_or_of_something_else_is_not_quoted(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []
