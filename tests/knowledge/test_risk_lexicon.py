"""Wording of each kind of harm as practitioners type it, and ordinary questions beside it.

The disclosures are colloquial wordings of the signs and indicators listed on public
safeguarding pages (NSPCC, NHS, Women's Aid, Samaritans, Unseen, Age UK, county lines and
cuckooing guidance); each category has a few, and a question that uses the same words about
policy or practice, which must stay unsignposted.
"""

from __future__ import annotations

import pytest

from knowledge.loader import qa_words
from knowledge.risk import RiskDetector
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()

DISCLOSURES: dict[str, tuple[str, ...]] = {
    "physical-abuse": (
        "her stepdad gave him a good hiding last night",
        "dad leathered him with a slipper",
        "mum's boyfriend knocks her about",
        "she won't get changed for PE and keeps her sleeves down",
    ),
    "sexual-abuse": (
        "her cousin put his hand under her pyjamas while she was asleep",
        "her uncle groped her at the party",
        "he calls it the special thing they do",
        "the swimming coach felt her up in the changing rooms",
        "he rubs himself against her when nobody's looking",
    ),
    "emotional-abuse": (
        "mum puts him down all the time in front of his friends",
        "dad never cuddles him and says he wishes he'd had a girl",
        "she gets blamed for everything at home",
    ),
    "neglect": (
        "he's been left to fend for himself since his mum went off",
        "the baby sleeps on a bare mattress with no sheets",
        "she was scavenging for food in the bins behind the shop",
        "her flat is infested with maggots and the kids sleep there",
    ),
    "domestic-abuse": (
        "she says mummy and daddy fight every night",
        "client's son has moved in and now she's not allowed to answer her own phone",
        "the baby's dad is back living at home even though there's a court order",
        "he accuses her of cheating if she's five minutes late",
        "she has to account for every penny she spends",
        "he held a pillow over her face",
        "her ex keeps turning up at her work",
    ),
    "self-harm-suicide": (
        "he says there's no point in living anymore",
        "she doesn't want to wake up in the morning",
        "he's been cutting again",
        "she says nobody would even notice if she was gone",
    ),
    "threats": (
        "her ex keeps texting that something will happen to her if she goes to the police",
        "he told her to watch her back",
        "he said nobody will believe her",
        "her dad said he'd drown the dog if she told",
        "he says he'll get his mates onto her",
    ),
    "missing": (
        "neighbour hasn't seen the old man at number 4 for weeks",
        "she's done a runner from the unit",
        "he's gone AWOL from the care home",
        "dad has taken the kids abroad without mum's consent",
    ),
    "grooming-online": (
        "he says he'll leak her nudes unless she pays him",
        "someone's threatening to share his pictures with his friends",
        "he got catfished by someone pretending to be 14",
        "he tells her to delete all the messages after they chat",
        "her uncle sends her messages at night and told her to delete them",
        "year 9 girl has been messaging a guy who is 26 every night",
    ),
    "exploitation": (
        "he keeps going country with older lads",
        "his phone is constantly pinging all night",
        "he had a hotel key card and wouldn't say where from",
        "she's being taken to parties in other towns by older men",
    ),
    "fgm-forced-marriage-honour": (
        "she was married at 15",
        "the family are taking her on an extended holiday to Somalia",
        "her brothers escort her everywhere",
        "she's suddenly engaged to a man she's never met",
        "her cousins keep an eye on her at college and report back to her dad",
        "she says they'll kill her if they find out about her boyfriend",
    ),
    "radicalisation": (
        "he has started posting hateful memes about immigrants and jews",
        "he's been sharing 1488 memes",
        "he keeps writing his own manifesto",
        "he's obsessed with Columbine",
    ),
    "modern-slavery-trafficking": (
        "the men who work at the car wash live above it and sleep in shifts",
        "her answers sounded rehearsed and scripted",
        "he's treated like a slave by the family he works for",
        "she's a maid for them and never gets paid",
    ),
    "cuckooing": (
        "the lads have his keys and come and go as they please",
        "she's sleeping on the floor of her own flat because of the men staying there",
        "lots of people visit his flat but never stay long",
    ),
    "adult-abuse-neglect": (
        "the carer leaves him in his chair all day without turning him",
        "her son added his name to her bank account",
        "someone forged his signature on the cheques",
        "they leave his food tray out of reach",
        "the carers took her walking frame away so she can't get up",
        "she's lost loads of weight since moving into the home",
        "the gentleman I visit won a prize and has to pay a fee to claim it",
    ),
    "allegation-against-staff": (
        "I'm uneasy about the way the coach looks at the girls",
        "a colleague is crossing boundaries with a year 10 girl",
        "our youth leader was drunk on the residential with the kids",
    ),
    "young-carer": (
        "a year 8 boy washes and dresses his dad every morning before school",
        "she's only 11 and gives her mum her injections",
        "he's 13 and has back pain from lifting his mum",
        "she has to keep her phone on in case her mum falls",
    ),
    "parental-substance": (
        "mum's back on the gear",
        "dad's a smackhead",
        "she co-sleeps with the baby after drinking",
    ),
    "weapons": (
        "he's carrying a rambo",
        "he's tooled up",
        "he carries ammonia in a squeezy bottle",
        "he's been posting pictures of knives on snapchat",
    ),
}

ORDINARY: dict[str, tuple[str, ...]] = {
    "physical-abuse": ("what should I do if a pupil won't get changed for PE?",),
    "sexual-abuse": ("what training do volunteers need on upskirting?",),
    "emotional-abuse": ("is there guidance on emotional abuse for early years staff?",),
    "neglect": ("what's the threshold for a neglect referral?",),
    "domestic-abuse": (
        "is gaslighting a form of domestic abuse?",
        "even though there's a court order, can we share the report with both parents?",
    ),
    "self-harm-suicide": ("what is the point of the consent check?",),
    "threats": (
        "can we make them pay for a lost library book?",
        "what will happen to my data if I stop using the app?",
    ),
    "missing": (
        "what happens if someone goes AWOL from the ward?",
        "we haven't heard from social care for weeks about our referral, who do we chase?",
    ),
    "grooming-online": ("can I share this unless she gives consent?",),
    "exploitation": ("can I use my work phone to message parents?",),
    "fgm-forced-marriage-honour": (
        "can you get married at 16 in England?",
        "what are the warning signs of forced marriage?",
    ),
    "radicalisation": (
        "what are indicators of radicalisation?",
        "how do we report hateful comments about refugees on our page?",
    ),
    "modern-slavery-trafficking": ("what are the signs of modern slavery?",),
    "cuckooing": ("what does cuckooing mean?",),
    "adult-abuse-neglect": ("can the pharmacy tell a daughter about her mum's prescriptions?",),
    "allegation-against-staff": ("who is the LADO for allegations against staff?",),
    "young-carer": ("how do we support young carers in school?",),
    "parental-substance": ("is parental drinking a reason to share without consent?",),
    "weapons": (
        "what's the law on carrying a knife?",
        "can I share pictures of the knife crime campaign?",
    ),
}


@pytest.fixture(scope="module")
def detector() -> RiskDetector:
    return RiskDetector(KNOWLEDGE.risk, qa_words(KNOWLEDGE.entries))


@pytest.mark.parametrize(
    ("category", "message"),
    [(category, message) for category, messages in DISCLOSURES.items() for message in messages],
)
def test_a_colloquial_disclosure_is_signposted_under_its_kind_of_harm(
    detector: RiskDetector, category: str, message: str
) -> None:
    found = detector.detect(message)
    assert found is not None, message
    assert category in found.categories, (message, found.categories)


@pytest.mark.parametrize(
    "message", [message for messages in ORDINARY.values() for message in messages]
)
def test_an_ordinary_question_with_the_same_words_is_not_signposted(
    detector: RiskDetector, message: str
) -> None:
    assert detector.detect(message) is None, message
