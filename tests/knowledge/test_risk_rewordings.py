"""Round 16: classes of disclosure found by rewording dev disclosures (paraphrase probes).

The probes (tests/data/risk-paraphrase-15.yaml, written by the tuner) reword dev disclosures the
check already caught; the lines here are the rewordings a class's rule rests on, each with an
ordinary look-alike of the same shape that stays quiet. docs/risk-cues.md, "Round 16".
"""

from __future__ import annotations

import pytest

from knowledge.loader import load_knowledge

BUILT_IN = load_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "yr 10 girl, bf reads all her msgs, deleted her mates numbers, says she cant go out",
        "overheard two girls in the toilets, one saying her boyfriend makes her share her location"
        " 24/7 and goes mental if she turns it off",
        "my boyfriend says i cant wear skirts and has to know who im with all the time or he says"
        " hell dump me and tell everyone stuff",
        "a friend told me she has to send her husband a photo of where she is every hour or he"
        " goes off",
        "my sister said her fella keeps saying if she walks out he'll make sure she loses the kids",
    ],
)
def test_a_partners_control_in_other_words_is_signposted(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "domestic-abuse" in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "my husband and I share our location with each other when he's driving at night, is that"
        " something to put in the family plan?",
        "my boyfriend says I can't wear my trainers to his sister's wedding, ha",
        "if she walks out of the meeting again we will have to reschedule",
    ],
)
def test_a_partner_named_beside_ordinary_things_is_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "the night carer told me one of the old ladies wasn't in her bed at 2am and the fire door"
        " was open",
        "friend's grown up son is non verbal autistic and has been gone since last night, its"
        " freezing",
        "resident with diabetes walked out at 3pm, not found yet, getting dark",
        "the girl's nan says she went out saying she'd be back by 8 and that was yesterday",
        "the hospice called, a patient left in her dressing gown two hours ago and they still"
        " haven't found her",
    ],
)
def test_someone_gone_said_by_the_time_or_the_search_is_signposted(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "missing" in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "we still haven't found a foster placement for him yet, can I share his file with a new"
        " agency?",
        "I'm still not home from the conference, can someone cover the duty phone?",
        "the results are still not back from the lab",
        "she wasn't in her room when I knocked so I left the leaflet under the door",
    ],
)
def test_a_search_or_an_absence_of_things_is_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "I'm 11, I do my mums injections and help her on the toilet before school",
        "im 13 and i look after my dad who cant walk, i dont get to see my friends",
        "year 7 boy says he changes his dad's catheter bag before school",
        "a 10 yr old in my class told me she gets her mum into bed every night because she can't"
        " walk",
    ],
)
def test_a_child_doing_a_parents_care_is_signposted(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "young-carer" in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "im 45 and i look after my dad who cant walk, can I get carers allowance?",
        "the district nurse does my mum's dressings every tuesday, can she share notes with the"
        " GP?",
        "my husband and I put his mum to bed on sundays when her carer is off",
    ],
)
def test_a_grown_up_doing_a_parents_care_is_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "a mum has hinted that mr jones has been texting her daughter since the school trip, what"
        " do I do first?",
        "a pupil says mr d sent him a friend request and messages him at night",
        "heard from a parent that mr evans was seen kissing a sixth former at the bus stop",
    ],
)
def test_a_teacher_named_by_title_is_staff(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "allegation-against-staff" in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "mrs patel rang to say my son left his PE kit, she's lovely",
        "mr and mrs smith are fostering two children and want to know about respite",
    ],
)
def test_a_title_beside_ordinary_things_is_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # the lead's round-16 findings, then fresh lines of each class
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
    ],
)
def test_an_overdose_a_grown_up_seeking_children_and_images_found_are_signposted(
    message: str, category: str
) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert category in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "I took an extra paracetamol on purpose before the dentist because I knew it would hurt,"
        " is that ok?",
        "my 14 year old asks the girls in her class for their snapchat so they can do homework"
        " together",
        "a foster carer wants to post photos of the child on facebook, is that allowed?",
        "the coach asked the parents of the under 12 girls for their phone numbers for the rota",
    ],
)
def test_a_dose_a_contact_or_a_photo_with_an_ordinary_reason_is_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # harm-dev14's misses, then fresh lines of each class
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
    ],
)
def test_pictures_passed_round_and_a_child_no_one_can_name_are_signposted(
    message: str, category: str
) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert category in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "the school shared photos of sports day round the parents' whatsapp group, is that ok"
        " under GDPR?",
        "my mum couldn't tell the GP my date of birth when she rang, can they still give her my"
        " results?",
        "I can't tell you his surname, he's a client, but can I ask a general question about"
        " consent?",
    ],
)
def test_photos_or_a_name_not_given_for_ordinary_reasons_are_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        # the lead's round-16 finding, then fresh lines
        "something doesn't feel right with one of my kids at nursery",
        "I've got a gut feeling something is wrong at home for one of my pupils",
        "I have a funny feeling about one of the residents on the ground floor",
        "something doesn't seem right with a little girl in my reception class",
    ],
)
def test_a_worry_said_as_a_feeling_is_signposted(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "worry-or-secret" in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "something doesn't feel right about the new rota, who do I speak to?",
        "I had a gut feeling the interview went well and I got the job!",
        "I have a bad feeling about the new referral form",
    ],
)
def test_a_feeling_about_a_thing_is_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None
