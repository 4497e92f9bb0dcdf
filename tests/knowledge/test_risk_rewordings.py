"""Round 16: classes of disclosure found by rewording dev disclosures, in harm-dev14 and in the
lead's findings.

The probes (tests/data/risk-paraphrase-15.yaml, written by the tuner) reword dev disclosures the
check already caught; the lines here are the ones each class's rule rests on and fresh lines of
the class written after it, each class with ordinary look-alikes of the same shape that stay
quiet. docs/risk-cues.md, "Round 16".
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

SIGNPOSTED = [
    # a partner's control said in other words
    (
        "yr 10 girl, bf reads all her msgs, deleted her mates numbers, says she cant go out",
        "domestic-abuse",
    ),
    (
        "overheard two girls in the toilets, one saying her boyfriend makes her share her location"
        " 24/7 and goes mental if she turns it off",
        "domestic-abuse",
    ),
    (
        "my boyfriend says i cant wear skirts and has to know who im with all the time or he says"
        " hell dump me and tell everyone stuff",
        "domestic-abuse",
    ),
    (
        "a friend told me she has to send her husband a photo of where she is every hour or he"
        " goes off",
        "domestic-abuse",
    ),
    (
        "my sister said her fella keeps saying if she walks out he'll make sure she loses the kids",
        "domestic-abuse",
    ),
    # someone gone, said by the time or the search
    (
        "the night carer told me one of the old ladies wasn't in her bed at 2am and the fire door"
        " was open",
        "missing",
    ),
    (
        "friend's grown up son is non verbal autistic and has been gone since last night, its"
        " freezing",
        "missing",
    ),
    ("resident with diabetes walked out at 3pm, not found yet, getting dark", "missing"),
    (
        "the girl's nan says she went out saying she'd be back by 8 and that was yesterday",
        "missing",
    ),
    (
        "the hospice called, a patient left in her dressing gown two hours ago and they still"
        " haven't found her",
        "missing",
    ),
    # a child doing a parent's personal care; "im 13" as the writer's age
    ("I'm 11, I do my mums injections and help her on the toilet before school", "young-carer"),
    ("im 13 and i look after my dad who cant walk, i dont get to see my friends", "young-carer"),
    ("year 7 boy says he changes his dad's catheter bag before school", "young-carer"),
    (
        "a 10 yr old in my class told me she gets her mum into bed every night because she can't"
        " walk",
        "young-carer",
    ),
    # a teacher named by title
    (
        "a mum has hinted that mr jones has been texting her daughter since the school trip, what"
        " do I do first?",
        "allegation-against-staff",
    ),
    (
        "a pupil says mr d sent him a friend request and messages him at night",
        "allegation-against-staff",
    ),
    (
        "heard from a parent that mr evans was seen kissing a sixth former at the bus stop",
        "allegation-against-staff",
    ),
    # the lead's three: an overdose without the word, a grown-up seeking children, images found
    (
        "customer at the pharmacy said she's been taking more than she should on purpose",
        "self-harm-suicide",
    ),
    (
        "a regular told me she took all her insulin at once on purpose last weekend",
        "self-harm-suicide",
    ),
    ("the gym member keeps asking 15 year old girls for their snapchat", "grooming-online"),
    (
        "a bloke in a car outside the school asked some year 8 girls for their addresses",
        "grooming-online",
    ),
    (
        "our church volunteer was found with images of children on his phone",
        "allegation-against-staff",
    ),
    (
        "a supply teacher was found with videos of pupils changing on his laptop",
        "allegation-against-staff",
    ),
    # harm-dev14: pictures passed round; a grown-up who cannot name the child with them
    (
        "mum told me her year 9 daughter's been sending pictures to a boy in her class on"
        " snapchat and he's screenshotted and shared them round the school",
        "grooming-online",
    ),
    (
        "a year 10 girl is in bits, someone posted her photos round the school group chat",
        "grooming-online",
    ),
    (
        "receptionist: man checked in with a girl of about 10 he says is his daughter. she"
        " won't look at anyone, checks with him before answering anything, and he couldn't"
        " tell us her school or surname",
        "modern-slavery-trafficking",
    ),
    (
        "at the clinic a woman brought a girl she called her niece but couldn't give us her"
        " surname or school",
        "modern-slavery-trafficking",
    ),
    # the lead's finding: a worry said as a feeling
    ("something doesn't feel right with one of my kids at nursery", "worry-or-secret"),
    ("I've got a gut feeling something is wrong at home for one of my pupils", "worry-or-secret"),
    ("I have a funny feeling about one of the residents on the ground floor", "worry-or-secret"),
    ("something doesn't seem right with a little girl in my reception class", "worry-or-secret"),
]

QUIET = [
    # a partner named beside ordinary things
    "my husband and I share our location with each other when he's driving at night, is that"
    " something to put in the family plan?",
    "my boyfriend says I can't wear my trainers to his sister's wedding, ha",
    "if she walks out of the meeting again we will have to reschedule",
    # a search or an absence of things
    "we still haven't found a foster placement for him yet, can I share his file with a new"
    " agency?",
    "I'm still not home from the conference, can someone cover the duty phone?",
    "the results are still not back from the lab",
    "she wasn't in her room when I knocked so I left the leaflet under the door",
    # a grown-up doing a parent's care
    "im 45 and i look after my dad who cant walk, can I get carers allowance?",
    "the district nurse does my mum's dressings every tuesday, can she share notes with the GP?",
    "my husband and I put his mum to bed on sundays when her carer is off",
    # a title beside ordinary things
    "mrs patel rang to say my son left his PE kit, she's lovely",
    "mr and mrs smith are fostering two children and want to know about respite",
    # a dose, a contact or a photo with an ordinary reason
    "I took an extra paracetamol on purpose before the dentist because I knew it would hurt,"
    " is that ok?",
    "my 14 year old asks the girls in her class for their snapchat so they can do homework"
    " together",
    "a foster carer wants to post photos of the child on facebook, is that allowed?",
    "the coach asked the parents of the under 12 girls for their phone numbers for the rota",
    # photos or a name not given for ordinary reasons
    "the school shared photos of sports day round the parents' whatsapp group, is that ok"
    " under GDPR?",
    "my mum couldn't tell the GP my date of birth when she rang, can they still give her my"
    " results?",
    "I can't tell you his surname, he's a client, but can I ask a general question about consent?",
    # a feeling about a thing
    "something doesn't feel right about the new rota, who do I speak to?",
    "I had a gut feeling the interview went well and I got the job!",
    "I have a bad feeling about the new referral form",
]


@pytest.mark.parametrize(("message", "category"), SIGNPOSTED)
def test_a_class_found_by_rewording_is_signposted_as_its_kind(message: str, category: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert category in finding.categories


@pytest.mark.parametrize("message", QUIET)
def test_its_ordinary_look_alike_is_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None
