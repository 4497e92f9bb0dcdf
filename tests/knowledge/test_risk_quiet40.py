"""Round 40 (fa40): ordinary messages that mention harm words, and the disclosures beside them.

Each reading is general: several wordings of each quiet family beside look-alikes that must still
be signposted.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector


# The topic of a piece of work or teaching is a subject studied (tryout39 #12: a grandson's
# project on knife crime), not a harm happening to someone.
@pytest.mark.parametrize(
    "message",
    [
        "grandparent - my grandson is doing a project on knife crime at school, is that normal "
        "for yr 7",
        "our year 8s are doing a project about knife crime, can we invite a victim's mum in",
        "my daughter's coursework on domestic abuse asks her to interview someone, can she",
        "we are planning a lesson on self harm for year 10, can we tell parents first",
    ],
)
def test_a_topic_of_work_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "my son is doing a project on knife crime. a boy in his class carries a knife to school",
        "our project on knife crime, a boy in year 10 carries a knife every day",
        "after the lesson on abuse a girl told me her uncle touches her",
        "during the project on knife crime he said his brother keeps a machete under his bed",
        "the project on county lines found 3 of our boys are running drugs",
        "she wrote a story about her dad hitting her",
        "she keeps watching videos about self harm",
    ],
)
def test_a_case_beside_a_topic_still_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# Missing home is an ordinary cause of tears (tryout39 #12: a homestay student "very homesick,
# cries every night"); a blow, a shout, a fear or a touch beside it still tells.
@pytest.mark.parametrize(
    "message",
    [
        "host family - our japanese student (17) is very homesick, cries every night, can i tell "
        "her parents without asking her",
        "boarding school - a year 9 boarder is crying every night, she's so homesick, should i "
        "ring her mum",
        "our exchange student keeps crying, I think she's homesick, can I tell her agent",
        "a 12 year old on the residential trip is tearful and homesick, can we phone his dad",
    ],
)
def test_homesick_tears_are_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "our student is homesick and cries every night because her host dad shouts at her",
        "she's homesick and crying, she says her uncle at home hits her",
        "our exchange student cries every night and is scared of her host dad",
        "a boarder cries every night and says her housemaster touches her",
    ],
)
def test_tears_with_a_harm_beside_still_tell(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# A question that opens after the writer's role and a dash asks, "?" or not, as it does with no
# role before it (tryout39 #12: "dance teacher - can i tell a mum her 10 yr old has been crying
# in class a lot", "resi home - do i have to tell the police if a yp goes missing for an hour");
# a harm told beside the question still rings.
@pytest.mark.parametrize(
    "message",
    [
        "dance teacher - can i tell a mum her 10 yr old has been crying in class a lot",
        "tutor - can I tell a parent their 8 year old cries every session",
        "resi home - do i have to tell the police if a yp goes missing for an hour, its in our "
        "missing policy but i forgot",
    ],
)
def test_a_question_after_a_role_asks(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "youth worker - can i tell someone, a girl in my group says her dad hits her",
        "TA - do i have to report it, a 7 yr old keeps crying and says she is scared of her "
        "stepdad",
        "nursery nurse - can i tell her mum, the 3 yr old is crying every day and flinches when "
        "her dad picks her up",
        "coach - is it normal that a parent shouts at his son like that every week and the boy "
        "cries",
        "teacher - can I tell social care my pupil is crying every morning and scared to go home",
        "childminder - do i have to report that a mindee's dad smells of alcohol at pick up every "
        "day",
    ],
)
def test_a_harm_beside_a_question_after_a_role_still_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# Glasses or an aid broken in a mishap (tryout39 #12, beside whom40's partner who smashed or hid
# them): sat on, dropped, by accident; thrown, hidden, or broken beside a blow still tells.
@pytest.mark.parametrize(
    "message",
    [
        "optician - my partner broke my glasses by sitting on them, can i claim",
        "my husband broke my glasses when he sat on them, will the nhs replace them",
        "my boyfriend accidentally broke my specs, can i get a voucher",
        "my wife broke my glasses by mistake, are repairs free",
    ],
)
def test_glasses_broken_in_a_mishap_are_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "her husband smashed her glasses and she's scared",
        "my partner broke my glasses by throwing them at me",
        "her husband hid her glasses and walking stick so she cant go out",
        "my partner broke my glasses when he hit me",
    ],
)
def test_glasses_broken_by_a_partner_still_tell(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# An absence on a day or for an event is no wish to be gone (tryout39 #12: an old loose cue rang
# on "she will not be here on monday"); "much longer", "anymore", "tomorrow" beside a goodbye, or
# a death named, still tell.
@pytest.mark.parametrize(
    "message",
    [
        "she will not be here on monday",
        "he won't be around for the trip next week, can i tell the coach why",
        "our volunteer wont be here on friday afternoon, can i give her number to the cover",
        "the patient will not be around during half term, can the pharmacy hold her meds",
    ],
)
def test_an_absence_on_a_day_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "she said she won't be here much longer and gave away her things",
        "he told me he won't be around anymore",
        "she said she won't be here on monday because she'll be dead",
        "she says she wont be here tomorrow and has been saying goodbye",
    ],
)
def test_a_wish_to_be_gone_still_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# A complaint that someone's details were given to an abusive ex is a breach complained of
# (tryout39 #12), the abuser its recipient; threats or a blow told beside it still tell.
@pytest.mark.parametrize(
    "message",
    [
        "GP practice manager - we had a complaint from a patient who says we shared her info with "
        "her abusive ex years ago. what do we do",
        "a tenant complained that the housing office gave her new address to her violent ex, how "
        "do we respond to the complaint",
        "the complaint says our receptionist passed her details to her abusive husband, is that a "
        "data breach",
    ],
)
def test_a_complaint_of_a_breach_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "she complained we passed her number to her abusive partner and now he is texting her "
        "threats every night",
        "a client complained that we shared her address with her abusive ex and he turned up and "
        "hit her last night",
        "my client says her abusive ex keeps turning up at her flat",
    ],
)
def test_harm_beside_a_complaint_still_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# A harm named as what someone's records hold, when a copy or a redaction is asked (tryout39 #12:
# a subject access request): what the records mention, not a harm told now.
@pytest.mark.parametrize(
    "message",
    [
        "GP practice manager - a patient wants a copy of his records, they mention his ex's "
        "domestic abuse. do we redact it",
        "a client has asked for a copy of her file, it mentions her son's self harm, can we "
        "release that part",
    ],
)
def test_what_records_mention_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "her records mention domestic abuse and she told me today he hit her again last night",
        "a patient wants a copy of his records, he says his ex is abusing their kids",
        "can i read her file, it records that her stepdad assaults her every week",
        "she asked to see her records because her ex is still abusing her",
    ],
)
def test_harm_beside_records_still_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# A harm lived through, told as the story someone wants to make public (tryout39 #12: a
# councillor, a learner's essay; `knowledge.risk_story_out`); help sought, a recent harm or one
# that goes on still tells.
@pytest.mark.parametrize(
    "message",
    [
        "councillor caseworker - the councillor was a victim of domestic abuse herself and wants "
        "to speak about it in council",
        "adult learning - a learner wrote an essay about surviving abuse as a child and wants it "
        "published in our newsletter",
        "a volunteer survived domestic violence and would like to share her story at our "
        "fundraiser, can we name her",
        "our head of year was a victim of grooming as a teen and wants to talk about it in "
        "assembly",
    ],
)
def test_a_survivors_story_made_public_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "a learner wrote an essay about surviving abuse as a child and now her uncle is "
        "messaging her again",
        "she was a victim of domestic abuse and wants to talk about it, he still turns up at her "
        "house",
        "she survived an overdose last week and wants to talk to someone",
        "my client was a victim of rape last night and wants to speak to the police",
        "she was a victim of domestic abuse and wants to talk about it with me",
        "a survivor of abuse wants to share her story but her abuser still lives next door",
    ],
)
def test_a_survivor_seeking_help_or_at_risk_still_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# A matter closed, asked about only as records to keep or delete (tryout39 #12: a camp's
# disclosure that went to the LADO and is closed; `knowledge.risk_closed_records`); a harm that
# goes on, one told recently or after the closure still tells.
@pytest.mark.parametrize(
    "message",
    [
        "camp leader - last summer a kid at camp disclosed abuse, it went to LADO and is closed "
        "now, can we delete the notes?",
        "a pupil alleged a teacher hit him in 2022, the LADO closed it as unfounded, how long do "
        "we keep the file",
        "the police closed the case of neglect with nfa, can i shred my notes",
    ],
)
def test_records_of_a_closed_matter_are_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "a girl disclosed abuse last year and the case was closed, but she told me yesterday he's "
        "back, can i keep the notes",
        "the case was closed but he still hits her, do we keep the file",
        "the referral about her dad hitting her was closed but i think it's happening again, can "
        "i delete my notes",
        "the door was closed and he hit her, should i keep a record",
        "social services closed the case even though mum's boyfriend hits the kids, should i keep "
        "my notes",
        "the LADO closed it, but the coach keeps messaging the girls at night, should we keep the "
        "file",
    ],
)
def test_harm_beside_a_closed_matter_still_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# One of a kind given as an example in a question (tryout39 #12: "…my day at work, like a
# prisoner who self harmed, no names"), no one in particular; someone compared ("he's like a kid
# who gets hit at home") or told of still tells.
@pytest.mark.parametrize(
    "message",
    [
        "prison officer - is it ok to tell my wife about my day at work, like a prisoner who self "
        "harmed, no names",
        "can i tell my partner about work, like a child who was neglected, no names",
    ],
)
def test_an_example_of_a_kind_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "he's like a kid who gets hit at home",
        "she acts like a girl who has been abused",
        "can i tell someone, a girl who self harms told me she wants to die tonight",
        "can i share info about a pupil, there's a boy in year 8 who says his dad hits him",
    ],
)
def test_someone_compared_or_told_of_still_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
