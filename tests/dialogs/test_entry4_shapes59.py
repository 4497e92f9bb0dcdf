"""Round 59 (quote258, issue 11 rule two): entry 4 and the shapes that reach it.

1. What to do after sharing ("I shared…", "already shared"), the training one needs to decide,
   an agreement or protocol signed or not, and whether to accept a referral received are matters
   entry 4's answer (how to decide whether to share) does not speak to (qa.yaml
   `narrower_matters`): entry 4 is not quoted; its own question with the same words keeps it.
2. "Can I use my (professional) judgement / discretion" asks how to decide, not whether
   something may be used (not-covered.yaml `asks: decide`, longer than the `use` kind's
   "can i use"): "do I need consent or can I use my judgement?" is entry 4's own question, and
   "can I use the case studies…?" still is not.
3. A person who cannot be reached to ask, told beside a question of sharing, is consent that
   cannot be sought: the summary of sharing without consent (routes.yaml), not the bare offer
   of the consent check; with no sharing asked ("can I ring her back?") the reply is as before.
The messages are the writer's own, through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted, texts

_ENTRY_4 = [published_question(4)]
_SUMMARY = "In summary, from the 2008 guidance"
_WITHOUT_CONSENT = "(sharing without consent)"


@pytest.mark.parametrize(
    "asked",
    [
        "What should I do if I shared something without consent and the family are angry?",
        "We've already shared it with the nursery without asking. Do we need to do anything now?",
        "What training do I need before making decisions about sharing?",
        "Should I refuse to share if the other agency won't sign our agreement?",
        "Do we need a sharing agreement in place before we share without consent?",
        "What factors should I consider when deciding whether to accept a referral?",
    ],
)
def test_a_narrower_matter_is_not_quoted_entry_4(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []


@pytest.mark.parametrize(
    "asked",
    [
        # twins of the above in entry 4's own words
        "What should I consider before I share something without consent?",
        "If the family refuse consent can I still share?",
        "Do I need consent to make a referral?",
        # a claim from training put to be checked is the answer's own, not training asked for
        "Our training said we always need consent before sharing, is that right?",
        # judgement used in deciding (the `use` kind before this round)
        "Do I need the young person's consent or can I use my professional judgement to share?",
        "Do I need the client's consent to share or can I use my judgement?",
        "can I use my own judgement or do I need consent",
        "Is it OK to use my judgement rather than ask for consent?",
    ],
)
def test_entry_4_s_own_question_keeps_it(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == _ENTRY_4


def test_using_a_thing_is_still_not_entry_4(chat: Chat) -> None:
    assert published_question(4) not in quoted(
        chat.send("Can I use the case studies from the training in my team meeting?")
    )


@pytest.mark.parametrize(
    "asked",
    [
        "I can't get hold of the person to ask - can I share?",
        "If the person can't be contacted to ask, can I still share?",
        "Can I pass it on if I'm unable to contact the family first?",
    ],
)
def test_no_one_to_ask_gets_the_summary_without_consent(chat: Chat, asked: str) -> None:
    said = texts(chat.send(asked))
    assert _SUMMARY in said
    assert _WITHOUT_CONSENT in said


def test_no_one_reached_and_no_sharing_asked_is_not_the_summary(chat: Chat) -> None:
    said = texts(chat.send("I can't get hold of mum. Can I ring her back tomorrow?"))
    assert _WITHOUT_CONSENT not in said
