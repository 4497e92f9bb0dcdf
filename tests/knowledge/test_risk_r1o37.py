"""Round 37 (r1o37): disclosures still missed or given the wrong contacts.

Each signposted message names whom the harm concerns and the contacts that must be shown; the
look-alikes beside them tell of nobody in particular and stay quiet.
"""

from __future__ import annotations

import pytest

from knowledge.risk_phrases import run_in_ages
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

# (message, whom the harm concerns or None for any, contacts that must be named)
SIGNPOSTED = [
    # a lesson's topic told back as happening, by one told of only as "she" or "he" (was quiet)
    (
        "she had a lesson on domestic abuse and told her teacher it happens at home",
        None,
        {"childrens-social-care"},
    ),
    ("after the assembly on FGM she told me it happened to her", "child", set()),
    ("he had a lesson on neglect and told his teacher it happens to him", "child", set()),
    (
        "she had an assembly about domestic violence and told the TA this happens at home",
        "child",
        {"childrens-social-care"},
    ),
    # pictures sent to one child, the age typed short (was quiet)
    ("our choir director sent a 14yo pictures", "child", {"lado", "childrens-social-care"}),
    ("the teacher texted a 13yrs old pics", "child", {"lado"}),
    ("the scout leader sent a 14y/o photos", "child", {"lado"}),
    ("the youth worker sent a teenager selfies", "child", {"lado"}),
]

QUIET = [
    # a presenter's general line, or what may be
    "after the assembly on domestic abuse she said it happens at home for lots of kids",
    "she ran a lesson on domestic abuse and told the class it can happen at home",
    "she taught a lesson on neglect and told us it happens at home in many families",
    "she gave a talk on domestic abuse and told them it happens at home more than people think",
    "she had a lesson on domestic abuse today",
    "she had a lesson on domestic abuse and told her teacher it was interesting",
    # a class's, a team's or one's own child's pictures
    "the coach sent the pupils photos of the match",
    "the teacher sent the children pictures of the trip",
    "the coach sent our kids photos from the match",
]


@pytest.mark.parametrize(("message", "concerns", "contacts"), SIGNPOSTED)
def test_signposted_with_the_right_concerns_and_contacts(
    chat: Chat, message: str, concerns: str, contacts: set[str]
) -> None:
    signposted_in_both(BUILT_IN, chat, message, concerns, contacts)


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


# A teenager's own drinking is no parent's, however the age is typed (`risk_doers._teenager`
# read "16 year old" but not "16yo": the one reader of a typed age is `age_in_word`)
@pytest.mark.parametrize(
    "message",
    [
        "my 15yo got drunk at a party",
        "my 15 year old got drunk at a party",
        "our 16y/o got drunk at a party on saturday",
    ],
)
def test_a_teenagers_own_drinking_is_no_parents(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is None or "parental-substance" not in finding.categories, finding


@pytest.mark.parametrize(
    "message",
    [
        "my 15yo says her mum is drunk every night",
        "my 8yo says mum is drunk every night",
        "my 16yo came home drunk again last night",
    ],
)
def test_a_parents_drinking_told_by_a_teenager_still_rings(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert finding.concerns == "child", finding


# Cues that read an age's number and unit read it typed as one word too (`risk_phrases.
# run_in_ages`): each of these rang typed "10 year old", "16 yo", and was quiet typed run in
@pytest.mark.parametrize(
    ("message", "concerns"),
    [
        (
            "the couple next door keep leaving their 10yo in charge of her 5yo brother while"
            " they go out",
            "child",
        ),
        ("16yo with his own disabilities is the main carer for his mum", "child"),
        ("16y/o with his own disabilities is the main carer for his mum", "child"),
        # "yrs old" is read as "yr old" (`risk_words.words_of`)
        ("16yrs old with his own disabilities is the main carer for his mum", "child"),
        (
            "the couple next door keep leaving their 10yrs old in charge of her 5yrs old brother"
            " while they go out",
            "child",
        ),
        ("my son has a baby with his 21yo girlfriend, she forgets to feed the baby", "child"),
    ],
)
def test_an_age_typed_as_one_word_reads_as_typed_in_two(message: str, concerns: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert concerns is None or finding.concerns == concerns, finding


@pytest.mark.parametrize(
    ("phrase", "run_in"),
    [
        ("11|12 year old|yo ... pregnant", "11yo|12yo ... pregnant"),
        ("8|9 year|yr|yo", "8yo|9yo"),
        ("sent a * year_old|yo pictures", "sent a * 1yo|"),
    ],
)
def test_a_cue_reading_an_age_reads_it_run_in(phrase: str, run_in: str) -> None:
    original, variant = run_in_ages(phrase)
    assert original == phrase
    assert variant.startswith(run_in)


@pytest.mark.parametrize("phrase", ["year|yr old", "is|aged 10|11", "hit|hits <them>"])
def test_a_cue_reading_no_age_is_as_written(phrase: str) -> None:
    assert run_in_ages(phrase) == (phrase,)


# A note's shorthand for a suspected non-accidental injury and its kin (were quiet)
@pytest.mark.parametrize(
    ("message", "concerns"),
    [
        ("NAI query, 5 days old", "child"),
        ("NAI query, 5 days old, torn frenulum", "child"),
        ("FII query", None),
        ("?FII", None),
        ("query FII, 6yo", "child"),
        ("SUDI, 4 month old, siblings aged 2 and 5", "child"),
        ("health visitor: SUDI last night, can I share the family history with police?", "child"),
        ("sudden unexpected death in infancy last night, 2 siblings at home", "child"),
        ("mum may be fabricating illness in her 6 year old", "child"),
        ("NMB with bruise", "child"),
        ("?NAI in NMB, bruise to ear", "child"),
    ],
)
def test_a_notes_shorthand_for_a_suspected_injury(chat: Chat, message: str, concerns: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, concerns, {"childrens-social-care"})


@pytest.mark.parametrize(
    "message",
    [
        "what is FII?",
        "what does SUDI stand for",
        "what is a SUDI?",
        "how do we share information after a SUDI?",
        "our SUDI policy says the health visitor rings the GP",
        "training on FII next week, what should we cover?",
        "NMB seen in clinic today for jabs",
        "bruising in NMBs: what does the policy say?",
    ],
)
def test_the_shorthand_asked_about_stays_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


# Dev disclosures given the wrong contacts (harm-dev14, harm-dev16), and kin
@pytest.mark.parametrize(
    ("message", "concerns"),
    [
        # "air con" is no "conned": the grooming of a 16 yr old was an adult's scam
        (
            "a man of 34 who knows the family has given my 16 yr old a mobile phone and done up"
            " her bedroom with air con. now he's said he's in love with her",
            "child",
        ),
        # unexplained new clothes named as a jacket: a child's exploitation, not an adult's money
        (
            "our foster lad came back at 3am after being out since teatime, had money and a new"
            " jacket he won't explain and a man dropped him off in a car",
            "child",
        ),
        # "an old boy" is an old man: adult social care too (was the child's alone)
        (
            "paramedic crew. picked an old boy up off the floor outside his flat, the flat stinks"
            " of urine, food months out of date, no family. he refuses hospital",
            "either",
        ),
        ("the old boy next door is being scammed by his nephew", "adult"),
        ("a 10 year old boy was hit by his dad", "child"),
    ],
)
def test_dev_disclosures_name_whom_the_harm_concerns(message: str, concerns: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert finding.concerns == concerns, finding


def test_air_con_is_no_scam_but_a_scam_beside_it_still_is() -> None:
    finding = BUILT_IN.detect("the air con in her room is broken and he conned her out of £500")
    assert finding is not None
    assert "adult-abuse-neglect" in finding.categories, finding


# Dev allegations about people who work with children that had no LADO (harm-dev8, 9, 12, 15)
@pytest.mark.parametrize(
    "message",
    [
        "TA here. the teacher yanked a crying boy's chair and it tipped him onto the floor",
        "my 6 yr old has a bruise on his arm, he says his teacher yanked him away",
        "new at a nursery - a couple of the staff really shout at the babies",
        "she saw a supply worker yelling at the kids and throwing their lunch on the floor",
        "my daughter's swim coach gives the girls massages on poolside when nobody else is there",
    ],
)
def test_an_allegation_about_staff_names_the_lado(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "lado" in finding.contacts, finding


@pytest.mark.parametrize(
    "message",
    [
        "the physio gives massages to patients, can she share notes with the GP?",
        "a massage therapist at the spa wants to share client notes",
        "our carer gives mum a hand massage every evening",
        # a parent's complaint of one shouting at their own child (tests/knowledge/
        # test_risk_complaints.py) is no allegation
        "how do I complain about a teacher who shouted at my daughter for forgetting her PE kit?",
    ],
)
def test_a_massage_at_work_is_no_allegation(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is None or "lado" not in finding.contacts, finding


# The age of another's relative beside a child named is the one who harms, not an adult at risk
# (`risk_stated_ages`): the child's contacts, not the adult's alone
@pytest.mark.parametrize(
    ("message", "concerns"),
    [
        ("my daughter told me her 30 year old uncle touched her", "child"),
        ("my daughter told me her uncle, 30, touched her", "child"),
        ("my daughter told me her 18 year old cousin touched her", "child"),
        # the writer's own grown relative, or an adult's partner, keep the adult's
        ("my 30 year old son is being hit by his partner", "adult"),
        ("her 40 year old husband hits her", "adult"),
        ("my mum is 80 and her 50 year old son takes her money", "adult"),
    ],
)
def test_another_relatives_age_beside_a_child(message: str, concerns: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert finding.concerns == concerns, finding
