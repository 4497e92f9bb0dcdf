"""The learnt second opinion (knowledge/risk_model.py) leads with the signpost when the cues find
nothing and the model fires: a general worry, the `worry-or-secret` category's contacts and
wording. The disclosure below is one the cues miss whose score from a model that did not see it
(out-of-fold, `risk_model_train --misses`: +4.89 against the alarm threshold +1.87) reaches the
threshold, so the test does not rest on the model having learnt this very text."""

from __future__ import annotations

import dataclasses

from adapters.console import line_to_turn
from bot.app import Core
from dialogs.learnt_finding import LEARNT_CATEGORY, learnt_finding
from tests.support.core import FIXED_CLOCK, Chat

MISSED_BY_THE_CUES = (
    "she keeps her takeaway doses in the fridge door where her 3 and 5 yr olds get their juice, "
    "and she's usually nodding off when she collects with them in the buggy"
)


def test_a_disclosure_the_cues_miss_and_the_model_catches_is_signposted(core: Core) -> None:
    assert core.knowledge.risk_detector.detect(MISSED_BY_THE_CUES) is None
    state = Chat(core).state

    _, replies = core.assistant.respond(
        state, line_to_turn(MISSED_BY_THE_CUES, (), "c"), FIXED_CLOCK
    )

    assert replies[0].risk_of_harm
    # The model finds the harm; whom it concerns is read from the ages given (whom38): "her 3 and
    # 5 yr olds" are children, so the child's procedures, not "a child or an adult".
    assert "may mean a child is at risk of harm" in replies[0].text


def test_an_ordinary_question_stays_quiet(chat: Chat) -> None:
    replies = chat.send("do I need an information sharing protocol before I share?")

    assert not any(reply.risk_of_harm for reply in replies)


def test_the_learnt_finding_is_the_general_worry_and_needs_that_category(core: Core) -> None:
    pack = core.knowledge.risk
    finding = learnt_finding(pack)

    assert finding is not None
    assert finding.categories == (LEARNT_CATEGORY,)
    assert finding.concerns == "either"
    assert "safeguarding-lead" in finding.contacts
    others = tuple(c for c in pack.categories if c.id != LEARNT_CATEGORY)
    assert learnt_finding(dataclasses.replace(pack, categories=others)) is None
