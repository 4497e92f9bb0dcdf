"""Round 40 (fa41, tryout40 #13): ordinary questions that mention harm words, and the
disclosures beside them.

A matter the writer says is over now ("its closed now") is no harm going on; a refuge as the
writer's job or workplace ("refuge worker - …", "i work at a refuge") is no one fleeing to one; a
shop is no one's shopping, and a business's food hygiene no one's food kept from them; a thesis or
a documentary about a harm is the topic of its clause (a general phrase), not a frame over what
follows; a parliamentary written question ("To ask the Secretary of State…") is policy; "workplace
violence" names a complaint or a policy.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector


# A closed matter said to be over now: "now" just after "closed" is no harm going on
# (the pack's `recovered` marker).
@pytest.mark.parametrize(
    "message",
    [
        "EHO - we had a case last year where a landlord threatened a tenant, its closed now, can "
        "we share the file with the new housing officer",
        "a landlord threatened a tenant last year, the case is finished now, can we share the file",
        "a TA hit a child last year, the case is closed now. can we mention it in the minutes?",
        "our caretaker was convicted of assault years ago, its all over now, does the new head "
        "need to know?",
    ],
)
def test_a_matter_over_now_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "we had a case last year where a dad hit his son, its closed now but he is hitting him "
        "again",
        "a TA hit a child last year, the case was closed but now he is back working with kids",
        "a landlord threatened a tenant last year and is still doing it now",
        # "over" is no matter closed: "came over again" goes on
        "her ex was jailed years ago for hitting her and he came over again last night",
        "her ex was convicted last year of assaulting her and he keeps coming over now",
    ],
)
def test_a_closed_matter_that_goes_on_still_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# A refuge as the writer's job or workplace (the pack's `things`); someone fleeing to one, or
# a client going back to her abuser, still rings.
@pytest.mark.parametrize(
    "message",
    [
        "refuge worker - can we share info with the council housing team if she agrees?",
        "i work at a refuge, can we share info with the council housing team if she agrees?",
        "refuge worker - a solicitor wrote asking for our records on a resident for a custody "
        "case, do we have to give them",
        "refuge manager here, what does golden rule 2 mean?",
        "we work in a refuge, is a residents date of birth personal data?",
        "refuge staff - can we share a residents address with her gp if she agrees?",
    ],
)
def test_a_refuge_as_the_writers_work_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "refuge worker - client wants to go back to him, kids are 3 and 7",
        "i work at a refuge and a resident wants to go back to him",
        "i work at a refuge, a resident's ex turned up outside and threatened to kill her",
        "my client fled to a refuge last night after he strangled her",
        "she's in a refuge now, he keeps texting her threats",
        "my neighbour has gone to a refuge with her kids, her husband hit her",
    ],
)
def test_fleeing_to_a_refuge_or_going_back_still_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# A shop is a place, not someone's shopping money (the money signals: "shop" and "shopping"
# share a stem), and food hygiene is a business's (the pack's `things`).
@pytest.mark.parametrize(
    "message",
    [
        "charity shop - we found a bag of old photos donated with names and addresses, what do "
        "we do",
        "charity shop - a customer said our volunteer was rude to her, can i tell the volunteer "
        "who complained",
        "charity shop manager - a volunteer told me in confidence she had depression years ago, "
        "can i tell the area manager",
        "corner shop owner - can i tell the police a regular's address if they ask",
        "EHO - a restaurant owner asked us not to share his food poisoning inspection report, can "
        "we keep it private",
    ],
)
def test_a_shop_or_food_hygiene_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "i volunteer in a charity shop, a lady keeps coming in upset, her son takes her pension "
        "and she has no money for food",
        "her son does her shopping and keeps the change and she has no money left",
        "her carer takes her shopping money every week",
        "he eats her food and leaves her nothing, she is 89",
        "the boys live behind the shop and work there all day",
    ],
)
def test_money_kept_from_someone_still_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# A study or a programme about a harm is the topic of its clause (the pack's `general`, as
# "research on"); what someone told the writer beside it, or a later sentence telling a case,
# still rings, and "the doc" as a doctor is no topic.
@pytest.mark.parametrize(
    "message",
    [
        "PhD supervisor - my student's thesis is about child sexual exploitation, can she share "
        "anonymised quotes",
        "my student's dissertation is on domestic abuse, can she interview our clients",
        "my student is doing her phd on county lines, can i give her anonymised case notes",
        "quick q - the netflix doc about the boarding school abuse came up at the FGB, are we "
        "right that we must share concerns even without parent consent?",
        "a podcast about coercive control came up in supervision, is coercive control a crime",
    ],
)
def test_a_study_or_a_programme_about_a_harm_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "my student whose thesis is about CSE told me her uncle abused her and still visits her "
        "little sister",
        "after the documentary about grooming a girl in my class told me a man online asks her "
        "for pics",
        "the doc on the ward said the baby's bruises are non-accidental",
        "the doc said he hits her, my client's partner hits her every night",
        "my student's dissertation is on knife crime. a boy in her class carries a knife to school",
        "my student is doing her phd on county lines. her little brother is running drugs for "
        "older lads",
        "my student's thesis is about domestic abuse and her boyfriend hits her",
    ],
)
def test_a_disclosure_beside_a_study_still_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# A parliamentary written question is policy, never a case (the pack's `framing`); asking a
# minister at church, or a government helpline, is no such question.
@pytest.mark.parametrize(
    "message",
    [
        "To ask the Secretary of State for Justice, what steps he is taking to ensure that changed "
        "names or the addresses of victims of domestic violence or abuse are not provided in "
        "court-related documents provided to the perpetrator of that violence or abuse.",
        "To ask the Minister for Safeguarding what steps she is taking to protect women from "
        "domestic abuse",
    ],
)
def test_a_parliamentary_question_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "she asked the minister at church if she could stay with him, her husband hits her",
        "i had to ask the government helpline, my neighbour's husband beats her every night",
    ],
)
def test_asking_a_minister_about_a_case_still_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# "Workplace violence" as the name of a complaint or a policy (the pack's `things`); what was
# done at work still rings.
@pytest.mark.parametrize(
    "message",
    [
        "An individual who had made a workplace violence complaint was troubled upon hearing that "
        "their employer had disclosed their identity and the investigation report",
        "our workplace violence policy says we log every incident, can we share the log with the "
        "police",
    ],
)
def test_workplace_violence_as_a_name_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "a colleague punched me at work, is it workplace violence",
        "my manager keeps threatening me and grabbed my arm, workplace violence team say report it",
        "her partner turns up at her workplace and is violent to her",
    ],
)
def test_violence_done_at_work_still_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
