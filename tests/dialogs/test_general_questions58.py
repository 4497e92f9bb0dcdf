"""Round 58 (fa252, issue 11 rule one): general questions that name a harm, told of no one.

A practitioner or a parent asking in general is not telling of someone at risk now; the signpost
on such a question every time teaches people to skip it. Three kinds rang before this round:

- "because their…" after one of a kind brought in with "a" ("can a child be taken into care
  because their parents use cannabis?"): the aside "because" opened a telling of its own, where
  "their" points back at that child (the pack's `aside-back`, `aside-any` markers), in a
  question without the writer in it ("can I refer a family since their dad hits the kids?" is
  the writer's case);
- "most" before a noun for people ("is it true that most child sexual abuse is committed by
  someone the child knows?"): a share of a kind, as "a" or "any" brings one in;
- a rule for anyone ("Anyone who thinks a child was abused has legal immunity", "Anyone who is
  worried that a child is being abused can contact…"): "anyone" before "who", and a rule word
  after (`generic-anyone`, `generic-anyone-rules`), make the sentence general, as a kind's habit.

Their twins tell of someone (the writer's own, "he", a place pointed at, no one brought in as
"a" one) and keep the signpost; they are read with the learnt model off, so the readings ring
them. Messages written for this round.
"""

from __future__ import annotations

import pytest

from tests.support.cases import cases
from tests.support.core import Chat

QUIET: dict[str, list[str]] = {
    "because-their": [
        "Can a child be taken into care because their parents use cannabis?",
        "can a child be removed because their mum drinks?",
        "can a pupil be put on a child protection plan because their dad drinks every night?",
        "could a baby be taken into care because their mum is a heroin addict?",
    ],
    "most": [
        "Is it true that most child sexual abuse is committed by someone the child knows?",
        "is it true that most neglect of a child is by the child's own parents?",
    ],
    "anyone-who": [
        "Anyone who truly thinks a child was or will be abused has legal immunity.",
        "Who can make a referral? Anyone who is worried that a child is being abused or "
        "neglected can contact children's social care.",
        "Everyone who works with children must pass on a worry that a child is being sexually "
        "abused.",
    ],
}

RINGS: dict[str, list[str]] = {
    "because-told": [
        "can I ring childline because my dad hits me?",
        "can a child be taken into care because my mum uses cannabis?",
        "can I call the police because their dad is hitting them right now?",
        "can I tell a teacher because her dad hits her?",
        # one brought in as "a" one, but the writer asks about their own case
        "can I refer a family since their dad hits the kids?",
        "should I ring social services about a pupil because their stepdad hits them?",
        "how do I report a neighbour btw their kids are left alone every night",
        "can I refer a child because their parents use cannabis?",
    ],
    "most-told": ["is it true that most kids get hit? my dad hits me every day"],
    "anyone-told": [
        "anyone who comes to our house gets hit by my dad",
        "everyone who works at the care home shouts at the residents and hits them",
        "everyone who lives in that house is being abused and someone needs to help them",
        "anybody who goes near the boy gets threatened by his dad, someone should do something",
        "anyone who lives with my stepdad should be scared, he beats us all",
    ],
}


@pytest.mark.parametrize("message", cases(QUIET))
def test_a_general_question_gets_no_signpost(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


@pytest.mark.parametrize("message", cases(RINGS))
def test_its_twin_telling_of_someone_leads_with_the_signpost(
    chat: Chat, message: str, cues_only: None
) -> None:
    assert chat.send(message)[0].risk_of_harm
