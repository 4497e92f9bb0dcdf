"""Round 27 (risk27): the writer's own case told before the question, with "a … whose".

Two shapes of a practitioner's own case that the cues did not read as someone in particular:
- "we have a pupil whose mum's boyfriend hits her": the pack's `kinds` phrase ("pupils whose…",
  a kind of people) matched the singular too, as the stem folds "pupil" and "pupils", so the harm
  after it described a kind. A `kinds` phrase opening with a noun for people typed in the
  singular is one person now (`knowledge.risk_setting`); "pupils whose parents misuse alcohol"
  is still a kind.
- "I have a client whose son takes her pension every week - am I allowed to contact the bank?":
  the telling and the question made one sentence ending "?", so "a client" was anyone. When the
  writer opens the sentence ("I", "we") and a question word follows a dash, the telling before
  the dash is a sentence of its own (`knowledge.risk.RiskDetector`), as the telling after a
  question and a dash already was.
- "one of our care home residents": the pack's `people` phrase "one of * <adult>" allowed one word
  between; "one of my|our|his|her|their" now allows two.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

SIGNPOSTED = [
    "we have a pupil whose mum's boyfriend hits her. can we tell her dad, who doesn't live "
    "with them?",
    "I teach a boy whose dad beats him when he gets bad marks. who do I tell?",
    "I have a client whose son takes her pension every week - am I allowed to contact the bank?",
    "we look after a lady whose nephew has been using her bank card - can we tell her GP?",
    "is it ok to pass on that one of our care home residents is being hit by a night carer?",
]

QUIET = [
    "how do we support a child whose parent is in prison?",
    "what support is there for families whose children have been sexually abused?",
    "I'm writing a leaflet for pupils whose parents misuse alcohol. any tips?",
    "our school runs a group for children whose parents drink too much. can we tell the GP "
    "who attends?",
    "the taxi licence test has questions on child sexual exploitation - is there a simple guide "
    "to what drivers are expected to know?",
    "I'm running a session on domestic abuse for new staff - what should it cover?",
    "we are updating our policy on neglect - do we need to name the DSL?",
    "one of our main worries about children online is grooming - what training is there?",
]


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_the_writers_own_case_is_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", QUIET)
def test_kinds_and_frames_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "unit",
    [
        "I have a client whose son takes her pension - can I tell? ",
        "we have a pupil whose dad hits her - what now - who - ",
    ],
)
def test_the_reading_grows_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)
