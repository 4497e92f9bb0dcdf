"""Round 60 (fa271, issue 11 rule one): questions that ask how to work, read generally.

- a kind of harm named in a sentence about practice ("if you report an incident of child
  neglect"): a noun for one person just before a word of `stance-kinds` names no one
  (`risk_practice_asked.about_practice`, as round 56's advice reading already did);
- a harm asked about as a topic by a cue, not only by a term ("how do I talk to my 7 year old
  about private parts?"), and a pair's word inside the topic ("about sexual abuse"): set aside
  (`risk_topic_asked`);
- people joined to anyone's ("a child or adult who is thought to be at risk") are anyone's too
  in a sentence about practice (`practice-joined`);
- a question whether the writer may or must share ("do I need consent to share it?", "am I
  obliged to?", "can I still share?") is one about the decision (the pack's `deciding`), where a
  worry or a secret named without saying what it is ("told me something worrying", "a pupil I'm
  worried about") is the question's setting (`risk_openers.secrets_asked`);
- "animal" is a word for an animal (the pack's `animal` set): "animal abuse" is an animal's
  harm (`risk_animals`), in a message naming no child, relative or threat.

Each twin tells of someone harmed, or opens a disclosure with no question of sharing, and stays
signposted. See docs/risk-cues.md, "Round 60: fa271".
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

QUIET: dict[str, list[str]] = {
    "kind-of-harm": [
        "As a teaching assistant, if you report an incident of child neglect what happens next?",
    ],
    "topic": [
        "how should I talk to my 7 year old about private parts?",
        "how do we teach our 6 year old about private parts?",
        "Should I talk to my son about sexual abuse?",
    ],
    "joined": [
        "We may share information to protect a child or adult who is thought to be at risk of "
        "harm.",
        "Our policy: information is shared when a pupil or parent may be at risk of harm, and "
        "consent is sought first where safe.",
    ],
    "sharing-decision": [
        "scout leader: a cub told me something worrying but doesn't want it passed on. do I need "
        "consent to share it?",
        "a resident told me something upsetting and asked me not to tell her family. am I "
        "obliged to?",
        "I'm a school nurse and want to speak to the GP about a pupil I'm worried about. Can I "
        "still share?",
        "a parent told me something concerning and begged me not to repeat it. do I have to pass "
        "it on?",
        "church volunteer: someone told me something worrying and made me promise not to say "
        "anything. do we need their permission to share?",
    ],
    "animal": [
        "Should I report my client for animal abuse?",
        "dog walker here: should I report my client for animal abuse?",
    ],
}

RINGS: dict[str, list[str]] = {
    "kind-of-harm": [
        "As a youth worker, a boy told me his dad hits him, is that child abuse I should report?",
    ],
    "topic": [
        "my 10 year old says his uncle touched his private parts, how do I talk to him about it?",
        "Should I talk to my son about sexual abuse? his coach keeps sending him rude pictures",
    ],
    "joined": [
        "the boy next door or his sister are left alone every night, should we share information "
        "with social care?",
    ],
    "sharing-decision": [
        "a cub told me his dad hits him and doesn't want it passed on. do I need consent to share "
        "it?",
        "a resident told me her son takes her pension and asked me not to tell her family. am I "
        "obliged to?",
        "I'm worried about a pupil who has bruises on her neck. Can I still share with the school "
        "nurse?",
        "a pupil told me something worrying, her stepdad hits her. can I still share with the "
        "school nurse?",
        # no question of sharing: the first line of a disclosure, as before
        "a cub told me something worrying and asked me not to tell anyone",
        "a child has just disclosed to me, what now?",
    ],
    "animal": [
        "my stepdad is an animal, he hits my mum every night",
        "the farmer's son told me his dad beats him and the animals",
    ],
}


def _cases(table: dict[str, list[str]]) -> list[object]:
    return [
        pytest.param(m, id=f"{kind}-{i}") for kind, ms in table.items() for i, m in enumerate(ms)
    ]


@pytest.mark.parametrize("message", _cases(QUIET))
def test_a_question_of_how_to_work_is_not_signposted(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", _cases(RINGS))
def test_its_twin_telling_of_someone_at_risk_is_signposted(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm
