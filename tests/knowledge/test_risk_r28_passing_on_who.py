"""Round 28 (miss28): the writer asking whether to pass on what they know, in more wordings.

`risk_passing_on.passing_on` reads "can I tell the police that a girl in my youth club…" as telling
of someone the writer knows; on fa75c01 it needed "I" or "we" at most two words before the
sharing word, "that" or "who" after it, and knew no "refer". So "do I need consent to tell
social services that a boy's father beats him?", "do I need consent to refer a mum whose partner
strangled her?" and "can I tell my manager a client's husband hits her?" were quiet. Now the
writer may stand up to six words before ("do we have to get consent before telling…"),
"refer", "disclose" and "mention" are sharing words, "whose" joins "that" and "who", and "a"
one's relative ("a client's husband") opens the clause told as "that" does. "who" after a word
for anyone, or after a plural ("report people who buy a lot of paracetamol"), names a kind.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

SIGNPOSTED = [
    "do I need consent to tell children's services that a boy's father beats him?",
    "do we have to get permission before telling the school that a pupil is being hit at home?",
    "do I need consent to refer a mum whose partner strangled her?",
    "do I need consent to refer a woman whose husband beats her?",
    "can I tell my manager a client's husband hits her?",
    "I'm deciding whether to tell the school that my friend self harms.",
]

QUIET = [
    "do I need consent to tell the school that a pupil's father has died?",
    "do I need consent to refer a family whose child has autism?",
    "do I need consent to refer a mum whose partner is in prison?",
    "can I tell my manager a client's husband has dementia?",
    "do I have to report anyone who discloses abuse to me?",
    "a customer asked if we report people who buy a lot of paracetamol. what do I say?",
    "can a school tell parents that a pupil in their child's class has been abused?",
    "what should I do if a child's father hits him?",
]


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_the_writer_passing_on_harm_to_someone_is_signposted(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is not None, message
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", QUIET)
def test_no_harm_or_anyone_stays_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


def test_the_reading_grows_in_step_with_the_message() -> None:
    unit = "do I need consent to refer a mum whose partner strangled her? "
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)
