"""Round 39 (r1u39, tryout39 #2, #12): disclosures the newest trial found quiet, and its false
alarms where a general reading exists.

Each family is tested with wordings written here beside look-alikes that stay quiet.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()

# A person in custody assaulted (tryout39 #2): "prisoner", "inmate" named no one, so "a young
# prisoner keeps getting beaten up by other prisoners" was quiet; an adult's harm.
CUSTODY = [
    "a young prisoner keeps getting beaten up by other prisoners",
    "prison officer - a young prisoner keeps getting beaten in the showers and staff turn a blind"
    " eye",
    # written here
    "an inmate is being assaulted by other inmates",
    "a young prisoner keeps getting assaulted",
    "the detainees are being hit by the guards",
]
CUSTODY_QUIET = [
    "can we share a prisoner's release date with his victim",
    "how many prisoners self harm each year",
    "the prisoner was convicted of assault",
    "can prisoners see their medical records",
]


@pytest.mark.parametrize("message", CUSTODY)
def test_a_person_in_custody_assaulted(chat: Chat, message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and finding.concerns == "adult", finding
    assert "physical-abuse" in finding.categories
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", CUSTODY_QUIET)
def test_custody_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


# Someone telling or messaging a child that they look hot or sexy, or remarking on a child's
# body (tryout39 #2): "our homestay dad is sending our 16 yr old students messages saying they
# look hot" had no cue; a child named or aged in the sentence.
REMARKS = [
    "language school - our homestay dad is sending our 16 yr old students messages saying they"
    " look hot",
    "the host dad is sending our 16 yr old students messages saying they look hot",
    # written here
    "the coach comments on her body, she is 13",
    "her mums boyfriend keeps commenting on her body, she's 14",
    "my neighbour messaged my 15 yr old daughter saying she looks fit",
    "her stepdad calls her sexy, she is 12",
    "a man on snapchat keeps telling my 13 year old she's sexy",
    "the man next door keeps making comments about her boobs, she is 12",
    "a year 9 girl showed me messages from her uncle saying she looks sexy",
    "he texted my 14 yr old daughter saying she looks fit",
]
REMARKS_QUIET = [
    "we teach students how to respond to messages saying they look hot",
    "a boy in year 11 messaged a girl in his class",
    "the 6 year old told me she is hot and wants to take her jumper off",
    "the 6 year old told me she looks hot and flushed",
    "the GP said she is fit to go back to school, she is 9",
    "my husband says i look hot in this dress",
    "the 15 year old said she looks hot in her new dress",
    "mum said her 14 yr old looks fit after the training camp",
    "the teacher commented on her work, she is 13",
    "can a school talk to students about comments on their body",
]


@pytest.mark.parametrize("message", REMARKS)
def test_a_child_told_they_look_hot(chat: Chat, message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and finding.concerns == "child", finding
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", REMARKS_QUIET)
def test_remark_look_alikes_stay_quiet_by_the_cues(message: str) -> None:
    # The cues alone: the learnt second opinion signposts several of these on its own.
    assert KNOWLEDGE.risk_detector.detect(message) is None


# The writer's own childhood told beside a question about the writer's own work (tryout39 #12,
# tryout38 #12): no one's harm now. The same childhood with a harm going on now, or someone
# else's, still rings.
OWN_PAST = [
    "gambling support - my own dad was violent when i was a kid, does that affect my work with"
    " clients",
    "school nurse - i was abused as a child myself, does that mean i cant do safeguarding",
    "hospital chaplain - I was abused as a child myself years ago and it comes back when patients"
    " tell me things. is there support for staff?",
]
# written here (the cues alone: the writer-at-risk reply still reads the first as the writer's)
OWN_PAST_CUES = [
    "teacher - when i was 12 my stepdad hit me every day, can i still work with kids who are"
    " going through it?",
    "i was sexually abused as a child, am i allowed to be a foster carer?",
]
OWN_PAST_RINGS = [
    "when I was a boy a priest abused me, it was 30 years ago",
    "when i was a kid my uncle abused me and he still babysits my nieces, does that affect my"
    " work?",
    "i was abused as a child and now my dad is hitting my daughter, does that affect my work",
    "my client was abused as a child, does that affect my work with her?",
    "a pupil told me her dad hits her, does that affect my work",
    "when i was a kid my dad hit me. now my partner hits me, can i still work?",
]


@pytest.mark.parametrize("message", OWN_PAST)
def test_own_childhood_beside_a_question_about_work_is_quiet(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", OWN_PAST_CUES)
def test_own_childhood_beside_a_question_about_work_by_the_cues(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None


@pytest.mark.parametrize("message", OWN_PAST_RINGS)
def test_own_childhood_look_alikes_still_ring(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is not None
    assert chat.send(message)[0].risk_of_harm


# A policy or procedure named by the harm it covers (tryout39 #12): a question about the policy,
# not a harm. A case told beside it still rings.
POLICY = [
    "school nurse - our policy on self harm says we tell parents, is that lawful for a 16 yr old",
    # written here
    "our procedure for domestic abuse says we should ring the police, is that right for an adult"
    " with capacity",
]
POLICY_RINGS = [
    "our policy on self harm says we tell parents. a 15 year old told me she's cutting herself",
    "our policy on self harm says we tell parents, she is 15 and cutting herself every night",
    "our policy on self harm says tell parents, but a 15 year old is cutting herself and her dad"
    " hits her",
]


@pytest.mark.parametrize("message", POLICY)
def test_a_policy_named_by_its_harm_is_quiet(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", POLICY_RINGS)
def test_a_case_beside_a_policy_still_rings(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is not None
    assert chat.send(message)[0].risk_of_harm


# The writer's role label lends no word to a `near` pair (tryout39 #12): "family support -"
# paired "family" with "watched". The same pair told after the label still rings.
LABEL_QUIET = [
    "family support - we watched the Baby P documentary in team meeting, would this guidance"
    " have helped",
]
LABEL_RINGS = [
    "family support - her brothers watch her every move and wont let her out",
    "youth worker - the family watch her all the time",
]


@pytest.mark.parametrize("message", LABEL_QUIET)
def test_a_role_label_completes_no_pair(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", LABEL_RINGS)
def test_a_pair_after_the_label_still_rings(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is not None


# A prescription not collected (tryout39 #12): an everyday share with the GP, not a child left
# uncollected nor tablets stockpiled.
MEDS_QUIET = [
    "pharmacy - can i tell the gp surgery a patient hasnt collected their meds for 3 months",
    # written here
    "pharmacist - mr jones hasn't picked up his prescription for weeks, can i ring his daughter",
]
MEDS_RINGS = [
    "she's been collecting her tablets in a drawer and says she wants to die",
    "mum didnt collect the kids from school again and wasnt answering",
    "nobody collected the 6 year old from after school club",
    "she hasnt collected her meds and her kids are alone at home all day",
]


@pytest.mark.parametrize("message", MEDS_QUIET)
def test_meds_not_collected_is_quiet(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", MEDS_RINGS)
def test_meds_look_alikes_still_ring(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is not None
    assert chat.send(message)[0].risk_of_harm


# A conviction long past or spent (tryout39 #12): not a harm now. A conviction told with no time
# gone, or with someone at risk now, still rings.
CONVICTION_QUIET = [
    "lettings - a tenant was convicted of assault years ago, can i tell the landlord",
    # written here
    "he has an old caution for assault from 20 years ago, can i share it with his new employer",
]
CONVICTION_RINGS = [
    "her ex was convicted of assaulting her and he's moving back in",
    "her partner was convicted of assault on a child years ago and now lives with her and the baby",
    "a tenant assaulted his neighbour last night",
]


@pytest.mark.parametrize("message", CONVICTION_QUIET)
def test_a_past_conviction_is_quiet(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", CONVICTION_RINGS)
def test_a_conviction_with_a_risk_now_still_rings(chat: Chat, message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is not None
    assert chat.send(message)[0].risk_of_harm


# One who works with children, or a host family, remarking that a child looks hot or on a
# child's body brings the LADO (tryout39 #2: a host family is in a position of trust); staff
# who only pass on what they heard do not.
REMARKS_LADO = [
    "language school - our homestay dad is sending our 16 yr old students messages saying they"
    " look hot",
    "the coach comments on her body, she is 13",
    "a volunteer at the club keeps messaging a 15 year old saying she looks hot",
]
REMARKS_NO_LADO = [
    "mr smith told me her uncle keeps calling her sexy, she is 13",
    "the TA tells me her stepdad calls her sexy, she is 13",
    "her stepdad calls her sexy, she is 12",
]


@pytest.mark.parametrize("message", REMARKS_LADO)
def test_a_remark_by_staff_or_a_host_brings_the_lado(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and "lado" in finding.contacts, finding


@pytest.mark.parametrize("message", REMARKS_NO_LADO)
def test_a_remark_passed_on_by_staff_brings_no_lado(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and "lado" not in finding.contacts, finding


# A stammer is no scam (tryout39 #12): "stammers" was corrected to "scammers".
def test_a_stammer_is_not_corrected_to_scammers(chat: Chat) -> None:
    message = (
        "speech therapist - we're making a training video about a child who stammers after"
        " trauma, do we need consent"
    )
    assert KNOWLEDGE.risk_detector.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm
    assert KNOWLEDGE.risk_detector.detect("the scamers took all her savings, she is 84")
